#include "connect/connectiondialog.h"
#include "connection/connectionuri.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "testcluster.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

// The connection dialog's Test button against a real server (the fixture's cluster).
class TestConnectionDialogServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testButton_data();
    void testButton();

private:
    TestCluster m_fixture;
};

void TestConnectionDialogServer::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestConnectionDialogServer::testButton_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("tone");
    QTest::newRow("reachable") << "saytruth_db"
                               << "Connected: PostgreSQL 1"
                               << "good";
    QTest::newRow("missing database") << "nope_db"
                                      << "does not exist"
                                      << "bad";
}

void TestConnectionDialogServer::testButton()
{
    QFETCH(QString, database);
    QFETCH(QString, expected);
    QFETCH(QString, tone);
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
    CredentialStore credentials;
    credentials.setKeychainEnabled(false);
    ConnectionDialog dialog(&profiles, &credentials);
    dialog.show();
    ConnectionProfile profile = m_fixture.profile();
    profile.database = database;
    auto *uri = dialog.findChild<QLineEdit *>(QStringLiteral("uriEdit"));
    uri->clear();
    QTest::keyClicks(uri, ConnectionUri::format(profile));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->text(), database);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(expected), 10000);
    QCOMPARE(status->property("tone").toString(), tone);
}

QTEST_MAIN(TestConnectionDialogServer)
#include "tst_connectiondialogserver.moc"
