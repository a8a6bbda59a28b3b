#include "common/colours.h"
#include "console/sqleditor.h"
#include "console/sqllexer.h"
#include "contrast.h"

#include <QApplication>
#include <QtTest>

// The SQL editor's colours come from the palette: text, keywords, background and margins read on a light and on a
// dark palette, and follow when the application palette changes while the editor is open.
class TestSqlEditorLook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void followsThePalette_data();
    void followsThePalette();
    void completionImagesRead_data();
    void completionImagesRead();

private:
    std::unique_ptr<SqlEditor> m_editor;
};

namespace {

QPalette palette(bool dark)
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
        p.setColor(group, QPalette::Window, dark ? QColor(0x30, 0x30, 0x30) : QColor(0xef, 0xef, 0xef));
        p.setColor(group, QPalette::Text, dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(Qt::black));
        p.setColor(group, QPalette::WindowText, dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(Qt::black));
        p.setColor(group, QPalette::Highlight, dark ? QColor(0x26, 0x4f, 0x78) : QColor(0x30, 0x8c, 0xc6));
        p.setColor(group, QPalette::HighlightedText, dark ? QColor(Qt::white) : QColor(Qt::white));
    }
    return p;
}

// What Scintilla paints with, not what the lexer was asked for: colours there are 0xBBGGRR.
QColor fromScintilla(long bgr)
{
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

QColor styleFore(SqlEditor *editor, int style)
{
    return fromScintilla(editor->SendScintilla(QsciScintillaBase::SCI_STYLEGETFORE, static_cast<unsigned long>(style)));
}

QColor styleBack(SqlEditor *editor, int style)
{
    return fromScintilla(editor->SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, static_cast<unsigned long>(style)));
}

QString describe(const char *what, const QColor &a, const QColor &b, double ratio)
{
    return QStringLiteral("%1: %2 on %3 is %4:1").arg(QLatin1String(what), a.name(), b.name()).arg(ratio, 0, 'f', 2);
}

} // namespace

void TestSqlEditorLook::cleanup()
{
    m_editor.reset();
    QApplication::setPalette(palette(false));
}

void TestSqlEditorLook::followsThePalette_data()
{
    QTest::addColumn<bool>("startDark");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false << false;
    QTest::newRow("dark") << true << true;
    QTest::newRow("light, then dark") << false << true;
    QTest::newRow("dark, then light") << true << false;
}

void TestSqlEditorLook::followsThePalette()
{
    QFETCH(bool, startDark);
    QFETCH(bool, dark);
    QApplication::setPalette(palette(startDark));
    m_editor = std::make_unique<SqlEditor>();
    m_editor->resize(500, 300);
    m_editor->setText(QStringLiteral("-- top users\nSELECT name, 'x', 42 FROM users;\n"));
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    if (startDark != dark) {
        QApplication::setPalette(palette(dark));
        QCoreApplication::processEvents();
    }
    const QPalette p = palette(dark);
    const QColor base = p.color(QPalette::Base);

    // Every style is painted on the palette's base, in a colour that reads on it.
    for (int style : {SqlLexer::Default, SqlLexer::Keyword, SqlLexer::String, SqlLexer::Number, SqlLexer::Comment,
             SqlLexer::TypeName, SqlLexer::Function, SqlLexer::QuotedIdentifier, SqlLexer::Operator}) {
        const QColor paper = styleBack(m_editor.get(), style);
        QCOMPARE(paper.name(), base.name());
        const QColor ink = styleFore(m_editor.get(), style);
        const double ratio = contrast(ink, paper);
        QVERIFY2(ratio >= 4.5, qPrintable(describe("style", ink, paper, ratio)));
    }
    QCOMPARE(styleBack(m_editor.get(), QsciScintillaBase::STYLE_DEFAULT).name(), base.name());
    // A function body's tint stays close to the base: the text on it still reads.
    const QColor body = styleBack(m_editor.get(), SqlLexer::Keyword + SqlLexer::BodyOffset);
    QCOMPARE(Colours::isDark(p), body.lightness() < 128);
    QVERIFY(contrast(styleFore(m_editor.get(), SqlLexer::Keyword + SqlLexer::BodyOffset), body) >= 4.5);

    // The line numbers' margin belongs to the same theme, and its numbers read on it.
    const QColor margin = styleBack(m_editor.get(), QsciScintillaBase::STYLE_LINENUMBER);
    const QColor number = styleFore(m_editor.get(), QsciScintillaBase::STYLE_LINENUMBER);
    QCOMPARE(margin.lightness() < 128, dark);
    const double marginRatio = contrast(number, margin);
    QVERIFY2(marginRatio >= 3.0, qPrintable(describe("line numbers", number, margin, marginRatio)));
    const QColor caretLine = fromScintilla(m_editor->SendScintilla(QsciScintillaBase::SCI_GETCARETLINEBACK));
    QVERIFY(contrast(styleFore(m_editor.get(), SqlLexer::Default), caretLine) >= 4.5);

    // And on screen: the empty part of the editor is the base colour.
    const QImage shot = m_editor->viewport()->grab().toImage();
    const QColor corner = shot.pixelColor(shot.width() - 20, shot.height() - 20);
    QVERIFY2(contrast(corner, base) < 1.1, qPrintable(corner.name() + QLatin1String(" is not ") + base.name()));
}

void TestSqlEditorLook::completionImagesRead_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestSqlEditorLook::completionImagesRead()
{
    QFETCH(bool, dark);
    QApplication::setPalette(palette(!dark));
    m_editor = std::make_unique<SqlEditor>();
    QApplication::setPalette(palette(dark));
    QCoreApplication::processEvents();
    const QColor base = palette(dark).color(QPalette::Base);
    for (int kind = 0; kind <= int(SqlCompletion::Kind::Keyword); ++kind) {
        const QImage image = m_editor->completionImage(SqlCompletion::Kind(kind)).toImage();
        // The square's fill, beside its letter.
        const QColor fill = image.pixelColor(2, image.height() / 2);
        const double ratio = contrast(fill, base);
        QVERIFY2(ratio >= 3.0, qPrintable(describe("completion image", fill, base, ratio)));
    }
}

QTEST_MAIN(TestSqlEditorLook)
#include "tst_sqleditorlook.moc"
