#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "mainwindow/guidedialog.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QImage>
#include <QMenuBar>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTranslator>
#include <QtTest>

// Help → User Guide offline: the guide compiled in, opened from the menu in the language the app speaks (as the
// installed translation says), every section there, every screenshot loading from the resources, every link
// inside the guide landing on a heading; in English and in German.
class TestGuideDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void anchors_data();
    void anchors();
    void opensFromTheHelpMenu();
    void speaksTheAppsLanguage_data();
    void speaksTheAppsLanguage();
    void fallsBackToEnglish_data();
    void fallsBackToEnglish();
    void hasEverySection_data();
    void hasEverySection();
    void everyImageLoads_data();
    void everyImageLoads();
    void internalLinksResolve_data();
    void internalLinksResolve();
    void cleanupTestCase();

private:
    // The guide as Help → User Guide opens it (the same window each time).
    GuideDialog *openGuide();
    // The same in the app running in language ("de", "en"; empty: no translation installed), as after a start in
    // it: the app's own translation installed, the guide window opened anew.
    GuideDialog *openGuideIn(const QString &language);
    static void addLanguages();
    QTextDocument *document() const { return m_guide->browser()->document(); }
    QStringList headings() const;
    QStringList anchorNames() const;

    QTemporaryDir m_config;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    QPointer<GuideDialog> m_guide;
    QTranslator m_german;
    QTranslator m_english;
    QTranslator *m_installed = nullptr;
};

namespace {

const QUrl English(QStringLiteral("qrc:/help/guide.md"));
const QUrl German(QStringLiteral("qrc:/help/guide.de.md"));

} // namespace

void TestGuideDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    m_profiles = std::make_unique<ProfileStore>(m_config.filePath(QStringLiteral("profiles.json")));
    m_credentials = std::make_unique<CredentialStore>();
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_credentials.get());
    m_window->show();
    // The translations the app compiles in, as lrelease wrote them.
    QVERIFY(m_german.load(QStringLiteral("saytruth_de"), QStringLiteral(SAYTRUTH_QM_DIR)));
    QVERIFY(m_english.load(QStringLiteral("saytruth_en"), QStringLiteral(SAYTRUTH_QM_DIR)));
}

GuideDialog *TestGuideDialog::openGuide()
{
    if (QAction *action = m_window->findChild<QAction *>(QStringLiteral("userGuideAction")))
        action->trigger();
    m_guide = m_window->findChild<GuideDialog *>();
    return m_guide;
}

GuideDialog *TestGuideDialog::openGuideIn(const QString &language)
{
    QTranslator *wanted = language == u"de" ? &m_german : language == u"en" ? &m_english : nullptr;
    if (wanted != m_installed || !m_guide) {
        delete m_guide; // the guide picks its language when it opens
        if (m_installed)
            QCoreApplication::removeTranslator(m_installed);
        if (wanted)
            QCoreApplication::installTranslator(wanted);
        m_installed = wanted;
    }
    return openGuide();
}

void TestGuideDialog::addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestGuideDialog::cleanupTestCase()
{
    if (m_installed)
        QCoreApplication::removeTranslator(m_installed);
    m_window.reset();
}

void TestGuideDialog::anchors_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("anchor");
    QTest::newRow("plain") << QStringLiteral("Connect") << QStringLiteral("connect");
    QTest::newRow("spaces") << QStringLiteral("Browse and edit") << QStringLiteral("browse-and-edit");
    QTest::newRow("punctuation") << QStringLiteral("Backup, restore & more!") << QStringLiteral("backup-restore--more");
    QTest::newRow("code and hyphen") << QStringLiteral("The `k8s://` address") << QStringLiteral("the-k8s-address");
}

void TestGuideDialog::anchors()
{
    QFETCH(QString, heading);
    QFETCH(QString, anchor);
    QCOMPARE(GuideDialog::anchorFor(heading), anchor);
}

void TestGuideDialog::opensFromTheHelpMenu()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("userGuideAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    // It is in the Help menu, where people look for it.
    bool inHelpMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            inHelpMenu = menu->text().remove(QLatin1Char('&')) == QStringLiteral("Help");
    }
    QVERIFY(inHelpMenu);
    QVERIFY(openGuide());
    QTRY_VERIFY(m_guide->isVisible());
    QCOMPARE(m_guide->browser()->source(), GuideDialog::source());
    // Asking again shows the same window, not a second one.
    action->trigger();
    QCOMPARE(m_window->findChildren<GuideDialog *>().size(), 1);
}

void TestGuideDialog::speaksTheAppsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QUrl>("guide");
    QTest::addColumn<QString>("title");
    QTest::newRow("German") << QStringLiteral("de") << German << QStringLiteral("SayTruth Studio – Benutzerhandbuch");
    QTest::newRow("English") << QStringLiteral("en") << English << QStringLiteral("SayTruth Studio User Guide");
    // A system language without a translation: the app speaks the sources' English, and so does the guide.
    QTest::newRow("untranslated") << QString() << English << QStringLiteral("SayTruth Studio User Guide");
}

void TestGuideDialog::speaksTheAppsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QUrl, guide);
    QFETCH(QString, title);
    QVERIFY(openGuideIn(language));
    QTRY_VERIFY(m_guide->isVisible());
    QCOMPARE(GuideDialog::source(), guide);
    QCOMPARE(m_guide->browser()->source(), guide);
    const QStringList found = headings();
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first(), title);
    // The window around it speaks the same language.
    QCOMPARE(m_guide->windowTitle(), QCoreApplication::translate("GuideDialog", "SayTruth Studio User Guide"));
}

void TestGuideDialog::fallsBackToEnglish_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QUrl>("guide");
    QTest::newRow("German") << QStringLiteral("guide.de.md") << German;
    QTest::newRow("English") << QStringLiteral("guide.md") << English;
    QTest::newRow("a language without a guide") << QStringLiteral("guide.fr.md") << English;
    QTest::newRow("empty") << QString() << English;
    QTest::newRow("not a guide") << QStringLiteral("screenshots/sql-console.png") << English;
    QTest::newRow("outside the guides") << QStringLiteral("../sql/catalog.sql") << English;
}

void TestGuideDialog::fallsBackToEnglish()
{
    QFETCH(QString, fileName);
    QFETCH(QUrl, guide);
    QCOMPARE(GuideDialog::sourceFor(fileName), guide);
}

QStringList TestGuideDialog::headings() const
{
    QStringList found;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            found << block.text();
    }
    return found;
}

QStringList TestGuideDialog::anchorNames() const
{
    QStringList names;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor())
                names << it.fragment().charFormat().anchorNames();
        }
    }
    return names;
}

void TestGuideDialog::hasEverySection_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("sections");
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringList {QStringLiteral("Connect"), QStringLiteral("Kubernetes"),
                                    QStringLiteral("Browse and edit"), QStringLiteral("SQL console"),
                                    QStringLiteral("Backup and restore"), QStringLiteral("Monitoring"),
                                    QStringLiteral("Command line")};
    QTest::newRow("German") << QStringLiteral("de")
                            << QStringList {QStringLiteral("Verbinden"), QStringLiteral("Kubernetes"),
                                   QStringLiteral("Tabellen ansehen und bearbeiten"), QStringLiteral("SQL-Konsole"),
                                   QStringLiteral("Sichern und Zurückspielen"), QStringLiteral("Überwachung"),
                                   QStringLiteral("Befehlszeile")};
}

void TestGuideDialog::hasEverySection()
{
    QFETCH(QString, language);
    QFETCH(QStringList, sections);
    QVERIFY(openGuideIn(language));
    const QStringList found = headings();
    for (const QString &section : std::as_const(sections)) {
        QVERIFY2(found.contains(section), qPrintable(section + QStringLiteral(" missing from: ") + found.join(u'|')));
    }
    // Every heading can be jumped to.
    const QStringList names = anchorNames();
    for (const QString &heading : found)
        QVERIFY2(names.contains(GuideDialog::anchorFor(heading)), qPrintable(heading));
}

void TestGuideDialog::everyImageLoads_data()
{
    addLanguages();
}

void TestGuideDialog::everyImageLoads()
{
    QFETCH(QString, language);
    QVERIFY(openGuideIn(language));
    int images = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            const QImage image = GuideDialog::loadImage(document(), name);
            QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("broken image: ") + name));
            QVERIFY2(image.width() >= 400, qPrintable(name));
            // Shown no wider than the dialog, in proportion.
            const qreal shown = format.toImageFormat().width() > 0 ? format.toImageFormat().width() : image.width();
            QVERIFY2(shown <= 820, qPrintable(name));
            ++images;
        }
    }
    QVERIFY2(images >= 6, qPrintable(QString::number(images))); // one per main screen at least
    // With SAYTRUTH_SCREENSHOT_DIR set, the guide as shown is saved there (for looking at it).
    if (const QString dir = qEnvironmentVariable("SAYTRUTH_SCREENSHOT_DIR"); !dir.isEmpty() && language == u"en") {
        m_guide->browser()->setSource(m_guide->browser()->source().resolved(QUrl(QStringLiteral("#browse-and-edit"))));
        m_guide->grab().save(QDir(dir).filePath(QStringLiteral("guide-dialog.png")));
    }
}

void TestGuideDialog::internalLinksResolve_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lastSection"); // a link to it, from the contents
    QTest::addColumn<QString>("firstSection");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("#command-line") << QStringLiteral("Connect");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("#befehlszeile") << QStringLiteral("Verbinden");
}

void TestGuideDialog::internalLinksResolve()
{
    QFETCH(QString, language);
    QFETCH(QString, lastSection);
    QFETCH(QString, firstSection);
    QVERIFY(openGuideIn(language));
    const QStringList names = anchorNames();
    QStringList links;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty())
                links << href;
        }
    }
    QVERIFY(!links.isEmpty());
    QVERIFY(links.contains(lastSection));
    for (const QString &href : std::as_const(links)) {
        const QUrl url(href);
        if (url.scheme() == QStringLiteral("http") || url.scheme() == QStringLiteral("https"))
            continue; // the web, opened outside
        QVERIFY2(href.startsWith(QLatin1Char('#')), qPrintable(QStringLiteral("a link out of the guide: ") + href));
        QVERIFY2(names.contains(href.mid(1)), qPrintable(QStringLiteral("no heading for ") + href));
    }
    // Following the last section's link moves the view there and keeps the guide loaded.
    QTextBrowser *browser = m_guide->browser();
    browser->resize(800, 400);
    browser->verticalScrollBar()->setValue(0);
    // A click on a link goes this way: the href resolved against the guide's address.
    browser->setSource(browser->source().resolved(QUrl(lastSection)));
    QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);
    QCOMPARE(browser->source().adjusted(QUrl::RemoveFragment), GuideDialog::source());
    QVERIFY(headings().contains(firstSection));
}

QTEST_MAIN(TestGuideDialog)
#include "tst_guidedialog.moc"
