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
#include <QtTest>

// Help → User Guide offline: the guide compiled in, opened from the menu, every section there, every
// screenshot loading from the resources, every link inside the guide landing on a heading.
class TestGuideDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void anchors_data();
    void anchors();
    void opensFromTheHelpMenu();
    void hasEverySection();
    void everyImageLoads();
    void internalLinksResolve();
    void cleanupTestCase();

private:
    // The guide as Help → User Guide opens it (the same window each time).
    GuideDialog *openGuide();
    QTextDocument *document() const { return m_guide->browser()->document(); }
    QStringList headings() const;
    QStringList anchorNames() const;

    QTemporaryDir m_config;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    QPointer<GuideDialog> m_guide;
};

void TestGuideDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    m_profiles = std::make_unique<ProfileStore>(m_config.filePath(QStringLiteral("profiles.json")));
    m_credentials = std::make_unique<CredentialStore>();
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_credentials.get());
    m_window->show();
}

GuideDialog *TestGuideDialog::openGuide()
{
    if (QAction *action = m_window->findChild<QAction *>(QStringLiteral("userGuideAction")))
        action->trigger();
    m_guide = m_window->findChild<GuideDialog *>();
    return m_guide;
}

void TestGuideDialog::cleanupTestCase()
{
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

void TestGuideDialog::hasEverySection()
{
    QVERIFY(openGuide());
    const QStringList found = headings();
    for (const QString &section : {QStringLiteral("Connect"), QStringLiteral("Kubernetes"),
             QStringLiteral("Browse and edit"), QStringLiteral("SQL console"), QStringLiteral("Backup and restore"),
             QStringLiteral("Monitoring"), QStringLiteral("Command line")}) {
        QVERIFY2(found.contains(section), qPrintable(section + QStringLiteral(" missing from: ") + found.join(u'|')));
    }
    // Every heading can be jumped to.
    const QStringList names = anchorNames();
    for (const QString &heading : found)
        QVERIFY2(names.contains(GuideDialog::anchorFor(heading)), qPrintable(heading));
}

void TestGuideDialog::everyImageLoads()
{
    QVERIFY(openGuide());
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
    if (const QString dir = qEnvironmentVariable("SAYTRUTH_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_guide->browser()->setSource(m_guide->browser()->source().resolved(QUrl(QStringLiteral("#browse-and-edit"))));
        m_guide->grab().save(QDir(dir).filePath(QStringLiteral("guide-dialog.png")));
    }
}

void TestGuideDialog::internalLinksResolve()
{
    QVERIFY(openGuide());
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
    browser->setSource(browser->source().resolved(QUrl(QStringLiteral("#command-line"))));
    QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);
    QCOMPARE(browser->source().adjusted(QUrl::RemoveFragment), GuideDialog::source());
    QVERIFY(headings().contains(QStringLiteral("Connect")));
}

QTEST_MAIN(TestGuideDialog)
#include "tst_guidedialog.moc"
