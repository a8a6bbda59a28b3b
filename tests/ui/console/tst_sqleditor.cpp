#include "catalog/catalogtypes.h"
#include "console/findbar.h"
#include "console/sqleditor.h"
#include "console/sqllexer.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QLineEdit>
#include <QTest>

#include <pg_query.h> // PG_VERSION_NUM: the PostgreSQL of the built-in scanner

// The console's editor offscreen: typing with completion, highlighting and folding, find and replace, error marks.
class TestSqlEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editorSettings();
    void offsets();
    void selection();
    void completeTableAfterFrom();
    void completeAliasColumns();
    void completeAutomaticallyAfterDot();
    void completeAutomaticallyAfterThreeCharacters();
    void completeAfterNonAscii();
    void styles_data();
    void styles();
    void serverKeywords();
    void folding();
    void foldingPlpgsqlBlocks();
    void incrementalStyling();
    void findAndReplace();
    void findRegularExpression();
    void findBarEscape();
    void markError();

private:
    int styleAt(const QString &needle, int skip = 0) const; // style at the first character of needle
    QStringList candidateTexts() const;

    SqlEditor *m_editor = nullptr;
};

static std::shared_ptr<const CatalogSnapshot> sampleCatalog()
{
    auto column = [](const char *name, const char *type) {
        ColumnInfo c;
        c.name = QString::fromLatin1(name);
        c.type = QString::fromLatin1(type);
        return c;
    };
    TableInfo users;
    users.schema = QStringLiteral("public");
    users.name = QStringLiteral("users");
    users.columns = {column("id", "integer"), column("name", "text"), column("email", "text")};
    TableInfo messages;
    messages.schema = QStringLiteral("public");
    messages.name = QStringLiteral("messages");
    messages.columns = {column("id", "bigint"), column("user_id", "integer"), column("content", "text"),
        column("sent_at", "timestamp with time zone")};
    auto catalog = std::make_shared<CatalogSnapshot>();
    catalog->schemas = {SchemaInfo {QStringLiteral("public"), {}, {messages, users}}};
    return catalog;
}

static void colourise(SqlEditor *editor)
{
    editor->SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0UL, -1L);
}

void TestSqlEditor::init()
{
    m_editor = new SqlEditor;
    m_editor->resize(800, 500);
    m_editor->setCatalog(sampleCatalog());
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_editor->setFocus();
}

void TestSqlEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
}

int TestSqlEditor::styleAt(const QString &needle, int skip) const
{
    const int offset = int(m_editor->text().indexOf(needle)) + skip;
    return int(m_editor->SendScintilla(
        QsciScintillaBase::SCI_GETSTYLEAT, static_cast<unsigned long>(m_editor->positionFromOffset(offset))));
}

QStringList TestSqlEditor::candidateTexts() const
{
    QStringList texts;
    for (const SqlCompletion &candidate : m_editor->activeCompletion().candidates)
        texts << candidate.text;
    return texts;
}

void TestSqlEditor::editorSettings()
{
    QCOMPARE(m_editor->braceMatching(), QsciScintilla::SloppyBraceMatch);
    QVERIFY(m_editor->marginWidth(0) > 0);
    QVERIFY(m_editor->marginLineNumbers(0));
    QCOMPARE(m_editor->folding(), QsciScintilla::BoxedTreeFoldStyle);
    QVERIFY(m_editor->isUtf8());
    QCOMPARE(m_editor->tabWidth(), 4);
    QVERIFY(!m_editor->indentationsUseTabs());
    QVERIFY(m_editor->autoIndent());
    QVERIFY(m_editor->SendScintilla(QsciScintillaBase::SCI_GETCARETLINEVISIBLE));
    QCOMPARE(m_editor->lexer()->font(SqlLexer::Default).family(),
        QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    // The line number margin grows with the number of lines.
    const int width = m_editor->marginWidth(0);
    m_editor->setText(QString(QStringLiteral("SELECT 1;\n")).repeated(100000));
    QVERIFY(m_editor->marginWidth(0) > width);
}

void TestSqlEditor::offsets()
{
    const QString sql = QStringLiteral("SELECT 'ä😀'\n, é FROM t");
    m_editor->setText(sql);
    for (int offset = 0; offset <= sql.size(); ++offset) {
        if (offset > 0 && sql.at(offset - 1).isHighSurrogate())
            continue; // the middle of a surrogate pair is no place in UTF-8
        QCOMPARE(m_editor->offsetFromPosition(m_editor->positionFromOffset(offset)), offset);
    }
    QCOMPARE(m_editor->positionFromOffset(int(sql.indexOf(u"FROM"))), int(sql.toUtf8().indexOf("FROM")));
    QCOMPARE(m_editor->positionFromOffset(1000), int(sql.toUtf8().size()));
    m_editor->setCursorOffset(int(sql.indexOf(u"FROM")));
    QCOMPARE(m_editor->cursorOffset(), int(sql.indexOf(u"FROM")));
}

void TestSqlEditor::selection()
{
    m_editor->setText(QStringLiteral("SELECT 'ü' AS a; SELECT 2"));
    QCOMPARE(m_editor->selectionStartOffset(), -1);
    QVERIFY(m_editor->selectedSqlText().isEmpty());
    const int start = m_editor->positionFromOffset(17);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSEL, static_cast<unsigned long>(start), long(start + 8));
    QCOMPARE(m_editor->selectedSqlText(), QStringLiteral("SELECT 2"));
    QCOMPARE(m_editor->selectionStartOffset(), 17);
}

void TestSqlEditor::completeTableAfterFrom()
{
    QTest::keyClicks(m_editor, QStringLiteral("SELECT * FROM us"));
    QTest::keyClick(m_editor, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(m_editor->isListActive());
    QCOMPARE(candidateTexts(), QStringList {QStringLiteral("users")});
    QCOMPARE(m_editor->activeCompletion().prefix, QStringLiteral("us"));
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT * FROM users"));
    QVERIFY(!m_editor->isListActive());
}

void TestSqlEditor::completeAliasColumns()
{
    m_editor->setText(QStringLiteral("SELECT m. FROM messages m"));
    m_editor->setCursorOffset(9);
    m_editor->completeNow();
    QVERIFY(m_editor->isListActive());
    QCOMPARE(candidateTexts(), (QStringList {"id", "user_id", "content", "sent_at"}));
    QTest::keyClick(m_editor, Qt::Key_Down);
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT m.user_id FROM messages m"));
}

void TestSqlEditor::completeAutomaticallyAfterDot()
{
    m_editor->setText(QStringLiteral("SELECT  FROM messages m"));
    m_editor->setCursorOffset(7);
    QTest::keyClicks(m_editor, QStringLiteral("m."));
    QTRY_VERIFY(m_editor->isListActive());
    QVERIFY(candidateTexts().contains(QStringLiteral("content")));
    QTest::keyClicks(m_editor, QStringLiteral("con"));
    QTRY_COMPARE(candidateTexts(), QStringList {QStringLiteral("content")});
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT m.content FROM messages m"));
}

void TestSqlEditor::completeAutomaticallyAfterThreeCharacters()
{
    QTest::keyClicks(m_editor, QStringLiteral("SELECT * FROM me"));
    QTest::qWait(20);
    QVERIFY(!m_editor->isListActive()); // two characters are not enough
    QTest::keyClicks(m_editor, QStringLiteral("s"));
    QTRY_VERIFY(m_editor->isListActive());
    QCOMPARE(candidateTexts(), QStringList {QStringLiteral("messages")});
    QTest::keyClick(m_editor, Qt::Key_Space);
    QVERIFY(!m_editor->isListActive()); // a space ends the word
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT * FROM mes "));

    // Nothing pops up inside a string.
    QTest::keyClicks(m_editor, QStringLiteral("WHERE 'mes"));
    QTest::qWait(20);
    QVERIFY(!m_editor->isListActive());
}

void TestSqlEditor::completeAfterNonAscii()
{
    const QString sql = QStringLiteral("SELECT 'äöü😀' AS x, m. FROM messages m");
    m_editor->setText(sql);
    m_editor->setCursorOffset(int(sql.indexOf(u"m.")) + 2);
    m_editor->completeNow();
    QVERIFY(m_editor->isListActive());
    QCOMPARE(candidateTexts().value(0), QStringLiteral("id"));
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT 'äöü😀' AS x, m.id FROM messages m"));
}

static const QString sampleScript
    = QStringLiteral("-- count messages\n"
                     "CREATE OR REPLACE FUNCTION message_count(p_user integer) RETURNS bigint AS $body$\n"
                     "BEGIN\n"
                     "    PERFORM pg_sleep(0); RETURN (SELECT count(*) FROM messages WHERE user_id = p_user);\n"
                     "END;\n"
                     "$body$ LANGUAGE plpgsql;\n"
                     "/* block\n   comment */\n"
                     "SELECT u.name, 'it''s', 42, $$plain dollar$$, $1, \"Quoted\"::text\n"
                     "FROM users u JOIN messages m ON m.user_id = u.id;\n"
                     "CREATE FUNCTION py() RETURNS int AS $$ return 1 $$ LANGUAGE plpython3u;\n");

void TestSqlEditor::styles_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("skip");
    QTest::addColumn<int>("style");
    const int body = SqlLexer::BodyOffset;
    QTest::newRow("comment") << "-- count" << 3 << int(SqlLexer::Comment);
    QTest::newRow("keyword") << "CREATE OR" << 0 << int(SqlLexer::Keyword);
    QTest::newRow("function name") << "message_count(" << 0 << int(SqlLexer::Function);
    QTest::newRow("type name") << "integer)" << 0 << int(SqlLexer::TypeName);
    QTest::newRow("body delimiter") << "$body$\nBEGIN" << 0 << int(SqlLexer::DollarDelimiter);
    QTest::newRow("keyword in body") << "BEGIN" << 0 << int(SqlLexer::Keyword) + body;
    QTest::newRow("function in body") << "count(*)" << 0 << int(SqlLexer::Function) + body;
    QTest::newRow("PL/pgSQL word in body") << "PERFORM" << 0 << int(SqlLexer::Keyword) + body;
    QTest::newRow("name in body") << "p_user);" << 0 << int(SqlLexer::Default) + body;
    QTest::newRow("closing delimiter") << "$body$ LANGUAGE" << 1 << int(SqlLexer::DollarDelimiter);
    QTest::newRow("after the body") << "LANGUAGE plpgsql" << 0 << int(SqlLexer::Keyword);
    QTest::newRow("block comment") << "comment */" << 0 << int(SqlLexer::Comment);
    QTest::newRow("string") << "'it''s'" << 3 << int(SqlLexer::String);
    QTest::newRow("number") << "42" << 0 << int(SqlLexer::Number);
    QTest::newRow("dollar string") << "$$plain" << 3 << int(SqlLexer::DollarString);
    QTest::newRow("parameter") << "$1" << 0 << int(SqlLexer::Parameter);
    QTest::newRow("quoted identifier") << "\"Quoted\"" << 1 << int(SqlLexer::QuotedIdentifier);
    QTest::newRow("cast operator") << "::text" << 0 << int(SqlLexer::Operator);
    QTest::newRow("key word as column") << "name, 'it" << 0 << int(SqlLexer::Default);
    QTest::newRow("identifier") << "users u" << 0 << int(SqlLexer::Default);
    QTest::newRow("other language body") << "return 1" << 0 << int(SqlLexer::DollarString);
}

void TestSqlEditor::styles()
{
    QFETCH(QString, needle);
    QFETCH(int, skip);
    QFETCH(int, style);
    m_editor->setText(sampleScript);
    colourise(m_editor);
    QCOMPARE(styleAt(needle, skip), style);
}

void TestSqlEditor::serverKeywords()
{
    m_editor->setText(QStringLiteral("SELECT system_user;"));
    colourise(m_editor);
    // Before a server tells its words, the built-in scanner's decide: libpg_query's PostgreSQL (15 on Debian 12,
    // 17 on Debian 13), where system_user is a key word from 16 on.
    const int builtIn = PG_VERSION_NUM >= 160000 ? int(SqlLexer::Keyword) : int(SqlLexer::Default);
    QCOMPARE(styleAt(QStringLiteral("system_user")), builtIn);
    // Then the server's list, whichever scanner: PostgreSQL 15's has no system_user, 16's has.
    m_editor->setServerKeywords({{QStringLiteral("select"), QLatin1Char('R')}});
    m_editor->repaint(); // the new words take effect where the text is painted next
    QCOMPARE(styleAt(QStringLiteral("system_user")), int(SqlLexer::Default));
    QCOMPARE(styleAt(QStringLiteral("SELECT")), int(SqlLexer::Keyword));
    m_editor->setServerKeywords(
        {{QStringLiteral("select"), QLatin1Char('R')}, {QStringLiteral("system_user"), QLatin1Char('R')}});
    m_editor->repaint();
    QCOMPARE(styleAt(QStringLiteral("system_user")), int(SqlLexer::Keyword));
}

void TestSqlEditor::folding()
{
    m_editor->setText(sampleScript);
    colourise(m_editor);
    auto level = [this](int line) {
        return int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, static_cast<unsigned long>(line)));
    };
    auto isHeader = [&](int line) {
        return (level(line) & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG) != 0;
    };
    auto depth = [&](int line) {
        return (level(line) & QsciScintillaBase::SC_FOLDLEVELNUMBERMASK) - 0x400;
    };
    QVERIFY(!isHeader(0)); // the one-line comment
    QVERIFY(isHeader(1)); // CREATE FUNCTION ... $body$
    QVERIFY(isHeader(2)); // BEGIN
    QVERIFY(depth(3) > depth(2)); // inside BEGIN ... END
    QCOMPARE(depth(6), 0); // the block comment starts between statements
    QVERIFY(isHeader(6));
    QCOMPARE(depth(7), 1);
    QVERIFY(isHeader(8)); // a SELECT over two lines
    QCOMPARE(depth(9), 1);
    QCOMPARE(depth(10), 0);
    QVERIFY(!isHeader(10));
    m_editor->foldAll();
    QVERIFY(!m_editor->SendScintilla(QsciScintillaBase::SCI_GETLINEVISIBLE, 9UL));
}

void TestSqlEditor::foldingPlpgsqlBlocks()
{
    m_editor->setText(QStringLiteral("DO $$\n"
                                     "BEGIN\n"
                                     "    FOR i IN 1..3 LOOP\n"
                                     "        IF i > 1 THEN\n"
                                     "            RAISE NOTICE '%', i;\n"
                                     "        END IF;\n"
                                     "    END LOOP;\n"
                                     "END\n"
                                     "$$;\n"
                                     "SELECT 1;\n"));
    colourise(m_editor);
    auto depth = [this](int line) {
        return (int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, static_cast<unsigned long>(line)))
                   & QsciScintillaBase::SC_FOLDLEVELNUMBERMASK)
            - QsciScintillaBase::SC_FOLDLEVELBASE;
    };
    const QList<int> expected {0, 2, 3, 4, 5, 5, 4, 3, 2, 0};
    for (int line = 0; line < expected.size(); ++line)
        QCOMPARE(depth(line), expected.at(line));
}

void TestSqlEditor::incrementalStyling()
{
    QString script;
    for (int i = 0; i < 10000; ++i)
        script += QStringLiteral("SELECT id, 'x' FROM users WHERE id = %1;\n").arg(i);
    m_editor->setText(script);
    colourise(m_editor);
    QCOMPARE(m_editor->sqlLexer()->statementStartLine(5000), 5000);

    // An opened block comment restyles what follows; statements before it keep their styles.
    const int line = 5000;
    const long lineStart = m_editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    m_editor->SendScintilla(QsciScintillaBase::SCI_INSERTTEXT, static_cast<unsigned long>(lineStart), "/* ");
    QElapsedTimer timer;
    timer.start();
    const long until = m_editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line + 50);
    m_editor->SendScintilla(QsciScintillaBase::SCI_COLOURISE, static_cast<unsigned long>(lineStart), until);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    auto styleAtLine = [this](int l, int column) {
        const long pos = m_editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, l) + column;
        return int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, static_cast<unsigned long>(pos)));
    };
    QCOMPARE(styleAtLine(line + 10, 0), int(SqlLexer::Comment));
    QCOMPARE(styleAtLine(line - 1, 0), int(SqlLexer::Keyword));
    QCOMPARE(m_editor->sqlLexer()->statementStartLine(line + 10), line);

    // Closing it brings the statements back.
    m_editor->SendScintilla(QsciScintillaBase::SCI_INSERTTEXT, static_cast<unsigned long>(lineStart + 3), "*/");
    colourise(m_editor);
    QCOMPARE(styleAtLine(line + 10, 0), int(SqlLexer::Keyword));
    QCOMPARE(styleAtLine(line, 0), int(SqlLexer::Comment));
}

void TestSqlEditor::findAndReplace()
{
    m_editor->setText(QStringLiteral("SELECT * FROM users;\nSELECT name FROM Users_old;\n-- users"));
    m_editor->showFindBar();
    FindBar *bar = m_editor->findBar();
    QVERIFY(bar->isVisible());
    bar->setFindText(QStringLiteral("users"));
    QVERIFY(bar->findNext());
    QCOMPARE(m_editor->selectedSqlText(), QStringLiteral("users"));
    QCOMPARE(m_editor->selectionStartOffset(), 14);
    QVERIFY(bar->findNext());
    QCOMPARE(m_editor->selectionStartOffset(), 38); // Users_old: case ignored, part of a word
    bar->setMatchCase(true);
    bar->setWholeWord(true);
    QVERIFY(bar->findNext());
    QCOMPARE(m_editor->selectionStartOffset(), 52); // -- users
    QVERIFY(bar->findNext()); // wraps around
    QCOMPARE(m_editor->selectionStartOffset(), 14);
    QVERIFY(bar->findPrevious());
    QCOMPARE(m_editor->selectionStartOffset(), 52);

    bar->setReplaceText(QStringLiteral("accounts"));
    QVERIFY(bar->replace());
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT * FROM users;\nSELECT name FROM Users_old;\n-- accounts"));
    QCOMPARE(m_editor->selectionStartOffset(), 14); // the next match is selected
    QCOMPARE(bar->replaceAll(), 1);
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT * FROM accounts;\nSELECT name FROM Users_old;\n-- accounts"));
    bar->setFindText(QStringLiteral("nothing"));
    QVERIFY(!bar->findNext());
    QVERIFY(!bar->statusText().isEmpty());
}

void TestSqlEditor::findRegularExpression()
{
    m_editor->setText(QStringLiteral("SELECT a1, b22, 'ü', c333 FROM t"));
    FindBar *bar = m_editor->findBar();
    bar->setRegularExpression(true);
    bar->setFindText(QStringLiteral("([a-c])(\\d+)"));
    bar->setReplaceText(QStringLiteral("\\2\\1"));
    QCOMPARE(bar->replaceAll(), 3);
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT 1a, 22b, 'ü', 333c FROM t"));
    m_editor->undo(); // one step for all
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT a1, b22, 'ü', c333 FROM t"));

    bar->setFindText(QStringLiteral("^"));
    bar->setReplaceText(QStringLiteral("-- "));
    QCOMPARE(bar->replaceAll(), 1); // an empty match does not loop

    bar->setFindText(QStringLiteral("(unclosed"));
    QVERIFY(!bar->findNext());
    QCOMPARE(bar->statusText(), FindBar::tr("Invalid regular expression"));
}

void TestSqlEditor::findBarEscape()
{
    m_editor->setText(QStringLiteral("SELECT 1"));
    QTest::keyClick(m_editor, Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = m_editor->findBar();
    QTRY_VERIFY(bar->isVisible());
    auto *field = bar->findChild<QLineEdit *>();
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("1"));
    QCOMPARE(m_editor->selectedSqlText(), QStringLiteral("1")); // found while typing
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestSqlEditor::markError()
{
    const QString sql = QStringLiteral("SELECT 'äöü😀'\nFRM users;");
    m_editor->setText(sql);
    const int offset = int(sql.indexOf(u"FRM"));
    m_editor->markError(offset, 3, QStringLiteral("syntax error at or near \"FRM\""));
    auto marked = [this](int at) {
        return m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORALLONFOR,
                   static_cast<unsigned long>(m_editor->positionFromOffset(at)))
            != 0;
    };
    QVERIFY(!marked(offset - 2));
    QVERIFY(marked(offset));
    QVERIFY(marked(offset + 2));
    QVERIFY(!marked(offset + 3));
    QCOMPARE(m_editor->errorAnnotation(1), QStringLiteral("syntax error at or near \"FRM\""));
    QCOMPARE(m_editor->markersAtLine(1) != 0, true);

    m_editor->markError(int(sql.size()), 0, QStringLiteral("at the end")); // a position past the text
    QVERIFY(marked(int(sql.size()) - 1));
    QCOMPARE(m_editor->errorAnnotation(1), QStringLiteral("syntax error at or near \"FRM\"\nat the end"));

    m_editor->clearErrors();
    QVERIFY(!marked(offset));
    QVERIFY(m_editor->errorAnnotation(1).isEmpty());
    QCOMPARE(m_editor->markersAtLine(1), 0u);
}

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
