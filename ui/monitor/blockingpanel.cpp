#include "blockingpanel.h"

#include "monitor/backendactions.h"
#include "monitor/blockingtreemodel.h"
#include "monitor/sessionsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

BlockingPanel::BlockingPanel(
    BlockingTreeModel *tree, SessionsModel *sessions, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_tree(tree)
    , m_sessions(sessions)
    , m_profile(profile)
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel query"), this))
    , m_terminate(new QPushButton(tr("&Terminate session"), this))
{
    m_view->setObjectName(QStringLiteral("blockingView"));
    m_view->setAccessibleName(tr("Blocked and blocking sessions"));
    m_summary->setObjectName(QStringLiteral("blockingSummary"));
    m_view->setModel(tree);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(BlockingTreeModel::Pid, 110);
    m_view->setColumnWidth(BlockingTreeModel::State, 140);
    m_view->setColumnWidth(BlockingTreeModel::Duration, 130);
    m_view->setColumnWidth(BlockingTreeModel::WaitsFor, 260);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(m_terminate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    const auto send = [this](SessionsModel::Signal signal) {
        BackendActions::confirmAndSend(this, m_sessions, m_profile, selectedPid(), signal);
    };
    connect(m_cancel, &QPushButton::clicked, this, [send] { send(SessionsModel::Signal::Cancel); });
    connect(m_terminate, &QPushButton::clicked, this, [send] { send(SessionsModel::Signal::Terminate); });
    connect(tree, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        refreshSummary();
    });
    connect(tree, &QAbstractItemModel::dataChanged, this, &BlockingPanel::refreshSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BlockingPanel::refreshSummary);
    refreshSummary();
}

int BlockingPanel::selectedPid() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(BlockingTreeModel::PidRole).toInt();
}

void BlockingPanel::refreshSummary()
{
    if (m_tree->headCount() == 0)
        m_summary->setText(tr("No session waits for a lock held by another."));
    else if (m_tree->truncatedCount() > 0)
        m_summary->setText(tr("%n blocking chain(s); %1 more waiting sessions not shown.", nullptr, m_tree->headCount())
                               .arg(m_tree->truncatedCount()));
    else
        m_summary->setText(tr("%n blocking chain(s): the head blocker of each on top.", nullptr, m_tree->headCount()));
    const ActivityRow *row = m_sessions->sessionOfPid(selectedPid());
    m_cancel->setEnabled(row && !row->own && row->state == QLatin1String("active"));
    m_terminate->setEnabled(row && !row->own);
}
