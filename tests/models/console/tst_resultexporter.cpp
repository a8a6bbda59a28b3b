#include "console/resultexporter.h"
#include "console/resultsetmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Exporting a console result: CSV quoting, JSON types and nulls, atomic files, cancel.
class TestResultExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csv();
    void json();
    void failureLeavesNoFile();
    void asyncWithProgress();

private:
    ResultSetModel m_model;
    QTemporaryDir m_dir;
};

void TestResultExporter::initTestCase()
{
    m_model.setColumns({{QStringLiteral("id"), 23}, {QStringLiteral("content"), 25}, {QStringLiteral("score"), 1700}});
    auto chunk = std::make_shared<ResultChunk>(3);
    chunk->appendRow({"1", "plain", "1.5"});
    chunk->appendRow({"2", "with, comma and \"quotes\"\nand a newline", "NaN"});
    chunk->appendRow({"3", "", ""}, {false, false, true});
    chunk->appendRow({"4", QByteArray(), "7"}, {false, true, false});
    m_model.appendChunk(chunk);
}

void TestResultExporter::csv()
{
    const QString path = m_dir.filePath(QStringLiteral("out.csv"));
    std::atomic_bool cancel = false;
    QVERIFY(ResultExporter::write(m_model.columns(), m_model.chunks(), path, ResultExporter::Format::Csv, {}, cancel)
                .isNull());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
        QByteArray("id,content,score\r\n1,plain,1.5\r\n2,\"with, comma and \"\"quotes\"\"\nand a newline\",NaN\r\n"
                   "3,,\r\n4,,7\r\n"));
}

void TestResultExporter::json()
{
    const QString path = m_dir.filePath(QStringLiteral("out.json"));
    QCOMPARE(ResultExporter::formatForFile(path), ResultExporter::Format::Json);
    std::atomic_bool cancel = false;
    QVERIFY(ResultExporter::write(m_model.columns(), m_model.chunks(), path, ResultExporter::Format::Json, {}, cancel)
                .isNull());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("id")).toDouble(), 1.0);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("score")).toDouble(), 1.5);
    QCOMPARE(rows[1].toObject().value(QStringLiteral("content")).toString(),
        QStringLiteral("with, comma and \"quotes\"\nand a newline"));
    QCOMPARE(rows[1].toObject().value(QStringLiteral("score")).toString(), QStringLiteral("NaN"));
    QVERIFY(rows[2].toObject().value(QStringLiteral("score")).isNull());
    QCOMPARE(rows[2].toObject().value(QStringLiteral("content")).toString(), QString());
    QVERIFY(rows[3].toObject().value(QStringLiteral("content")).isNull());
}

void TestResultExporter::failureLeavesNoFile()
{
    std::atomic_bool cancel = true;
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    const Error error
        = ResultExporter::write(m_model.columns(), m_model.chunks(), path, ResultExporter::Format::Csv, {}, cancel);
    QVERIFY(error.why.contains(QLatin1String("cancelled")));
    QVERIFY(!QFile::exists(path));
    cancel = false;
    const Error unwritable = ResultExporter::write(m_model.columns(), m_model.chunks(),
        QStringLiteral("/proc/no/such/file.csv"), ResultExporter::Format::Csv, {}, cancel);
    QVERIFY(!unwritable.isNull());
}

void TestResultExporter::asyncWithProgress()
{
    ResultExporter exporter;
    QSignalSpy progress(&exporter, &ResultExporter::progress);
    QSignalSpy finished(&exporter, &ResultExporter::finished);
    exporter.start(m_model, m_dir.filePath(QStringLiteral("async.csv")), ResultExporter::Format::Csv);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.first().first().value<Error>().isNull());
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), 4);
}

QTEST_GUILESS_MAIN(TestResultExporter)
#include "tst_resultexporter.moc"
