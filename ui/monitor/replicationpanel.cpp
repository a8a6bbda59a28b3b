#include "replicationpanel.h"

#include "monitor/durationtext.h"
#include "monitor/replicationmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ReplicationPanel::ReplicationPanel(ReplicationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_summary->setObjectName(QStringLiteral("replicationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("replicationView"));
    m_view->setAccessibleName(tr("Replication"));
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(model);
    sorted->setSortRole(ReplicationModel::SortRole);
    m_view->setModel(sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReplicationModel::Application, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(model, &ReplicationModel::refreshed, this, &ReplicationPanel::refreshSummary);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReplicationPanel::refreshSummary);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ReplicationPanel::refreshSummary);
    refreshSummary();
}

QString ReplicationPanel::summary() const
{
    return m_summary->text();
}

void ReplicationPanel::refreshSummary()
{
    QString text;
    if (!m_model->isRead())
        text = tr("Reading the replication state…");
    else if (m_model->receiver().isStandby)
        text = standbySummary();
    else if (m_model->rowCount() == 0)
        text = tr("This server is a primary; no standby streams from it.");
    else
        text = tr("This server is a primary; %n standby(s) stream from it.", nullptr, m_model->rowCount());
    if (m_model->receiver().isStandby && m_model->rowCount() > 0)
        text += QLatin1Char('\n') + tr("%n cascading standby(s) stream from it.", nullptr, m_model->rowCount());
    m_summary->setText(text);
    // A standby without cascading standbys: nothing to list.
    m_view->setVisible(!m_model->receiver().isStandby || m_model->rowCount() > 0);
}

QString ReplicationPanel::standbySummary() const
{
    const ReceiverStatus &receiver = m_model->receiver();
    const QLocale locale;
    QStringList lines;
    if (receiver.receiverStatus.isEmpty())
        lines << tr("This server is a standby; no WAL receiver runs (it may be restoring from an archive).");
    else if (receiver.senderHost.isEmpty())
        lines << tr("This server is a standby (WAL receiver %1).").arg(receiver.receiverStatus);
    else
        lines << tr("This server is a standby of %1:%2 (WAL receiver %3).")
                     .arg(receiver.senderHost)
                     .arg(receiver.senderPort)
                     .arg(receiver.receiverStatus);
    if (receiver.behindBytes)
        lines << tr("Received up to %1, replayed up to %2: %3 not yet replayed.")
                     .arg(receiver.receiveLsn, receiver.replayLsn,
                         locale.formattedDataSize(*receiver.behindBytes, 1, QLocale::DataSizeTraditionalFormat));
    else if (!receiver.replayLsn.isEmpty())
        lines << tr("Replayed up to %1.").arg(receiver.replayLsn);
    lines << (receiver.replayLagSeconds ? tr("The last replayed transaction committed on the primary %1 ago.")
                                              .arg(DurationText::format(receiver.replayLagSeconds))
                                        : tr("No transaction has been replayed since it started."));
    if (receiver.replayPaused)
        lines << tr("Replay is paused (pg_wal_replay_resume() resumes it).");
    return lines.join(QLatin1Char('\n'));
}
