#include "common/readonlysqlview.h"

#include <algorithm>

#include <QDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

// Read-only SQL views highlight keywords, strings and comments: with KSyntaxHighlighting's PostgreSQL
// definition where the build has KF6SyntaxHighlighting (Debian 13), else with the built-in colours.
class TestReadOnlySqlView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void highlights();
    void highlightsEveryLine();
};

namespace {

// The format the highlighter gave the character at position in block (none: an empty format).
QTextCharFormat formatAt(const QTextBlock &block, int position)
{
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return QTextCharFormat();
}

bool isHighlighted(const QTextCharFormat &format)
{
    return format.hasProperty(QTextFormat::ForegroundBrush) || format.hasProperty(QTextFormat::FontWeight)
        || format.hasProperty(QTextFormat::FontItalic);
}

} // namespace

void TestReadOnlySqlView::highlights()
{
    ReadOnlySqlView view;
    view.setPlainText(QStringLiteral("SELECT 'hello' -- greeting"));
    view.show();
    QVERIFY(view.isReadOnly());
    const QTextBlock block = view.document()->firstBlock();
    QVERIFY(block.layout()->formats().size() >= 3);
    // Whichever highlighter: the keyword, the string and the comment each get a format of their own.
    QVERIFY(isHighlighted(formatAt(block, 0))); // SELECT
    QVERIFY(isHighlighted(formatAt(block, 8))); // 'hello'
    QVERIFY(isHighlighted(formatAt(block, 17))); // -- greeting
    QVERIFY(formatAt(block, 8).foreground() != formatAt(block, 0).foreground());
    QVERIFY(formatAt(block, 17).foreground() != formatAt(block, 8).foreground());
    if (ReadOnlySqlView::highlighterName() == QLatin1String("built-in")) {
        QCOMPARE(formatAt(block, 0).fontWeight(), int(QFont::Bold)); // SELECT
        QVERIFY(formatAt(block, 17).fontItalic()); // the comment
    }
}

void TestReadOnlySqlView::highlightsEveryLine()
{
    ReadOnlySqlView view;
    view.setPlainText(QStringLiteral("-- messages and who wrote them\n"
                                     "CREATE TABLE public.messages (\n"
                                     "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                                     "    author_id integer NOT NULL REFERENCES public.authors (id),\n"
                                     "    body text NOT NULL DEFAULT 'hello',\n"
                                     "    sent_at timestamptz NOT NULL DEFAULT now()\n"
                                     ");\n"
                                     "SELECT count(*) FROM public.messages WHERE sent_at > now() - interval '1 day';"));
    view.resize(640, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Each line has a keyword, a string or a comment (all but the closing parenthesis).
    for (QTextBlock block = view.document()->firstBlock(); block.isValid(); block = block.next()) {
        if (block.text() == QLatin1String(");"))
            continue;
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        QVERIFY2(std::any_of(formats.cbegin(), formats.cend(),
                     [](const QTextLayout::FormatRange &range) { return isHighlighted(range.format); }),
            qPrintable(block.text()));
    }
    // With SAYTRUTH_SCREENSHOT_DIR set, the view is saved there (packaging/debian13-check.sh takes the
    // KSyntaxHighlighting one for the docs).
    if (const QString dir = qEnvironmentVariable("SAYTRUTH_SCREENSHOT_DIR"); !dir.isEmpty()) {
        const QString name = ReadOnlySqlView::highlighterName().toLower().remove(QLatin1Char('-'));
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("readonlysqlview-%1.png").arg(name))));
    }
}

QTEST_MAIN(TestReadOnlySqlView)
#include "tst_readonlysqlview.moc"
