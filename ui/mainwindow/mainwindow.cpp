#include "mainwindow.h"

#include "browser/catalogdescription.h"
#include "browser/schemabrowser.h"
#include "browser/tabletab.h"
#include "catalog/schemacatalog.h"
#include "cluster/demodatabase.h"
#include "common/colours.h"
#include "common/icons.h"
#include "common/palettehtmlview.h"
#include "connect/connectiondialog.h"
#include "connect/passworddialog.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "console/consoletab.h"
#include "console/historystore.h"
#include "console/snippetstore.h"
#include "console/sqleditor.h"
#include "database/databaseconnection.h"
#include "kube/kubeforward.h"
#include "mainwindow/connectionbanner.h"
#include "mainwindow/connectionstatus.h"
#include "monitor/dashboardtab.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SayTruth Studio"));
    setWindowIcon(Icons::get(QStringLiteral("app")));
    resize(1200, 760);

    m_schema = new SchemaBrowser(this);
    auto *dock = new QDockWidget(tr("Schema"), this);
    dock->setObjectName(QStringLiteral("schemaDock"));
    dock->setWidget(m_schema);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {420}, Qt::Horizontal);

    auto *central = new QWidget(this);
    m_profileStrip = new QLabel(central);
    m_profileStrip->setObjectName(QStringLiteral("profileStrip"));
    m_profileStrip->setAlignment(Qt::AlignCenter);
    m_profileStrip->hide();
    m_banner = new ConnectionBanner(central);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_overview = new PaletteHtmlView(m_tabs);
    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setAccessibleName(tr("Database overview"));
    m_overview->setHtml(tr("<h2>SayTruth Studio</h2><p>Not connected. Use <b>Connection → Connect…</b> "
                           "or start the demo database.</p>"));
    m_tabs->addTab(m_overview, Icons::get(QStringLiteral("database")), tr("Overview"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_profileStrip);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_status = new ConnectionStatus(this);
    statusBar()->addPermanentWidget(m_status);

    createActions();
    SavedTabs::restoreLayout(this);
    connect(m_schema, &SchemaBrowser::tableActivated, this, &MainWindow::openTable);
    connect(m_banner, &ConnectionBanner::reconnectRequested, this, &MainWindow::reconnect);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    m_history = new HistoryStore({}, this);
    m_snippets = new SnippetStore({}, this);
}

MainWindow::~MainWindow()
{
    // Tabs hold their connection's sessions: they go first, while the connection is still there.
    discardConnectionTabs();
}

bool MainWindow::hasConnectionTabs() const
{
    return m_tabs->count() > 1;
}

void MainWindow::discardConnectionTabs()
{
    while (m_tabs->count() > 1) {
        QWidget *tab = m_tabs->widget(m_tabs->count() - 1);
        m_tabs->removeTab(m_tabs->count() - 1);
        delete tab;
    }
    m_backStack.clear();
}

bool MainWindow::closeConnectionTabs()
{
    for (int i = m_tabs->count() - 1; i > 0; --i) {
        if (!closeTab(i))
            return false;
    }
    return true;
}

MainWindow *MainWindow::openWindow()
{
    auto *window = new MainWindow(m_profiles, m_credentials);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::demoRequested, this, &MainWindow::demoRequested);
    window->show();
    Q_EMIT windowOpened(window);
    return window;
}

ConsoleTab *MainWindow::openConsole()
{
    if (!m_connection || !m_connection->session()->isConnected()) {
        m_banner->showError(tr("Connect to a database first: a console runs on the current connection."), false);
        return nullptr;
    }
    auto *console = new ConsoleTab(m_connection.get(), m_history, m_tabs);
    console->setSnippetStore(m_snippets);
    // A commit asked for on closing has gone through: close it now (and the window, if it was closing).
    connect(console, &ConsoleTab::closeReady, this, [this, console] {
        if (const int at = m_tabs->indexOf(console); at > 0) {
            m_tabs->removeTab(at);
            console->deleteLater();
        }
        if (std::exchange(m_closePending, false))
            close();
    });
    const QString title = tr("Console %1").arg(++m_consoleCount);
    const int index = m_tabs->addTab(console, Icons::get(QStringLiteral("console")), title);
    m_tabs->setTabToolTip(index, m_connection->profile().displayTarget());
    connect(console, &ConsoleTab::titleChanged, this, [this, console, title](const QString &text) {
        const int at = m_tabs->indexOf(console);
        if (at >= 0)
            m_tabs->setTabText(at, text.isEmpty() || text == tr("Console") ? title : text);
    });
    m_tabs->setCurrentIndex(index);
    console->editor()->setFocus();
    return console;
}

DashboardTab *MainWindow::openDashboard()
{
    if (!m_connection || !m_connection->session()->isConnected()) {
        m_banner->showError(tr("Connect to a database first: the dashboard watches the current connection."), false);
        return nullptr;
    }
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *open = qobject_cast<DashboardTab *>(m_tabs->widget(i))) {
            m_tabs->setCurrentIndex(i);
            return open;
        }
    }
    auto *dashboard = new DashboardTab(m_connection.get(), m_tabs);
    connect(dashboard, &DashboardTab::openInConsole, this, [this](const QString &sql) {
        if (ConsoleTab *console = openConsole())
            console->editor()->setText(sql);
    });
    const int index = m_tabs->addTab(dashboard, Icons::get(QStringLiteral("monitor")), tr("Dashboard"));
    m_tabs->setTabToolTip(index, m_connection->profile().displayTarget());
    m_tabs->setCurrentIndex(index);
    return dashboard;
}

bool MainWindow::closeTab(int index)
{
    if (index <= 0 || index >= m_tabs->count())
        return false;
    QWidget *tab = m_tabs->widget(index);
    if (auto *console = qobject_cast<ConsoleTab *>(tab); console && !console->confirmClose())
        return false;
    if (auto *table = qobject_cast<TableTab *>(tab); table && !table->confirmClose())
        return false;
    m_tabs->removeTab(index);
    delete tab;
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // What was open is remembered before the tabs are asked to close (closing deletes them).
    const SavedTabs::Tabs open = openTabs();
    // Every console with an open transaction or unsaved file gets its say before the window goes.
    for (int i = m_tabs->count() - 1; i > 0; --i) {
        QWidget *tab = m_tabs->widget(i);
        if ((qobject_cast<ConsoleTab *>(tab) || qobject_cast<TableTab *>(tab)) && !closeTab(i)) {
            // A console committing before it closes asks again when it is done.
            m_closePending = qobject_cast<ConsoleTab *>(tab) && qobject_cast<ConsoleTab *>(tab)->isClosing();
            event->ignore();
            return;
        }
    }
    SavedTabs::saveLayout(this);
    // Only a window that got as far as its tabs says what they were: a start that never connected keeps
    // the last record.
    if (m_connection && m_readyEmitted)
        SavedTabs::saveTabs(savedTabsKey(), open);
    event->accept();
}

void MainWindow::onCatalogLoaded()
{
    const auto snapshot = m_connection->catalog()->snapshot();
    m_schema->setSnapshot(snapshot);
    m_overview->setHtmlFrom(
        [snapshot, server = m_connection->session()->serverInfo(), profile = m_connection->profile()](
            const QPalette &palette) { return CatalogDescription::database(*snapshot, server, profile, palette); });
    const bool first = !m_readyEmitted;
    m_readyEmitted = true;
    if (first)
        restoreOpenTabs();
    if (!m_pendingTable.isEmpty())
        openTable(std::exchange(m_pendingTable, QString()));
    if (first)
        Q_EMIT ready();
}

void MainWindow::openTable(const QString &name)
{
    if (!m_connection || m_connection->catalog()->isLoading() || !m_readyEmitted) {
        m_pendingTable = name;
        return;
    }
    const auto snapshot = m_connection->catalog()->snapshot();
    const TableInfo *table = snapshot->findTable(name);
    if (!table) {
        m_banner->showError(tr("There is no table or view named \"%1\" in this database.").arg(name), false);
        return;
    }
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("table").toString() == table->qualifiedName()) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *view = new TableTab(m_connection.get(), table->qualifiedName(), m_tabs);
    view->setObjectName(QStringLiteral("table:%1").arg(table->qualifiedName()));
    view->setProperty("table", table->qualifiedName());
    const int index = m_tabs->addTab(
        view, Icons::get(table->isView() ? QStringLiteral("view") : QStringLiteral("table")), table->name);
    connect(view, &TableTab::openRelatedRequested, this, &MainWindow::openRelated);
    connect(view, &TableTab::titleChanged, this, [this, view](const QString &title) {
        if (const int at = m_tabs->indexOf(view); at >= 0)
            m_tabs->setTabText(at, title);
    });
    m_tabs->setTabToolTip(index, table->qualifiedName());
    m_tabs->setCurrentIndex(index);
    m_schema->selectTable(table->qualifiedName());
}

void MainWindow::openRelated(const QString &table, const QList<ColumnFilter> &filters)
{
    m_backStack << m_tabs->currentWidget();
    openTable(table);
    if (auto *tab = qobject_cast<TableTab *>(m_tabs->currentWidget()); tab && tab->qualifiedName() == table)
        tab->applyFilters(filters);
}

void MainWindow::goBack()
{
    while (!m_backStack.isEmpty()) {
        QPointer<QWidget> previous = m_backStack.takeLast();
        if (previous && m_tabs->indexOf(previous) >= 0) {
            m_tabs->setCurrentWidget(previous);
            return;
        }
    }
}

void MainWindow::startDemo(DemoDatabase *demo)
{
    // The demo database serves every window: this request's connections go with its outcome.
    auto *request = new QObject(this);
    const auto done = [demo, request] {
        QObject::disconnect(demo, nullptr, request, nullptr);
        request->deleteLater();
    };
    connect(demo, &DemoDatabase::progress, request, [this](const QString &message) {
        m_banner->showInfo(message);
        m_status->setState(Session::State::Connecting);
    });
    connect(demo, &DemoDatabase::ready, request, [this, done](const ConnectionProfile &profile) {
        done();
        connectTo(profile, QString());
    });
    connect(demo, &DemoDatabase::failed, request, [this, done](const Error &error) {
        done();
        showError(error);
    });
    if (!demo->isStarting())
        demo->start();
}

void MainWindow::showError(const Error &error)
{
    m_status->setState(Session::State::Disconnected);
    m_banner->showError(error.toString(), false);
}
