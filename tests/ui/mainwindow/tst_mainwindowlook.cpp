#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "connection/session.h"
#include "console/consoletab.h"
#include "console/resultspane.h"
#include "console/sqleditor.h"
#include "mainwindow/mainwindow.h"
#include "monitor/trendchart.h"
#include "testcluster.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QWidgetAction>
#include <QtTest>

// The main window's look against a real cluster: every toolbar button has an icon, and with a dark palette the
// window (a console with a result) is dark throughout. With SAYTRUTH_SCREENSHOT_DIR set, the window is saved there
// as look-light.png and look-dark.png, for looking at it.
class TestMainWindowLook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyToolbarButtonHasAnIcon();
    void consoleFollowsThePalette_data();
    void consoleFollowsThePalette();
    void chartsFollowThePalette();

private:
    bool connectAndWait();

    TestCluster m_fixture;
    QTemporaryDir m_config;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

// A complete dark palette, as a desktop's dark theme would give (Fusion's colours).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor text(0xee, 0xee, 0xee);
    const QColor grey(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, grey);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x23, 0x23, 0x23));
    p.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    p.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, grey);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

} // namespace

void TestMainWindowLook::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestMainWindowLook::init()
{
    QSettings().clear();
    m_profiles = std::make_unique<ProfileStore>(m_config.filePath(QStringLiteral("profiles.json")));
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->setKeychainEnabled(false);
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_credentials.get());
    m_window->resize(1280, 800);
    m_window->show();
}

void TestMainWindowLook::cleanup()
{
    m_window.reset();
    QApplication::setPalette(QApplication::style()->standardPalette());
}

bool TestMainWindowLook::connectAndWait()
{
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->connectTo(m_fixture.profile(), QString());
    return QTest::qWaitFor([&] { return ready.count() > 0; }, 20000);
}

void TestMainWindowLook::everyToolbarButtonHasAnIcon()
{
    QVERIFY(connectAndWait());
    m_window->openTable(QStringLiteral("users"));
    QVERIFY(m_window->openConsole());
    QStringList toolbars;
    for (const QToolBar *toolbar : m_window->findChildren<QToolBar *>()) {
        toolbars << toolbar->objectName();
        for (const QAction *action : toolbar->actions()) {
            if (action->isSeparator() || qobject_cast<const QWidgetAction *>(action))
                continue; // a spin box or the write lock: widgets, not buttons
            QVERIFY2(!action->icon().isNull(),
                qPrintable(QStringLiteral("%1: %2").arg(toolbar->objectName(), action->text())));
        }
    }
    for (const char *name : {"mainToolbar", "tableToolbar", "consoleToolbar"})
        QVERIFY2(toolbars.contains(QLatin1String(name)), name);

    // The table, its toolbar and the schema tree's icons on a dark palette, for looking at.
    if (const QString dir = qEnvironmentVariable("SAYTRUTH_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_window->tabs()->setCurrentIndex(m_window->tabs()->count() - 2);
        QApplication::setPalette(darkPalette());
        QTest::qWait(1000);
        m_window->grab().save(QDir(dir).filePath(QStringLiteral("look-table-dark.png")));
    }
}

void TestMainWindowLook::consoleFollowsThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestMainWindowLook::consoleFollowsThePalette()
{
    QFETCH(bool, dark);
    // Switched while the window is open, as a desktop switching its theme does.
    QVERIFY(connectAndWait());
    ConsoleTab *console = m_window->openConsole();
    QVERIFY(console);
    if (dark)
        QApplication::setPalette(darkPalette());
    console->editor()->setText(
        QStringLiteral("-- The most active writers\nSELECT u.username, count(*) AS messages\nFROM messages m\n"
                       "JOIN users u ON u.id = m.user_id\nGROUP BY u.username\nORDER BY messages DESC\nLIMIT 20;\n"));
    QTRY_VERIFY_WITH_TIMEOUT(console->session()->isConnected(), 20000);
    console->findChild<QAction *>(QStringLiteral("runScriptAction"))->trigger();
    auto *results = console->findChild<ResultsPane *>();
    QVERIFY(results);
    QVERIFY(QTest::qWaitFor([&] { return results->resultCount() > 0; }, 20000));
    QTest::qWait(300);

    const QImage shot = m_window->grab().toImage();
    if (const QString dir = qEnvironmentVariable("SAYTRUTH_SCREENSHOT_DIR"); !dir.isEmpty())
        shot.save(QDir(dir).filePath(dark ? QStringLiteral("look-dark.png") : QStringLiteral("look-light.png")));

    // The editor's empty area, the window's frame and the results are all on the palette's side.
    const QImage editor = console->editor()->viewport()->grab().toImage();
    QCOMPARE(editor.pixelColor(editor.width() - 10, editor.height() - 10).lightness() < 128, dark);
    QCOMPARE(shot.pixelColor(shot.width() - 5, shot.height() / 2).lightness() < 128, dark);
}

void TestMainWindowLook::chartsFollowThePalette()
{
    QVERIFY(connectAndWait());
    QVERIFY(m_window->openDashboard());
    QApplication::setPalette(darkPalette());
    QTest::qWait(1500);
    const QList<TrendChart *> charts = m_window->findChildren<TrendChart *>();
    QVERIFY(!charts.isEmpty());
    for (const TrendChart *chart : charts) {
        QCOMPARE(chart->chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
        QVERIFY(chart->chart()->titleBrush().color().lightness() >= 128);
    }
    if (const QString dir = qEnvironmentVariable("SAYTRUTH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(QDir(dir).filePath(QStringLiteral("look-dashboard-dark.png")));
}

QTEST_MAIN(TestMainWindowLook)
#include "tst_mainwindowlook.moc"
