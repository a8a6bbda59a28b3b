#include "connection/connectionuri.h"

#include <QTest>
#include <QUrl>

// Parsing is libpq's (PQconninfoParse) behind a forgiving layer; these tests pin down both, and that no
// message ever shows a password.
class TestConnectionUri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void warnings_data();
    void warnings();
    void parseErrors_data();
    void parseErrors();
    void passwordNeverInMessages_data();
    void passwordNeverInMessages();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
    void looksLikeConnectionString_data();
    void looksLikeConnectionString();
};

using Options = QMap<QString, QString>;

static const QString seedDev = QStringLiteral(
    "postgresql://saytruth_user:DevSecurePass123!@#@postgres-service.saytruth-dev.svc.cluster.local:5432/saytruth_db");
static const QString seedProd = QStringLiteral("postgresql://saytruth_user:ProdSecurePass456!@#@postgres-service."
                                               "saytruth-prod.svc.cluster.local:5432/saytruth_db");

void TestConnectionUri::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("hasPassword");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<Options>("options");

    const QString prefer = QStringLiteral("prefer");
    const QString local = QStringLiteral("localhost");
    // clang-format off
    QTest::newRow("full uri") << "postgresql://u:pw@db.example:5433/shop" << "db.example" << 5433 << "shop" << "u" << "pw" << true << prefer << Options{};
    QTest::newRow("postgres scheme") << "postgres://h/db" << "h" << 5432 << "db" << "" << "" << false << prefer << Options{};
    QTest::newRow("scheme in capitals") << "PostgreSQL://h/db" << "h" << 5432 << "db" << "" << "" << false << prefer << Options{};
    QTest::newRow("surrounding spaces") << "  postgresql://h/db \n" << "h" << 5432 << "db" << "" << "" << false << prefer << Options{};
    QTest::newRow("nothing after scheme") << "postgresql://" << "" << 5432 << "" << "" << "" << false << prefer << Options{};
    QTest::newRow("database defaults to user") << "postgresql://alice@h" << "h" << 5432 << "alice" << "alice" << "" << false << prefer << Options{};
    QTest::newRow("no user no database") << "postgresql://h" << "h" << 5432 << "" << "" << "" << false << prefer << Options{};
    // libpq reads an empty host as "not given": its default, the Unix socket (where Debian's peer authentication
    // needs no password), never TCP to localhost. The profile keeps it empty.
    QTest::newRow("empty host is the default") << "postgresql://:5432/db" << "" << 5432 << "db" << "" << "" << false << prefer << Options{};
    QTest::newRow("empty host after user") << "postgresql://u@:6000/db" << "" << 6000 << "db" << "u" << "" << false << prefer << Options{};
    QTest::newRow("postgres:///db") << "postgres:///db" << "" << 5432 << "db" << "" << "" << false << prefer << Options{};
    QTest::newRow("postgresql://user@") << "postgresql://user@" << "" << 5432 << "user" << "user" << "" << false << prefer << Options{};
    QTest::newRow("postgres://:5433/") << "postgres://:5433/" << "" << 5433 << "" << "" << "" << false << prefer << Options{};
    QTest::newRow("postgresql://%2Fvar%2Frun%2Fpostgresql/db") << "postgresql://%2Fvar%2Frun%2Fpostgresql/db" << "/var/run/postgresql" << 5432 << "db" << "" << "" << false << prefer << Options{};
    QTest::newRow("host=/tmp") << "host=/tmp" << "/tmp" << 5432 << "" << "" << "" << false << prefer << Options{};
    QTest::newRow("dbname=x user=y (no host)") << "dbname=x user=y" << "" << 5432 << "x" << "y" << "" << false << prefer << Options{};
    QTest::newRow("port=5433 dbname=x (no host)") << "port=5433 dbname=x" << "" << 5433 << "x" << "" << "" << false << prefer << Options{};
    QTest::newRow("host='' dbname=x") << "host='' dbname=x" << "" << 5432 << "x" << "" << "" << false << prefer << Options{};
    // Without a host libpq goes by TCP to hostaddr; the profile keeps the host empty and hostaddr as an option.
    QTest::newRow("hostaddr=127.0.0.1 dbname=x") << "hostaddr=127.0.0.1 dbname=x" << "" << 5432 << "x" << "" << "" << false << prefer << Options{{"hostaddr", "127.0.0.1"}};
    // libpq's own URI cases without a host, or with a socket directory (src/interfaces/libpq/test/regress.in),
    // each checked against PQconninfoParse.
    QTest::newRow("postgres://") << "postgres://" << "" << 5432 << "" << "" << "" << false << prefer << Options{};
    QTest::newRow("postgres:///") << "postgres:///" << "" << 5432 << "" << "" << "" << false << prefer << Options{};
    QTest::newRow("postgresql://uri-user@") << "postgresql://uri-user@" << "" << 5432 << "uri-user" << "uri-user" << "" << false << prefer << Options{};
    QTest::newRow("postgres://uri-user@/db") << "postgres://uri-user@/db" << "" << 5432 << "db" << "uri-user" << "" << false << prefer << Options{};
    QTest::newRow("postgres://:12345/") << "postgres://:12345/" << "" << 12345 << "" << "" << "" << false << prefer << Options{};
    QTest::newRow("postgresql://?hostaddr=127.0.0.1") << "postgresql://?hostaddr=127.0.0.1" << "" << 5432 << "" << "" << "" << false << prefer << Options{{"hostaddr", "127.0.0.1"}};
    QTest::newRow("postgres://@host") << "postgres://@host" << "host" << 5432 << "" << "" << "" << false << prefer << Options{};
    QTest::newRow("postgres://host:/") << "postgres://host:/" << "host" << 5432 << "" << "" << "" << false << prefer << Options{};
    QTest::newRow("postgres://?host=/path/to/socket/dir") << "postgres://?host=/path/to/socket/dir" << "/path/to/socket/dir" << 5432 << "" << "" << "" << false << prefer << Options{};
    QTest::newRow("postgres://otheruser@?host=/no/such/directory") << "postgres://otheruser@?host=/no/such/directory" << "/no/such/directory" << 5432 << "otheruser" << "otheruser" << "" << false << prefer << Options{};
    QTest::newRow("postgres://otheruser@/?host=/no/such/directory") << "postgres://otheruser@/?host=/no/such/directory" << "/no/such/directory" << 5432 << "otheruser" << "otheruser" << "" << false << prefer << Options{};
    QTest::newRow("postgres://otheruser@:12345?host=/no/such/socket/path") << "postgres://otheruser@:12345?host=/no/such/socket/path" << "/no/such/socket/path" << 12345 << "otheruser" << "otheruser" << "" << false << prefer << Options{};
    QTest::newRow("postgres://otheruser@:12345/db?host=/path/to/socket") << "postgres://otheruser@:12345/db?host=/path/to/socket" << "/path/to/socket" << 12345 << "db" << "otheruser" << "" << false << prefer << Options{};
    QTest::newRow("postgres://:12345/db?host=/path/to/socket") << "postgres://:12345/db?host=/path/to/socket" << "/path/to/socket" << 12345 << "db" << "" << "" << false << prefer << Options{};
    QTest::newRow("postgres://:12345?host=/path/to/socket") << "postgres://:12345?host=/path/to/socket" << "/path/to/socket" << 12345 << "" << "" << "" << false << prefer << Options{};
    QTest::newRow("postgres://%2Fvar%2Flib%2Fpostgresql/dbname") << "postgres://%2Fvar%2Flib%2Fpostgresql/dbname" << "/var/lib/postgresql" << 5432 << "dbname" << "" << "" << false << prefer << Options{};
    // libpq drops an empty password ("u:@h") as if none was given.
    QTest::newRow("empty password") << "postgresql://u:@h/db" << "h" << 5432 << "db" << "u" << "" << false << prefer << Options{};
    QTest::newRow("ipv6 with port") << "postgresql://[::1]:5433/db" << "::1" << 5433 << "db" << "" << "" << false << prefer << Options{};
    QTest::newRow("ipv6 with user") << "postgresql://user@[2001:db8::1]/db" << "2001:db8::1" << 5432 << "db" << "user" << "" << false << prefer << Options{};
    QTest::newRow("ipv6 with zone") << "postgresql://[fe80::1%25eth0]/db" << "fe80::1%eth0" << 5432 << "db" << "" << "" << false << prefer << Options{};
    QTest::newRow("socket directory in query") << "postgresql:///db?host=%2Fvar%2Frun%2Fpostgresql" << "/var/run/postgresql" << 5432 << "db" << "" << "" << false << prefer << Options{};
    QTest::newRow("socket directory encoded as host") << "postgresql://%2Ftmp:5433/db" << "/tmp" << 5433 << "db" << "" << "" << false << prefer << Options{};
    QTest::newRow("percent-decoding") << "postgresql://J%C3%BCrgen:p%40ss@h/my%20db" << "h" << 5432 << "my db" << "Jürgen" << "p@ss" << true << prefer << Options{};
    QTest::newRow("query parameters") << "postgresql://h/db?sslmode=require&connect_timeout=10&application_name=SayTruth%20Studio&sslrootcert=%2Fetc%2Fca.pem"
        << "h" << 5432 << "db" << "" << "" << false << "require"
        << Options{{"connect_timeout", "10"}, {"application_name", "SayTruth Studio"}, {"sslrootcert", "/etc/ca.pem"}};
    QTest::newRow("options with raw equals") << "postgresql://h/db?options=-c%20search_path=saytruth" << "h" << 5432 << "db" << "" << "" << false << prefer << Options{{"options", "-c search_path=saytruth"}};
    QTest::newRow("empty query parameters dropped") << "postgresql://h/db?&sslmode=disable&" << "h" << 5432 << "db" << "" << "" << false << "disable" << Options{};
    QTest::newRow("ssl=true") << "postgresql://h/db?ssl=true" << "h" << 5432 << "db" << "" << "" << false << "require" << Options{};
    QTest::newRow("password in query") << "postgresql://u@h/db?password=s%26cret" << "h" << 5432 << "db" << "u" << "s&cret" << true << prefer << Options{};
    QTest::newRow("query overrides authority") << "postgresql://h:1/db?host=other&port=2&dbname=x&user=y" << "other" << 2 << "x" << "y" << "" << false << prefer << Options{};
    QTest::newRow("hostaddr kept as option") << "postgresql://h/db?hostaddr=10.0.0.5" << "h" << 5432 << "db" << "" << "" << false << prefer << Options{{"hostaddr", "10.0.0.5"}};
    QTest::newRow("keyword/value") << "host=localhost port=5432 dbname=x user=y sslmode=require" << local << 5432 << "x" << "y" << "" << false << "require" << Options{};
    QTest::newRow("keyword/value quoted") << "host=db.example dbname='my db' password='a b\\'c' application_name=st" << "db.example" << 5432 << "my db" << "" << "a b'c" << true << prefer << Options{{"application_name", "st"}};
    QTest::newRow("keyword/value socket directory") << "host=/tmp port=5433 user=me" << "/tmp" << 5433 << "me" << "me" << "" << false << prefer << Options{};
    QTest::newRow("seed dev") << seedDev << "postgres-service.saytruth-dev.svc.cluster.local" << 5432 << "saytruth_db" << "saytruth_user" << "DevSecurePass123!@#" << true << prefer << Options{};
    QTest::newRow("seed prod") << seedProd << "postgres-service.saytruth-prod.svc.cluster.local" << 5432 << "saytruth_db" << "saytruth_user" << "ProdSecurePass456!@#" << true << prefer << Options{};
    QTest::newRow("seed short host") << "postgresql://saytruth_user:DevSecurePass123!@#@postgres-service:5432/saytruth_db" << "postgres-service" << 5432 << "saytruth_db" << "saytruth_user" << "DevSecurePass123!@#" << true << prefer << Options{};
    QTest::newRow("password with slash") << "postgresql://u:a/b@h/db" << "h" << 5432 << "db" << "u" << "a/b" << true << prefer << Options{};
    QTest::newRow("password with question mark") << "postgresql://u:a?b@h/db?sslmode=require" << "h" << 5432 << "db" << "u" << "a?b" << true << "require" << Options{};
    QTest::newRow("password with colon") << "postgresql://u:a:b@h/db" << "h" << 5432 << "db" << "u" << "a:b" << true << prefer << Options{};
    QTest::newRow("password with literal percent") << "postgresql://u:50%off@h/db" << "h" << 5432 << "db" << "u" << "50%off" << true << prefer << Options{};
    QTest::newRow("password ending in percent") << "postgresql://u:100%@h/db" << "h" << 5432 << "db" << "u" << "100%" << true << prefer << Options{};
    QTest::newRow("password with valid escape") << "postgresql://u:p%41ss@h/db" << "h" << 5432 << "db" << "u" << "pAss" << true << prefer << Options{};
    QTest::newRow("password with hash") << "postgresql://u:p#w@h/db" << "h" << 5432 << "db" << "u" << "p#w" << true << prefer << Options{};
    QTest::newRow("password with every reserved character") << "postgresql://u:@#!/?:%x@h:5432/db" << "h" << 5432 << "db" << "u" << "@#!/?:%x" << true << prefer << Options{};
    QTest::newRow("user with at sign") << "postgresql://me@corp:pw@h/db" << "h" << 5432 << "db" << "me@corp" << "pw" << true << prefer << Options{};
    QTest::newRow("at sign in database") << "postgresql://h/my@db" << "h" << 5432 << "my@db" << "" << "" << false << prefer << Options{};
    QTest::newRow("at sign in query") << "postgresql://u:pw@h/db?application_name=me@home" << "h" << 5432 << "db" << "u" << "pw" << true << prefer << Options{{"application_name", "me@home"}};
    // clang-format on
}

void TestConnectionUri::parse()
{
    QFETCH(QString, input);
    const ConnectionUri::Result result = ConnectionUri::parse(input);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QVERIFY(result.error.isNull());
    QTEST(result.profile.host, "host");
    QTEST(result.profile.port, "port");
    QTEST(result.profile.database, "database");
    QTEST(result.profile.user, "user");
    QTEST(result.password, "password");
    QTEST(result.hasPassword, "hasPassword");
    QTEST(result.profile.sslMode, "sslMode");
    QTEST(result.profile.options, "options");
    QVERIFY(result.profile.name.isEmpty());
}

void TestConnectionUri::warnings_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("seed dev") << seedDev
                              << QStringList {
                                     "The password contains '@' and '#', which should be percent-encoded (%40, "
                                     "%23); read as you meant."};
    QTest::newRow("password with slash")
        << "postgresql://u:a/b@h/db"
        << QStringList {"The password contains '/', which should be percent-encoded (%2F); read as you meant."};
    QTest::newRow("three characters") << "postgresql://u:a@b/c?d@h/db"
                                      << QStringList {"The password contains '@', '/' and '?', which should be "
                                                      "percent-encoded (%40, %2F, %3F); read as you meant."};
    QTest::newRow("literal percent")
        << "postgresql://u:50%off@h/db"
        << QStringList {"The password contains '%', which should be percent-encoded (%25); read as you meant."};
    QTest::newRow("user with at sign")
        << "postgresql://me@corp:pw@h/db"
        << QStringList {"The user name contains '@', which should be percent-encoded (%40); read as you meant."};
    QTest::newRow("properly encoded") << "postgresql://me%40corp:p%40ss%2F@h/db" << QStringList {};
    QTest::newRow("colon and exclamation mark are allowed") << "postgresql://u:a:b!c@h/db" << QStringList {};
    QTest::newRow("keyword/value") << "host=h password='a@b#c'" << QStringList {};
}

void TestConnectionUri::warnings()
{
    QFETCH(QString, input);
    const ConnectionUri::Result result = ConnectionUri::parse(input);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QTEST(result.warnings, "expected");
}

void TestConnectionUri::parseErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("because"); // a part of Error::why

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("only spaces") << "   "
                                 << "empty";
    QTest::newRow("bare host name") << "localhost"
                                    << "not a connection string";
    QTest::newRow("unknown scheme") << "mysql://u@h/db"
                                    << "Unknown scheme \"mysql\"";
    QTest::newRow("port not a number") << "postgresql://u@h:abc/db"
                                       << "The port \"abc\" is not a number";
    QTest::newRow("port not a number without user") << "postgresql://h:abc/db"
                                                    << "The port is not a number";
    QTest::newRow("port zero") << "postgresql://h:0/db"
                               << "The port 0 is out of range";
    QTest::newRow("port too large") << "postgresql://h:70000/db"
                                    << "The port 70000 is out of range";
    QTest::newRow("port far too large") << "postgresql://h:99999999999/db"
                                        << "out of range";
    QTest::newRow("unknown sslmode") << "postgresql://h/db?sslmode=maybe"
                                     << "Unknown sslmode \"maybe\"; use one of disable, allow, prefer, require, "
                                        "verify-ca, verify-full.";
    QTest::newRow("empty sslmode") << "postgresql://h/db?sslmode="
                                   << "Unknown sslmode \"\"";
    QTest::newRow("unknown query parameter") << "postgresql://h/db?foo=1"
                                             << "parameter \"foo\"";
    QTest::newRow("query parameter without value") << "postgresql://h/db?sslmode"
                                                   << "has no value";
    QTest::newRow("ssl other than true") << "postgresql://h/db?ssl=false"
                                         << "ssl may only be true";
    QTest::newRow("space in host") << "postgresql://ho st/db"
                                   << "space in the host";
    QTest::newRow("stray text after database") << "postgresql://host:5432/db extra"
                                               << "space after the host";
    QTest::newRow("unterminated ipv6 bracket") << "postgresql://[::1:5432/db"
                                               << "no closing ']'";
    QTest::newRow("empty ipv6 brackets") << "postgresql://[]/db"
                                         << "no IPv6 address";
    QTest::newRow("text after ipv6 bracket") << "postgresql://[::1]x/db"
                                             << "Only ':' and a port";
    QTest::newRow("several hosts") << "postgresql://h1:1,h2:2/db"
                                   << "Several hosts";
    QTest::newRow("stray character in host") << "postgresql://u:pw@ho!st/db"
                                             << "contains '!'";
    QTest::newRow("ambiguous at and slash") << "postgresql://u:pa@h/x@host/db"
                                            << "write it as %40";
    QTest::newRow("bad percent escape in database") << "postgresql://h/db%zz"
                                                    << "percent-encoded";
    QTest::newRow("keyword/value unknown option") << "foo=bar"
                                                  << "does not know the setting \"foo\"";
    QTest::newRow("keyword/value missing equals") << "host=a port"
                                                  << "\"port\" has no '='";
    QTest::newRow("keyword/value unquoted space") << "host=a b"
                                                  << "needs quotes";
    QTest::newRow("keyword/value unterminated quote") << "host='abc"
                                                      << "no closing quote";
    QTest::newRow("keyword/value bad port") << "host=h port=x1"
                                            << "The port \"x1\" is not a number";
    QTest::newRow("keyword/value bad sslmode") << "host=h sslmode=on"
                                               << "Unknown sslmode \"on\"";
    QTest::newRow("keyword/value several hosts") << "host=a,b"
                                                 << "Several hosts";
    QTest::newRow("keyword/value space in host") << "host='a b'"
                                                 << "contains a space";
}

void TestConnectionUri::parseErrors()
{
    QFETCH(QString, input);
    QFETCH(QString, because);
    const ConnectionUri::Result result = ConnectionUri::parse(input);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.what, QStringLiteral("Reading the connection string"));
    QVERIFY2(result.error.why.contains(because), qPrintable(result.error.why));
    QVERIFY(!result.hasPassword);
    QVERIFY(result.password.isEmpty());
}

void TestConnectionUri::passwordNeverInMessages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("password");

    const QString pw = QStringLiteral("Zq9!Xy7#Secret");
    const auto uri = [&](const QString &pattern) {
        return QString(pattern).replace(QLatin1String("PW"), pw);
    };
    QTest::newRow("unknown scheme") << uri("mysql://u:PW@h/db") << pw;
    QTest::newRow("port not a number") << uri("postgresql://u:PW@h:abc/db") << pw;
    QTest::newRow("port out of range") << uri("postgresql://u:PW@h:70000/db") << pw;
    QTest::newRow("unknown sslmode") << uri("postgresql://u:PW@h/db?sslmode=maybe") << pw;
    QTest::newRow("unknown query parameter") << uri("postgresql://u:PW@h/db?foo=1") << pw;
    QTest::newRow("space in host") << uri("postgresql://u:PW@ho st/db") << pw;
    QTest::newRow("stray text after database") << uri("postgresql://u:PW@h:5432/db extra") << pw;
    QTest::newRow("unterminated ipv6 bracket") << uri("postgresql://u:PW@[::1/db") << pw;
    QTest::newRow("empty ipv6 brackets") << uri("postgresql://u:PW@[]/db") << pw;
    QTest::newRow("text after ipv6 bracket") << uri("postgresql://u:PW@[::1]x/db") << pw;
    QTest::newRow("several hosts") << uri("postgresql://u:PW@h1,h2/db") << pw;
    QTest::newRow("bad escape in database") << uri("postgresql://u:PW@h/db%zz") << pw;
    QTest::newRow("nul escape in password") << uri("postgresql://u:PW%00@h/db") << pw;
    QTest::newRow("ambiguous password") << uri("postgresql://u:PW@h/x@host/db") << pw;
    QTest::newRow("no host after password") << uri("postgresql://u:PW") << pw;
    QTest::newRow("no host, slash in password") << uri("postgresql://u:PW/more") << pw;
    QTest::newRow("digits password, no host") << "postgresql://u:73915xq/db"
                                              << "73915xq";
    QTest::newRow("password in query, bad sslmode") << uri("postgresql://h/db?password=PW&sslmode=maybe") << pw;
    QTest::newRow("password in query, unknown parameter") << uri("postgresql://h/db?password=PW&foo=1") << pw;
    QTest::newRow("keyword/value bad port") << uri("host=h password=PW port=abc") << pw;
    QTest::newRow("keyword/value bad sslmode") << uri("host=h password=PW sslmode=maybe") << pw;
    QTest::newRow("keyword/value unknown option") << uri("host=h password=PW foo=1") << pw;
    QTest::newRow("keyword/value space in password") << "host=h password=Zq9!Xy7 Secret99"
                                                     << "Secret99";
    QTest::newRow("keyword/value unterminated quote") << uri("host=h password='PW") << pw;
    QTest::newRow("keyword/value password is a token") << uri("host=h PW") << pw;
    QTest::newRow("warnings of a good string") << uri("postgresql://u:@PW@h/db") << pw;
    QTest::newRow("seed with bad port") << QString(seedDev).replace(":5432", ":99999") << "DevSecurePass123!@#";
}

void TestConnectionUri::passwordNeverInMessages()
{
    QFETCH(QString, input);
    QFETCH(QString, password);
    const ConnectionUri::Result result = ConnectionUri::parse(input);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(password));
    for (const QString &secret : {password, encoded}) {
        QVERIFY2(!result.error.toString().contains(secret), qPrintable(result.error.toString()));
        for (const QString &warning : result.warnings)
            QVERIFY2(!warning.contains(secret), qPrintable(warning));
    }
}

void TestConnectionUri::format_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");

    ConnectionProfile p;
    p.host = QStringLiteral("h");
    p.user = QStringLiteral("u");
    p.database = QStringLiteral("db");
    QTest::newRow("default sslmode omitted") << p << QString() << "postgresql://u@h:5432/db";
    QTest::newRow("password encoded") << p << "p@ss/w?rd#%"
                                      << "postgresql://u:p%40ss%2Fw%3Frd%23%25@h:5432/db";

    ConnectionProfile ipv6 = p;
    ipv6.host = QStringLiteral("::1");
    ipv6.port = 5433;
    QTest::newRow("ipv6 in brackets") << ipv6 << QString() << "postgresql://u@[::1]:5433/db";
    ipv6.host = QStringLiteral("fe80::1%eth0");
    QTest::newRow("ipv6 zone") << ipv6 << QString() << "postgresql://u@[fe80::1%25eth0]:5433/db";

    ConnectionProfile socket = p;
    socket.host = QStringLiteral("/var/run/postgresql");
    QTest::newRow("socket directory") << socket << QString()
                                      << "postgresql://u@:5432/db?host=%2Fvar%2Frun%2Fpostgresql";

    ConnectionProfile localSocket = p;
    localSocket.host.clear();
    QTest::newRow("empty host stays empty") << localSocket << QString() << "postgresql://u@:5432/db";
    localSocket.user.clear();
    localSocket.database.clear();
    QTest::newRow("empty host, no user") << localSocket << QString() << "postgresql://:5432/";

    ConnectionProfile options = p;
    options.sslMode = QStringLiteral("require");
    options.options = {{"application_name", "Say Truth"}, {"connect_timeout", "5"}, {"password", "leak"}};
    QTest::newRow("sslmode and options, never a password option")
        << options << QString()
        << "postgresql://u@h:5432/db?sslmode=require&application_name=Say%20Truth&connect_timeout=5";

    ConnectionProfile anonymous;
    QTest::newRow("no user") << anonymous << QString() << "postgresql://localhost:5432/";
}

void TestConnectionUri::format()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, password);
    QTEST(ConnectionUri::format(profile, password), "expected");
}

void TestConnectionUri::roundTrip_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("password");

    const auto make = [](const QString &host, int port, const QString &user, const QString &database) {
        ConnectionProfile profile;
        profile.host = host;
        profile.port = port;
        profile.user = user;
        profile.database = database;
        return profile;
    };
    QTest::newRow("plain") << make("db.example", 5432, "u", "shop") << "secret";
    QTest::newRow("no password") << make("db.example", 6543, "u", "shop") << QString();
    QTest::newRow("password without user") << make("h", 5432, "", "db") << "secret";
    QTest::newRow("no user, no database") << make("h", 5432, "", "") << QString();
    QTest::newRow("ipv6") << make("2001:db8::1", 5433, "u", "db") << "pw";
    QTest::newRow("ipv6 zone") << make("fe80::1%eth0", 5432, "u", "db") << QString();
    QTest::newRow("socket directory") << make("/var/run/postgresql", 5433, "postgres", "db") << QString();
    QTest::newRow("empty host (local socket)") << make("", 5432, "u", "db") << QString();
    QTest::newRow("empty host with password") << make("", 5433, "u", "db") << "p@ss:w/rd";
    QTest::newRow("empty host, no user, no database") << make("", 5432, "", "") << QString();
    QTest::newRow("socket directory with space") << make("/tmp/my sockets", 5432, "u", "db") << "pw";
    QTest::newRow("reserved characters in password") << make("h", 5432, "u", "db") << "p@ss:w/rd?#%!&=+ []";
    QTest::newRow("escape-like password") << make("h", 5432, "u", "db") << "%41%zz%";
    QTest::newRow("seed password") << make("postgres-service", 5432, "saytruth_user", "saytruth_db")
                                   << "DevSecurePass123!@#";
    QTest::newRow("unicode names") << make("bücher.example", 5432, "Jürgen Ødegård", "données") << "pässwörd€";
    QTest::newRow("reserved characters in names") << make("h", 5432, "me@corp:x", "a/b?c#d e") << "x";

    ConnectionProfile options = make("h", 5432, "u", "db");
    options.sslMode = QStringLiteral("verify-full");
    options.options = {{"application_name", "SayTruth & co"}, {"connect_timeout", "10"},
        {"options", "-c search_path=saytruth,public"}, {"sslrootcert", "/etc/ssl/ca root.pem"}};
    QTest::newRow("sslmode and options") << options << "pw";
}

void TestConnectionUri::roundTrip()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, password);
    const QString uri = ConnectionUri::format(profile, password);
    const ConnectionUri::Result result = ConnectionUri::parse(uri);
    QVERIFY2(result.ok, qPrintable(uri + QStringLiteral(": ") + result.error.toString()));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char(' '))));
    QCOMPARE(result.profile.host, profile.host);
    QCOMPARE(result.profile.port, profile.port);
    QCOMPARE(result.profile.user, profile.user);
    QCOMPARE(result.profile.database, profile.database);
    QCOMPARE(result.profile.sslMode, profile.sslMode);
    QCOMPARE(result.profile.options, profile.options);
    QVERIFY(result.profile == profile);
    QCOMPARE(result.password, password);
    QCOMPARE(result.hasPassword, !password.isEmpty());
}

void TestConnectionUri::looksLikeConnectionString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("postgresql uri") << "postgresql://h/db" << true;
    QTest::newRow("postgres uri") << "postgres://h" << true;
    QTest::newRow("capitals") << "POSTGRESQL://H" << true;
    QTest::newRow("leading space") << "  postgres://h" << true;
    QTest::newRow("keyword/value") << "host=localhost port=5432" << true;
    QTest::newRow("single keyword") << "dbname=x" << true;
    QTest::newRow("spaces around equals") << "host = localhost" << true;
    QTest::newRow("host name") << "localhost" << false;
    QTest::newRow("host and port") << "db.example:5432" << false;
    QTest::newRow("other scheme") << "mysql://h/db" << false;
    QTest::newRow("empty") << "" << false;
}

void TestConnectionUri::looksLikeConnectionString()
{
    QFETCH(QString, text);
    QTEST(ConnectionUri::looksLikeConnectionString(text), "expected");
}

QTEST_GUILESS_MAIN(TestConnectionUri)
#include "tst_connectionuri.moc"
