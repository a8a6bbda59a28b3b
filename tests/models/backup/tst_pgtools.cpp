#include "backup/pgtools.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Choosing pg_dump before anything starts: versions read from the programs themselves (fake client folders
// here, each a script answering --version), Debian's pg_wrapper skipped, the lowest major not older than the
// server chosen, and words naming the package when none fits.
class TestPgTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseVersion_data();
    void parseVersion();
    void discoverReadsEachProgram();
    void choosesLowestNotOlderThanServer();
    void noneFitsNamesThePackage();
    void restorePicksAReaderOfTheArchive();

private:
    QString fakeTool(const QString &folder, const QString &tool, const QString &answer);
    QTemporaryDir m_dir;
};

QString TestPgTools::fakeTool(const QString &folder, const QString &tool, const QString &answer)
{
    const QString directory = m_dir.filePath(folder);
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(tool);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("#!/bin/sh\necho '%1'\n").arg(answer).toUtf8());
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

void TestPgTools::parseVersion_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("major");
    QTest::addColumn<QString>("text");
    QTest::newRow("debian") << "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" << 15 << "15.18";
    QTest::newRow("plain") << "psql (PostgreSQL) 17.2" << 17 << "17.2";
    QTest::newRow("beta") << "pg_dump (PostgreSQL) 18beta1" << 18 << "18";
    QTest::newRow("old two-part major") << "pg_dump (PostgreSQL) 9.6.24" << 9 << "9.6.24";
    QTest::newRow("not postgres") << "gzip 1.12" << 0 << "";
}

void TestPgTools::parseVersion()
{
    QFETCH(QString, output);
    QFETCH(int, major);
    QFETCH(QString, text);
    const PgToolVersion version = PgToolVersion::parse(output);
    QCOMPARE(version.major, major);
    QCOMPARE(version.text, text);
}

void TestPgTools::discoverReadsEachProgram()
{
    QVERIFY(m_dir.isValid());
    fakeTool(QStringLiteral("13/bin"), QStringLiteral("pg_dump"), QStringLiteral("pg_dump (PostgreSQL) 13.16"));
    fakeTool(QStringLiteral("16/bin"), QStringLiteral("pg_dump"), QStringLiteral("pg_dump (PostgreSQL) 16.4"));
    fakeTool(QStringLiteral("broken"), QStringLiteral("pg_dump"), QStringLiteral("segmentation fault"));
    // A link to a program named pg_wrapper is Debian's dispatcher, not a version.
    const QString wrapper
        = fakeTool(QStringLiteral("share"), QStringLiteral("pg_wrapper"), QStringLiteral("pg_dump (PostgreSQL) 99.0"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("usrbin")));
    QVERIFY(QFile::link(wrapper, m_dir.filePath(QStringLiteral("usrbin/pg_dump"))));
    // The same binary reached twice counts once.
    QVERIFY(
        QFile::link(m_dir.filePath(QStringLiteral("16/bin/pg_dump")), m_dir.filePath(QStringLiteral("share/pg_dump"))));

    const QList<PgToolInstall> found = PgTools::discover(QStringLiteral("pg_dump"),
        {m_dir.filePath(QStringLiteral("usrbin")), m_dir.filePath(QStringLiteral("16/bin")),
            m_dir.filePath(QStringLiteral("share")), m_dir.filePath(QStringLiteral("broken")),
            m_dir.filePath(QStringLiteral("13/bin")), m_dir.filePath(QStringLiteral("missing"))});
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].version.text, QStringLiteral("16.4"));
    QCOMPARE(found[1].version.text, QStringLiteral("13.16"));

    // The folder the user sets comes first, then Debian's versioned folders, then PATH.
    const QStringList directories = PgTools::searchDirectories(QStringLiteral("/opt/pg/bin"));
    QCOMPARE(directories.first(), QStringLiteral("/opt/pg/bin"));
    const qsizetype debian = directories.indexOf(QRegularExpression(QStringLiteral("^/usr/lib/postgresql/\\d+/bin$")));
    const qsizetype usrBin = directories.indexOf(QStringLiteral("/usr/bin"));
    if (debian >= 0 && usrBin >= 0)
        QVERIFY(debian < usrBin);
}

void TestPgTools::choosesLowestNotOlderThanServer()
{
    const QList<PgToolInstall> installed {
        {QStringLiteral("/a/17/pg_dump"), PgToolVersion::parse(QStringLiteral("pg_dump (PostgreSQL) 17.2"))},
        {QStringLiteral("/a/15/pg_dump"), PgToolVersion::parse(QStringLiteral("pg_dump (PostgreSQL) 15.18"))},
        {QStringLiteral("/a/13/pg_dump"), PgToolVersion::parse(QStringLiteral("pg_dump (PostgreSQL) 13.16"))}};
    Error error;
    std::optional<PgToolChoice> choice = PgTools::choose(QStringLiteral("pg_dump"), installed, 15, &error);
    QVERIFY(choice);
    QCOMPARE(choice->program, QStringLiteral("/a/15/pg_dump"));
    QVERIFY(choice->reason.contains(QStringLiteral("15.18")));
    choice = PgTools::choose(QStringLiteral("pg_dump"), installed, 14, &error);
    QVERIFY(choice);
    QCOMPARE(choice->program, QStringLiteral("/a/15/pg_dump"));
    choice = PgTools::choose(QStringLiteral("pg_dump"), installed, 12, &error);
    QCOMPARE(choice->program, QStringLiteral("/a/13/pg_dump"));
    QVERIFY(error.isNull());
}

void TestPgTools::noneFitsNamesThePackage()
{
    const QList<PgToolInstall> installed {
        {QStringLiteral("/a/15/pg_dump"), PgToolVersion::parse(QStringLiteral("pg_dump (PostgreSQL) 15.18"))}};
    Error error;
    QVERIFY(!PgTools::choose(QStringLiteral("pg_dump"), installed, 17, &error));
    QVERIFY2(error.why.contains(QStringLiteral("postgresql-client-17")), qPrintable(error.why));
    QVERIFY(error.why.contains(QStringLiteral("15.18")));
    error = {};
    QVERIFY(!PgTools::choose(QStringLiteral("pg_dump"), {}, 16, &error));
    QVERIFY2(error.why.contains(QStringLiteral("not installed")), qPrintable(error.why));
    QVERIFY(error.why.contains(QStringLiteral("postgresql-client-16")));
}

void TestPgTools::restorePicksAReaderOfTheArchive()
{
    const QList<PgToolInstall> installed {
        {QStringLiteral("/a/17/pg_restore"), PgToolVersion::parse(QStringLiteral("pg_restore (PostgreSQL) 17.2"))},
        {QStringLiteral("/a/15/pg_restore"), PgToolVersion::parse(QStringLiteral("pg_restore (PostgreSQL) 15.18"))}};
    Error error;
    // An archive of format 1.14 into a 15 server: 15 reads it and matches the server.
    auto choice = PgTools::chooseForRestore(QStringLiteral("pg_restore"), installed, 12, 15, &error);
    QCOMPARE(choice->program, QStringLiteral("/a/15/pg_restore"));
    // An archive written by pg_dump 17 (format 1.16) needs the 17 even for a 15 server.
    choice = PgTools::chooseForRestore(QStringLiteral("pg_restore"), installed, 17, 15, &error);
    QCOMPARE(choice->program, QStringLiteral("/a/17/pg_restore"));
    // Format 1.16 with only 15 installed: the words say which package reads it.
    QVERIFY(!PgTools::chooseForRestore(QStringLiteral("pg_restore"), installed.mid(1), 17, 15, &error));
    QVERIFY2(error.why.contains(QStringLiteral("postgresql-client-17")), qPrintable(error.why));
}

QTEST_GUILESS_MAIN(TestPgTools)
#include "tst_pgtools.moc"
