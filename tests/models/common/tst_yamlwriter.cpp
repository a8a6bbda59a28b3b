#include "common/yamlwriter.h"
#include "yamlreader.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

// YAML as the manifests are written: every string a YAML reader would take for something else is quoted, and
// the text reads back as the same JSON, by the test's own reader and, where installed, by PyYAML (YAML 1.1).
class TestYamlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trickyStringsAreQuoted_data();
    void trickyStringsAreQuoted();
    void literalBlocksKeepTheirLineEnds_data();
    void literalBlocksKeepTheirLineEnds();
    void pythonYamlAgrees();
};

void TestYamlWriter::trickyStringsAreQuoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plain");
    const char *const quotedTexts[] = {"*", "*alias", ":", "a: b", "a:b", "#", "a #b", " lead", "trail ", "yes", "No",
        "ON", "off", "y", "n", "true", "False", "null", "~", "0 2 * * *", "5432", "1e3", "0x1F", ".inf", "-", "- x",
        "-c", "2026-01-01", "@x", "`x", "%x", "!x", "&a", "|", "> x", "[a]", "{a}", "a,b", "'x'", "\"x\"", "",
        "tab\there", "ü", "back\\slash", "=", "<<"};
    for (const char *text : quotedTexts)
        QTest::newRow(text) << QString::fromUtf8(text) << false;
    const char *const plainTexts[] = {"batch/v1", "CronJob", "Forbid", "postgres-service", "/bin/sh", "saytruth_db",
        "app.kubernetes.io/name", "yesterday", "nullable", "a b"};
    for (const char *text : plainTexts)
        QTest::newRow(text) << QString::fromUtf8(text) << true;
}

void TestYamlWriter::trickyStringsAreQuoted()
{
    QFETCH(QString, text);
    QFETCH(bool, plain);
    QCOMPARE(YamlWriter::isSafePlain(text), plain);
    QCOMPARE(YamlWriter::scalar(text).startsWith(QLatin1Char('"')), !plain);
    const QJsonObject object {{QStringLiteral("key"), text}, {text.isEmpty() ? QStringLiteral("k") : text, 1},
        {QStringLiteral("list"), QJsonArray {text, QJsonObject {{QStringLiteral("x"), text}}}}};
    QCOMPARE(YamlReader::parse(YamlWriter::write(object)).toObject(), object);
}

void TestYamlWriter::pythonYamlAgrees()
{
    QProcess probe;
    probe.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import yaml")});
    if (!probe.waitForFinished(20000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("python3 with PyYAML is not installed; the test's own reader checked the YAML above");
    const QString script
        = QStringLiteral("set -eu\n# a comment: *not* YAML\nprintf '%s\\n' \"$x\" # ok\n\n  indented\n");
    const QJsonObject container {
        {QStringLiteral("command"), QJsonArray {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script}},
        {QStringLiteral("env"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("PGPORT")},
                {QStringLiteral("value"), QStringLiteral("5432")}}}},
        {QStringLiteral("name"), QStringLiteral(" odd: name # ")}};
    QJsonObject tricky {{QStringLiteral("spec"),
        QJsonObject {{QStringLiteral("schedule"), QStringLiteral("0 2 * * *")},
            {QStringLiteral("containers"), QJsonArray {container}}}}};
    tricky.insert(QStringLiteral("extra"),
        QJsonArray {QStringLiteral("yes"), QStringLiteral("0755"), QStringLiteral("1:30"), QStringLiteral("~"),
            QStringLiteral("2026-01-01"), QStringLiteral("a\n  b\n\n"), QStringLiteral("\u00e9t\u00e9"), 7, true,
            QJsonValue::Null, QJsonArray {}, QJsonObject {}});
    QProcess python;
    python.start(QStringLiteral("python3"),
        {QStringLiteral("-c"),
            QStringLiteral(
                "import sys, json, yaml; json.dump(yaml.safe_load(sys.stdin.buffer.read().decode()), sys.stdout)")});
    python.write(YamlWriter::write(tricky).toUtf8());
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(python.readAllStandardOutput()).object(), tricky);
}

void TestYamlWriter::literalBlocksKeepTheirLineEnds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("header");
    QTest::newRow("no final newline") << QStringLiteral("a\nb") << QStringLiteral("|-");
    QTest::newRow("one final newline") << QStringLiteral("a\nb\n") << QStringLiteral("|");
    QTest::newRow("two final newlines") << QStringLiteral("a\nb\n\n") << QStringLiteral("|+");
    QTest::newRow("inner indent and blank")
        << QStringLiteral("a\n\n  indented # not a comment\n") << QStringLiteral("|");
    QTest::newRow("leading space: quoted") << QStringLiteral(" a\nb\n") << QStringLiteral("\"");
}

void TestYamlWriter::literalBlocksKeepTheirLineEnds()
{
    QFETCH(QString, text);
    QFETCH(QString, header);
    const QJsonObject object {{QStringLiteral("script"), text},
        {QStringLiteral("command"), QJsonArray {QStringLiteral("/bin/sh"), text, QStringLiteral("after")}}};
    const QString yaml = YamlWriter::write(object);
    QVERIFY2(yaml.contains(QStringLiteral("script: ") + header), qPrintable(yaml));
    QCOMPARE(YamlReader::parse(yaml).toObject(), object);
}

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
