// CopyDataSizes (models/backup/copydatasizes.*): the rows and bytes of every COPY … FROM stdin block of a
// dump's SQL, fed in pieces of every size. The real pg_restore | saytruth-studio copy-sizes stage, for every
// backup format, is in tst_backupjob::roundTrip (and its failure in tst_restorejob).
#include "backup/copydatasizes.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

// SQL as pg_dump writes it: settings, a table's definition, then its data between COPY and \.
const QByteArray Dump = "SET client_encoding = 'UTF8';\n"
                        "-- COPY public.commented (id) FROM stdin;\n"
                        "CREATE TABLE public.users (id integer);\n"
                        "COPY public.users (id, email) FROM stdin;\n"
                        "1\ta@example.com\n"
                        "2\t\\\\.\n" // an escaped backslash and a dot: a row, not the end
                        "3\tCOPY public.users (id) FROM stdin;\n" // data that looks like a statement
                        "\\.\n"
                        "COPY \"Odd \"\"Schema\"\"\".\"my.table\" (\"x y\") FROM stdin;\n"
                        "\\N\n"
                        "\\.\n"
                        "COPY public.empty (id) FROM stdin;\n"
                        "\\.\n"
                        "COPY public.users (id) TO stdout;\n"
                        "COPY public.users (id) FROM '/tmp/file';\n"
                        "COPY public.users (id, email) FROM stdin;\n"
                        "4\td@example.com\n"
                        "\\.\n"
                        "-- PostgreSQL database dump complete\n";

QList<DumpTable> measure(const QByteArray &sql, qsizetype piece)
{
    CopyDataSizes sizes;
    for (qsizetype at = 0; at < sql.size(); at += piece)
        sizes.feed(sql.constData() + at, qMin(piece, sql.size() - at));
    sizes.finish();
    return sizes.tables();
}

QString describe(const QList<DumpTable> &tables)
{
    QStringList parts;
    for (const DumpTable &table : tables)
        parts << QStringLiteral("%1:%2:%3").arg(table.name).arg(table.rows).arg(table.bytes);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestCopyDataSizes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTableWithItsRowsAndBytes_data()
    {
        QTest::addColumn<qsizetype>("piece");
        for (const qsizetype piece : {1, 2, 3, 7, 64, 1 << 20})
            QTest::addRow("pieces of %lld", qlonglong(piece)) << piece;
    }
    void everyTableWithItsRowsAndBytes()
    {
        QFETCH(qsizetype, piece);
        // users: rows of 16, 6 and 37 bytes with their newlines in its first block, 16 in its second; the odd
        // table: one NULL row.
        QCOMPARE(describe(measure(Dump, piece)),
            QStringLiteral("public.users:4:%1 Odd \"Schema\".my.table:1:3 public.empty:0:0").arg(16 + 6 + 37 + 16));
    }

    void windowsLineEndings()
    {
        QByteArray sql = Dump;
        sql.replace("\n", "\r\n");
        const QList<DumpTable> tables = measure(sql, 5);
        QCOMPARE(tables.size(), 3);
        QCOMPARE(tables.at(0).rows, 4);
        QCOMPARE(tables.at(2).rows, 0);
    }

    void cutShortInsideARow()
    {
        const QList<DumpTable> tables = measure("COPY public.t (a) FROM stdin;\n1\n2\n3", 4);
        QCOMPARE(describe(tables), QStringLiteral("public.t:3:6"));
    }

    void copyLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("table");
        QTest::newRow("plain") << QByteArray("COPY public.messages (id, content) FROM stdin;") << "public.messages";
        QTest::newRow("no columns") << QByteArray("COPY public.t FROM stdin;") << "public.t";
        QTest::newRow("unqualified") << QByteArray("COPY t (a) FROM stdin;") << "t";
        QTest::newRow("quoted") << QByteArray("COPY \"A b\".\"C\"\"d\" (x) FROM stdin;") << "A b.C\"d";
        QTest::newRow("carriage return") << QByteArray("COPY public.t (a) FROM stdin;\r") << "public.t";
        QTest::newRow("to stdout") << QByteArray("COPY public.t (a) TO stdout;") << QString();
        QTest::newRow("from a file") << QByteArray("COPY public.t (a) FROM '/x';") << QString();
        QTest::newRow("unterminated quote") << QByteArray("COPY \"public.t (a) FROM stdin;") << QString();
        QTest::newRow("no name") << QByteArray("COPY  (a) FROM stdin;") << QString();
        QTest::newRow("lower case") << QByteArray("copy public.t (a) from stdin;") << QString();
    }
    void copyLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, table);
        QCOMPARE(CopyDataSizes::tableOfCopyLine(line), table);
    }

    void reportRoundTrip()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("report"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("4000000\t263000000\tpublic.messages\n3\t12\tOdd%20%22Schema%22.my%09table\nnot a line\n");
        file.close();
        const QList<DumpTable> tables = CopyDataSizes::readReport(path);
        QCOMPARE(describe(tables), QStringLiteral("public.messages:4000000:263000000 Odd \"Schema\".my\ttable:3:12"));
        QVERIFY(CopyDataSizes::readReport(folder.filePath(QStringLiteral("missing"))).isEmpty());
    }

    void commandRefusesBadArguments_data()
    {
        QTest::addColumn<QByteArrayList>("arguments");
        QTest::newRow("none") << QByteArrayList {};
        QTest::newRow("empty report") << QByteArrayList {"--report="};
        QTest::newRow("unknown") << QByteArrayList {"--report=x", "--zstd=1"};
        QTest::newRow("other option") << QByteArrayList {"--output=x"};
    }
    void commandRefusesBadArguments()
    {
        QFETCH(QByteArrayList, arguments);
        QByteArrayList all {"saytruth-studio", "copy-sizes"};
        all += arguments;
        std::vector<char *> argv;
        for (QByteArray &argument : all)
            argv.push_back(argument.data());
        QCOMPARE(CopyDataSizes::command(int(argv.size()), argv.data()), 2);
    }
};

QTEST_GUILESS_MAIN(TestCopyDataSizes)
#include "tst_copydatasizes.moc"
