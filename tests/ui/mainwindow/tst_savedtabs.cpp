#include "browser/tabletab.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "console/consoletab.h"
#include "console/resultspane.h"
#include "console/sqleditor.h"
#include "dialoganswer.h"
#include "mainwindow/connectionbanner.h"
#include "mainwindow/mainwindow.h"
#include "monitor/dashboardtab.h"
#include "settings/preferences.h"
#include "table/tabledatamodel.h"
#include "testcluster.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

// A window closed with tabs open, and the next window on the same profile: the same geometry, docks and tabs
// come back (tables, the dashboard, consoles with their text, or their file); another profile starts clean.
class TestSavedTabs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabsComeBackForTheSameProfile();
    void anotherProfileStartsClean();
    void aDroppedTableIsLeftOut();
    void consolesComeBackWithTheirFiles_data();
    void consolesComeBackWithTheirFiles();

private:
    std::unique_ptr<MainWindow> newWindow();
    bool connectAndWait(MainWindow *window, const ConnectionProfile &profile);
    QStringList tabTitles(MainWindow *window) const;

    TestCluster m_fixture;
    QTemporaryDir m_config;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
};

void TestSavedTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_profiles = std::make_unique<ProfileStore>(m_config.filePath(QStringLiteral("profiles.json")));
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->setKeychainEnabled(false);
}

void TestSavedTabs::init()
{
    QSettings().clear();
}

void TestSavedTabs::cleanup()
{
    // What the case armed and did not use goes now, before it can answer the next case's dialog; the case
    // fails for it once the rest is cleaned up.
    const QStringList unused = DialogAnswer::reset();
    QSettings().clear();
    QVERIFY2(unused.isEmpty(), qPrintable(unused.join(QLatin1Char('\n'))));
}

std::unique_ptr<MainWindow> TestSavedTabs::newWindow()
{
    auto window = std::make_unique<MainWindow>(m_profiles.get(), m_credentials.get());
    window->show();
    return window;
}

bool TestSavedTabs::connectAndWait(MainWindow *window, const ConnectionProfile &profile)
{
    QSignalSpy ready(window, &MainWindow::ready);
    window->connectTo(profile, QString());
    return QTest::qWaitFor([&] { return ready.count() > 0; }, 20000);
}

QStringList TestSavedTabs::tabTitles(MainWindow *window) const
{
    QStringList titles;
    for (int i = 0; i < window->tabs()->count(); ++i) {
        QWidget *tab = window->tabs()->widget(i);
        if (auto *table = qobject_cast<TableTab *>(tab))
            titles << table->qualifiedName();
        else if (qobject_cast<DashboardTab *>(tab))
            titles << QStringLiteral("dashboard");
        else if (auto *console = qobject_cast<ConsoleTab *>(tab))
            titles << QStringLiteral("console: ") + console->editor()->text();
        else
            titles << QStringLiteral("overview");
    }
    return titles;
}

void TestSavedTabs::tabsComeBackForTheSameProfile()
{
    auto first = newWindow();
    // A size other than the first start's (1200 x 760) that fits the screen: from Qt 6.5 on restoreGeometry()
    // shrinks a window to the screen's available geometry, as it should (the offscreen platform's screen is 800
    // pixels wide).
    const QSize saved = QSize(900, 640).boundedTo(first->screen()->availableGeometry().size() - QSize(100, 100));
    first->resize(saved);
    QCOMPARE(first->size(), saved); // not held bigger by a minimum size
    QVERIFY(saved != QSize(1200, 760));
    QVERIFY(connectAndWait(first.get(), m_fixture.profile()));
    first->openTable(QStringLiteral("users"));
    first->openDashboard();
    first->openConsole()->editor()->setText(QStringLiteral("SELECT 42;"));
    first->openTable(QStringLiteral("messages"));
    first->findChild<QDockWidget *>(QStringLiteral("schemaDock"))->hide();
    const QStringList before = tabTitles(first.get());
    QCOMPARE(before,
        (QStringList {QStringLiteral("overview"), QStringLiteral("public.users"), QStringLiteral("dashboard"),
            QStringLiteral("console: SELECT 42;"), QStringLiteral("public.messages")}));
    QVERIFY(first->close());
    first.reset();

    auto second = newWindow();
    QCOMPARE(second->size(), saved);
    QVERIFY(second->findChild<QDockWidget *>(QStringLiteral("schemaDock"))->isHidden());
    QCOMPARE(second->tabs()->count(), 1); // nothing before the connection is there
    QVERIFY(connectAndWait(second.get(), m_fixture.profile()));
    QCOMPARE(tabTitles(second.get()), before);
    QCOMPARE(second->tabs()->currentIndex(), 4);
    auto *users = qobject_cast<TableTab *>(second->tabs()->widget(1));
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0, 10000);
}

void TestSavedTabs::anotherProfileStartsClean()
{
    auto first = newWindow();
    QVERIFY(connectAndWait(first.get(), m_fixture.profile()));
    first->openTable(QStringLiteral("users"));
    QVERIFY(first->close());
    first.reset();

    ConnectionProfile other = m_fixture.profile();
    other.demo = false;
    other.name = QStringLiteral("another profile/on the same server");
    auto second = newWindow();
    QVERIFY(connectAndWait(second.get(), other));
    QCOMPARE(second->tabs()->count(), 1);
    second->openDashboard();
    QVERIFY(second->close());
    second.reset();
    // Each profile keeps its own.
    auto third = newWindow();
    QVERIFY(connectAndWait(third.get(), other));
    QCOMPARE(tabTitles(third.get()), (QStringList {QStringLiteral("overview"), QStringLiteral("dashboard")}));
}

void TestSavedTabs::aDroppedTableIsLeftOut()
{
    auto first = newWindow();
    QVERIFY(connectAndWait(first.get(), m_fixture.profile()));
    first->openTable(QStringLiteral("users"));
    QVERIFY(first->close());
    first.reset();
    // As if the table had been dropped meanwhile: a name the catalog does not know.
    QSettings settings;
    const QString key = QStringLiteral("openTabs/demo/tabs/1/name");
    QCOMPARE(settings.value(key).toString(), QStringLiteral("public.users"));
    settings.setValue(key, QStringLiteral("public.gone"));
    settings.sync();

    auto second = newWindow();
    QVERIFY(connectAndWait(second.get(), m_fixture.profile()));
    QCOMPARE(second->tabs()->count(), 1);
    QVERIFY(second->banner()->isHidden());
}

namespace {

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

ConsoleTab *consoleAt(MainWindow *window, int index)
{
    return qobject_cast<ConsoleTab *>(window->tabs()->widget(index));
}

} // namespace

void TestSavedTabs::consolesComeBackWithTheirFiles_data()
{
    QTest::addColumn<bool>("asked");
    // Asked on the way out, the user discards: the file as it is on disk comes back, not the discarded edits.
    QTest::newRow("asked, discarded") << true;
    // Not asked (the preference is off): the edits come back as edits, on top of the file.
    QTest::newRow("not asked") << false;
}

void TestSavedTabs::consolesComeBackWithTheirFiles()
{
    QFETCH(bool, asked);
    Preferences::Values values = Preferences::shared()->values();
    const Preferences::Values before = values;
    values.confirmCloseUnsaved = asked;
    Preferences::shared()->setValues(values);
    const auto restore = qScopeGuard([&] { Preferences::shared()->setValues(before); });
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("saved.sql"));
    const QString edited = dir.filePath(QStringLiteral("edited.sql"));
    const QString gone = dir.filePath(QStringLiteral("gone.sql"));

    auto first = newWindow();
    QVERIFY(connectAndWait(first.get(), m_fixture.profile()));
    ConsoleTab *console = first->openConsole();
    console->editor()->setText(QStringLiteral("SELECT 1;"));
    QVERIFY(console->saveFile(saved));
    console = first->openConsole();
    console->editor()->setText(QStringLiteral("SELECT 2;"));
    QVERIFY(console->saveFile(edited));
    console->editor()->setText(QStringLiteral("SELECT 2, 'not saved';"));
    console = first->openConsole();
    console->editor()->setText(QStringLiteral("SELECT 3;"));
    QVERIFY(console->saveFile(gone));
    DialogAnswer::Handle discarded;
    if (asked)
        discarded = DialogAnswer::next(QStringLiteral("Unsaved changes"),
            [](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Discard)->click(); });
    QVERIFY(first->close());
    if (discarded)
        QVERIFY2(discarded->answered(), qPrintable(discarded->report()));
    first.reset();
    // Meanwhile another editor changes one file and the third is deleted.
    QVERIFY(writeFile(saved, "SELECT 'changed on disk';"));
    QVERIFY(QFile::remove(gone));

    auto second = newWindow();
    QVERIFY(connectAndWait(second.get(), m_fixture.profile()));
    QCOMPARE(second->tabs()->count(), 4);
    ConsoleTab *fromDisk = consoleAt(second.get(), 1);
    QVERIFY(fromDisk);
    QCOMPARE(fromDisk->filePath(), saved);
    QCOMPARE(fromDisk->editor()->text(), QStringLiteral("SELECT 'changed on disk';"));
    QVERIFY(!fromDisk->editor()->isModified());
    QCOMPARE(second->tabs()->tabText(1), QStringLiteral("saved.sql"));

    ConsoleTab *withEdits = consoleAt(second.get(), 2);
    QVERIFY(withEdits);
    QCOMPARE(withEdits->filePath(), edited);
    QCOMPARE(withEdits->editor()->text(), asked ? QStringLiteral("SELECT 2;") : QStringLiteral("SELECT 2, 'not saved';"));
    QCOMPARE(withEdits->editor()->isModified(), !asked);
    QCOMPARE(second->tabs()->tabText(2), asked ? QStringLiteral("edited.sql") : QStringLiteral("edited.sql*"));

    // The file is gone: the text as it was, tied to no file, and the console says why.
    ConsoleTab *untied = consoleAt(second.get(), 3);
    QVERIFY(untied);
    QVERIFY(untied->filePath().isEmpty());
    QCOMPARE(untied->editor()->text(), QStringLiteral("SELECT 3;"));
    QVERIFY2(untied->results()->messages()->toPlainText().contains(gone),
        qPrintable(untied->results()->messages()->toPlainText()));
}

QTEST_MAIN(TestSavedTabs)
#include "tst_savedtabs.moc"
