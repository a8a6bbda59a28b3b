#include "table/tableexport.h"
#include "table/tablequery.h"
#include "tablemodeltesting.h"
#include "testcluster.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace TableModelTesting;

namespace {

// A strict RFC 4180 reader, so that commas, quotes and newlines inside values are counted right.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                field += text[++i];
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << record + QStringList {field};
    return records;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList columnOf(const QList<QStringList> &records, int column)
{
    QStringList values;
    for (qsizetype r = 1; r < records.size(); ++r)
        values << records[r].value(column);
    return values;
}

} // namespace

// TableExport against a real server: every row in CSV and JSON, filters and sort order, types and NULLs,
// progress, cancel, and the errors a user can meet (an unwritable path, a bad WHERE).
class TestTableExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvHasEveryRow();
    void filterAndSortAreKept();
    void jsonMessagesWithNull();
    void jsonTypes();
    void progressIncreases();
    void cancelDiscardsTheFile();
    void cancelBeforeTheJobRuns();
    void unwritablePathInWords();
    void serverErrorLeavesNoFile();

private:
    Error exportTable(const TableQuery &query, const QString &path, TableExport::Format format,
        QList<QList<QVariant>> *progress = nullptr);
    TableQuery queryOf(const QString &table) const;
    int columnIndex(const QString &table, const QString &name) const;
    void verifySessionIsIdle();

    TestCluster m_fixture;
    std::unique_ptr<Session> m_session;
    std::shared_ptr<const CatalogSnapshot> m_catalog;
    QTemporaryDir m_dir;
};

void TestTableExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_session = std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("export test"));
    QVERIFY(TestWait::open(*m_session));
    for (const char *sql :
        {"CREATE TABLE typed (id int PRIMARY KEY, flag boolean, amount numeric, ratio float8, "
         "small int2, note text, data bytea)",
            "INSERT INTO typed VALUES (1, true, 12.50, 1.5, 7, 'a \"quoted\", text\nwith a newline', '\\x00ff'), "
            "(2, false, 'NaN', 'Infinity', -1, '', ''), (3, NULL, NULL, '-Infinity', NULL, NULL, NULL)",
            // A million rows that cost no disk: far more than can be written before the cancel.
            "CREATE VIEW bigview AS SELECT m.id, m.content, g.n FROM messages m CROSS JOIN generate_series(1, 50) g(n)",
            "ANALYZE"}) {
        const PgResult result = TestWait::result(m_session->run(QString::fromLatin1(sql)));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    }
    m_catalog = readCatalog(*m_session);
    QVERIFY(m_catalog->findTable(QStringLiteral("public.typed")));
    QVERIFY(m_catalog->findTable(QStringLiteral("public.bigview")));
}

TableQuery TestTableExport::queryOf(const QString &table) const
{
    return TableQuery(*m_catalog->findTable(table));
}

int TestTableExport::columnIndex(const QString &table, const QString &name) const
{
    const TableQuery query = queryOf(table);
    for (int c = 0; c < query.columnCount(); ++c) {
        if (query.columnName(c) == name)
            return c;
    }
    return -1;
}

Error TestTableExport::exportTable(
    const TableQuery &query, const QString &path, TableExport::Format format, QList<QList<QVariant>> *progress)
{
    TableExport exporter(m_session.get());
    QSignalSpy progressSpy(&exporter, &TableExport::progress);
    QSignalSpy finished(&exporter, &TableExport::finished);
    exporter.start(query, path, format);
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 120000))
        return {QStringLiteral("test"), QStringLiteral("the export did not finish")};
    if (progress)
        *progress = progressSpy;
    return finished.first().first().value<Error>();
}

void TestTableExport::verifySessionIsIdle()
{
    // A job that left results unread would break the next statement on the session.
    QCOMPARE(serverValue(*m_session, QStringLiteral("SELECT 41 + 1")), QStringLiteral("42"));
}

void TestTableExport::csvHasEveryRow()
{
    const QString path = m_dir.filePath(QStringLiteral("messages.csv"));
    const Error error = exportTable(queryOf(QStringLiteral("messages")), path, TableExport::Format::Csv);
    QVERIFY2(error.isNull(), qPrintable(error.toString()));
    const QList<QStringList> records = parseCsv(readAll(path));
    const int count = serverValue(*m_session, QStringLiteral("SELECT count(*) FROM messages")).toInt();
    QCOMPARE(count, 20000);
    QCOMPARE(records.size(), count + 1);
    QCOMPARE(records.first(), (QStringList {"id", "user_id", "content", "created_at"}));
    QCOMPARE(columnOf(records, 0), serverColumn(*m_session, QStringLiteral("SELECT id FROM messages ORDER BY id")));
    // Full values, not the grid's 200-character cuts.
    QCOMPARE(columnOf(records, 2),
        serverColumn(*m_session, QStringLiteral("SELECT coalesce(content, '') FROM messages ORDER BY id")));
    for (const QStringList &record : records)
        QCOMPARE(record.size(), 4);
}

void TestTableExport::filterAndSortAreKept()
{
    TableQuery query = queryOf(QStringLiteral("messages"));
    query.setFilters(
        {{columnIndex(QStringLiteral("messages"), QStringLiteral("user_id")), ColumnFilter::Op::Equals, 1, {}}});
    query.setSort(columnIndex(QStringLiteral("messages"), QStringLiteral("id")), Qt::DescendingOrder);
    const QString path = m_dir.filePath(QStringLiteral("filtered.csv"));
    const Error error = exportTable(query, path, TableExport::Format::Csv);
    QVERIFY2(error.isNull(), qPrintable(error.toString()));
    const QList<QStringList> records = parseCsv(readAll(path));
    const QStringList expected
        = serverColumn(*m_session, QStringLiteral("SELECT id FROM messages WHERE user_id = 1 ORDER BY id DESC"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(columnOf(records, 0), expected);
    QCOMPARE(columnOf(records, 1), QStringList(QList<QString>(expected.size(), QStringLiteral("1"))));
}

void TestTableExport::jsonMessagesWithNull()
{
    const QString id = serverValue(
        *m_session, QStringLiteral("INSERT INTO messages (user_id, content) VALUES (1, NULL) RETURNING id"));
    QVERIFY(!id.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("messages.json"));
    const Error error = exportTable(queryOf(QStringLiteral("messages")), path, TableExport::Format::Json);
    serverValue(*m_session, QStringLiteral("DELETE FROM messages WHERE id = $1"), {id});
    QVERIFY2(error.isNull(), qPrintable(error.toString()));
    QJsonParseError parseError;
    const QJsonArray rows = QJsonDocument::fromJson(readAll(path), &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), 20001);
    QVERIFY(rows.first().toObject().value(QStringLiteral("id")).isDouble());
    QCOMPARE(rows.first().toObject().value(QStringLiteral("id")).toInt(), 1);
    QVERIFY(rows.first().toObject().value(QStringLiteral("content")).isString());
    const QJsonObject inserted = rows.last().toObject();
    QCOMPARE(inserted.value(QStringLiteral("id")).toInt(), id.toInt());
    QVERIFY(inserted.value(QStringLiteral("content")).isNull());
    QVERIFY(inserted.value(QStringLiteral("created_at")).isString());
}

void TestTableExport::jsonTypes()
{
    const QString path = m_dir.filePath(QStringLiteral("typed.json"));
    const Error error = exportTable(queryOf(QStringLiteral("typed")), path, TableExport::Format::Json);
    QVERIFY2(error.isNull(), qPrintable(error.toString()));
    QJsonParseError parseError;
    const QJsonArray rows = QJsonDocument::fromJson(readAll(path), &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), 3);
    const QJsonObject first = rows[0].toObject();
    QCOMPARE(first.value(QStringLiteral("flag")), QJsonValue(true));
    QCOMPARE(first.value(QStringLiteral("amount")), QJsonValue(12.5));
    QCOMPARE(first.value(QStringLiteral("ratio")), QJsonValue(1.5));
    QCOMPARE(first.value(QStringLiteral("small")), QJsonValue(7));
    QCOMPARE(first.value(QStringLiteral("note")), QJsonValue(QStringLiteral("a \"quoted\", text\nwith a newline")));
    QCOMPARE(first.value(QStringLiteral("data")), QJsonValue(QStringLiteral("\\x00ff")));
    const QJsonObject second = rows[1].toObject();
    QCOMPARE(second.value(QStringLiteral("flag")), QJsonValue(false));
    QCOMPARE(second.value(QStringLiteral("amount")), QJsonValue(QStringLiteral("NaN")));
    QCOMPARE(second.value(QStringLiteral("ratio")), QJsonValue(QStringLiteral("Infinity")));
    QCOMPARE(second.value(QStringLiteral("small")), QJsonValue(-1));
    QCOMPARE(second.value(QStringLiteral("note")), QJsonValue(QString()));
    const QJsonObject third = rows[2].toObject();
    QCOMPARE(third.value(QStringLiteral("ratio")), QJsonValue(QStringLiteral("-Infinity")));
    for (const char *key : {"flag", "amount", "small", "note", "data"})
        QVERIFY2(third.value(QLatin1String(key)).isNull(), key);

    const QString csvPath = m_dir.filePath(QStringLiteral("typed.csv"));
    QVERIFY(exportTable(queryOf(QStringLiteral("typed")), csvPath, TableExport::Format::Csv).isNull());
    const QList<QStringList> records = parseCsv(readAll(csvPath));
    QCOMPARE(records.size(), 4);
    QCOMPARE(
        records[1], (QStringList {"1", "t", "12.50", "1.5", "7", "a \"quoted\", text\nwith a newline", "\\x00ff"}));
    QCOMPARE(records[3], (QStringList {"3", "", "", "-Infinity", "", "", ""}));
}

void TestTableExport::progressIncreases()
{
    QList<QList<QVariant>> progress;
    const TableQuery query = queryOf(QStringLiteral("messages"));
    const Error error
        = exportTable(query, m_dir.filePath(QStringLiteral("progress.csv")), TableExport::Format::Csv, &progress);
    QVERIFY2(error.isNull(), qPrintable(error.toString()));
    QVERIFY(!progress.isEmpty());
    qint64 previous = 0;
    for (const QList<QVariant> &signal : progress) {
        QVERIFY(signal.at(0).toLongLong() > previous);
        previous = signal.at(0).toLongLong();
        QCOMPARE(signal.at(1).toLongLong(), query.table().estimatedRows);
    }
    QCOMPARE(previous, 20000);
    QVERIFY(query.table().estimatedRows > 0);
}

void TestTableExport::cancelDiscardsTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    TableExport exporter(m_session.get());
    QSignalSpy progress(&exporter, &TableExport::progress);
    QSignalSpy finished(&exporter, &TableExport::finished);
    exporter.start(queryOf(QStringLiteral("bigview")), path, TableExport::Format::Csv);
    QVERIFY(exporter.isRunning());
    QVERIFY(QTest::qWaitFor([&] { return progress.count() > 0 || finished.count() > 0; }, 60000));
    QCOMPARE(finished.count(), 0); // a million rows cannot be done yet
    exporter.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(!exporter.isRunning());
    const Error error = finished.first().first().value<Error>();
    QCOMPARE(error.why, QStringLiteral("The export was cancelled; no file was written."));
    QVERIFY(progress.last().at(0).toLongLong() < 1000000);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no temporary left either
    verifySessionIsIdle();
}

void TestTableExport::cancelBeforeTheJobRuns()
{
    const QString path = m_dir.filePath(QStringLiteral("never.csv"));
    TableExport exporter(m_session.get());
    QSignalSpy finished(&exporter, &TableExport::finished);
    exporter.start(queryOf(QStringLiteral("bigview")), path, TableExport::Format::Json);
    exporter.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(finished.first().first().value<Error>().why.contains(QLatin1String("cancelled")));
    QVERIFY(!QFile::exists(path));
    verifySessionIsIdle();
}

void TestTableExport::unwritablePathInWords()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/dir/out.csv"));
    const Error error = exportTable(queryOf(QStringLiteral("messages")), path, TableExport::Format::Csv);
    QVERIFY(!error.isNull());
    QVERIFY(error.what.contains(QLatin1String("out.csv")));
    QVERIFY2(error.why.startsWith(QLatin1String("The file could not be written: ")), qPrintable(error.why));
    QVERIFY(error.why.size() > 32);
    QVERIFY(!QFile::exists(path));
    verifySessionIsIdle();
}

void TestTableExport::serverErrorLeavesNoFile()
{
    TableQuery query = queryOf(QStringLiteral("messages"));
    query.setWhereClause(QStringLiteral("no_such_column = 1"));
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    const Error error = exportTable(query, path, TableExport::Format::Csv);
    QVERIFY(!error.isNull());
    QCOMPARE(error.sqlState, QStringLiteral("42703"));
    QVERIFY(error.why.contains(QLatin1String("no_such_column")));
    QVERIFY(!QFile::exists(path));
    verifySessionIsIdle();
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
