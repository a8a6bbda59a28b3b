#pragma once

#include "connection/connectionprofile.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableView;
class SessionFilterModel;
class SessionsModel;

// The dashboard's sessions table: sortable, filtered by text, idle sessions and the dashboard's own
// hidden on request; long-running queries, long idle-in-transaction sessions and lock waits highlighted.
// Cancel query and Terminate session act on the selected session (confirmed through BackendActions).
class SessionsPanel : public QWidget
{
    Q_OBJECT
public:
    SessionsPanel(SessionsModel *model, const ConnectionProfile &profile, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    SessionFilterModel *filter() const { return m_filter; }
    // The pid of the selected session; 0 when none.
    int selectedPid() const;

Q_SIGNALS:
    // The user double-clicked a session's query: open it in a console.
    void queryActivated(const QString &sql);

private:
    void updateButtons();

    SessionsModel *m_model;
    ConnectionProfile m_profile;
    SessionFilterModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_search;
    QCheckBox *m_hideIdle;
    QCheckBox *m_hideOwn;
    QPushButton *m_cancel;
    QPushButton *m_terminate;
};
