#include "settings/preferences.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Preferences: the defaults, a round trip through the settings file, values out of range or unreadable brought
// back into range, changed() only for a real change, and the dashboard's key shared with its toolbar.
class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void roundTrip();
    void invalidValuesAreClamped_data();
    void invalidValuesAreClamped();
    void writtenValuesAreClamped();
    void changedOnlyForAChange();
    void dashboardKeyIsShared();
    void languageCodes_data();
    void languageCodes();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPreferences::defaults()
{
    const Preferences preferences(file());
    const Preferences::Values values = preferences.values();
    QVERIFY(values.gridFont.isEmpty());
    QVERIFY(values.editorFont.isEmpty());
    QCOMPARE(values.tabWidth, 4);
    QVERIFY(values.lineNumbers);
    QVERIFY(values.autoCompletion);
    QCOMPARE(values.pageSize, 500);
    QCOMPARE(values.dashboardIntervalMs, 2000);
    QVERIFY(values.confirmCloseUnsaved);
    QVERIFY(values.confirmUnfilteredWrites);
    QVERIFY(values.confirmSessionSignals);
    QCOMPARE(values.language, Preferences::Language::System);
    QCOMPARE(values, Preferences::Values {});
}

void TestPreferences::roundTrip()
{
    Preferences::Values values;
    values.gridFont = QStringLiteral("DejaVu Sans,11,-1,5,400,0,0,0,0,0,0,0,0,0,0,1");
    values.editorFont = QStringLiteral("DejaVu Sans Mono,13,-1,5,400,0,0,0,0,0,0,0,0,0,0,1");
    values.tabWidth = 8;
    values.lineNumbers = false;
    values.autoCompletion = false;
    values.pageSize = 2000;
    values.dashboardIntervalMs = 30000;
    values.confirmCloseUnsaved = false;
    values.confirmUnfilteredWrites = false;
    values.confirmSessionSignals = false;
    values.language = Preferences::Language::German;
    Preferences(file()).setValues(values);
    // Another instance (the next start) reads the same.
    QCOMPARE(Preferences(file()).values(), values);
}

void TestPreferences::invalidValuesAreClamped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("tab width too small") << "preferences/tabWidth" << QVariant(0) << "tabWidth" << QVariant(1);
    QTest::newRow("tab width too large") << "preferences/tabWidth" << QVariant(99) << "tabWidth" << QVariant(16);
    QTest::newRow("tab width not a number") << "preferences/tabWidth" << QVariant("wide") << "tabWidth" << QVariant(4);
    QTest::newRow("page size negative") << "preferences/pageSize" << QVariant(-5) << "pageSize" << QVariant(50);
    QTest::newRow("page size huge") << "preferences/pageSize" << QVariant(10000000) << "pageSize" << QVariant(10000);
    QTest::newRow("interval between choices")
        << "dashboard/refreshIntervalMs" << QVariant(4000) << "dashboardIntervalMs" << QVariant(5000);
    QTest::newRow("interval below the shortest")
        << "dashboard/refreshIntervalMs" << QVariant(10) << "dashboardIntervalMs" << QVariant(1000);
    QTest::newRow("interval above the longest")
        << "dashboard/refreshIntervalMs" << QVariant(3600000) << "dashboardIntervalMs" << QVariant(60000);
    QTest::newRow("interval not a number")
        << "dashboard/refreshIntervalMs" << QVariant("soon") << "dashboardIntervalMs" << QVariant(2000);
    QTest::newRow("flag neither true nor false")
        << "preferences/lineNumbers" << QVariant("maybe") << "lineNumbers" << QVariant(true);
    QTest::newRow("flag written as 0") << "preferences/autoCompletion" << QVariant(0) << "autoCompletion"
                                       << QVariant(false);
    QTest::newRow("unknown language") << "preferences/language" << QVariant("tlh") << "language"
                                      << QVariant(int(Preferences::Language::System));
}

void TestPreferences::invalidValuesAreClamped()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(QString, field);
    QFETCH(QVariant, expected);
    QSettings(file(), QSettings::IniFormat).setValue(key, stored);
    const Preferences::Values values = Preferences(file()).values();
    const QMap<QString, QVariant> read {
        {QStringLiteral("tabWidth"), values.tabWidth},
        {QStringLiteral("pageSize"), values.pageSize},
        {QStringLiteral("dashboardIntervalMs"), values.dashboardIntervalMs},
        {QStringLiteral("lineNumbers"), values.lineNumbers},
        {QStringLiteral("autoCompletion"), values.autoCompletion},
        {QStringLiteral("language"), int(values.language)},
    };
    QVERIFY(read.contains(field));
    QCOMPARE(read.value(field), expected);
}

void TestPreferences::writtenValuesAreClamped()
{
    Preferences::Values wild;
    wild.tabWidth = -3;
    wild.pageSize = 1;
    wild.dashboardIntervalMs = 0;
    Preferences(file()).setValues(wild);
    const Preferences::Values written = Preferences(file()).values();
    QCOMPARE(written.tabWidth, Preferences::MinTabWidth);
    QCOMPARE(written.pageSize, Preferences::MinPageSize);
    QCOMPARE(written.dashboardIntervalMs, 1000);
}

void TestPreferences::changedOnlyForAChange()
{
    Preferences preferences(file());
    QSignalSpy changed(&preferences, &Preferences::changed);
    preferences.setValues(preferences.values());
    QCOMPARE(changed.count(), 0);
    Preferences::Values values = preferences.values();
    values.tabWidth = 2;
    preferences.setValues(values);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<Preferences::Values>().tabWidth, 2);
    values.pageSize = 20; // kept as the smallest page

    preferences.setValues(values);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(preferences.values().pageSize, Preferences::MinPageSize);
    // The same again, however it was written: nothing changed.
    values.pageSize = Preferences::MinPageSize;
    preferences.setValues(values);
    QCOMPARE(changed.count(), 2);
}

void TestPreferences::dashboardKeyIsShared()
{
    // The dashboard's toolbar writes this key; the dialog shows what it wrote.
    QSettings(file(), QSettings::IniFormat).setValue(Preferences::dashboardIntervalKey(), 10000);
    QCOMPARE(Preferences(file()).values().dashboardIntervalMs, 10000);
    QVERIFY(Preferences::dashboardIntervalsMs().contains(Preferences::Values {}.dashboardIntervalMs));
}

void TestPreferences::languageCodes_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("code");
    QTest::newRow("system") << int(Preferences::Language::System) << "system";
    QTest::newRow("English") << int(Preferences::Language::English) << "en";
    QTest::newRow("German") << int(Preferences::Language::German) << "de";
}

void TestPreferences::languageCodes()
{
    QFETCH(int, language);
    QFETCH(QString, code);
    QCOMPARE(Preferences::languageCode(Preferences::Language(language)), code);
    QCOMPARE(Preferences::languageFromCode(code), Preferences::Language(language));
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
