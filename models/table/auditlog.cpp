#include "auditlog.h"

#include "connection/connectionprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

AuditLog::AuditLog(const QString &filePath)
    : m_filePath(filePath.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl")
            : filePath)
{ }

bool AuditLog::append(const ConnectionProfile &profile, const QString &databaseUser,
    const QList<PendingChange> &changes, const QString &reason, Error *error)
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    if (!file.open(QIODevice::Append | QIODevice::WriteOnly)) {
        if (error)
            *error = {QCoreApplication::translate("AuditLog", "Writing the audit log %1").arg(m_filePath),
                file.errorString()};
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QString osUser = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    QByteArray lines;
    for (const PendingChange &change : changes) {
        const auto kind = change.kind == RowState::Inserted ? QStringLiteral("insert")
            : change.kind == RowState::Deleted              ? QStringLiteral("delete")
                                                            : QStringLiteral("update");
        QJsonObject before, after;
        for (int i = 0; i < change.columns.size(); ++i) {
            // Secrets stay out of the log even when the user edited them.
            const bool secret = change.columns[i].contains(QLatin1String("password"), Qt::CaseInsensitive)
                || change.columns[i].contains(QLatin1String("secret"), Qt::CaseInsensitive)
                || change.columns[i].contains(QLatin1String("token"), Qt::CaseInsensitive);
            before.insert(change.columns[i],
                secret ? QJsonValue(QStringLiteral("***")) : QJsonValue::fromVariant(change.before.value(i)));
            after.insert(change.columns[i],
                secret ? QJsonValue(QStringLiteral("***")) : QJsonValue::fromVariant(change.after.value(i)));
        }
        const QJsonObject entry {
            {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("osUser"), osUser},
            {QStringLiteral("databaseUser"), databaseUser},
            {QStringLiteral("profile"), profile.name.isEmpty() ? profile.displayTarget() : profile.name},
            {QStringLiteral("table"), change.table},
            {QStringLiteral("change"), kind},
            {QStringLiteral("key"), QJsonArray::fromVariantList(change.rowKey)},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after},
            {QStringLiteral("reason"), reason},
        };
        lines += QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    }
    if (file.write(lines) != lines.size()) {
        if (error)
            *error = {QCoreApplication::translate("AuditLog", "Writing the audit log %1").arg(m_filePath),
                file.errorString()};
        return false;
    }
    return true;
}
