#include "dashboardtab.h"

#include "common/colours.h"
#include "common/icons.h"
#include "common/tonestyle.h"
#include "connection/session.h"
#include "database/databaseconnection.h"
#include "kube/kubeforward.h"
#include "monitor/blockingpanel.h"
#include "monitor/blockingtreemodel.h"
#include "monitor/headerfigures.h"
#include "monitor/kubepanel.h"
#include "monitor/monitorsampler.h"
#include "monitor/replicationmodel.h"
#include "monitor/replicationpanel.h"
#include "monitor/sessionsmodel.h"
#include "monitor/sessionspanel.h"
#include "monitor/statementsmodel.h"
#include "monitor/statementspanel.h"
#include "monitor/storagepanel.h"
#include "monitor/tablemaintenance.h"
#include "monitor/tablesizesmodel.h"
#include "monitor/trendchart.h"
#include "settings/preferences.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int ReconnectEveryTicks = 5;

// The user's choices, kept for the next dashboard (whatever the connection); the Preferences dialog sets the first.
QString intervalKey()
{
    return Preferences::dashboardIntervalKey();
}

QString statementsIntervalKey()
{
    return QStringLiteral("dashboard/statementsIntervalMs");
}

} // namespace

DashboardTab::DashboardTab(DatabaseConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_profile(connection->profile())
    , m_session(connection->createSession(QStringLiteral("dashboard")))
{
    m_sampler = new MonitorSampler(m_session.get(), this);
    m_sessions = new SessionsModel(m_session.get(), this);
    m_blocking = new BlockingTreeModel(this);
    m_statements = new StatementsModel(m_session.get(), this);
    m_tableSizes = new TableSizesModel(m_session.get(), this);
    m_replication = new ReplicationModel(m_session.get(), this);
    m_maintenance = new TableMaintenance(connection->createSession(QStringLiteral("maintenance")), this);
    m_figures = new HeaderFigures(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_panels = new QTabWidget(this);
    m_panels->setObjectName(QStringLiteral("dashboardPanels"));
    m_panels->setDocumentMode(true);
    m_sessionsPanel = new SessionsPanel(m_sessions, m_profile, m_panels);
    auto *blocking = new BlockingPanel(m_blocking, m_sessions, m_profile, m_panels);
    auto *statements = new StatementsPanel(m_statements, m_panels);
    m_panels->addTab(m_sessionsPanel, tr("&Sessions"));
    m_panels->addTab(blocking, tr("&Blocking"));
    m_panels->addTab(statements, tr("S&tatements"));
    auto *storage = new StoragePanel(m_tableSizes, m_maintenance, m_profile, m_panels);
    m_panels->addTab(storage, tr("Tables && &indexes"));
    m_replicationPanel = new ReplicationPanel(m_replication, m_panels);
    m_panels->addTab(m_replicationPanel, tr("&Replication"));
    // Through a port-forward: the pod and its volume too.
    if (KubeForward *forward = connection->forward()) {
        m_kubePanel = new KubePanel(forward, m_session.get(), m_panels);
        m_panels->addTab(m_kubePanel, tr("&Kubernetes"));
    }

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createCharts());
    splitter->addWidget(m_panels);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(createToolbar());
    layout->addWidget(m_figures);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    restoreSettings();

    connect(&m_timer, &QTimer::timeout, this, &DashboardTab::tick);
    connect(m_sampler, &MonitorSampler::sampled, this, &DashboardTab::onSampled);
    connect(m_sampler, &MonitorSampler::failed, this, &DashboardTab::onFailed);
    connect(m_replication, &ReplicationModel::failed, this,
        [this](const Error &error) { showMessage(error.toString(), true); });
    connect(m_statements, &StatementsModel::failed, this,
        [this](const Error &error) { showMessage(error.toString(), true); });
    connect(m_sessions, &SessionsModel::backendSignalled, this,
        [this](int pid, SessionsModel::Signal signal, const Error &error) {
            if (error)
                showMessage(error.toString(), true);
            else
                showMessage(signal == SessionsModel::Signal::Cancel
                        ? tr("The query of session %1 was cancelled.").arg(pid)
                        : tr("Session %1 was terminated.").arg(pid),
                    false);
            m_sampler->refresh();
        });
    connect(m_statements, &StatementsModel::refreshed, this, [this] { m_statementsRead = true; });
    connect(statements, &StatementsPanel::message, this, &DashboardTab::showMessage);
    connect(storage, &StoragePanel::message, this, &DashboardTab::showMessage);
    connect(statements, &StatementsPanel::queryActivated, this, &DashboardTab::openInConsole);
    connect(m_sessionsPanel, &SessionsPanel::queryActivated, this, &DashboardTab::openInConsole);
    connect(m_tableSizes, &TableSizesModel::failed, this,
        [this](const Error &error) { showMessage(error.toString(), true); });
    connect(m_panels, &QTabWidget::currentChanged, this, [this, statements, storage](int) {
        if (m_panels->currentWidget() == statements)
            m_statements->refresh();
        if (m_panels->currentWidget() == storage && m_session->isConnected())
            storage->refreshIfNeverRead();
        refreshShownPanel();
    });
    connect(m_session.get(), &Session::opened, this, [this] {
        m_message->hide();
        if (isVisible())
            tick();
    });
    connect(m_session.get(), &Session::openFailed, this,
        [this](const Error &error) { showMessage(error.toString(), true); });
    connect(m_session.get(), &Session::connectionLost, this, [this](const Error &error) {
        showMessage(tr("The dashboard lost its connection; it reconnects by itself.\n%1").arg(error.toString()), true);
    });
    m_session->open();
}

DashboardTab::~DashboardTab()
{
    m_timer.stop();
}

QWidget *DashboardTab::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(m_profile.displayTarget().toHtmlEscaped()), bar);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setEnabled(false);
    m_intervalBox = new QComboBox(bar);
    m_intervalBox->setObjectName(QStringLiteral("refreshInterval"));
    m_intervalBox->setAccessibleName(tr("Refresh interval"));
    for (int milliseconds : Preferences::dashboardIntervalsMs())
        m_intervalBox->addItem(tr("every %n s", nullptr, milliseconds / 1000), milliseconds);
    m_intervalBox->setCurrentIndex(1);
    m_intervalBox->setToolTip(tr("How often the header figures, the charts and the sessions are read."));
    m_statementsBox = new QComboBox(bar);
    m_statementsBox->setObjectName(QStringLiteral("statementsInterval"));
    m_statementsBox->setAccessibleName(tr("Statement statistics interval"));
    for (int seconds : {5, 15, 30, 60, 300})
        m_statementsBox->addItem(
            seconds < 60 ? tr("every %n s", nullptr, seconds) : tr("every %n min", nullptr, seconds / 60),
            seconds * 1000);
    m_statementsBox->setCurrentIndex(m_statementsBox->findData(m_statementsEveryMs));
    m_statementsBox->setToolTip(tr("How often the statement statistics (a heavier query) are read while polling."));
    m_pause = new QToolButton(bar);
    m_pause->setObjectName(QStringLiteral("pauseRefresh"));
    m_pause->setText(tr("&Pause"));
    m_pause->setIcon(Icons::get(QStringLiteral("pause")));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setCheckable(true);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(m_status, 1);
    layout->addWidget(new QLabel(tr("Refresh"), bar));
    layout->addWidget(m_intervalBox);
    layout->addWidget(new QLabel(tr("Statements"), bar));
    layout->addWidget(m_statementsBox);
    layout->addWidget(m_pause);
    connect(m_intervalBox, &QComboBox::currentIndexChanged, this,
        [this] { setInterval(m_intervalBox->currentData().toInt()); });
    connect(m_statementsBox, &QComboBox::currentIndexChanged, this,
        [this] { setStatementsInterval(m_statementsBox->currentData().toInt()); });
    // Only the user's own choice is kept (activated), not what a caller set for this tab.
    connect(m_intervalBox, &QComboBox::activated, this,
        [this] { QSettings().setValue(intervalKey(), m_cadence.chosen()); });
    connect(m_statementsBox, &QComboBox::activated, this,
        [this] { QSettings().setValue(statementsIntervalKey(), m_statementsEveryMs); });
    connect(m_pause, &QToolButton::toggled, this, &DashboardTab::setPaused);
    // A choice made in the Preferences dialog reaches the open dashboards (a backed-off one starts afresh only then).
    connect(Preferences::shared(), &Preferences::changed, this, [this](const Preferences::Values &values) {
        if (values.dashboardIntervalMs != interval())
            setInterval(values.dashboardIntervalMs);
    });
    return bar;
}

QWidget *DashboardTab::createCharts()
{
    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    m_charts = {
        new TrendChart(tr("Connections by state"), {tr("active"), tr("idle"), tr("in tx"), tr("waiting")}, charts),
        new TrendChart(tr("Transactions per second"), {tr("commits"), tr("rollbacks")}, charts),
        new TrendChart(tr("Cache hit ratio (%)"), {tr("hits")}, charts),
        new TrendChart(tr("Rows per second"), {tr("read"), tr("written")}, charts),
    };
    m_charts[2]->setFixedRange(0, 100);
    for (int i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->setObjectName(QStringLiteral("chart%1").arg(i));
        grid->addWidget(m_charts[i], 0, i);
    }
    return charts;
}

void DashboardTab::setInterval(int milliseconds)
{
    m_cadence.setChosen(milliseconds);
    m_timer.setInterval(m_cadence.current());
    const int at = m_intervalBox->findData(m_cadence.chosen());
    if (at >= 0 && at != m_intervalBox->currentIndex())
        m_intervalBox->setCurrentIndex(at);
}

void DashboardTab::setStatementsInterval(int milliseconds)
{
    m_statementsEveryMs = qMax(1000, milliseconds);
    const int at = m_statementsBox->findData(m_statementsEveryMs);
    if (at >= 0 && at != m_statementsBox->currentIndex())
        m_statementsBox->setCurrentIndex(at);
}

QString DashboardTab::statusText() const
{
    return m_status->text();
}

void DashboardTab::restoreSettings()
{
    const QSettings settings;
    const int interval = settings.value(intervalKey(), m_cadence.chosen()).toInt();
    if (m_intervalBox->findData(interval) >= 0)
        setInterval(interval);
    const int statements = settings.value(statementsIntervalKey(), m_statementsEveryMs).toInt();
    if (m_statementsBox->findData(statements) >= 0)
        setStatementsInterval(statements);
}

void DashboardTab::setPaused(bool paused)
{
    m_paused = paused;
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    updatePolling();
}

void DashboardTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Minimising the window leaves the tab "visible": watch the window for it.
    if (window() != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    updatePolling();
}

void DashboardTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updatePolling();
}

bool DashboardTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange)
        updatePolling();
    return QWidget::eventFilter(watched, event);
}

void DashboardTab::updatePolling()
{
    const bool poll = !m_paused && isVisible() && !window()->isMinimized();
    if (poll == m_timer.isActive())
        return;
    if (!poll) {
        m_timer.stop();
        if (m_kubePanel)
            m_kubePanel->stop();
        m_status->setText(m_paused ? tr("Paused.") : tr("Paused while not visible."));
        return;
    }
    m_timer.start(m_cadence.current());
    if (m_kubePanel)
        m_kubePanel->start(); // its own cadence (every 30 s): kubectl, not the database
    tick(); // fresh figures at once when shown again
}

void DashboardTab::tick()
{
    ++m_ticks;
    const Session::State state = m_session->state();
    if (state == Session::State::Lost || state == Session::State::Disconnected) {
        if (m_ticks % ReconnectEveryTicks == 0)
            m_session->open();
        return;
    }
    if (m_sampler->isRefreshing()) {
        // Still waiting for the one before (a lock, a busy server): that alone says the interval is too short.
        const qint64 running = m_sampler->inFlightMs();
        if (running * 5 > m_cadence.current())
            recordDuration(
                running, tr("A refresh has been running for %1 s").arg(QLocale().toString(running / 1000.0, 'f', 1)));
    }
    m_sampler->refresh();
    if (!m_statementsRead || !m_statementsAge.isValid() || m_statementsAge.hasExpired(m_statementsEveryMs)) {
        if (m_statements->refresh())
            m_statementsAge.start();
    }
    refreshShownPanel();
}

void DashboardTab::refreshShownPanel()
{
    // Replication is read only while its panel is shown: nobody looks at it otherwise.
    if (m_panels->currentWidget() == m_replicationPanel && m_session->isConnected())
        m_replication->refresh();
}

void DashboardTab::onSampled(const MonitorSample &sample)
{
    const ServerOverview &overview = sample.overview;
    m_figures->setFigures(overview, sample.rates);
    m_sessions->setSessions(sample.sessions);
    m_blocking->setSessions(sample.sessions);
    m_statements->setExtension(overview.statementsVersion, overview.statementsLoaded);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(overview.counters.seconds * 1000));
    const RateCalculator::Rates &rates = sample.rates;
    m_charts[0]->append(time,
        {double(overview.active), double(overview.idle), double(overview.idleInTransaction), double(overview.waiting)});
    m_charts[1]->append(time, {rates.of(Counter::Commits), rates.of(Counter::Rollbacks)});
    m_charts[2]->append(time, {rates.cacheHitRatio ? std::optional<double>(*rates.cacheHitRatio * 100) : std::nullopt});
    m_charts[3]->append(time,
        {rates.sum({Counter::RowsReturned, Counter::RowsFetched}),
            rates.sum({Counter::RowsInserted, Counter::RowsUpdated, Counter::RowsDeleted})});
    if (m_message->property("isError").toBool())
        m_message->hide();
    recordDuration(sample.elapsedMs,
        tr("Last refresh: %n statement(s) in %1 ms", nullptr, sample.statementsRun).arg(sample.statementsMs));
}

void DashboardTab::onFailed(const Error &error)
{
    const qint64 elapsedMs = m_sampler->lastElapsedMs();
    recordDuration(elapsedMs, tr("Last refresh failed after %1 ms").arg(elapsedMs));
    showMessage(error.toString(), true);
}

void DashboardTab::recordDuration(qint64 elapsedMs, const QString &status)
{
    if (m_cadence.record(elapsedMs))
        m_timer.setInterval(m_cadence.current());
    QString text = status;
    if (m_cadence.isBackedOff())
        text += tr(" · slow: refreshing every %1 s instead of %2 s")
                    .arg(QLocale().toString(m_cadence.current() / 1000.0, 'f', 1))
                    .arg(QLocale().toString(m_cadence.chosen() / 1000.0, 'f', 1));
    if (m_sampler->skippedCount() > 0)
        text += tr(" · %n refresh(es) skipped while one was running", nullptr, m_sampler->skippedCount());
    m_status->setText(text);
}

void DashboardTab::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setProperty("isError", isError);
    // A message bar like the others (made again from the palette when it changes: a switch to a dark theme).
    ToneStyle::apply(m_message, isError ? Colours::Tone::Danger : Colours::Tone::Success, ToneStyle::Kind::Message);
    m_message->show();
}
