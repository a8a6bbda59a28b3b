#include "credentialstore.h"

#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace {

// Callbacks always arrive in a later event-loop turn, on the context's thread, so callers never see them
// re-entrantly from inside readPassword()/writePassword(); a context destroyed meanwhile drops the call.
void deliverLater(const QPointer<QObject> &context, std::function<void()> call)
{
    if (context)
        QMetaObject::invokeMethod(context.data(), std::move(call), Qt::QueuedConnection);
}

bool isAnswer(QKeychain::Error error)
{
    return error == QKeychain::NoError || error == QKeychain::EntryNotFound;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

// Jobs still running are not deleted here: they delete themselves when they answer (see runJob); our timers
// and connections go with us, so no late answer reaches a destroyed store.
CredentialStore::~CredentialStore() = default;

void CredentialStore::setKeychainEnabled(bool enabled)
{
    m_keychainEnabled = enabled;
    // Turning the keychain off is the user's choice, not a failure worth repeating to every caller.
    m_fallbackError = {};
    setBackend(enabled ? Backend::Unknown : Backend::MemoryOnly);
}

void CredentialStore::setBackend(Backend backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    Q_EMIT backendChanged(backend);
}

std::optional<QString> CredentialStore::sessionPassword(const QString &key) const
{
    const auto it = m_memory.constFind(key);
    if (it == m_memory.constEnd())
        return std::nullopt;
    return *it;
}

void CredentialStore::readPassword(const QString &key, QObject *context, ReadCallback done)
{
    if (!done)
        return;
    const QPointer<QObject> guard(context ? context : this);
    if (const auto password = sessionPassword(key)) {
        deliverLater(guard, [done, password] { done(password, Error {}); });
        return;
    }
    if (!keychainUsable()) {
        Error error = m_fallbackError;
        if (!error.isNull())
            error.what = tr("Reading the saved password");
        deliverLater(guard, [done, error] { done(std::nullopt, error); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, [this, key, guard, done](QKeychain::Job *job) { onReadFinished(job, key, guard, done); });
}

void CredentialStore::onReadFinished(
    QKeychain::Job *job, const QString &key, const QPointer<QObject> &context, const ReadCallback &done)
{
    Error error = checkJob(job, tr("Reading the saved password"));
    std::optional<QString> password = sessionPassword(key); // written while we waited: newer than the keychain
    if (password) {
        error = {};
    } else if (job && job->error() == QKeychain::NoError) {
        password = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        m_memory.insert(key, *password);
    }
    deliverLater(context, [done, password, error] { done(password, error); });
}

void CredentialStore::writePassword(const QString &key, const QString &password, QObject *context, WriteCallback done)
{
    m_memory.insert(key, password);
    const QPointer<QObject> guard(context ? context : this);
    if (!keychainUsable()) {
        if (!done)
            return;
        Error error = m_fallbackError;
        if (!error.isNull())
            error.what = tr("Saving the password in the keychain");
        deliverLater(guard, [done, error] { done(false, error); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(password);
    runJob(job, [this, guard, done](QKeychain::Job *job) {
        const Error error = checkJob(job, tr("Saving the password in the keychain"));
        const bool stored = job && job->error() == QKeychain::NoError;
        if (done)
            deliverLater(guard, [done, stored, error] { done(stored, error); });
    });
}

void CredentialStore::removePassword(const QString &key)
{
    m_memory.remove(key);
    if (!keychainUsable())
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, [this](QKeychain::Job *job) {
        // Nothing to delete is not a broken keychain.
        if (job && job->error() == QKeychain::CouldNotDeleteEntry)
            return;
        checkJob(job, tr("Removing the password from the keychain"));
    });
}

void CredentialStore::runJob(QKeychain::Job *job, std::function<void(QKeychain::Job *)> finished)
{
    job->setInsecureFallback(false);
    // A job deletes itself once it answered, also one we stopped waiting for. Deleting it earlier is not safe:
    // the libsecret and gnome-keyring backends keep a raw pointer to it for their asynchronous callback.
    job->setAutoDelete(true);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    auto answer = std::make_shared<QMetaObject::Connection>();
    *answer = connect(job, &QKeychain::Job::finished, timer, [timer, finished](QKeychain::Job *job) {
        timer->stop();
        timer->deleteLater();
        finished(job);
    });
    connect(timer, &QTimer::timeout, this, [timer, answer, finished] {
        QObject::disconnect(*answer); // the late answer, if any, is ignored
        timer->deleteLater();
        finished(nullptr);
    });
    timer->start(qMax(0, m_timeoutMs));
    job->start();
}

Error CredentialStore::checkJob(QKeychain::Job *job, const QString &what)
{
    if (job && isAnswer(job->error())) {
        if (m_backend == Backend::Unknown)
            setBackend(Backend::Keychain);
        return {};
    }

    Error error;
    error.what = what;
    if (job && job->error() == QKeychain::AccessDeniedByUser)
        error.why = tr("Access to the keychain was declined, so the password is kept for this session only.");
    else
        error.why = tr("No keychain answered, so the password is kept for this session only.");
    // QtKeychain's own words name the backend's complaint; they never contain the secret.
    error.detail = job ? job->errorString() : tr("The keychain gave no answer within %1 ms.").arg(m_timeoutMs);

    if (m_backend != Backend::MemoryOnly) {
        m_fallbackError = error;
        setBackend(Backend::MemoryOnly);
    }
    return error;
}
