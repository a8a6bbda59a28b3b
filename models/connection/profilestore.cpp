#include "profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr int FileVersion = 1;

Error storeError(const QString &what, const QString &why)
{
    Error error;
    error.what = what;
    error.why = why;
    return error;
}

void report(Error *target, const Error &error)
{
    if (target)
        *target = error;
}

QString readingWhat(const QString &path)
{
    return QCoreApplication::translate("ProfileStore", "Reading the saved connections from %1")
        .arg(QDir::toNativeSeparators(path));
}

QString writingWhat(const QString &path)
{
    return QCoreApplication::translate("ProfileStore", "Saving the connections to %1")
        .arg(QDir::toNativeSeparators(path));
}

// The profile as it may be kept: the password must never reach the file, even as a libpq keyword.
ConnectionProfile withoutSecrets(ConnectionProfile profile)
{
    profile.options.remove(QStringLiteral("password"));
    return profile;
}

qsizetype indexOf(const QList<ConnectionProfile> &profiles, const QString &name)
{
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).name == name)
            return i;
    }
    return -1;
}

// Reads the profiles of a well-formed file; an empty why means success.
QString parseDocument(const QByteArray &data, QList<ConnectionProfile> *profiles, QString *lastProfile)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QCoreApplication::translate("ProfileStore", "The file is damaged (%1 at byte %2).")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QLatin1String("profiles")).isArray())
        return QCoreApplication::translate("ProfileStore", "The file is damaged: it holds no list of profiles.");
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version > FileVersion)
        return QCoreApplication::translate(
            "ProfileStore", "The file was written by a newer version of SayTruth Studio (format %1).")
            .arg(version);
    if (version != FileVersion)
        return QCoreApplication::translate("ProfileStore", "The file is damaged: its format version is missing.");
    const QJsonArray array = root.value(QLatin1String("profiles")).toArray();
    for (const QJsonValue &value : array) {
        const ConnectionProfile profile = ConnectionProfile::fromJson(value.toObject());
        if (!value.isObject() || profile.name.isEmpty())
            return QCoreApplication::translate("ProfileStore", "The file is damaged: a profile has no name.");
        const qsizetype existing = indexOf(*profiles, profile.name);
        if (existing >= 0)
            (*profiles)[existing] = profile; // the later entry wins, as a later save would have
        else
            profiles->append(profile);
    }
    *lastProfile = root.value(QLatin1String("lastProfile")).toString();
    return {};
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    if (m_filePath.isEmpty())
        m_filePath
            = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles.json");
}

bool ProfileStore::load(Error *error)
{
    QList<ConnectionProfile> profiles;
    QString lastProfile;
    QFile file(m_filePath);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            // Unreadable is treated like damaged: a later save must not replace what we could not see.
            m_fileDamaged = true;
            report(error, storeError(readingWhat(m_filePath), file.errorString()));
            return false;
        }
        const QString why = parseDocument(file.readAll(), &profiles, &lastProfile);
        if (!why.isEmpty()) {
            m_fileDamaged = true;
            m_profiles.clear();
            m_lastProfile.clear();
            Error damaged = storeError(readingWhat(m_filePath), why);
            damaged.detail = QCoreApplication::translate(
                "ProfileStore", "The file is left as it is; saving a connection first keeps a copy of it as %1.")
                                 .arg(QFileInfo(m_filePath).fileName() + QStringLiteral(".damaged"));
            report(error, damaged);
            Q_EMIT changed();
            return false;
        }
    }
    m_fileDamaged = false;
    m_profiles = profiles;
    m_lastProfile = lastProfile;
    Q_EMIT changed();
    return true;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    const qsizetype index = indexOf(m_profiles, name);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

bool ProfileStore::save(const ConnectionProfile &profile, Error *error)
{
    return replace(profile.name, profile, error);
}

bool ProfileStore::replace(const QString &oldName, const ConnectionProfile &profile, Error *error)
{
    if (profile.name.trimmed().isEmpty()) {
        report(error,
            storeError(writingWhat(m_filePath),
                QCoreApplication::translate("ProfileStore", "A connection needs a name to be saved.")));
        return false;
    }
    QList<ConnectionProfile> profiles = m_profiles;
    const qsizetype clash = indexOf(profiles, profile.name);
    const qsizetype index = indexOf(profiles, oldName);
    if (clash >= 0 && clash != index && oldName != profile.name) {
        report(error,
            storeError(writingWhat(m_filePath),
                QCoreApplication::translate("ProfileStore", "A connection named %1 already exists.")
                    .arg(profile.name)));
        return false;
    }
    if (index >= 0)
        profiles[index] = withoutSecrets(profile);
    else
        profiles.append(withoutSecrets(profile));
    const QString lastProfile = m_lastProfile == oldName ? profile.name : m_lastProfile;
    return commit(profiles, lastProfile, error);
}

bool ProfileStore::remove(const QString &name, Error *error)
{
    QList<ConnectionProfile> profiles = m_profiles;
    const qsizetype index = indexOf(profiles, name);
    if (index < 0) {
        report(error,
            storeError(writingWhat(m_filePath),
                QCoreApplication::translate("ProfileStore", "There is no connection named %1.").arg(name)));
        return false;
    }
    profiles.removeAt(index);
    return commit(profiles, m_lastProfile == name ? QString() : m_lastProfile, error);
}

bool ProfileStore::setLastProfileName(const QString &name, Error *error)
{
    if (name == m_lastProfile)
        return true;
    return commit(m_profiles, name, error);
}

// Changes the store only when the file took the change, so memory and file never disagree.
bool ProfileStore::commit(const QList<ConnectionProfile> &profiles, const QString &lastProfile, Error *error)
{
    const QList<ConnectionProfile> oldProfiles = m_profiles;
    const QString oldLast = m_lastProfile;
    m_profiles = profiles;
    m_lastProfile = lastProfile;
    if (!write(error)) {
        m_profiles = oldProfiles;
        m_lastProfile = oldLast;
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool ProfileStore::keepDamagedFile(Error *error)
{
    QString copy = m_filePath + QStringLiteral(".damaged");
    for (int n = 2; QFile::exists(copy); ++n)
        copy = m_filePath + QStringLiteral(".damaged-%1").arg(n);
    if (QFile::exists(m_filePath) && !QFile::rename(m_filePath, copy)) {
        report(error,
            storeError(writingWhat(m_filePath),
                QCoreApplication::translate("ProfileStore", "The damaged file could not be kept aside as %1.")
                    .arg(QDir::toNativeSeparators(copy))));
        return false;
    }
    m_fileDamaged = false;
    return true;
}

bool ProfileStore::write(Error *error)
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        report(error,
            storeError(writingWhat(m_filePath),
                QCoreApplication::translate("ProfileStore", "The folder %1 could not be created.")
                    .arg(QDir::toNativeSeparators(info.absolutePath()))));
        return false;
    }
    if (m_fileDamaged && !keepDamagedFile(error))
        return false;

    QJsonArray array;
    for (const ConnectionProfile &profile : std::as_const(m_profiles))
        array.append(withoutSecrets(profile).toJson());
    QJsonObject root;
    root.insert(QStringLiteral("version"), FileVersion);
    root.insert(QStringLiteral("profiles"), array);
    root.insert(QStringLiteral("lastProfile"), m_lastProfile);

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        report(error, storeError(writingWhat(m_filePath), file.errorString()));
        return false;
    }
    return true;
}
