#include "cluster/demodatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Demo mode's database: started off the GUI thread, reused on the next start, stopped when the app closes.
class TestDemoDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsReusesAndStops();
    void failureIsReported();

private:
    static QString makeReachableDir(QTemporaryDir &dir);
};

QString TestDemoDatabase::makeReachableDir(QTemporaryDir &dir)
{
    // As root the server runs as an unprivileged user, who must be able to enter the directory.
    QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther | QFile::ReadGroup
            | QFile::ReadOther);
    return dir.path() + QStringLiteral("/demo");
}

void TestDemoDatabase::startsReusesAndStops()
{
    QTemporaryDir dir;
    const QString path = makeReachableDir(dir);
    ConnectionProfile first;
    {
        DemoDatabase demo(path);
        QSignalSpy progress(&demo, &DemoDatabase::progress);
        QSignalSpy ready(&demo, &DemoDatabase::ready);
        QSignalSpy failed(&demo, &DemoDatabase::failed);
        demo.start();
        QVERIFY(demo.isStarting());
        QCOMPARE(progress.count(), 1); // said at once, before the work
        QVERIFY(progress.first().first().toString().contains(QLatin1String("Creating")));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count() + failed.count(), 1, 60000);
        QCOMPARE(ready.count(), 1);
        first = ready.first().first().value<ConnectionProfile>();
        QVERIFY(first.demo);
        QCOMPARE(first.database, QStringLiteral("saytruth_db"));
        QVERIFY(QFile::exists(first.host + QStringLiteral("/.s.PGSQL.%1").arg(first.port)));
    } // closing stops the server it started
    QVERIFY(!QFile::exists(first.host + QStringLiteral("/.s.PGSQL.%1").arg(first.port)));

    DemoDatabase again(path);
    QSignalSpy progress(&again, &DemoDatabase::progress);
    QSignalSpy ready(&again, &DemoDatabase::ready);
    again.start();
    QVERIFY(progress.first().first().toString().contains(QLatin1String("Starting")));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
    Error error;
    QVERIFY2(again.stop(&error), qPrintable(error.toString()));
}

void TestDemoDatabase::failureIsReported()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    DemoDatabase demo(file.fileName() + QStringLiteral("/demo"));
    QSignalSpy failed(&demo, &DemoDatabase::failed);
    demo.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QVERIFY(!failed.first().first().value<Error>().why.isEmpty());
    QVERIFY(!demo.isStarting());
}

QTEST_GUILESS_MAIN(TestDemoDatabase)
#include "tst_demodatabase.moc"
