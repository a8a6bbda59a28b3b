#pragma once

#include <QObject>
#include <QString>

// Whether one writer may write on a production database: read-only until unlocked with a reason (kept in the
// audit log and the history), locked again on request; a development profile is never locked. The lock
// belongs to one writer, which applies it on the server: a console's QueryRunner to its own Session (each
// console has one, so there the lock is the session's), a table tab's TableDataModel to its own save
// transactions (BEGIN READ WRITE) on the browser Session the table tabs share, whose read-only default
// stays, so that unlocking one table never unlocks another.
class WriteLock : public QObject
{
    Q_OBJECT
public:
    explicit WriteLock(bool production, QObject *parent = nullptr);

    bool isProduction() const { return m_production; }
    // Writes are refused (production, not unlocked).
    bool isLocked() const { return m_production && !m_unlocked; }
    // Unlocked on production: the writer has to ask the server for read-write itself.
    bool isUnlocked() const { return m_production && m_unlocked; }
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
    QString m_reason;
};
