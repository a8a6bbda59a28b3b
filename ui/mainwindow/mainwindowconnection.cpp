#include "mainwindow.h"

#include "common/colours.h"
#include "common/tonestyle.h"
#include "connect/connectiondialog.h"
#include "connect/passworddialog.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "database/databaseconnection.h"
#include "kube/kubeforward.h"
#include "mainwindow/connectionbanner.h"
#include "mainwindow/connectionstatus.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

// The main window's connection: choosing one (dialog, placement, stored password), opening it, how the window
// looks for it (production strip, title), and what it says when it opens, fails, is lost or reconnects.

void MainWindow::showConnectionDialog()
{
    auto *dialog = new ConnectionDialog(m_profiles, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_connection && !m_connection->profile().demo && !m_connection->profile().name.isEmpty())
        dialog->selectProfile(m_connection->profile().name);
    connect(dialog, &ConnectionDialog::demoRequested, this, [this, dialog] {
        // The dialog closes as accepted: its form is not what to connect to.
        disconnect(dialog, &QDialog::accepted, this, nullptr);
        Q_EMIT demoRequested(this);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { connectTo(dialog->profile(), dialog->password()); });
    dialog->open();
}

MainWindow::Placement MainWindow::askPlacement(const ConnectionProfile &profile)
{
    if (!m_connection || !hasConnectionTabs())
        return Placement::ThisWindow;
    QMessageBox box(QMessageBox::Question, tr("Open the connection where?"),
        tr("This window has tabs open on %1.\nOpen %2 in a new window, or close those tabs and connect here?")
            .arg(m_connection->profile().displayTarget(), profile.displayTarget()),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("placementQuestion"));
    QPushButton *newWindow = box.addButton(tr("New window"), QMessageBox::AcceptRole);
    QPushButton *here = box.addButton(tr("Close tabs and connect here"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(newWindow);
    box.exec();
    if (box.clickedButton() == newWindow)
        return Placement::NewWindow;
    if (box.clickedButton() == here)
        return closeConnectionTabs() ? Placement::ThisWindow : Placement::Nowhere;
    return Placement::Nowhere;
}

void MainWindow::connectTo(const ConnectionProfile &profile, std::optional<QString> password)
{
    // A tab never outlives its connection: with tabs open, the user says where the new one goes.
    switch (askPlacement(profile)) {
    case Placement::Nowhere:
        return;
    case Placement::NewWindow:
        openWindow()->connectTo(profile, password);
        return;
    case Placement::ThisWindow:
        break;
    }
    if (password || profile.demo) {
        openConnection(profile, password.value_or(QString()));
        return;
    }
    m_status->setProfile(profile);
    m_status->setState(Session::State::Connecting);
    m_credentials->readPassword(
        profile.credentialKey(), this, [this, profile](std::optional<QString> stored, const Error &) {
            // No stored password: try without (trust, peer or ~/.pgpass may do);
            // if the server wants one, onOpenFailed asks.
            openConnection(profile, stored.value_or(QString()));
        });
}

void MainWindow::openConnection(const ConnectionProfile &profile, const QString &password)
{
    // Only an empty window gets here (askPlacement); a password retry may still find the tabs of a
    // connection that never opened, and they must not outlive it.
    discardConnectionTabs();
    m_connection = std::make_unique<DatabaseConnection>(profile, password);
    m_readyEmitted = false;
    DatabaseConnection *connection = m_connection.get();
    connect(connection, &DatabaseConnection::stateChanged, m_status, &ConnectionStatus::setState);
    connect(connection, &DatabaseConnection::opened, this, &MainWindow::onOpened);
    connect(connection, &DatabaseConnection::openFailed, this, &MainWindow::onOpenFailed);
    connect(connection, &DatabaseConnection::connectionLost, this, &MainWindow::onConnectionLost);
    connect(connection, &DatabaseConnection::progress, m_banner, &ConnectionBanner::showInfo);
    connect(connection, &DatabaseConnection::forwardStateChanged, this, &MainWindow::onForwardStateChanged);
    m_status->setForward(QString(), true);
    connect(connection->catalog(), &SchemaCatalog::loaded, this, &MainWindow::onCatalogLoaded);
    connect(connection->catalog(), &SchemaCatalog::failed, this,
        [this](const Error &error) { m_banner->showError(error.toString(), false); });
    applyProfileLook(profile);
    m_banner->showInfo(tr("Connecting to %1…").arg(profile.displayTarget()));
    connection->open();
}

void MainWindow::applyProfileLook(const ConnectionProfile &profile)
{
    m_status->setProfile(profile);
    QString title = tr("SayTruth Studio — %1@%2").arg(profile.user, profile.database);
    if (profile.demo)
        title += tr(" (demo)");
    else if (profile.isProduction())
        title = tr("[PRODUCTION] ") + title;
    setWindowTitle(title);
    // Production must never be mistaken for anything else: a coloured strip that says so on every tab.
    if (profile.isProduction()) {
        m_profileStrip->setText(
            tr("Production: %1 — read-only").arg(profile.name.isEmpty() ? profile.displayTarget() : profile.name));
        ToneStyle::follow(m_profileStrip, [colour = QColor(profile.effectiveColor())](const QPalette &palette) {
            return QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; padding: 3px; }")
                .arg(colour.name(), Colours::textOn(colour, palette).name());
        });
        m_profileStrip->show();
    } else {
        m_profileStrip->setText(QString());
        m_profileStrip->setFixedHeight(3);
        ToneStyle::follow(m_profileStrip, [demo = profile.demo, colour = profile.effectiveColor()](const QPalette &p) {
            return QStringLiteral("QLabel { background: %1; }")
                .arg(demo ? Colours::text(Colours::Tone::Info, p).name() : colour);
        });
        m_profileStrip->show();
    }
}

void MainWindow::onOpened(const ServerInfo &info)
{
    m_banner->hide();
    m_status->setServer(info);
    m_status->followReplayLag(m_connection->session());
    if (!m_connection->profile().name.isEmpty() && !m_connection->profile().demo)
        m_profiles->setLastProfileName(m_connection->profile().name);
}

void MainWindow::onForwardStateChanged()
{
    const KubeForward *forward = m_connection ? m_connection->forward() : nullptr;
    if (!forward)
        return;
    const bool healthy = forward->state() == KubeForward::State::Up;
    m_status->setForward(forward->statusText(), healthy);
    if (forward->state() == KubeForward::State::Reconnecting) {
        m_banner->showInfo(tr("The Kubernetes forward was lost; it is restarting on the same port (attempt %1). "
                              "Your edits and console text are kept.\n%2")
                               .arg(forward->attempt())
                               .arg(forward->lastWords()));
    }
}

void MainWindow::onOpenFailed(const Error &error)
{
    const ConnectionProfile profile = m_connection->requestedProfile();
    const bool fromSecret = profile.kube.isSet() && profile.kube.credentials == KubeTarget::Credentials::Secret;
    if (error.sqlState == QLatin1String("28P01") && !profile.demo && !fromSecret) {
        askForPassword(profile, error);
        return;
    }
    m_banner->showError(error.toString(), true);
}

void MainWindow::askForPassword(const ConnectionProfile &profile, const Error &error)
{
    auto *dialog = new PasswordDialog(
        profile.displayTarget(), error.why, m_credentials->backend() != CredentialStore::Backend::MemoryOnly, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, profile] {
        const QString password = dialog->password();
        if (dialog->remember())
            m_credentials->writePassword(profile.credentialKey(), password);
        else
            m_credentials->rememberForSession(profile.credentialKey(), password);
        openConnection(profile, password);
    });
    connect(dialog, &QDialog::rejected, this, [this, error] { m_banner->showError(error.toString(), true); });
    dialog->open();
}

void MainWindow::onConnectionLost(const Error &error)
{
    // Open tabs keep what they show; only the way to the server is gone.
    m_banner->showError(
        error.toString() + QLatin1Char('\n') + tr("Nothing you had open was lost. Reconnect when the server is back."),
        true);
}

void MainWindow::reconnect()
{
    if (!m_connection)
        return;
    m_banner->showInfo(tr("Reconnecting to %1…").arg(m_connection->profile().displayTarget()));
    m_connection->open();
}

void MainWindow::disconnectFromServer()
{
    if (!m_connection)
        return;
    m_connection->session()->close();
    m_banner->showInfo(tr("Disconnected. Use Reconnect to connect again."));
}
