#include "common/tabularwriter.h"

#include <QTest>

// What every export writes: CSV by RFC 4180 (quoted only when needed, quotes doubled, CRLF, header row) and
// JSON (numbers as numbers, booleans as true/false, NULL as null, strings escaped), byte for byte.
class TestTabularWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvField_data();
    void csvField();
    void csvDocument();
    void jsonString_data();
    void jsonString();
    void jsonNumber_data();
    void jsonNumber();
    void jsonDocument();
    void emptyDocuments();
    void kindOfType_data();
    void kindOfType();
};

namespace {

// One row of cells; a null QByteArray is a NULL cell.
void appendRow(TabularWriter &writer, QByteArray &out, const QList<QByteArray> &cells)
{
    writer.beginRow(out);
    for (int c = 0; c < cells.size(); ++c)
        writer.appendCell(out, c, cells[c], cells[c].isNull());
    writer.endRow(out);
}

} // namespace

void TestTabularWriter::csvField_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("plain") << QByteArray("hello") << QByteArray("hello");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("spaces stay unquoted") << QByteArray(" a b ") << QByteArray(" a b ");
    QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote doubled") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return") << QByteArray("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("utf-8 passes through") << QByteArray("Grüße") << QByteArray("Grüße");
    QTest::newRow("semicolon is not special") << QByteArray("a;b") << QByteArray("a;b");
}

void TestTabularWriter::csvField()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, field);

    QByteArray out("x");
    TabularWriter::appendCsvField(out, value);
    QCOMPARE(out, "x" + field);
}

void TestTabularWriter::csvDocument()
{
    TabularWriter writer(TabularWriter::Format::Csv,
        {{QStringLiteral("id"), TabularWriter::Kind::Number}, {QStringLiteral("na,me"), TabularWriter::Kind::Text},
            {QStringLiteral("ok"), TabularWriter::Kind::Boolean}});
    QCOMPARE(writer.columnCount(), 3);
    QByteArray out;
    writer.appendBeginning(out);
    appendRow(writer, out, {"1", "ann", "t"});
    appendRow(writer, out, {"2", QByteArray(), "f"}); // NULL and an empty string both become an empty field
    appendRow(writer, out, {"3", "", QByteArray()});
    appendRow(writer, out, {"4", "\"quoted\",\r\nline", "t"});
    writer.appendEnd(out);
    QCOMPARE(out,
        QByteArray("id,\"na,me\",ok\r\n"
                   "1,ann,t\r\n"
                   "2,,f\r\n"
                   "3,,\r\n"
                   "4,\"\"\"quoted\"\",\r\nline\",t\r\n"));
}

void TestTabularWriter::jsonString_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("plain") << QByteArray("abc") << QByteArray("\"abc\"");
    QTest::newRow("quote") << QByteArray("a\"b") << QByteArray("\"a\\\"b\"");
    QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("\"a\\\\b\"");
    QTest::newRow("newline, return, tab") << QByteArray("a\nb\rc\td") << QByteArray("\"a\\nb\\rc\\td\"");
    QTest::newRow("other control characters") << QByteArray("\x01\x1f", 2) << QByteArray("\"\\u0001\\u001f\"");
    QTest::newRow("utf-8 passes through") << QByteArray("€ü") << QByteArray("\"€ü\"");
    QTest::newRow("slash is not escaped") << QByteArray("a/b") << QByteArray("\"a/b\"");
}

void TestTabularWriter::jsonString()
{
    QFETCH(QByteArray, utf8);
    QFETCH(QByteArray, json);

    QByteArray out;
    TabularWriter::appendJsonString(out, utf8);
    QCOMPARE(out, json);
}

void TestTabularWriter::jsonNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("isNumber");

    QTest::newRow("zero") << QByteArray("0") << true;
    QTest::newRow("negative zero") << QByteArray("-0") << true;
    QTest::newRow("integer") << QByteArray("1234567890123456789") << true;
    QTest::newRow("decimal") << QByteArray("-12.50") << true;
    QTest::newRow("exponent") << QByteArray("1e10") << true;
    QTest::newRow("signed exponent") << QByteArray("1.5E-3") << true;
    QTest::newRow("plus exponent") << QByteArray("2e+8") << true;
    QTest::newRow("leading zero") << QByteArray("012") << false;
    QTest::newRow("trailing dot") << QByteArray("1.") << false;
    QTest::newRow("leading dot") << QByteArray(".5") << false;
    QTest::newRow("plus sign") << QByteArray("+1") << false;
    QTest::newRow("bare minus") << QByteArray("-") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("exponent without digits") << QByteArray("1e") << false;
    QTest::newRow("NaN") << QByteArray("NaN") << false;
    QTest::newRow("Infinity") << QByteArray("Infinity") << false;
    QTest::newRow("-Infinity") << QByteArray("-Infinity") << false;
    QTest::newRow("space") << QByteArray(" 1") << false;
}

void TestTabularWriter::jsonNumber()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, isNumber);

    QCOMPARE(TabularWriter::isJsonNumber(text), isNumber);
}

void TestTabularWriter::jsonDocument()
{
    TabularWriter writer(TabularWriter::Format::Json,
        {{QStringLiteral("id"), TabularWriter::Kind::Number}, {QStringLiteral("ok"), TabularWriter::Kind::Boolean},
            {QStringLiteral("say \"x\""), TabularWriter::Kind::Text},
            {QStringLiteral("score"), TabularWriter::Kind::Number}});
    QByteArray out;
    writer.appendBeginning(out);
    appendRow(writer, out, {"1", "t", "ann\n", "2.5"});
    appendRow(writer, out, {"2", "f", "42", "NaN"}); // text stays a string; NaN is no JSON number
    appendRow(writer, out, {QByteArray(), QByteArray(), QByteArray(), QByteArray()});
    appendRow(writer, out, {"3", "yes", "", "-Infinity"}); // not t/f: a string
    writer.appendEnd(out);
    QCOMPARE(out,
        QByteArray("[\n"
                   "  {\"id\":1,\"ok\":true,\"say \\\"x\\\"\":\"ann\\n\",\"score\":2.5},\n"
                   "  {\"id\":2,\"ok\":false,\"say \\\"x\\\"\":\"42\",\"score\":\"NaN\"},\n"
                   "  {\"id\":null,\"ok\":null,\"say \\\"x\\\"\":null,\"score\":null},\n"
                   "  {\"id\":3,\"ok\":\"yes\",\"say \\\"x\\\"\":\"\",\"score\":\"-Infinity\"}\n"
                   "]\n"));
}

void TestTabularWriter::emptyDocuments()
{
    const QList<TabularWriter::Column> columns {{QStringLiteral("a"), TabularWriter::Kind::Text}};
    QByteArray json;
    TabularWriter jsonWriter(TabularWriter::Format::Json, columns);
    jsonWriter.appendBeginning(json);
    jsonWriter.appendEnd(json);
    QCOMPARE(json, QByteArray("[\n]\n"));

    QByteArray csv;
    TabularWriter csvWriter(TabularWriter::Format::Csv, columns);
    csvWriter.appendBeginning(csv);
    csvWriter.appendEnd(csv);
    QCOMPARE(csv, QByteArray("a\r\n"));
}

void TestTabularWriter::kindOfType_data()
{
    QTest::addColumn<quint32>("oid");
    QTest::addColumn<int>("kind");

    const int number = int(TabularWriter::Kind::Number);
    QTest::newRow("bool") << 16u << int(TabularWriter::Kind::Boolean);
    QTest::newRow("int8") << 20u << number;
    QTest::newRow("int2") << 21u << number;
    QTest::newRow("int4") << 23u << number;
    QTest::newRow("oid") << 26u << number;
    QTest::newRow("float4") << 700u << number;
    QTest::newRow("float8") << 701u << number;
    QTest::newRow("numeric") << 1700u << number;
    QTest::newRow("text") << 25u << int(TabularWriter::Kind::Text);
    QTest::newRow("json") << 114u << int(TabularWriter::Kind::Text);
    QTest::newRow("money") << 790u << int(TabularWriter::Kind::Text);
}

void TestTabularWriter::kindOfType()
{
    QFETCH(quint32, oid);
    QFETCH(int, kind);

    QCOMPARE(int(TabularWriter::kindOfType(oid)), kind);
}

QTEST_APPLESS_MAIN(TestTabularWriter)
#include "tst_tabularwriter.moc"
