#include "application.h"

#include "cluster/demodatabase.h"
#include "connection/connectionuri.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QTimer>
#include <cstdio>

Application::Application(const CommandLineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_profiles(std::make_unique<ProfileStore>())
    , m_credentials(std::make_unique<CredentialStore>())
{
    m_clock.start();
    Error error;
    if (!m_profiles->load(&error))
        qWarning("%s", qPrintable(error.toString()));
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_credentials.get());
    // Asked from any window (they forward their own windows' requests): the asking window connects.
    connect(m_window.get(), &MainWindow::demoRequested, this, &Application::startDemo);
    connect(m_window.get(), &MainWindow::ready, this, &Application::reportReady);
    if (!error.isNull())
        m_window->showError(error);
}

Application::~Application()
{
    // The window (and its sessions) go before the demo server they talk to.
    m_window.reset();
    if (m_demo) {
        Error error;
        if (!m_demo->stop(&error))
            qWarning("%s", qPrintable(error.toString()));
    }
}

void Application::start()
{
    m_window->show();
    switch (m_options.mode) {
    case CommandLineOptions::Mode::Demo:
        startDemo(m_window.get());
        break;
    case CommandLineOptions::Mode::Uri:
        connectFromUri();
        break;
    case CommandLineOptions::Mode::Profile:
        connectFromProfile(m_options.profileName);
        break;
    case CommandLineOptions::Mode::Default:
        if (!m_profiles->lastProfileName().isEmpty() && m_profiles->find(m_profiles->lastProfileName()))
            connectFromProfile(m_profiles->lastProfileName());
        else
            m_window->showConnectionDialog();
        break;
    }
    if (!m_options.table.isEmpty())
        m_window->openTable(m_options.table);
    if (m_options.dashboard)
        connect(
            m_window.get(), &MainWindow::ready, m_window.get(), [this] { m_window->openDashboard(); },
            Qt::SingleShotConnection);
}

void Application::startDemo(MainWindow *window)
{
    if (!m_demo) {
        m_demo = std::make_unique<DemoDatabase>(
            m_options.demoDirectory.isEmpty() ? LocalCluster::defaultDemoDirectory() : m_options.demoDirectory);
        m_demo->setSampleScale(m_options.demoScale);
        m_demo->setReset(m_options.demoReset);
    }
    window->startDemo(m_demo.get());
}

void Application::connectFromUri()
{
    const ConnectionUri::Result parsed = ConnectionUri::parse(m_options.uri);
    if (!parsed.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error.toString()));
        m_window->showError(parsed.error);
        m_window->showConnectionDialog();
        return;
    }
    for (const QString &warning : parsed.warnings)
        std::fprintf(stderr, "%s\n", qPrintable(warning));
    m_window->connectTo(parsed.profile, parsed.hasPassword ? std::optional<QString>(parsed.password) : std::nullopt);
}

void Application::connectFromProfile(const QString &name)
{
    const auto profile = m_profiles->find(name);
    if (!profile) {
        m_window->showError(
            {tr("Opening the profile \"%1\"").arg(name), tr("There is no saved profile with that name.")});
        m_window->showConnectionDialog();
        return;
    }
    m_window->connectTo(*profile);
}

void Application::reportReady()
{
    // For measuring start-up: SAYTRUTH_STARTUP_REPORT=1 prints the time to a usable window,
    // SAYTRUTH_QUIT_WHEN_READY=1 quits right after.
    if (qEnvironmentVariableIntValue("SAYTRUTH_STARTUP_REPORT"))
        std::fprintf(stderr, "saytruth-studio: ready after %lld ms\n", static_cast<long long>(m_clock.elapsed()));
    if (qEnvironmentVariableIntValue("SAYTRUTH_QUIT_WHEN_READY"))
        QTimer::singleShot(0, qApp, &QApplication::quit);
}
