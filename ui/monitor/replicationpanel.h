#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class ReplicationModel;

// The dashboard's replication panel: on a primary, a table of its standbys and their lag; on a standby, a
// line saying that it is one and how far behind the primary it is.
class ReplicationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReplicationPanel(ReplicationModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QString summary() const;

private:
    void refreshSummary();
    QString standbySummary() const;

    ReplicationModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
};
