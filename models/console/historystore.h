#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

class ConnectionProfile;

// One executed statement as the history keeps it. The SQL is stored with passwords masked.
struct HistoryEntry
{
    QString sql;
    QDateTime executedAt; // UTC
    qint64 durationMs = 0;
    qint64 rowCount = -1; // rows returned or affected; -1 when unknown
    bool ok = true;
    QString error; // the error's first line, short; empty when ok
    QString database;

    QJsonObject toJson() const;
    static HistoryEntry fromJson(const QJsonObject &json);
    bool operator==(const HistoryEntry &other) const = default;
};
Q_DECLARE_METATYPE(HistoryEntry)

// The statements executed with each connection profile, kept across runs: one append-only JSON Lines file
// per profile (<directory>/<sanitised profile key>.jsonl), one line appended per statement, so a crash can
// cost at most the line being written. A profile's file is read the first time it is asked for. Each
// profile keeps its newest capacity() entries; the file is compacted (atomically) once it holds twice that.
// One store is shared by all console tabs, so tabs on the same profile see each other's statements.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 10000;

    // directory empty: QStandardPaths::AppDataLocation + "/history".
    explicit HistoryStore(const QString &directory = {}, QObject *parent = nullptr);
    ~HistoryStore() override;

    QString directory() const { return m_directory; }
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    // The key a profile's history is kept under: its name, or its target for an unsaved connection.
    static QString profileKey(const ConnectionProfile &profile);
    QString filePath(const QString &profileKey) const;

    // Masks passwords in entry.sql and entry.error, stamps executedAt if unset, appends to the file.
    // The entry is kept in memory even when the file cannot be written (then false and *error).
    bool append(const QString &profileKey, HistoryEntry entry, Error *error = nullptr);
    // All entries of a profile, oldest first.
    QList<HistoryEntry> entries(const QString &profileKey) const;
    // Entries whose SQL contains text (case-insensitive), newest first; limit < 0: all of them.
    QList<HistoryEntry> search(const QString &profileKey, const QString &text, int limit = -1) const;
    // Forgets a profile's history, in memory and on disk.
    bool clear(const QString &profileKey, Error *error = nullptr);

    // The statement with the password literals masked: PASSWORD '***' (see the rules in the .cpp); secrets
    // receives the values that were masked.
    static QString maskPasswords(const QString &sql, QStringList *secrets = nullptr);

Q_SIGNALS:
    void appended(const QString &profileKey, const HistoryEntry &entry);
    void cleared(const QString &profileKey);

private:
    struct Profile
    {
        QList<HistoryEntry> entries; // oldest first, at most m_capacity
        qint64 fileLines = 0; // lines in the file, counted while reading and appending
    };
    Profile &profile(const QString &profileKey) const;
    bool compact(const QString &profileKey, Profile &profile, Error *error);
    QList<HistoryEntry> readFile(const QString &path, qint64 *lines) const;

    QString m_directory;
    int m_capacity = DefaultCapacity;
    // Filled lazily by const readers; the cache is not observable state.
    mutable QHash<QString, Profile> m_profiles;
};
