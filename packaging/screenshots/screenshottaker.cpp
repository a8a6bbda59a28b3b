// saytruth-screenshots: the README's and the guide's pictures, taken from the real MainWindow on the demo
// database (packaging/screenshots.sh runs it under xvfb-run). Not installed, not part of the product: it drives
// the window through its menu actions and public verbs, as a user would, and saves QWidget::grab() of each
// main screen.
#include "backup/backupwizard.h"
#include "backup/restorewizard.h"
#include "browser/tabletab.h"
#include "cluster/demodatabase.h"
#include "connect/connectiondialog.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "connection/session.h"
#include "console/consoletab.h"
#include "console/resultsetmodel.h"
#include "console/resultspane.h"
#include "console/sqleditor.h"
#include "mainwindow/mainwindow.h"
#include "monitor/dashboardtab.h"
#include "table/tabledatamodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QThread>
#include <QWizard>
#include <cstdio>
#include <functional>

namespace {

const QSize windowSize(1280, 800);

// Runs the event loop until done() or the time is up; false when it timed out.
bool waitFor(const std::function<bool()> &done, int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > milliseconds)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    return true;
}

void settle(int milliseconds)
{
    waitFor([] { return false; }, milliseconds);
}

class Shooter
{
public:
    explicit Shooter(const QString &directory)
        : m_directory(directory)
    { }
    bool shoot(QWidget *widget, const QString &name)
    {
        settle(300); // let the last layout and repaint through
        const QString path = m_directory.filePath(name + QStringLiteral(".png"));
        const bool saved = widget->grab().save(path, "PNG");
        std::fprintf(stderr, "%s %s\n", saved ? "saved" : "FAILED", qPrintable(path));
        m_failed = m_failed || !saved;
        return saved;
    }
    bool fail(const char *what)
    {
        std::fprintf(stderr, "saytruth-screenshots: %s\n", what);
        m_failed = true;
        return false;
    }
    bool failed() const { return m_failed; }

private:
    QDir m_directory;
    bool m_failed = false;
};

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QAction *action(MainWindow *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

void saveSampleProfiles(ProfileStore *profiles)
{
    ConnectionProfile dev;
    dev.name = QStringLiteral("saytruth-dev");
    dev.host = QStringLiteral("localhost");
    dev.database = QStringLiteral("saytruth_db");
    dev.user = QStringLiteral("saytruth");
    profiles->save(dev);
    ConnectionProfile prod = dev;
    prod.name = QStringLiteral("saytruth-prod");
    prod.host = QStringLiteral("db.saytruth.example");
    prod.sslMode = QStringLiteral("verify-full");
    prod.kind = ConnectionProfile::Kind::Production;
    profiles->save(prod);
}

bool shootConnectionDialog(MainWindow *window, Shooter &shooter)
{
    window->showConnectionDialog();
    ConnectionDialog *dialog = nullptr;
    if (!waitFor([&] { return (dialog = window->findChild<ConnectionDialog *>()) && dialog->isVisible(); }, 5000))
        return shooter.fail("the connection dialog did not open");
    dialog->selectProfile(QStringLiteral("saytruth-dev"));
    // Typed, as a user would: the form then shows a password instead of asking the (absent) keychain for one.
    if (auto *password = child<QLineEdit>(dialog, "passwordEdit")) {
        for (const QChar c : QStringLiteral("secret")) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(password, &press);
        }
    }
    shooter.shoot(dialog, QStringLiteral("connection-dialog"));
    dialog->close();
    return true;
}

bool shootTable(MainWindow *window, Shooter &shooter)
{
    window->openTable(QStringLiteral("messages"));
    TableTab *tab = nullptr;
    if (!waitFor(
            [&] {
                tab = qobject_cast<TableTab *>(window->tabs()->currentWidget());
                return tab && tab->model()->rowCount() > 0;
            },
            30000))
        return shooter.fail("the messages table showed no rows");
    tab->view()->selectRow(2); // the row panel beside the grid shows a whole message
    settle(1500); // foreign-key names and the count arrive after the first page
    return shooter.shoot(window, QStringLiteral("table-browser"));
}

bool shootConsole(MainWindow *window, Shooter &shooter)
{
    ConsoleTab *console = window->openConsole();
    if (!console)
        return shooter.fail("no console opened");
    console->editor()->setText(QStringLiteral("-- The most active writers, with their latest message\n"
                                              "SELECT u.username, count(*) AS messages, max(m.created_at) AS latest\n"
                                              "FROM messages m\n"
                                              "JOIN users u ON u.id = m.user_id\n"
                                              "GROUP BY u.username\n"
                                              "ORDER BY messages DESC\n"
                                              "LIMIT 100;\n"));
    // The console has its own session: it runs once that is connected.
    if (!waitFor([&] { return console->session()->isConnected(); }, 30000) || !console->run(ConsoleTab::Scope::Script))
        return shooter.fail("the console could not run its query");
    if (!waitFor(
            [&] {
                return console->results()->resultCount() > 0 && console->results()->resultModel(0)
                    && console->results()->resultModel(0)->rowCount() > 0;
            },
            30000))
        return shooter.fail("the console's query returned no rows");
    settle(1000);
    return shooter.shoot(window, QStringLiteral("sql-console"));
}

bool shootDashboard(MainWindow *window, Shooter &shooter)
{
    ConsoleTab *console = nullptr;
    for (int i = 0; i < window->tabs()->count() && !console; ++i)
        console = qobject_cast<ConsoleTab *>(window->tabs()->widget(i));
    if (!window->openDashboard())
        return shooter.fail("no dashboard opened");
    // The dashboard wants the width: the schema tree is put away, as View → Schema does.
    if (auto *dock = window->findChild<QDockWidget *>(QStringLiteral("schemaDock")))
        dock->hide();
    // Twenty seconds of refreshes, with the console's query run now and then so that the charts move.
    for (int second = 0; second < 20; second += 4) {
        if (console)
            console->run(ConsoleTab::Scope::Script);
        settle(4000);
    }
    return shooter.shoot(window, QStringLiteral("monitoring-dashboard"));
}

// The backup wizard walked to its end (the file goes to folder), then the restore wizard checks that file.
bool shootBackupAndRestore(MainWindow *window, Shooter &shooter, const QString &folder)
{
    action(window, "backupAction")->trigger();
    auto *backup = window->findChild<BackupWizard *>();
    if (!backup)
        return shooter.fail("the backup wizard did not open");
    shooter.shoot(backup, QStringLiteral("backup-what"));
    backup->next();
    const QString file = QDir(folder).filePath(QStringLiteral("saytruth_demo.dump.zst"));
    child<QLineEdit>(backup, "backupFile")->setText(file);
    backup->next();
    if (!waitFor([&] { return backup->button(QWizard::CommitButton)->isEnabled(); }, 30000))
        return shooter.fail("the backup wizard's review did not finish");
    shooter.shoot(backup, QStringLiteral("backup-review"));
    backup->next();
    if (!waitFor([&] { return !child<QLabel>(backup, "jobOutcome")->text().isEmpty(); }, 120000))
        return shooter.fail("the backup did not finish");
    shooter.shoot(backup, QStringLiteral("backup-done"));
    backup->close();

    action(window, "restoreAction")->trigger();
    auto *restore = window->findChild<RestoreWizard *>();
    if (!restore)
        return shooter.fail("the restore wizard did not open");
    child<QLineEdit>(restore, "restorePath")->setText(file);
    child<QRadioButton>(restore, "intoNew")->setChecked(true);
    child<QLineEdit>(restore, "newDatabase")->setText(QStringLiteral("saytruth_restored"));
    restore->next();
    if (!waitFor([&] { return restore->button(QWizard::CommitButton)->isEnabled(); }, 60000))
        return shooter.fail("the restore wizard's check did not finish");
    shooter.shoot(restore, QStringLiteral("restore-check"));
    restore->close();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SayTruth"));
    QCoreApplication::setApplicationName(QStringLiteral("saytruth-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("SayTruth Studio"));
    // English's own translation, for its plurals as the app shows them: built beside the app in the same tree
    // (screenshots.sh builds saytruth-studio too).
    QTranslator english;
    if (english.load(QStringLiteral("saytruth_en"), QCoreApplication::applicationDirPath() + QStringLiteral("/../../app")))
        QCoreApplication::installTranslator(&english);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: saytruth-screenshots OUTPUT-DIRECTORY\n");
        return 2;
    }
    QDir().mkpath(arguments.at(1));
    Shooter shooter(arguments.at(1));
    QTemporaryDir scratch; // profiles, the demo cluster and the backup: nothing of the user's is read or kept
    if (!scratch.isValid())
        return shooter.fail("no temporary directory"), 1;
    // As root the demo server runs as an unprivileged user, who must reach its directory inside.
    QFile::setPermissions(
        scratch.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);

    ProfileStore profiles(QDir(scratch.path()).filePath(QStringLiteral("profiles.json")));
    CredentialStore credentials;
    saveSampleProfiles(&profiles);
    auto window = std::make_unique<MainWindow>(&profiles, &credentials);
    window->resize(windowSize);
    window->show();

    DemoDatabase demo(QDir(scratch.path()).filePath(QStringLiteral("demo")));
    bool ready = false;
    QObject::connect(window.get(), &MainWindow::ready, window.get(), [&ready] { ready = true; });
    window->startDemo(&demo);
    if (!waitFor([&] { return ready; }, 300000)) {
        shooter.fail("the demo database did not become ready");
    } else {
        settle(1000);
        shootConnectionDialog(window.get(), shooter);
        shootTable(window.get(), shooter);
        shootConsole(window.get(), shooter);
        shootBackupAndRestore(window.get(), shooter, scratch.path());
        shootDashboard(window.get(), shooter);
    }
    window.reset();
    demo.stop();
    return shooter.failed() ? 1 : 0;
}
