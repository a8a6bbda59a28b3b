#include "headerfigures.h"

#include "monitor/durationtext.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace {

QString rateText(std::optional<double> rate)
{
    // No rate (first reading, or across a statistics reset): a dash rather than a made-up number.
    return rate ? QLocale().toString(*rate, 'f', *rate < 10 ? 1 : 0) : QStringLiteral("–");
}

QString limitText(int used, int limit)
{
    return limit < 0 ? QLocale().toString(used) : QStringLiteral("%1 / %2").arg(used).arg(limit);
}

} // namespace

HeaderFigures::HeaderFigures(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(6, 4, 6, 4);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(0);
    // Three rows of five (the server, its connections, its rates), so the header fits beside the schema tree
    // in a narrow window, in German too.
    addFigure(QStringLiteral("server"), tr("Server"), 0, 0);
    addFigure(QStringLiteral("size"), tr("Database size"), 1, 0);
    addFigure(QStringLiteral("replication"), tr("Replication"), 2, 0);
    addFigure(QStringLiteral("oldest"), tr("Oldest transaction"), 3, 0);
    addFigure(QStringLiteral("tempBytes"), tr("Temp data written"), 4, 0);
    addFigure(QStringLiteral("connections"), tr("Connections"), 0, 3);
    addFigure(QStringLiteral("roleConnections"), tr("Of this role"), 1, 3);
    addFigure(QStringLiteral("databaseConnections"), tr("Of this database"), 2, 3);
    addFigure(QStringLiteral("problems"), tr("Deadlocks · temp files"), 3, 3);
    addFigure(QStringLiteral("cache"), tr("Cache hits"), 4, 3);
    addFigure(QStringLiteral("commits"), tr("Commits/s"), 0, 6);
    addFigure(QStringLiteral("rollbacks"), tr("Rollbacks/s"), 1, 6);
    addFigure(QStringLiteral("rowsRead"), tr("Rows read/s"), 2, 6);
    addFigure(QStringLiteral("rowsWritten"), tr("Rows written/s"), 3, 6);
    m_grid->setRowMinimumHeight(2, 4);
    m_grid->setRowMinimumHeight(5, 4);
    m_grid->setColumnStretch(5, 1);
}

void HeaderFigures::addFigure(const QString &key, const QString &caption, int column, int row)
{
    auto *title = new QLabel(caption, this);
    title->setEnabled(false); // the palette's muted text
    auto *value = new QLabel(QStringLiteral("–"), this);
    value->setObjectName(key);
    QFont bold = value->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    value->setFont(bold);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_grid->addWidget(title, row, column);
    m_grid->addWidget(value, row + 1, column);
    m_values.insert(key, value);
}

void HeaderFigures::set(const QString &key, const QString &text, const QString &toolTip)
{
    QLabel *label = m_values.value(key);
    label->setText(text);
    label->setToolTip(toolTip);
}

QString HeaderFigures::value(const QString &figure) const
{
    const QLabel *label = m_values.value(figure);
    return label ? label->text() : QString();
}

void HeaderFigures::setFigures(const ServerOverview &overview, const RateCalculator::Rates &rates)
{
    const QLocale locale;
    set(QStringLiteral("server"),
        tr("%1, up %2")
            .arg(overview.serverVersion.section(QLatin1Char(' '), 0, 0), DurationText::format(overview.uptimeSeconds)),
        overview.serverVersion);
    set(QStringLiteral("size"),
        locale.formattedDataSize(overview.databaseBytes, 1, QLocale::DataSizeTraditionalFormat));
    const int usable = overview.maxConnections - overview.reservedConnections;
    set(QStringLiteral("connections"), QStringLiteral("%1 / %2").arg(overview.connections).arg(usable),
        tr("%1 of max_connections %2 (%3 reserved for superusers)")
            .arg(overview.connections)
            .arg(overview.maxConnections)
            .arg(overview.reservedConnections));
    set(QStringLiteral("roleConnections"), limitText(overview.roleConnections, overview.roleLimit),
        overview.roleLimit < 0 ? tr("The role has no connection limit of its own.") : QString());
    set(QStringLiteral("databaseConnections"), limitText(overview.databaseConnections, overview.databaseLimit),
        overview.databaseLimit < 0 ? tr("The database has no connection limit of its own.") : QString());
    set(QStringLiteral("oldest"),
        overview.oldestTransactionSeconds ? DurationText::format(overview.oldestTransactionSeconds) : tr("none"));
    const std::optional<double> ratio = overview.cacheHitRatio();
    set(QStringLiteral("cache"),
        ratio ? QStringLiteral("%1 %").arg(locale.toString(*ratio * 100, 'f', 2)) : QStringLiteral("–"),
        tr("Share of block reads served from shared buffers since the statistics were reset."));
    const QString perSecond = rates.reset ? tr("The statistics were reset during the last interval: no rate for it.")
                                          : tr("Per second over the measured %1 s between the last two readings.")
                                                .arg(locale.toString(rates.intervalSeconds, 'f', 2));
    set(QStringLiteral("commits"), rateText(rates.of(Counter::Commits)), perSecond);
    set(QStringLiteral("rollbacks"), rateText(rates.of(Counter::Rollbacks)), perSecond);
    set(QStringLiteral("rowsRead"), rateText(rates.sum({Counter::RowsReturned, Counter::RowsFetched})), perSecond);
    set(QStringLiteral("rowsWritten"),
        rateText(rates.sum({Counter::RowsInserted, Counter::RowsUpdated, Counter::RowsDeleted})), perSecond);
    if (overview.inRecovery)
        set(QStringLiteral("replication"),
            overview.replayLagSeconds ? tr("standby, %1 behind").arg(DurationText::format(overview.replayLagSeconds))
                                      : tr("standby, nothing replayed yet"),
            tr("This server is a standby: the age of the last transaction it replayed from the primary."));
    else
        set(QStringLiteral("replication"), tr("primary, %n standby(s)", nullptr, overview.standbys));
    set(QStringLiteral("tempBytes"),
        locale.formattedDataSize(overview.tempBytes, 1, QLocale::DataSizeTraditionalFormat));
    set(QStringLiteral("problems"),
        QStringLiteral("%1 · %2")
            .arg(overview.counters.value(Counter::Deadlocks))
            .arg(overview.counters.value(Counter::TempFiles)),
        tr("Since the statistics were reset."));
}
