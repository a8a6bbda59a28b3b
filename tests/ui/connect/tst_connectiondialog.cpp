#include "connect/connectiondialog.h"
#include "connect/kubetargeteditor.h"
#include "connection/connectionuri.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "connection/session.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

ConnectionProfile makeProfile(const QString &name, const QString &host, const QString &database)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.host = host;
    profile.port = 5433;
    profile.database = database;
    profile.user = QStringLiteral("alice");
    return profile;
}

} // namespace

// Drives ConnectionDialog offscreen, the way a user would: typing, pasting, clicking.
class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typedUriFillsForm();
    void pastedUriHidesPassword();
    void malformedUriShowsMessageWithoutPassword();
    void editingHostUpdatesUri();
    void kubeUriMistakesAreSaid_data();
    void kubeUriMistakesAreSaid();
    void emptyHostUriKeepsLocalSocket_data();
    void emptyHostUriKeepsLocalSocket();
    void connectSavesNewProfile();
    void connectReportsMissingFields();
    void connectRenamesProfile();
    void connectRefusesToOverwriteAnotherProfile();
    void selectingProfileFillsForm();
    void deleteRemovesProfile();
    void duplicateSavesCopy();
    void productionKindShowsWarning();
    void testAgainstClosedPortFails();
    void demoButtonEmitsAndAccepts();

private:
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void createDialog();
    void clickConnect()
    {
        QTest::mouseClick(find<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    static void replaceText(QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ConnectionDialog> m_dialog;
};

void tst_ConnectionDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(m_profiles->load());
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->setKeychainEnabled(false);
}

void tst_ConnectionDialog::cleanup()
{
    m_dialog.reset();
    m_credentials.reset();
    m_profiles.reset();
    m_dir.reset();
    // Test sessions and their threads go with deleteLater(); let them before LeakSanitizer looks.
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void tst_ConnectionDialog::createDialog()
{
    m_dialog = std::make_unique<ConnectionDialog>(m_profiles.get(), m_credentials.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_ConnectionDialog::replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void tst_ConnectionDialog::typedUriFillsForm()
{
    createDialog();
    auto *uri = find<QLineEdit>("uriEdit");
    QVERIFY(uri->text().isEmpty());
    QTest::keyClicks(uri, QStringLiteral("postgresql://bob:pa55word@db.example.com:6543/sales?sslmode=require"));

    QCOMPARE(find<QLineEdit>("hostEdit")->text(), QStringLiteral("db.example.com"));
    QCOMPARE(find<QSpinBox>("portSpin")->value(), 6543);
    QCOMPARE(find<QLineEdit>("databaseEdit")->text(), QStringLiteral("sales"));
    QCOMPARE(find<QLineEdit>("userEdit")->text(), QStringLiteral("bob"));
    QCOMPARE(find<QComboBox>("sslModeCombo")->currentData().toString(), QStringLiteral("require"));
    QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QStringLiteral("pa55word"));
    QCOMPARE(find<QLineEdit>("passwordEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(find<QLabel>("uriMessageLabel")->text().isEmpty());

    // Done typing: the string is rewritten without the password.
    QVERIFY(QMetaObject::invokeMethod(uri, "editingFinished"));
    QVERIFY2(!uri->text().contains(QStringLiteral("pa55word")), qPrintable(uri->text()));
    QVERIFY2(uri->text().contains(QStringLiteral("db.example.com:6543/sales")), qPrintable(uri->text()));

    QCOMPARE(m_dialog->profile().host, QStringLiteral("db.example.com"));
    QCOMPARE(m_dialog->password(), QStringLiteral("pa55word"));
}

void tst_ConnectionDialog::pastedUriHidesPassword()
{
    createDialog();
    auto *uri = find<QLineEdit>("uriEdit");
    QGuiApplication::clipboard()->setText(QStringLiteral("postgres://carol:Pa%40ss%21@10.0.0.7/crm"));
    uri->setFocus();
    QTest::keySequence(uri, QKeySequence::Paste);
    if (find<QLineEdit>("hostEdit")->text() != QStringLiteral("10.0.0.7"))
        QSKIP("the offscreen platform offers no clipboard here");
    QCOMPARE(find<QLineEdit>("userEdit")->text(), QStringLiteral("carol"));
    QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QStringLiteral("Pa@ss!"));
    QVERIFY2(!uri->text().contains(QStringLiteral("Pa%40ss")), qPrintable(uri->text()));
    QVERIFY2(!uri->text().contains(QStringLiteral("Pa@ss")), qPrintable(uri->text()));
    QGuiApplication::clipboard()->clear();
}

void tst_ConnectionDialog::malformedUriShowsMessageWithoutPassword()
{
    createDialog();
    auto *uri = find<QLineEdit>("uriEdit");
    auto *message = find<QLabel>("uriMessageLabel");
    QTest::keyClicks(uri, QStringLiteral("postgresql://bob:s3cretpw@host:99999/db"));
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!message->isHidden());
    QVERIFY2(!message->text().contains(QStringLiteral("s3cretpw")), qPrintable(message->text()));

    // Half typed, the parser sees no '@' yet and the password looks like a port: still never shown.
    replaceText(uri, QStringLiteral("postgresql://bob:s3cretpw"));
    QVERIFY2(!message->text().contains(QStringLiteral("s3cretpw")), qPrintable(message->text()));
    replaceText(uri, QStringLiteral("host=h dbname=d password=s3cretpw sslmode=bogus"));
    QVERIFY(!message->text().isEmpty());
    QVERIFY2(!message->text().contains(QStringLiteral("s3cretpw")), qPrintable(message->text()));
}

void tst_ConnectionDialog::editingHostUpdatesUri()
{
    createDialog();
    auto *uri = find<QLineEdit>("uriEdit");
    QTest::keyClicks(uri, QStringLiteral("postgresql://bob:pw123456@old.example.com/sales"));

    replaceText(find<QLineEdit>("hostEdit"), QStringLiteral("new.example.com"));
    QVERIFY2(uri->text().contains(QStringLiteral("new.example.com")), qPrintable(uri->text()));
    QVERIFY2(!uri->text().contains(QStringLiteral("old.example.com")), qPrintable(uri->text()));
    QVERIFY2(!uri->text().contains(QStringLiteral("pw123456")), qPrintable(uri->text()));

    find<QSpinBox>("portSpin")->setValue(6000);
    QVERIFY2(uri->text().contains(QStringLiteral(":6000/")), qPrintable(uri->text()));
    // No feedback loop: the form still holds what the user typed.
    QCOMPARE(find<QLineEdit>("hostEdit")->text(), QStringLiteral("new.example.com"));
    QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QStringLiteral("pw123456"));
}

// A k8s:// address that cannot be read is said in words and starts nothing (no kubectl runs for it): the
// Kubernetes part stays off. (Valid ones, with a fake kubectl, are in tst_kubetargeteditor.)
void tst_ConnectionDialog::kubeUriMistakesAreSaid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("words");
    QTest::newRow("no target") << QStringLiteral("k8s://saytruth-dev") << QStringLiteral("Service or pod is missing");
    QTest::newRow("bad kind") << QStringLiteral("k8s://saytruth-dev/deploy/postgres/db")
                              << QStringLiteral("not a kind of target");
    QTest::newRow("password") << QStringLiteral("k8s://saytruth-dev/postgres-service/db?password=hunter2")
                              << QStringLiteral("carries no password");
}

void tst_ConnectionDialog::kubeUriMistakesAreSaid()
{
    QFETCH(QString, input);
    QFETCH(QString, words);
    createDialog();
    // At once, as a paste does: typed, "k8s://saytruth-dev/deploy" on the way would be a valid address.
    auto *uri = find<QLineEdit>("uriEdit");
    uri->setText(input);
    QVERIFY(QMetaObject::invokeMethod(uri, "textEdited", Q_ARG(QString, input)));
    auto *message = find<QLabel>("uriMessageLabel");
    QVERIFY2(message->text().contains(words), qPrintable(message->text()));
    QVERIFY2(!message->text().contains(QStringLiteral("hunter2")), qPrintable(message->text()));
    QVERIFY(!find<KubeTargetEditor>("kubeEditor")->isChecked());
    QVERIFY(find<QLineEdit>("hostEdit")->isVisible());
    QVERIFY(!m_dialog->profile().kube.isSet());
}

void tst_ConnectionDialog::emptyHostUriKeepsLocalSocket_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");

    QTest::newRow("postgres:///db") << "postgres:///db" << 5432 << "db"
                                    << "";
    QTest::newRow("postgresql://alice@") << "postgresql://alice@" << 5432 << "alice"
                                         << "alice";
    QTest::newRow("postgres://:5433/") << "postgres://:5433/" << 5433 << ""
                                       << "";
    QTest::newRow("key=value without host") << "dbname=sales user=alice" << 5432 << "sales"
                                            << "alice";
}

void tst_ConnectionDialog::emptyHostUriKeepsLocalSocket()
{
    QFETCH(QString, input);
    createDialog();
    auto *uri = find<QLineEdit>("uriEdit");
    auto *host = find<QLineEdit>("hostEdit");
    // A new profile starts at localhost, so an empty field afterwards is the string's doing.
    QCOMPARE(host->text(), QStringLiteral("localhost"));
    QGuiApplication::clipboard()->setText(input);
    uri->setFocus();
    QTest::keySequence(uri, QKeySequence::Paste);
    if (uri->text() != input) // the offscreen platform may offer no clipboard: type it instead
        QTest::keyClicks(uri, input);
    QGuiApplication::clipboard()->clear();
    QCOMPARE(uri->text(), input);

    QVERIFY2(host->text().isEmpty(), qPrintable(host->text()));
    QCOMPARE(host->placeholderText(), QStringLiteral("local socket (default)"));
    QTEST(find<QSpinBox>("portSpin")->value(), "port");
    QTEST(find<QLineEdit>("databaseEdit")->text(), "database");
    QTEST(find<QLineEdit>("userEdit")->text(), "user");
    QVERIFY(m_dialog->profile().host.isEmpty());

    // Form to string: editing another field rewrites the string, still without a host.
    find<QSpinBox>("portSpin")->setValue(6000);
    QVERIFY2(!uri->text().contains(QStringLiteral("localhost")), qPrintable(uri->text()));
    const ConnectionUri::Result reread = ConnectionUri::parse(uri->text());
    QVERIFY2(reread.ok, qPrintable(reread.error.toString()));
    QVERIFY2(reread.profile.host.isEmpty(), qPrintable(uri->text()));
    QCOMPARE(reread.profile.port, 6000);
    QVERIFY(host->text().isEmpty());

    // An empty host is not a missing field.
    if (find<QLineEdit>("databaseEdit")->text().isEmpty())
        QTest::keyClicks(find<QLineEdit>("databaseEdit"), QStringLiteral("db"));
    if (find<QLineEdit>("userEdit")->text().isEmpty())
        QTest::keyClicks(find<QLineEdit>("userEdit"), QStringLiteral("u"));
    clickConnect();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_dialog->profile().host.isEmpty());
}

void tst_ConnectionDialog::connectSavesNewProfile()
{
    createDialog();
    QTest::keyClicks(find<QLineEdit>("nameEdit"), QStringLiteral("Sales"));
    QTest::keyClicks(find<QLineEdit>("uriEdit"), QStringLiteral("postgresql://bob@db.example.com:6543/sales"));
    QTest::keyClicks(find<QLineEdit>("passwordEdit"), QStringLiteral("hunter2"));
    find<QCheckBox>("rememberCheck")->setChecked(false);
    clickConnect();

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const auto saved = m_profiles->find(QStringLiteral("Sales"));
    QVERIFY(saved);
    QCOMPARE(saved->host, QStringLiteral("db.example.com"));
    QCOMPARE(saved->port, 6543);
    QCOMPARE(m_profiles->lastProfileName(), QStringLiteral("Sales"));
    QCOMPARE(m_credentials->sessionPassword(saved->credentialKey()), std::optional<QString>(QStringLiteral("hunter2")));

    // Written to the file, without the password.
    ProfileStore reread(m_profiles->filePath());
    QVERIFY(reread.load());
    QVERIFY(reread.find(QStringLiteral("Sales")));
    QFile file(m_profiles->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("hunter2"));
}

void tst_ConnectionDialog::connectReportsMissingFields()
{
    createDialog();
    replaceText(find<QLineEdit>("hostEdit"), QStringLiteral("h"));
    QTest::keyClicks(find<QLineEdit>("userEdit"), QStringLiteral("u"));
    clickConnect();
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_dialog->isVisible());
    const QString status = find<QLabel>("statusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("database")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("host")), qPrintable(status));
    QVERIFY(m_profiles->profiles().isEmpty());
}

void tst_ConnectionDialog::connectRenamesProfile()
{
    QVERIFY(m_profiles->save(makeProfile(QStringLiteral("old"), QStringLiteral("h1"), QStringLiteral("d1"))));
    createDialog();
    m_dialog->selectProfile(QStringLiteral("old"));
    replaceText(find<QLineEdit>("nameEdit"), QStringLiteral("renamed"));
    clickConnect();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_profiles->find(QStringLiteral("old")));
    QVERIFY(m_profiles->find(QStringLiteral("renamed")));
    QCOMPARE(m_profiles->profiles().size(), 1);
    QCOMPARE(m_profiles->lastProfileName(), QStringLiteral("renamed"));
}

void tst_ConnectionDialog::connectRefusesToOverwriteAnotherProfile()
{
    QVERIFY(m_profiles->save(makeProfile(QStringLiteral("one"), QStringLiteral("h1"), QStringLiteral("d1"))));
    QVERIFY(m_profiles->save(makeProfile(QStringLiteral("two"), QStringLiteral("h2"), QStringLiteral("d2"))));
    createDialog();
    m_dialog->selectProfile(QStringLiteral("one"));
    replaceText(find<QLineEdit>("nameEdit"), QStringLiteral("two"));
    clickConnect();
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_profiles->find(QStringLiteral("two"))->host, QStringLiteral("h2"));
    QVERIFY(find<QLabel>("statusLabel")->text().contains(QStringLiteral("two")));
}

void tst_ConnectionDialog::selectingProfileFillsForm()
{
    QVERIFY(m_profiles->save(makeProfile(QStringLiteral("first"), QStringLiteral("h1"), QStringLiteral("d1"))));
    ConnectionProfile second = makeProfile(QStringLiteral("second"), QStringLiteral("h2"), QStringLiteral("d2"));
    second.sslMode = QStringLiteral("verify-full");
    QVERIFY(m_profiles->save(second));
    m_credentials->rememberForSession(second.credentialKey(), QStringLiteral("pw-two"));
    createDialog();

    auto *list = find<QListWidget>("profileList");
    QCOMPARE(list->count(), 2);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    QCOMPARE(find<QLineEdit>("nameEdit")->text(), QStringLiteral("second"));
    QCOMPARE(find<QLineEdit>("hostEdit")->text(), QStringLiteral("h2"));
    QCOMPARE(find<QSpinBox>("portSpin")->value(), 5433);
    QCOMPARE(find<QLineEdit>("databaseEdit")->text(), QStringLiteral("d2"));
    QCOMPARE(find<QComboBox>("sslModeCombo")->currentData().toString(), QStringLiteral("verify-full"));
    QVERIFY(find<QLineEdit>("uriEdit")->text().contains(QStringLiteral("h2:5433/d2")));
    QTRY_COMPARE(find<QLineEdit>("passwordEdit")->text(), QStringLiteral("pw-two"));
    QVERIFY(!find<QLineEdit>("uriEdit")->text().contains(QStringLiteral("pw-two")));

    // A password lookup still on its way never lands in another profile's form.
    m_dialog->selectProfile(QStringLiteral("first"));
    m_dialog->selectProfile(QStringLiteral("second"));
    m_dialog->selectProfile(QStringLiteral("first"));
    QTest::qWait(50);
    QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString());
    QCOMPARE(m_dialog->profile().name, QStringLiteral("first"));
}

void tst_ConnectionDialog::deleteRemovesProfile()
{
    QVERIFY(m_profiles->save(makeProfile(QStringLiteral("keep"), QStringLiteral("h1"), QStringLiteral("d1"))));
    QVERIFY(m_profiles->save(makeProfile(QStringLiteral("drop"), QStringLiteral("h2"), QStringLiteral("d2"))));
    createDialog();
    m_dialog->selectProfile(QStringLiteral("drop"));
    QTest::mouseClick(find<QPushButton>("deleteButton"), Qt::LeftButton);
    QVERIFY(!m_profiles->find(QStringLiteral("drop")));
    QVERIFY(m_profiles->find(QStringLiteral("keep")));
    QCOMPARE(find<QListWidget>("profileList")->count(), 1);
    QCOMPARE(find<QLineEdit>("nameEdit")->text(), QStringLiteral("keep"));

    QTest::mouseClick(find<QPushButton>("deleteButton"), Qt::LeftButton);
    QVERIFY(m_profiles->profiles().isEmpty());
    QCOMPARE(find<QListWidget>("profileList")->count(), 0);
    QVERIFY(!find<QPushButton>("deleteButton")->isEnabled());
}

void tst_ConnectionDialog::duplicateSavesCopy()
{
    QVERIFY(m_profiles->save(makeProfile(QStringLiteral("base"), QStringLiteral("h1"), QStringLiteral("d1"))));
    createDialog();
    m_dialog->selectProfile(QStringLiteral("base"));
    QTest::mouseClick(find<QPushButton>("duplicateButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>("duplicateButton"), Qt::LeftButton);
    QCOMPARE(m_profiles->profiles().size(), 3);
    QCOMPARE(find<QListWidget>("profileList")->count(), 3);
    QVERIFY(m_profiles->find(QStringLiteral("base")));
    const QString copy = find<QLineEdit>("nameEdit")->text();
    QVERIFY2(copy.startsWith(QStringLiteral("base (copy")), qPrintable(copy));
    QCOMPARE(m_profiles->find(copy)->host, QStringLiteral("h1"));
}

void tst_ConnectionDialog::productionKindShowsWarning()
{
    ConnectionProfile prod = makeProfile(QStringLiteral("live"), QStringLiteral("h"), QStringLiteral("d"));
    prod.kind = ConnectionProfile::Kind::Production;
    QVERIFY(m_profiles->save(prod));
    createDialog();
    auto *label = find<QLabel>("productionLabel");
    QVERIFY(label->isHidden()); // a new, development profile
    QVERIFY(find<QListWidget>("profileList")->item(0)->text().contains(QStringLiteral("PROD")));

    auto *kind = find<QComboBox>("kindCombo");
    kind->setCurrentIndex(kind->findData(int(ConnectionProfile::Kind::Production)));
    QVERIFY(!label->isHidden());
    QVERIFY(label->text().contains(QStringLiteral("read-only")));
    kind->setCurrentIndex(kind->findData(int(ConnectionProfile::Kind::Development)));
    QVERIFY(label->isHidden());

    m_dialog->selectProfile(QStringLiteral("live"));
    QVERIFY(!label->isHidden());
    QVERIFY(m_dialog->profile().isProduction());
}

void tst_ConnectionDialog::testAgainstClosedPortFails()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    createDialog();
    replaceText(find<QLineEdit>("hostEdit"), QStringLiteral("127.0.0.1"));
    find<QSpinBox>("portSpin")->setValue(port);
    QTest::keyClicks(find<QLineEdit>("databaseEdit"), QStringLiteral("nowhere"));
    QTest::keyClicks(find<QLineEdit>("userEdit"), QStringLiteral("nobody"));
    QTest::keyClicks(find<QLineEdit>("passwordEdit"), QStringLiteral("tst-pw-77"));

    auto *test = find<QPushButton>("testButton");
    auto *status = find<QLabel>("statusLabel");
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(clock.elapsed() < 1000, "the Test button blocked the GUI thread");
    QVERIFY(!test->isEnabled()); // busy, and only one test at a time
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(m_dialog->findChildren<Session *>().size(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(status->property("tone").toString() == QLatin1String("bad"), 10000);
    QVERIFY(!status->text().isEmpty());
    QVERIFY2(!status->text().contains(QStringLiteral("tst-pw-77")), qPrintable(status->text()));
    QVERIFY(test->isEnabled());
    QTRY_VERIFY(m_dialog->findChildren<Session *>().isEmpty()); // the temporary session is gone
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected)); // testing neither connects nor closes
}

void tst_ConnectionDialog::demoButtonEmitsAndAccepts()
{
    createDialog();
    QSignalSpy demo(m_dialog.get(), &ConnectionDialog::demoRequested);
    QTest::mouseClick(find<QPushButton>("demoButton"), Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_profiles->profiles().isEmpty());
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
