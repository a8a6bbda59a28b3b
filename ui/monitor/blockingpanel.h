#pragma once

#include "connection/connectionprofile.h"

#include <QWidget>

class BlockingTreeModel;
class QLabel;
class QPushButton;
class QTreeView;
class SessionsModel;

// The dashboard's "who blocks whom" tree, head blockers on top, expanded; says when nothing waits and when
// rows were left out. Cancel and Terminate act on the selected session, as in the sessions table.
class BlockingPanel : public QWidget
{
    Q_OBJECT
public:
    BlockingPanel(
        BlockingTreeModel *tree, SessionsModel *sessions, const ConnectionProfile &profile, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

private:
    int selectedPid() const;
    void refreshSummary();

    BlockingTreeModel *m_tree;
    SessionsModel *m_sessions;
    ConnectionProfile m_profile;
    QTreeView *m_view;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_terminate;
};
