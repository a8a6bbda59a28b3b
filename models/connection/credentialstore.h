#pragma once

#include "common/error.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

// Where passwords live: the OS keychain through QtKeychain, never a file of ours. When no keychain answers
// (no D-Bus, locked or missing keyring, or no answer within the timeout) the store says so and keeps
// passwords for this run in memory only; QtKeychain's insecure plain-text fallback is never used.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Unknown, Keychain, MemoryOnly };

    explicit CredentialStore(const QString &service = QStringLiteral("SayTruth Studio"), QObject *parent = nullptr);
    ~CredentialStore() override;

    // How long a keychain job may take before the store gives up on it and falls back to memory.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // For tests and for users without a keychain: never ask the keychain.
    void setKeychainEnabled(bool enabled);

    Backend backend() const { return m_backend; }

    using ReadCallback = std::function<void(std::optional<QString> password, const Error &error)>;
    using WriteCallback = std::function<void(bool storedInKeychain, const Error &error)>;

    // Looks in memory first, then in the keychain. The callback runs on the caller's thread, once, in a later
    // event-loop turn, unless context (the store itself when null) is destroyed first. A missing entry is
    // std::nullopt with a null error; a keychain that failed or did not answer gives an error saying so.
    // Call from the thread the store lives in.
    void readPassword(const QString &key, QObject *context, ReadCallback done);
    // Keeps the password in memory at once and in the keychain when one answers.
    void writePassword(
        const QString &key, const QString &password, QObject *context = nullptr, WriteCallback done = {});
    void removePassword(const QString &key);

    // Memory only, for this run: what the user typed when no keychain answered or "remember" was off.
    void rememberForSession(const QString &key, const QString &password) { m_memory.insert(key, password); }
    std::optional<QString> sessionPassword(const QString &key) const;
    void forgetSessionPassword(const QString &key) { m_memory.remove(key); }

Q_SIGNALS:
    void backendChanged(CredentialStore::Backend backend);

private:
    void setBackend(Backend backend);
    bool keychainUsable() const { return m_keychainEnabled && m_backend != Backend::MemoryOnly; }
    // Starts a keychain job and calls finished exactly once: with the job when it answers, or with nullptr
    // when it did not answer within m_timeoutMs (its late answer is then ignored).
    void runJob(QKeychain::Job *job, std::function<void(QKeychain::Job *job)> finished);
    // Interprets a finished (or abandoned) job; a keychain that failed switches the store to memory only and
    // yields the error to report, phrased for the operation in what.
    Error checkJob(QKeychain::Job *job, const QString &what);
    void onReadFinished(
        QKeychain::Job *job, const QString &key, const QPointer<QObject> &context, const ReadCallback &done);

    QString m_service;
    int m_timeoutMs = 3000;
    bool m_keychainEnabled = true;
    Backend m_backend = Backend::Unknown;
    Error m_fallbackError; // why the store went memory only, repeated to later callers
    QHash<QString, QString> m_memory;
};
