#include "common/readonlysqlview.h"

#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

// Read-only SQL views highlight keywords, strings and comments (built-in colours without KF6).
class TestReadOnlySqlView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void highlights();
};

void TestReadOnlySqlView::highlights()
{
    ReadOnlySqlView view;
    view.setPlainText(QStringLiteral("SELECT 'hello' -- greeting"));
    view.show();
    QVERIFY(view.isReadOnly());
    const QList<QTextLayout::FormatRange> formats = view.document()->firstBlock().layout()->formats();
    const auto formatAt = [&formats](int position) {
        for (const QTextLayout::FormatRange &range : formats) {
            if (position >= range.start && position < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    };
    if (ReadOnlySqlView::highlighterName() == QLatin1String("built-in")) {
        QCOMPARE(formatAt(0).fontWeight(), int(QFont::Bold)); // SELECT
        QVERIFY(formatAt(8).foreground() != formatAt(0).foreground()); // the string
        QVERIFY(formatAt(17).fontItalic()); // the comment
    }
    QVERIFY(formats.size() >= 3);
}

QTEST_MAIN(TestReadOnlySqlView)
#include "tst_readonlysqlview.moc"
