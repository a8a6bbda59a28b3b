#pragma once

#include <QObject>
#include <QString>

// Whether one writer may write on a production database: read-only until unlocked with a reason (kept in the
// audit log and the history), locked again on request; a development profile is never locked, and a standby
// always is (no unlock changes that). The lock belongs to one writer, which applies it on the server per
// transaction, never as a session setting (that would not survive a transaction-pooling PgBouncer, and would
// leak to whoever gets the pooled server connection next): a console's QueryRunner begins each of its
// transactions READ ONLY while locked, a table tab's TableDataModel opens its save transactions READ ONLY or,
// unlocked, READ WRITE. So unlocking one writer never unlocks another, and a reconnect loses nothing.
class WriteLock : public QObject
{
    Q_OBJECT
public:
    explicit WriteLock(bool production, QObject *parent = nullptr);

    bool isProduction() const { return m_production; }
    // Writes are refused (production, not unlocked; or a standby).
    bool isLocked() const { return m_standby || (m_production && !m_unlocked); }
    // Unlocked on production: the writer has to ask the server for read-write itself.
    bool isUnlocked() const { return !m_standby && m_production && m_unlocked; }
    // The server is a hot standby: locked whatever the profile, and unlock() refuses.
    bool isStandby() const { return m_standby; }
    void setStandby(bool standby);
    // Why it was unlocked; empty while locked.
    QString reason() const { return m_reason; }

    // Unlocks for reason (trimmed); false, and nothing changes, without a reason or on development.
    bool unlock(const QString &reason);
    void lock();

Q_SIGNALS:
    void changed(bool locked);

private:
    bool m_production;
    bool m_unlocked = false;
    bool m_standby = false;
    QString m_reason;
};
