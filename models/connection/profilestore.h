#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"

#include <QList>
#include <QObject>
#include <optional>

// The saved connection profiles: a JSON file in the config directory (no secrets in it), written
// atomically. Also remembers which profile was used last, so the app can reopen it on start.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // filePath empty: profiles.json in QStandardPaths::AppConfigLocation.
    explicit ProfileStore(const QString &filePath = {}, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }

    // Reads the file; a missing file is an empty store, a damaged one an error (and the file is left alone).
    bool load(Error *error = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> find(const QString &name) const;

    // Inserts, or replaces the profile with the same name; then writes the file.
    bool save(const ConnectionProfile &profile, Error *error = nullptr);
    // Renames oldName to profile.name (or replaces it) in one write.
    bool replace(const QString &oldName, const ConnectionProfile &profile, Error *error = nullptr);
    bool remove(const QString &name, Error *error = nullptr);

    QString lastProfileName() const { return m_lastProfile; }
    bool setLastProfileName(const QString &name, Error *error = nullptr);

Q_SIGNALS:
    void changed();

private:
    bool write(Error *error);
    bool commit(const QList<ConnectionProfile> &profiles, const QString &lastProfile, Error *error);
    bool keepDamagedFile(Error *error);

    QString m_filePath;
    QList<ConnectionProfile> m_profiles;
    QString m_lastProfile;
    bool m_fileDamaged = false; // the last load failed: the next write first keeps the file aside
};
