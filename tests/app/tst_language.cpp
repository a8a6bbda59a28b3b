#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The language the app starts in: the real binary, started with a language chosen in its settings (or none) and a
// system locale, prints its --help (the description is ours, translated); and the English file compiled into it
// says "1 standby" and "2 standbys" where the source says "standby(s)".
class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsInTheChosenLanguage_data();
    void startsInTheChosenLanguage();
    void englishPluralsAreProper_data();
    void englishPluralsAreProper();
    void versionWithoutADisplay();
};

namespace {

const QString German = QStringLiteral("SayTruth Studio: ein Desktop-Client für die SayTruth-PostgreSQL-Datenbank.");
const QString English = QStringLiteral("SayTruth Studio: a desktop client for the SayTruth PostgreSQL database.");

} // namespace

void TestLanguage::startsInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("chosen"); // what the settings say; empty: nothing (a first start)
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German chosen on an English system") << "de"
                                                        << "en_US.UTF-8" << German;
    QTest::newRow("German chosen on a C system") << "de"
                                                 << "C.UTF-8" << German;
    QTest::newRow("system language, a German system") << "system"
                                                      << "de_DE.UTF-8" << German;
    QTest::newRow("first start on a German system") << QString() << "de_DE.UTF-8" << German;
    QTest::newRow("English chosen on a German system") << "en"
                                                       << "de_DE.UTF-8" << English;
    QTest::newRow("system language, an untranslated one") << "system"
                                                          << "fr_FR.UTF-8" << English;
}

void TestLanguage::startsInTheChosenLanguage()
{
    QFETCH(QString, chosen);
    QFETCH(QString, systemLocale);
    QFETCH(QString, expected);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(QStringLiteral("config"));
    if (!chosen.isEmpty()) {
        // Where QSettings keeps the app's settings on Linux: $XDG_CONFIG_HOME/<organisation>/<application>.conf.
        QSettings settings(
            QDir(config).filePath(QStringLiteral("SayTruth/saytruth-studio.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("preferences/language"), chosen);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No display at all: --help is answered before the window system is touched (ssh, a package check).
    for (const char *name :
        {"LANGUAGE", "LANG", "LC_ALL", "LC_MESSAGES", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LC_ALL"), systemLocale);
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    QProcess studio;
    studio.setProcessEnvironment(environment);
    studio.start(QStringLiteral(SAYTRUTH_STUDIO_BINARY), {QStringLiteral("--help")});
    QVERIFY2(studio.waitForFinished(60000), qPrintable(studio.errorString()));
    QCOMPARE(studio.exitStatus(), QProcess::NormalExit);
    QCOMPARE(studio.exitCode(), 0);
    const QString help = QString::fromUtf8(studio.readAllStandardOutput());
    QVERIFY2(help.contains(expected), qPrintable(help.left(400)));
}

void TestLanguage::englishPluralsAreProper_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one standby") << "HeaderFigures"
                                 << "primary, %n standby(s)" << 1 << "primary, 1 standby";
    QTest::newRow("two standbys") << "HeaderFigures"
                                  << "primary, %n standby(s)" << 2 << "primary, 2 standbys";
    QTest::newRow("no standbys") << "HeaderFigures"
                                 << "primary, %n standby(s)" << 0 << "primary, 0 standbys";
    QTest::newRow("one match") << "ForeignKeyPicker"
                               << "%n match(es)." << 1 << "1 match.";
    QTest::newRow("three matches") << "ForeignKeyPicker"
                                   << "%n match(es)." << 3 << "3 matches.";
}

void TestLanguage::englishPluralsAreProper()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator english;
    QVERIFY(english.load(QStringLiteral("saytruth_en"), QStringLiteral(SAYTRUTH_QM_DIR)));
    QString translated = english.translate(context.toUtf8(), source.toUtf8(), nullptr, count);
    QVERIFY2(!translated.isEmpty(), "no English translation (an unfinished entry is left out of the .qm)");
    QCOMPARE(translated.replace(QLatin1String("%n"), QString::number(count)), expected);
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"

void TestLanguage::versionWithoutADisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    QProcess studio;
    studio.setProcessEnvironment(environment);
    studio.start(QStringLiteral(SAYTRUTH_STUDIO_BINARY), {QStringLiteral("--version")});
    QVERIFY2(studio.waitForFinished(60000), qPrintable(studio.errorString()));
    QCOMPARE(studio.exitStatus(), QProcess::NormalExit);
    QCOMPARE(studio.exitCode(), 0);
    const QString out = QString::fromUtf8(studio.readAllStandardOutput());
    QVERIFY2(out.startsWith(QStringLiteral("saytruth-studio ")), qPrintable(out + studio.readAllStandardError()));
}
