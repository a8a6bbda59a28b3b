#include "connect/connectiondialog.h"
#include "connect/kubetargeteditor.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "contrast.h"
#include "kube/kubeforward.h"
#include "kube/kubepodwatcher.h"
#include "mainwindow/connectionstatus.h"
#include "monitor/kubepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

// Labels with colours of their own (a tone, a badge) while the desktop switches from a light theme to a dark one
// with the application running: each takes the dark variant at once and stays readable (WCAG AA, 4.5:1).
class TestThemeSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void kubePanelLabels();
    void kubeTargetMessage();
    void productionBadge();
    void demoBadge();

private:
    // What a label looks like now: its text colour and what is behind it (its own fill, else its window's).
    struct Look
    {
        QColor text;
        QColor background;
    };
    static Look lookOf(QLabel *label, bool filled);
    // Switches the application to the dark palette and checks the label before and after.
    static void checkSwitch(QLabel *label, bool filled);

    QTemporaryDir m_empty;
    QPalette m_original;
};

namespace {

QPalette themePalette(bool dark)
{
    QPalette p;
    const QColor window = dark ? QColor(0x35, 0x35, 0x35) : QColor(0xef, 0xef, 0xef);
    const QColor text = dark ? QColor(0xee, 0xee, 0xee) : QColor(Qt::black);
    const QColor base = dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(Qt::white);
    for (const auto role : {QPalette::Window, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, window);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        p.setColor(role, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x42, 0x42, 0x42) : QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

void TestThemeSwitch::initTestCase()
{
    // No kubectl at all (it reads PATH once per process): the target editor says so, in its message colour.
    QVERIFY(m_empty.isValid());
    qputenv("PATH", QFile::encodeName(m_empty.path()));
    qputenv("SAYTRUTH_NO_LOGIN_SHELL", "1");
    m_original = QApplication::palette();
}

void TestThemeSwitch::cleanup()
{
    QApplication::setPalette(m_original);
}

TestThemeSwitch::Look TestThemeSwitch::lookOf(QLabel *label, bool filled)
{
    label->ensurePolished();
    const QPalette palette = label->palette();
    return {palette.color(label->foregroundRole()),
        filled ? palette.color(label->backgroundRole()) : label->window()->palette().color(QPalette::Window)};
}

void TestThemeSwitch::checkSwitch(QLabel *label, bool filled)
{
    const QString name = label->objectName();
    const Look light = lookOf(label, filled);
    QVERIFY2(contrast(light.text, light.background) >= 4.5,
        qPrintable(QStringLiteral("%1 on light: %2 on %3").arg(name, light.text.name(), light.background.name())));
    QApplication::setPalette(themePalette(true));
    QCoreApplication::processEvents();
    const Look dark = lookOf(label, filled);
    QVERIFY2(contrast(dark.text, dark.background) >= 4.5,
        qPrintable(QStringLiteral("%1 on dark: %2 on %3").arg(name, dark.text.name(), dark.background.name())));
    QVERIFY2(dark.text != light.text, qPrintable(name + QStringLiteral(" kept its light theme's colour")));
    QApplication::setPalette(themePalette(false));
    QCoreApplication::processEvents();
    QCOMPARE(lookOf(label, filled).text, light.text);
}

void TestThemeSwitch::kubePanelLabels()
{
    QApplication::setPalette(themePalette(false));
    KubeTarget target;
    target.ns = QStringLiteral("saytruth-dev");
    target.name = QStringLiteral("postgres");
    KubeForward forward(target);
    KubePanel panel(&forward, nullptr);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // A pod that is not ready, has restarted, and whose last read failed: three coloured labels.
    KubePodStatus status;
    status.pod = QStringLiteral("postgres-0");
    status.phase = QStringLiteral("Running");
    status.ready = false;
    status.restarts = 2;
    status.lastRestartReason = QStringLiteral("OOMKilled");
    status.error = Error {QStringLiteral("Reading the pod"), QStringLiteral("the API server did not answer"), {}, {}};
    Q_EMIT panel.watcher()->updated(status);
    for (const char *name : {"kubePod", "kubeRestarts"}) {
        checkSwitch(panel.findChild<QLabel *>(QLatin1String(name)), false);
        if (QTest::currentTestFailed())
            return;
    }
    QLabel *error = nullptr;
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("did not answer")))
            error = label;
    }
    QVERIFY(error && error->isVisible());
    checkSwitch(error, false);
}

void TestThemeSwitch::kubeTargetMessage()
{
    QApplication::setPalette(themePalette(false));
    KubeTargetEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setChecked(true);
    auto *status = editor.findChild<QLabel *>(QStringLiteral("kubeStatusLabel"));
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && !status->text().isEmpty(), 10000);
    checkSwitch(status, false);
}

void TestThemeSwitch::productionBadge()
{
    QApplication::setPalette(themePalette(false));
    ProfileStore profiles(m_empty.filePath(QStringLiteral("profiles.json")));
    CredentialStore credentials;
    credentials.setKeychainEnabled(false);
    ConnectionDialog dialog(&profiles, &credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(int(ConnectionProfile::Kind::Production)));
    auto *badge = dialog.findChild<QLabel *>(QStringLiteral("productionLabel"));
    QTRY_VERIFY(badge->isVisible());
    checkSwitch(badge, true);
}

void TestThemeSwitch::demoBadge()
{
    QApplication::setPalette(themePalette(false));
    ConnectionStatus status;
    ConnectionProfile demo;
    demo.demo = true;
    demo.user = QStringLiteral("saytruth");
    demo.database = QStringLiteral("saytruth_db");
    status.setProfile(demo);
    status.show();
    QVERIFY(QTest::qWaitForWindowExposed(&status));
    auto *badge = status.findChild<QLabel *>(QStringLiteral("profileKind"));
    QCOMPARE(badge->text(), QStringLiteral("DEMO"));
    checkSwitch(badge, true);
}

QTEST_MAIN(TestThemeSwitch)
#include "tst_themeswitch.moc"
