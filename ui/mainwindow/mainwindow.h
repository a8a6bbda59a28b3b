#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"
#include "connection/session.h"
#include "mainwindow/savedtabs.h"
#include "table/tablequery.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

class ConnectionBanner;
class ConnectionStatus;
class ConsoleTab;
class DashboardTab;
class HistoryStore;
class SnippetStore;
class CredentialStore;
class DatabaseConnection;
class DemoDatabase;
class PaletteHtmlView;
class ProfileStore;
class QLabel;
class QTabWidget;
class SchemaBrowser;

// The main window: the schema tree on the left, a tab area in the middle where features open their tabs
// (an overview first, then tables), and the connection's state in the status bar. It owns the current
// DatabaseConnection; it never runs SQL itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects to the profile. With tabs open on another connection, asks first: a new window, or close
    // those tabs and connect here. Without a password, the keychain is asked; if the server then wants
    // one, the user is asked.
    void connectTo(const ConnectionProfile &profile, std::optional<QString> password = std::nullopt);
    // Shows the demo database's progress and connects this window when it is ready (starting it unless it is
    // starting already). Only this request's outcome reaches this window: a later start asked from another
    // window never reconnects this one.
    void startDemo(DemoDatabase *demo);
    // Opens a table's tab once the schema is known ("users" or "schema.table").
    void openTable(const QString &name);
    // Opens (or shows) a table's tab with these filters: following a foreign key, or rows that point here.
    void openRelated(const QString &table, const QList<ColumnFilter> &filters);
    // Back to the tab shown before the last jump to related rows.
    void goBack();
    void showConnectionDialog();
    // Opens a SQL console tab on the current connection (its own session); nullptr when not connected.
    ConsoleTab *openConsole();
    // Opens (or shows) the monitoring dashboard of the current connection; nullptr when not connected.
    DashboardTab *openDashboard();
    // Shows an error in the banner (no modal box): for problems found before any connection exists.
    void showError(const Error &error);
    // Another window on the same stores (one connection per window, as TablePlus does); deleted on close.
    MainWindow *openWindow();

    DatabaseConnection *connection() const { return m_connection.get(); }
    SchemaBrowser *schemaBrowser() const { return m_schema; }
    QTabWidget *tabs() const { return m_tabs; }
    ConnectionBanner *banner() const { return m_banner; }
    ConnectionStatus *connectionStatus() const { return m_status; }

Q_SIGNALS:
    // The connection is open and the schema has been read: the window is fully usable.
    void ready();
    // The user asked for the demo database in window (this one, or a window opened from it).
    void demoRequested(MainWindow *window);
    void windowOpened(MainWindow *window);

private:
    enum class Placement { ThisWindow, NewWindow, Nowhere };
    Placement askPlacement(const ConnectionProfile &profile);
    bool hasConnectionTabs() const;
    // Asks each tab (unsaved edits, open transactions); false when one of them stays.
    bool closeConnectionTabs();
    // Deletes the tabs without asking: only when their connection is going anyway.
    void discardConnectionTabs();
    void createActions();
    void openConnection(const ConnectionProfile &profile, const QString &password);
    void onOpened(const ServerInfo &info);
    void onOpenFailed(const Error &error);
    void onConnectionLost(const Error &error);
    void onCatalogLoaded();
    void askForPassword(const ConnectionProfile &profile, const Error &error);
    void reconnect();
    void onForwardStateChanged();
    void disconnectFromServer();
    void applyProfileLook(const ConnectionProfile &profile);
    void showAbout();
    void showShortcuts();
    void showPreferences();
    // Where this window's tabs are remembered: the profile's name (or target), one record per profile.
    QString savedTabsKey() const;
    SavedTabs::Tabs openTabs() const;
    // Reopens the tabs the last window on this profile had open (tables still there, dashboard, consoles).
    void restoreOpenTabs();
    bool closeTab(int index);
    void closeEvent(QCloseEvent *event) override;

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    std::unique_ptr<DatabaseConnection> m_connection;
    SchemaBrowser *m_schema = nullptr;
    QTabWidget *m_tabs = nullptr;
    PaletteHtmlView *m_overview = nullptr;
    ConnectionBanner *m_banner = nullptr;
    ConnectionStatus *m_status = nullptr;
    QLabel *m_profileStrip = nullptr;
    HistoryStore *m_history = nullptr;
    SnippetStore *m_snippets = nullptr;
    int m_consoleCount = 0;
    QList<QPointer<QWidget>> m_backStack;
    QString m_pendingTable;
    bool m_readyEmitted = false;
    bool m_closePending = false; // the window waits for a console's commit before closing
};
