#include "backup/cronjobdialog.h"
#include "backup/jobprogresswidget.h"
#include "browser/catalogdescription.h"
#include "catalog/catalogtypes.h"
#include "common/colours.h"
#include "common/palettehtmlview.h"
#include "common/readonlysqlview.h"
#include "connect/connectiondialog.h"
#include "connect/kubetargeteditor.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "console/resultspane.h"
#include "contrast.h"
#include "kube/kubeforward.h"
#include "kube/kubepodwatcher.h"
#include "mainwindow/connectionstatus.h"
#include "monitor/kubepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>
#include <memory>

// Labels with colours of their own (a tone, a badge), list entries and rich text with coloured words, while the
// desktop switches from a light theme to a dark one with the application running: each takes the dark variant at
// once and stays readable (WCAG AA, 4.5:1).
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
    void jobOutcome();
    void cronJobError();
    void productionProfileInList();
    void consoleMessages();
    void catalogDescription();
    void sqlPreview();

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
    // The colour of the text in a view's document that holds needle: its own, else the view's text colour.
    static QColor textColour(const QWidget *view, const QTextDocument *document, const QString &needle);
    // Each text in the view reads on its base colour in the light palette and, after the switch, in the dark one.
    static void checkTextSwitch(const QWidget *view, const QTextDocument *document, const QStringList &needles);

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

QColor TestThemeSwitch::textColour(const QWidget *view, const QTextDocument *document, const QString &needle)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().text().contains(needle))
                continue;
            const QTextCharFormat format = it.fragment().charFormat();
            return format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color()
                                                                    : view->palette().color(QPalette::Text);
        }
    }
    return {};
}

void TestThemeSwitch::checkTextSwitch(const QWidget *view, const QTextDocument *document, const QStringList &needles)
{
    for (const bool dark : {false, true}) {
        QApplication::setPalette(themePalette(dark));
        QCoreApplication::processEvents();
        const QColor base = view->palette().color(QPalette::Base);
        for (const QString &needle : needles) {
            const QColor text = textColour(view, document, needle);
            QVERIFY2(text.isValid(), qPrintable(needle));
            QVERIFY2(contrast(text, base) >= 4.5,
                qPrintable(QStringLiteral("“%1” on %2: %3 on %4")
                               .arg(needle, dark ? QStringLiteral("dark") : QStringLiteral("light"), text.name(),
                                   base.name())));
        }
    }
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

void TestThemeSwitch::jobOutcome()
{
    QApplication::setPalette(themePalette(false));
    JobProgressWidget progress;
    progress.show();
    QVERIFY(QTest::qWaitForWindowExposed(&progress));
    progress.showOutcome(false, QStringLiteral("pg_dump failed: the server closed the connection"));
    checkSwitch(progress.findChild<QLabel *>(QStringLiteral("jobOutcome")), false);
}

void TestThemeSwitch::cronJobError()
{
    QApplication::setPalette(themePalette(false));
    CronJobDialog dialog(ConnectionProfile {}, BackupOptions {}, 15);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("cronSchedule"))->setText(QStringLiteral("every night"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("cronError"));
    QVERIFY2(error->isVisible() && !error->text().isEmpty(), qPrintable(error->text()));
    checkSwitch(error, false);
}

void TestThemeSwitch::productionProfileInList()
{
    QApplication::setPalette(themePalette(false));
    ProfileStore profiles(m_empty.filePath(QStringLiteral("listed.json")));
    ConnectionProfile billing;
    billing.name = QStringLiteral("billing");
    billing.host = QStringLiteral("db.example.org");
    billing.kind = ConnectionProfile::Kind::Production;
    QVERIFY(profiles.save(billing));
    CredentialStore credentials;
    credentials.setKeychainEnabled(false);
    ConnectionDialog dialog(&profiles, &credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profileList"));
    const QList<QListWidgetItem *> items = list->findItems(QStringLiteral("billing"), Qt::MatchStartsWith);
    QCOMPARE(items.size(), 1);
    const auto colour = [&] {
        return items.first()->foreground().color();
    };
    const QColor light = colour();
    QVERIFY2(contrast(light, list->palette().color(QPalette::Base)) >= 4.5, qPrintable(light.name()));
    QApplication::setPalette(themePalette(true));
    QCoreApplication::processEvents();
    const QColor dark = colour();
    QVERIFY2(contrast(dark, list->palette().color(QPalette::Base)) >= 4.5,
        qPrintable(QStringLiteral("%1 on %2").arg(dark.name(), list->palette().color(QPalette::Base).name())));
    QCOMPARE(dark, Colours::text(Colours::Tone::Danger, themePalette(true)));
}

void TestThemeSwitch::consoleMessages()
{
    QApplication::setPalette(themePalette(false));
    ResultsPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.appendMessage(QStringLiteral("NOTICE: all is well"));
    pane.appendMessage(QStringLiteral("ERROR: relation \"nope\" does not exist\nLINE 1: select * from nope"), true);
    pane.appendMessage(QStringLiteral("DELETE 3"));
    QPlainTextEdit *messages = pane.messages();
    QCOMPARE(messages->document()->blockCount(), 3); // an error's lines are one message
    checkTextSwitch(messages, messages->document(),
        {QStringLiteral("all is well"), QStringLiteral("nope"), QStringLiteral("LINE 1"), QStringLiteral("DELETE 3")});
    if (QTest::currentTestFailed())
        return;
    // The error stays marked as one: the danger tone of the palette now in use.
    QCOMPARE(textColour(messages, messages->document(), QStringLiteral("LINE 1")),
        Colours::text(Colours::Tone::Danger, themePalette(true)));
    QVERIFY(textColour(messages, messages->document(), QStringLiteral("DELETE 3"))
        != Colours::text(Colours::Tone::Danger, themePalette(true)));
}

void TestThemeSwitch::catalogDescription()
{
    QApplication::setPalette(themePalette(false));
    TableInfo users;
    users.schema = QStringLiteral("public");
    users.name = QStringLiteral("users");
    users.estimatedRows = 1200;
    users.totalBytes = 65536;
    ColumnInfo id;
    id.name = QStringLiteral("id");
    id.type = QStringLiteral("bigint");
    users.columns << id;
    auto snapshot = std::make_shared<CatalogSnapshot>();
    snapshot->schemas << SchemaInfo {};
    snapshot->schemas.first().name = QStringLiteral("public");
    snapshot->schemas.first().tables << users;
    PaletteHtmlView view;
    view.setHtmlFrom([snapshot](const QPalette &palette) {
        return CatalogDescription::table(snapshot->schemas.first().tables.first(), *snapshot, palette);
    });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The muted line under the title (estimate · size) and the table's heading.
    checkTextSwitch(&view, view.document(), {QStringLiteral("·"), QStringLiteral("Column"), QStringLiteral("bigint")});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(textColour(&view, view.document(), QStringLiteral("·")), Colours::mutedText(themePalette(true)));
}

void TestThemeSwitch::sqlPreview()
{
    QApplication::setPalette(themePalette(false));
    ReadOnlySqlView view;
    view.setPlainText(QStringLiteral("SELECT 'text' -- a note"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // A highlighter's formats are not in the document's own; what is painted is the block's layout.
    const auto colourOf = [&view](const QString &needle) {
        const QTextBlock block = view.document()->firstBlock();
        const int at = block.text().indexOf(needle);
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start <= at && at < range.start + range.length)
                return range.format.foreground().color();
        }
        return view.palette().color(QPalette::Text);
    };
    const bool builtIn = ReadOnlySqlView::highlighterName() == QLatin1String("built-in");
    QList<QColor> keywords;
    for (const bool dark : {false, true}) {
        QApplication::setPalette(themePalette(dark));
        QCoreApplication::processEvents();
        const QPalette palette = themePalette(dark);
        if (builtIn) {
            QCOMPARE(colourOf(QStringLiteral("SELECT")), Colours::syntax(Colours::Syntax::Keyword, palette));
            QCOMPARE(colourOf(QStringLiteral("'text'")), Colours::syntax(Colours::Syntax::String, palette));
            QCOMPARE(colourOf(QStringLiteral("a note")), Colours::syntax(Colours::Syntax::Comment, palette));
            continue;
        }
        // KSyntaxHighlighting colours from its own light or dark theme: readable on this palette's base.
        for (const QString &needle : {QStringLiteral("SELECT"), QStringLiteral("'text'"), QStringLiteral("a note")}) {
            const double ratio = contrast(colourOf(needle), palette.color(QPalette::Base));
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1 on %2: %3").arg(needle).arg(dark).arg(ratio)));
        }
        keywords << colourOf(QStringLiteral("SELECT"));
    }
    if (!builtIn)
        QVERIFY(keywords.value(0) != keywords.value(1)); // the theme followed the palette
}

QTEST_MAIN(TestThemeSwitch)
#include "tst_themeswitch.moc"
