#include "commandline.h"

#include <QtTest>

// saytruth-studio [URI | --profile NAME | --demo] [--table NAME] [--dashboard] [--help] [--version]
class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void helpListsTheOptions();
};

void TestCommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("saytruth-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
}

void TestCommandLine::parse_data()
{
    using Mode = CommandLineOptions::Mode;
    using Status = CommandLine::Status;
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Status>("status");
    QTest::addColumn<CommandLineOptions::Mode>("mode");
    QTest::addColumn<QString>("value"); // uri, profile name, or the error/text fragment
    QTest::addColumn<QString>("table");

    QTest::newRow("nothing") << QStringList {} << Status::Run << Mode::Default << QString() << QString();
    QTest::newRow("uri") << QStringList {"postgresql://u@h/db"} << Status::Run << Mode::Uri << "postgresql://u@h/db"
                         << QString();
    QTest::newRow("uri and table") << QStringList {"postgres://u@h/db", "--table", "users"} << Status::Run << Mode::Uri
                                   << "postgres://u@h/db"
                                   << "users";
    QTest::newRow("profile") << QStringList {"--profile", "SayTruth dev"} << Status::Run << Mode::Profile
                             << "SayTruth dev" << QString();
    QTest::newRow("demo") << QStringList {"--demo", "--table", "public.messages"} << Status::Run << Mode::Demo
                          << QString() << "public.messages";
    QTest::newRow("dashboard") << QStringList {"--profile", "prod", "--dashboard"} << Status::Run << Mode::Profile
                               << "prod" << QString();
    QTest::newRow("demo reset implies demo")
        << QStringList {"--demo-reset"} << Status::Run << Mode::Demo << QString() << QString();
    QTest::newRow("demo scale") << QStringList {"--demo", "--demo-scale", "50"} << Status::Run << Mode::Demo
                                << QString() << QString();
    QTest::newRow("help") << QStringList {"--help"} << Status::ShowHelp << Mode::Default << "--profile" << QString();
    QTest::newRow("version") << QStringList {"--version"} << Status::ShowVersion << Mode::Default << "1.2.3"
                             << QString();
    QTest::newRow("uri and profile") << QStringList {"postgresql://h/db", "--profile", "x"} << Status::Error
                                     << Mode::Default << "not several" << QString();
    QTest::newRow("demo and uri") << QStringList {"--demo", "postgresql://h/db"} << Status::Error << Mode::Default
                                  << "not several" << QString();
    QTest::newRow("two uris") << QStringList {"postgresql://a/db", "postgresql://b/db"} << Status::Error
                              << Mode::Default << "not several" << QString();
    QTest::newRow("unknown option") << QStringList {"--frobnicate"} << Status::Error << Mode::Default << "frobnicate"
                                    << QString();
    QTest::newRow("missing value") << QStringList {"--table"} << Status::Error << Mode::Default << "table" << QString();
    QTest::newRow("bad scale") << QStringList {"--demo-scale", "lots"} << Status::Error << Mode::Default
                               << "whole number" << QString();
    QTest::newRow("zero scale") << QStringList {"--demo-scale", "0"} << Status::Error << Mode::Default << "whole number"
                                << QString();
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Status, status);
    QFETCH(CommandLineOptions::Mode, mode);
    QFETCH(QString, value);
    QFETCH(QString, table);
    const CommandLine::Result result = CommandLine::parse(QStringList {QStringLiteral("saytruth-studio")} + arguments);
    QCOMPARE(result.status, status);
    if (status != CommandLine::Status::Run) {
        QVERIFY2(result.text.contains(value), qPrintable(result.text));
        return;
    }
    QCOMPARE(result.options.mode, mode);
    QCOMPARE(result.options.table, table);
    if (mode == CommandLineOptions::Mode::Uri)
        QCOMPARE(result.options.uri, value);
    if (mode == CommandLineOptions::Mode::Profile)
        QCOMPARE(result.options.profileName, value);
    if (arguments.contains(QStringLiteral("--demo-scale")))
        QCOMPARE(result.options.demoScale, 50);
    if (arguments.contains(QStringLiteral("--demo-reset")))
        QVERIFY(result.options.demoReset);
    QCOMPARE(result.options.dashboard, arguments.contains(QStringLiteral("--dashboard")));
}

void TestCommandLine::helpListsTheOptions()
{
    const CommandLine::Result result
        = CommandLine::parse({QStringLiteral("saytruth-studio"), QStringLiteral("--help")});
    for (const char *option : {"--profile", "--demo", "--demo-reset", "--table", "--dashboard", "--version", "[URI]"})
        QVERIFY2(result.text.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
