#include "connection/credentialstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusMessage>

#include <atomic>

namespace {

const QString Canary = QStringLiteral("Canary-7f3a9c2e-pw-Zq!x@#");
QStringList s_messages; // everything logged while the tests ran, to prove no password was logged
QtMessageHandler s_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_messages.append(message);
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

// What one readPassword() call delivered, and how often.
struct ReadOutcome
{
    int calls = 0;
    std::optional<QString> password;
    Error error;

    CredentialStore::ReadCallback callback()
    {
        return [this](std::optional<QString> value, const Error &err) {
            ++calls;
            password = value;
            error = err;
        };
    }
};

// What one writePassword() call delivered, and how often.
struct WriteOutcome
{
    int calls = 0;
    bool storedInKeychain = true;
    Error error;

    CredentialStore::WriteCallback callback()
    {
        return [this](bool stored, const Error &err) {
            ++calls;
            storedInKeychain = stored;
            error = err;
        };
    }
};

// Set in the child process that runs keychainThatNeverAnswersTimesOut() on a private session bus.
constexpr auto ChildVariable = "SAYTRUTH_TST_KEYCHAIN_CHILD";

// A session bus address that can never be reached (nothing exists below /dev/null). Unsetting
// DBUS_SESSION_BUS_ADDRESS is not enough: libdbus and GDBus then fall back to $XDG_RUNTIME_DIR/bus or X11
// autolaunch, which on a desktop is the user's own bus with the real keyring or wallet behind it.
constexpr auto NoSessionBus = "unix:path=/dev/null/saytruth-tests-have-no-session-bus";

// The private bus for the child: its own socket and, as the only place to activate services from, an empty
// directory. dbus-run-session's default (/usr/share/dbus-1/session.conf) includes the standard service
// directories, so a gnome-keyring installed on the machine would be activated as the secret service and answer
// in the silent wallet's place.
QString writeBusConfig(const QTemporaryDir &dir)
{
    const QString services = dir.filePath(QStringLiteral("services"));
    if (!QDir().mkpath(services))
        return {};
    const QString text
        = QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                         " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                         "<busconfig>\n"
                         "  <type>session</type>\n"
                         "  <listen>unix:dir=%1</listen>\n"
                         "  <auth>EXTERNAL</auth>\n"
                         "  <servicedir>%2</servicedir>\n"
                         "  <policy context=\"default\">\n"
                         "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                         "    <allow eavesdrop=\"true\"/>\n"
                         "    <allow own=\"*\"/>\n"
                         "  </policy>\n"
                         "</busconfig>\n")
              .arg(dir.path().toHtmlEscaped(), services.toHtmlEscaped());
    QFile file(dir.filePath(QStringLiteral("session.conf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        return {};
    return file.fileName();
}

} // namespace

// A KWallet daemon that takes calls and answers none of them until told to, like a keyring waiting for the user
// to type its password. Only the question which wallet to use is answered at once, as kwalletd does: QtKeychain
// asks it, blocking its thread, to find out whether KWallet is there at all, and without an answer within 500 ms
// it takes libsecret (installed wherever GNOME is) instead of this wallet. So the wallet lives on a thread of its
// own; the test talks to it through answerAll() and the counters only.
class SilentWallet : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.KWallet")
public:
    explicit SilentWallet(const QDBusConnection &bus)
        : m_bus(bus)
    { }

    std::atomic<int> calls = 0;
    std::atomic<int> openCalls = 0;

    // Refuses what it held, and from now on everything at once. Runs on the wallet's thread.
    Q_INVOKABLE void answerAll()
    {
        m_answering = true;
        for (const QDBusMessage &message : std::as_const(m_held))
            refuse(message);
        m_held.clear();
    }

public Q_SLOTS:
    QString networkWallet()
    {
        ++calls;
        return QStringLiteral("kdewallet");
    }
    int open(const QString &, qlonglong, const QString &, const QDBusMessage &message)
    {
        ++openCalls;
        hold(message);
        return -1;
    }

private:
    void hold(const QDBusMessage &message)
    {
        ++calls;
        message.setDelayedReply(true);
        if (m_answering)
            refuse(message);
        else
            m_held.append(message);
    }
    void refuse(const QDBusMessage &message)
    {
        m_bus.send(message.createErrorReply(QDBusError::AccessDenied, QStringLiteral("The wallet stays closed.")));
    }

    QDBusConnection m_bus;
    QList<QDBusMessage> m_held;
    bool m_answering = false;
};

// Tests CredentialStore without a keychain and against the keychain-less CI machine (no D-Bus session bus).
class tst_CredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void memoryRoundTrip();
    void callbacksDeliveredOnceAndLater();
    void missingEntryIsNotAnError();
    void readWithoutDBusFallsBackToMemory();
    void writeWithoutDBusKeepsPasswordInMemory();
    void memoryOnlyIsRememberedUntilReenabled();
    void timeoutRaceDeliversOnce();
    void destroyedContextSkipsCallback();
    void keychainThatNeverAnswersTimesOut();
    void canaryNeverWrittenToDisk();

private:
    void runSilentWalletChild();
    static constexpr int TimeoutMs = 2000;
    static constexpr int SlackMs = 3000;
};

void tst_CredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SayTruthTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_credentialstore"));
    // The CI machine has no session bus; make sure a developer's desktop keyring is not touched either. The
    // child process runs on a private bus of its own.
    if (!qEnvironmentVariableIsSet(ChildVariable))
        qputenv("DBUS_SESSION_BUS_ADDRESS", NoSessionBus);
    s_previousHandler = qInstallMessageHandler(recordMessage);
}

void tst_CredentialStore::cleanup()
{
    // Keychain jobs delete themselves with deleteLater(); let that happen before LeakSanitizer looks.
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void tst_CredentialStore::cleanupTestCase()
{
    qInstallMessageHandler(s_previousHandler);
    for (const QString &message : std::as_const(s_messages))
        QVERIFY2(!message.contains(Canary), "a password was logged");
}

void tst_CredentialStore::memoryRoundTrip()
{
    CredentialStore store;
    store.setKeychainEnabled(false);
    QCOMPARE(store.backend(), CredentialStore::Backend::MemoryOnly);

    WriteOutcome written;
    store.writePassword(QStringLiteral("u@h:5432/db"), QStringLiteral("s3cret"), this, written.callback());
    QTRY_COMPARE(written.calls, 1);
    QVERIFY(!written.storedInKeychain);
    QVERIFY2(written.error.isNull(), "a disabled keychain is the user's choice, not an error");

    ReadOutcome read;
    store.readPassword(QStringLiteral("u@h:5432/db"), this, read.callback());
    QTRY_COMPARE(read.calls, 1);
    QCOMPARE(read.password, std::optional<QString>(QStringLiteral("s3cret")));
    QVERIFY(read.error.isNull());

    store.forgetSessionPassword(QStringLiteral("u@h:5432/db"));
    QVERIFY(!store.sessionPassword(QStringLiteral("u@h:5432/db")));
    ReadOutcome forgotten;
    store.readPassword(QStringLiteral("u@h:5432/db"), this, forgotten.callback());
    QTRY_COMPARE(forgotten.calls, 1);
    QVERIFY(!forgotten.password);

    store.rememberForSession(QStringLiteral("k"), QStringLiteral("v"));
    QCOMPARE(store.sessionPassword(QStringLiteral("k")), std::optional<QString>(QStringLiteral("v")));
    store.removePassword(QStringLiteral("k"));
    QVERIFY(!store.sessionPassword(QStringLiteral("k")));
}

void tst_CredentialStore::callbacksDeliveredOnceAndLater()
{
    CredentialStore store;
    store.setKeychainEnabled(false);
    store.rememberForSession(QStringLiteral("k"), QStringLiteral("v"));

    ReadOutcome read;
    WriteOutcome written;
    store.readPassword(QStringLiteral("k"), this, read.callback());
    store.writePassword(QStringLiteral("k2"), QStringLiteral("v2"), this, written.callback());
    // Never from inside the call: callers may still be setting up when it returns.
    QCOMPARE(read.calls, 0);
    QCOMPARE(written.calls, 0);
    QTRY_COMPARE(read.calls, 1);
    QTRY_COMPARE(written.calls, 1);
    QTest::qWait(100);
    QCOMPARE(read.calls, 1);
    QCOMPARE(written.calls, 1);

    // A write without callback or context is fine too.
    store.writePassword(QStringLiteral("k3"), QStringLiteral("v3"));
    QCOMPARE(store.sessionPassword(QStringLiteral("k3")), std::optional<QString>(QStringLiteral("v3")));
}

void tst_CredentialStore::missingEntryIsNotAnError()
{
    CredentialStore store;
    store.setKeychainEnabled(false);
    ReadOutcome read;
    store.readPassword(QStringLiteral("nobody@nowhere:1/none"), nullptr, read.callback());
    QTRY_COMPARE(read.calls, 1);
    QVERIFY(!read.password);
    QVERIFY(read.error.isNull());
}

void tst_CredentialStore::readWithoutDBusFallsBackToMemory()
{
    CredentialStore store;
    store.setTimeout(TimeoutMs);
    QSignalSpy backendSpy(&store, &CredentialStore::backendChanged);

    QElapsedTimer clock;
    clock.start();
    ReadOutcome read;
    store.readPassword(QStringLiteral("reader@h:5432/db"), this, read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.calls == 1, TimeoutMs + SlackMs);
    qInfo("keychain read answered after %lld ms: %s", clock.elapsed(), qPrintable(read.error.toString()));

    QVERIFY(!read.password);
    QVERIFY(!read.error.isNull());
    QVERIFY2(read.error.why.contains(QStringLiteral("session only")), qPrintable(read.error.why));
    QCOMPARE(store.backend(), CredentialStore::Backend::MemoryOnly);
    QCOMPARE(backendSpy.count(), 1);
    QCOMPARE(backendSpy.first().first().value<CredentialStore::Backend>(), CredentialStore::Backend::MemoryOnly);

    QTest::qWait(100);
    QCOMPARE(read.calls, 1);
}

void tst_CredentialStore::writeWithoutDBusKeepsPasswordInMemory()
{
    CredentialStore store;
    store.setTimeout(TimeoutMs);

    QElapsedTimer clock;
    clock.start();
    WriteOutcome written;
    store.writePassword(QStringLiteral("writer@h:5432/db"), QStringLiteral("w-pass"), this, written.callback());
    QTRY_VERIFY_WITH_TIMEOUT(written.calls == 1, TimeoutMs + SlackMs);
    qInfo("keychain write answered after %lld ms: %s", clock.elapsed(), qPrintable(written.error.toString()));
    QVERIFY(!written.storedInKeychain);
    QVERIFY(!written.error.isNull());
    QVERIFY(!written.error.toString().contains(QStringLiteral("w-pass")));
    QCOMPARE(store.backend(), CredentialStore::Backend::MemoryOnly);

    ReadOutcome read;
    store.readPassword(QStringLiteral("writer@h:5432/db"), this, read.callback());
    QTRY_COMPARE(read.calls, 1);
    QCOMPARE(read.password, std::optional<QString>(QStringLiteral("w-pass")));
    QVERIFY(read.error.isNull());
}

void tst_CredentialStore::memoryOnlyIsRememberedUntilReenabled()
{
    CredentialStore store;
    store.setTimeout(TimeoutMs);
    QSignalSpy backendSpy(&store, &CredentialStore::backendChanged);
    ReadOutcome first;
    store.readPassword(QStringLiteral("a@h:1/db"), this, first.callback());
    QTRY_VERIFY_WITH_TIMEOUT(first.calls == 1, TimeoutMs + SlackMs);
    QCOMPARE(store.backend(), CredentialStore::Backend::MemoryOnly);

    // The fast path: answered from what the store already knows, with the same reason, no new switch.
    ReadOutcome second;
    store.readPassword(QStringLiteral("b@h:1/db"), this, second.callback());
    QTRY_COMPARE(second.calls, 1);
    QVERIFY(!second.password);
    QCOMPARE(second.error.why, first.error.why);
    QCOMPARE(backendSpy.count(), 1);

    // Asking for the keychain again tries it again (and, here, falls back again).
    store.setKeychainEnabled(true);
    QCOMPARE(store.backend(), CredentialStore::Backend::Unknown);
    ReadOutcome third;
    store.readPassword(QStringLiteral("c@h:1/db"), this, third.callback());
    QTRY_VERIFY_WITH_TIMEOUT(third.calls == 1, TimeoutMs + SlackMs);
    QCOMPARE(store.backend(), CredentialStore::Backend::MemoryOnly);
    QCOMPARE(backendSpy.count(), 3); // MemoryOnly, Unknown, MemoryOnly
}

void tst_CredentialStore::timeoutRaceDeliversOnce()
{
    // With no time at all, the timeout and the job's answer race; either way exactly one callback.
    CredentialStore store;
    store.setTimeout(0);
    ReadOutcome read;
    WriteOutcome written;
    store.readPassword(QStringLiteral("race@h:1/db"), this, read.callback());
    store.writePassword(QStringLiteral("race2@h:1/db"), QStringLiteral("r"), this, written.callback());
    QTRY_COMPARE(read.calls, 1);
    QTRY_COMPARE(written.calls, 1);
    QTest::qWait(300); // room for a late job answer, which must be ignored
    QCOMPARE(read.calls, 1);
    QCOMPARE(written.calls, 1);
    QCOMPARE(store.backend(), CredentialStore::Backend::MemoryOnly);
    QCOMPARE(store.sessionPassword(QStringLiteral("race2@h:1/db")), std::optional<QString>(QStringLiteral("r")));
}

void tst_CredentialStore::destroyedContextSkipsCallback()
{
    CredentialStore store;
    store.setTimeout(TimeoutMs);
    store.rememberForSession(QStringLiteral("mem"), QStringLiteral("m"));
    int calls = 0;
    auto count = [&calls](std::optional<QString>, const Error &) {
        ++calls;
    };

    auto *memoryContext = new QObject;
    store.readPassword(QStringLiteral("mem"), memoryContext, count);
    delete memoryContext;

    auto *keychainContext = new QObject;
    QSignalSpy backendSpy(&store, &CredentialStore::backendChanged);
    store.readPassword(QStringLiteral("gone@h:1/db"), keychainContext, count);
    delete keychainContext;

    // Wait until the keychain request is over (it switched the backend), then a little more.
    QTRY_VERIFY_WITH_TIMEOUT(backendSpy.count() == 1, TimeoutMs + SlackMs);
    QTest::qWait(100);
    QCOMPARE(calls, 0);
}

void tst_CredentialStore::keychainThatNeverAnswersTimesOut()
{
    if (!qEnvironmentVariableIsSet(ChildVariable))
        return runSilentWalletChild();

    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("silent-wallet"));
    QVERIFY(bus.isConnected());
    QThread walletThread;
    walletThread.start();
    SilentWallet wallet(bus);
    wallet.moveToThread(&walletThread);
    const auto stopWalletThread = qScopeGuard([&] {
        QMetaObject::invokeMethod(
            &wallet, [&wallet] { wallet.moveToThread(QCoreApplication::instance()->thread()); },
            Qt::BlockingQueuedConnection);
        walletThread.quit();
        walletThread.wait();
    });
    QVERIFY(bus.registerObject(QStringLiteral("/modules/kwalletd5"), &wallet, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QStringLiteral("org.kde.kwalletd5")));

    constexpr int Timeout = 1000;
    CredentialStore store;
    store.setTimeout(Timeout);
    QElapsedTimer clock;
    clock.start();
    ReadOutcome read;
    store.readPassword(QStringLiteral("hang@h:1/db"), this, read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.calls == 1, Timeout + SlackMs);
    qInfo("silent keychain given up after %lld ms: %s", clock.elapsed(), qPrintable(read.error.toString()));
    QVERIFY(clock.elapsed() >= Timeout - 100);
    QVERIFY(wallet.calls > 0); // the job really was waiting for the wallet
    QVERIFY(!read.password);
    QVERIFY(read.error.why.contains(QStringLiteral("session only")));
    QCOMPARE(store.backend(), CredentialStore::Backend::MemoryOnly);

    // Memory only now: the wallet is not asked again.
    const int callsBefore = wallet.calls.load();
    ReadOutcome again;
    store.readPassword(QStringLiteral("hang2@h:1/db"), this, again.callback());
    QTRY_COMPARE(again.calls, 1);
    QTest::qWait(200);
    QCOMPARE(wallet.calls.load(), callsBefore);

    // The late answer finishes the abandoned job: it must not call back a second time, and must not leak.
    QVERIFY(QMetaObject::invokeMethod(&wallet, "answerAll", Qt::BlockingQueuedConnection));
    QTRY_COMPARE(wallet.openCalls.load(), 1);
    QTest::qWait(200);
    QCOMPARE(read.calls, 1);
    bus.unregisterService(QStringLiteral("org.kde.kwalletd5"));
    QDBusConnection::disconnectFromBus(QStringLiteral("silent-wallet"));
}

// Runs keychainThatNeverAnswersTimesOut() again in a child process with a private session bus and KDE's wallet
// as the backend: QtKeychain picks its backend once per process, and the other tests want no bus at all.
void tst_CredentialStore::runSilentWalletChild()
{
    const QString runner = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    if (runner.isEmpty())
        QSKIP("dbus-run-session is not installed");
    const QTemporaryDir busDir;
    QVERIFY(busDir.isValid());
    const QString busConfig = writeBusConfig(busDir);
    QVERIFY(!busConfig.isEmpty());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(ChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("KDE"));
    environment.insert(QStringLiteral("KDE_SESSION_VERSION"), QStringLiteral("5"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(runner,
        {QStringLiteral("--config-file=") + busConfig, QStringLiteral("--"), QCoreApplication::applicationFilePath(),
            QStringLiteral("keychainThatNeverAnswersTimesOut")});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 60000);
    const QByteArray output = child.readAll();
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("QINFO") || line.startsWith("FAIL") || line.startsWith("Totals"))
            qInfo("child: %s", line.constData());
    }
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
}

void tst_CredentialStore::canaryNeverWrittenToDisk()
{
    {
        CredentialStore store;
        store.setTimeout(TimeoutMs);
        WriteOutcome keychainWrite;
        store.writePassword(QStringLiteral("canary@h:5432/db"), Canary, this, keychainWrite.callback());
        QTRY_VERIFY_WITH_TIMEOUT(keychainWrite.calls == 1, TimeoutMs + SlackMs);
        QVERIFY(!keychainWrite.error.toString().contains(Canary));

        CredentialStore memoryStore;
        memoryStore.setKeychainEnabled(false);
        WriteOutcome memoryWrite;
        memoryStore.writePassword(QStringLiteral("canary2@h:5432/db"), Canary, this, memoryWrite.callback());
        QTRY_COMPARE(memoryWrite.calls, 1);
        memoryStore.removePassword(QStringLiteral("canary2@h:5432/db"));
    }
    QTest::qWait(100); // any deferred settings write would have happened by now

    const QList<QByteArray> needles = {Canary.toUtf8(), Canary.toUtf8().toBase64(),
        QByteArray(reinterpret_cast<const char *>(Canary.utf16()), Canary.size() * qsizetype(sizeof(char16_t)))};
    const QList<QStandardPaths::StandardLocation> locations = {QStandardPaths::AppConfigLocation,
        QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation};
    int scanned = 0;
    for (const auto location : locations) {
        for (const QString &directory : QStandardPaths::standardLocations(location)) {
            QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++scanned;
                const QByteArray content = file.readAll();
                for (const QByteArray &needle : needles)
                    QVERIFY2(
                        !content.contains(needle), qPrintable(QStringLiteral("password found in ") + file.fileName()));
            }
        }
    }
    qInfo("canary: scanned %d files", scanned);
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
