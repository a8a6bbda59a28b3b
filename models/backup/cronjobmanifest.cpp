#include "cronjobmanifest.h"

#include "common/yamlwriter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

const char *const DumpTrailer = "-- PostgreSQL database dump complete";
const QString VolumeName = QStringLiteral("backups");

// The timestamp part of this job's file names, as a glob: "-YYYYMMDD-HHMMSS" and nothing else.
const QString StampGlob = QStringLiteral("-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9].");

bool matches(const char *pattern, const QString &text)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

bool isDnsLabel(const QString &text, int maxLength)
{
    return text.size() <= maxLength && matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", text);
}

bool isDnsSubdomain(const QString &text)
{
    return text.size() <= 253 && matches("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", text);
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

struct CronField
{
    const char *name; // translated by the caller
    int low;
    int high;
    QStringList names; // JAN..DEC, SUN..SAT: their index + low is their number
};

// One value of a field: a number in range, or one of the field's names.
bool cronValue(const QString &text, const CronField &field, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    if (!ok) {
        const qsizetype index = field.names.indexOf(text.toUpper());
        if (index < 0)
            return false;
        *value = int(index) + field.low;
    }
    return *value >= field.low && *value <= field.high;
}

// One comma-separated part of a field: "*", "?", "a", "a-b", each optionally "/step".
bool cronPart(const QString &part, const CronField &field, bool questionMarkAllowed)
{
    QString range = part;
    const qsizetype slash = part.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        bool ok = false;
        const int step = part.mid(slash + 1).toInt(&ok);
        if (!ok || step < 1)
            return false;
        range = part.left(slash);
    }
    if (range == QLatin1String("*") || (questionMarkAllowed && range == QLatin1String("?")))
        return true;
    const QStringList ends = range.split(QLatin1Char('-'));
    int first = 0;
    int last = 0;
    if (ends.size() == 1)
        return cronValue(ends.first(), field, &first);
    return ends.size() == 2 && cronValue(ends.first(), field, &first) && cronValue(ends.last(), field, &last)
        && first <= last;
}

} // namespace

CronJobManifest::CronJobManifest(const CronJobSpec &spec)
    : m_spec(spec)
{
    m_error = validate();
}

Error CronJobManifest::checkSchedule(const QString &schedule)
{
    const QString what = tr("Checking the schedule");
    const QString text = schedule.simplified();
    if (text.startsWith(QLatin1Char('@'))) {
        static const QStringList descriptors {QStringLiteral("@yearly"), QStringLiteral("@annually"),
            QStringLiteral("@monthly"), QStringLiteral("@weekly"), QStringLiteral("@daily"),
            QStringLiteral("@midnight"), QStringLiteral("@hourly")};
        if (descriptors.contains(text))
            return {};
        return {what,
            tr("\"%1\" is not a schedule Kubernetes knows: use five fields, as in \"0 2 * * *\", or one of "
               "@hourly, @daily, @weekly, @monthly, @yearly.")
                .arg(schedule)};
    }
    const QStringList fields = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 5) {
        return {what,
            tr("The schedule \"%1\" has %n field(s); a cron schedule has five: minute, hour, day of month, month "
               "and day of week, as in \"0 2 * * *\" (every day at 02:00).",
                nullptr, int(fields.size()))
                .arg(schedule)};
    }
    static const QStringList months {QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
        QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"), QStringLiteral("JUL"),
        QStringLiteral("AUG"), QStringLiteral("SEP"), QStringLiteral("OCT"), QStringLiteral("NOV"),
        QStringLiteral("DEC")};
    static const QStringList days {QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"),
        QStringLiteral("WED"), QStringLiteral("THU"), QStringLiteral("FRI"), QStringLiteral("SAT")};
    const CronField specs[]
        = {{QT_TR_NOOP("minute"), 0, 59, {}}, {QT_TR_NOOP("hour"), 0, 23, {}}, {QT_TR_NOOP("day of month"), 1, 31, {}},
            {QT_TR_NOOP("month"), 1, 12, months}, {QT_TR_NOOP("day of week"), 0, 6, days}};
    for (int i = 0; i < 5; ++i) {
        const CronField &field = specs[i];
        const bool questionMarkAllowed = i == 2 || i == 4;
        const QStringList parts = fields.at(i).split(QLatin1Char(','));
        for (const QString &part : parts) {
            if (cronPart(part, field, questionMarkAllowed))
                continue;
            return {what,
                tr("The %1 field of the schedule, \"%2\", is not valid: use *, a number from %3 to %4, a range "
                   "a-b, a step such as */15, or a list of these separated by commas.")
                    .arg(tr(field.name), fields.at(i))
                    .arg(field.low)
                    .arg(field.high)};
        }
    }
    return {};
}

Error CronJobManifest::validate() const
{
    const QString what = tr("Writing the backup CronJob");
    auto fail = [&what](const QString &why) {
        return Error {what, why, {}, {}};
    };
    if (!isDnsLabel(m_spec.name, 52))
        return fail(tr("The name \"%1\" cannot name a CronJob: use at most 52 lower-case letters, digits and "
                       "dashes, starting and ending with a letter or digit.")
                        .arg(m_spec.name));
    if (m_spec.kubeNamespace.isEmpty())
        return fail(tr("Choose the namespace the CronJob runs in (for example saytruth-dev or saytruth-prod)."));
    if (!isDnsLabel(m_spec.kubeNamespace, 63))
        return fail(tr("\"%1\" is not a Kubernetes namespace name.").arg(m_spec.kubeNamespace));
    if (const Error schedule = checkSchedule(m_spec.schedule))
        return fail(schedule.why);
    if (!m_spec.timeZone.isEmpty() && !matches("^[A-Za-z0-9_+/-]+$", m_spec.timeZone))
        return fail(tr("\"%1\" is not a time zone name such as Europe/Berlin.").arg(m_spec.timeZone));
    if (m_spec.host.trimmed().isEmpty() || hasControlCharacter(m_spec.host))
        return fail(tr("Give the database server's host: its Service in the cluster, such as postgres-service."));
    if (m_spec.port < 1 || m_spec.port > 65535)
        return fail(tr("The port %1 is not between 1 and 65535.").arg(m_spec.port));
    if (m_spec.database.isEmpty() || hasControlCharacter(m_spec.database))
        return fail(tr("Give the name of the database to back up."));
    if (!isDnsSubdomain(m_spec.secretName))
        return fail(tr("\"%1\" is not a Kubernetes Secret name.").arg(m_spec.secretName));
    for (const QString &key : {m_spec.userKey, m_spec.passwordKey})
        if (key.size() > 253 || !matches("^[-._a-zA-Z0-9]+$", key))
            return fail(tr("\"%1\" is not a key a Secret can hold (letters, digits, '-', '_' and '.').").arg(key));
    if (m_spec.image.isEmpty() && (m_spec.serverMajor < 9 || m_spec.serverMajor > 99))
        return fail(tr("The server's major version %1 does not name a postgres image.").arg(m_spec.serverMajor));
    if (!isDnsSubdomain(m_spec.claimName))
        return fail(tr("\"%1\" is not a PersistentVolumeClaim name.").arg(m_spec.claimName));
    if (!m_spec.mountPath.startsWith(QLatin1Char('/')) || m_spec.mountPath.contains(QLatin1Char(':'))
        || hasControlCharacter(m_spec.mountPath))
        return fail(tr("The backups folder \"%1\" must be an absolute path without ':'.").arg(m_spec.mountPath));
    const QString prefix = filePrefix();
    if (prefix.isEmpty() || prefix.contains(QLatin1Char('/')) || prefix.startsWith(QLatin1Char('.'))
        || hasControlCharacter(prefix))
        return fail(
            tr("\"%1\" cannot start a file name: it must not be empty, contain '/' or start with '.'.").arg(prefix));
    if (m_spec.keepLast < 1)
        return fail(tr("Keep at least the newest backup (the retention is %1).").arg(m_spec.keepLast));
    if (m_spec.backup.compressLevel < -1 || m_spec.backup.compressLevel > 9)
        return fail(tr("pg_dump compresses at levels 0 to 9, not %1.").arg(m_spec.backup.compressLevel));
    if (m_spec.backoffLimit < 0 || m_spec.activeDeadlineSeconds < 0)
        return fail(tr("Retries and the time limit cannot be negative."));
    return {};
}

CronJobSpec CronJobManifest::specFor(const ConnectionProfile &profile, const BackupOptions &options)
{
    CronJobSpec spec;
    spec.database = profile.database;
    spec.backup = options;
    spec.backup.filePath.clear();
    return spec;
}

QString CronJobManifest::imageName() const
{
    return m_spec.image.isEmpty() ? QStringLiteral("postgres:%1").arg(m_spec.serverMajor) : m_spec.image;
}

QString CronJobManifest::filePrefix() const
{
    return m_spec.filePrefix.isEmpty() ? m_spec.name : m_spec.filePrefix;
}

QString CronJobManifest::suffix(BackupFormat format)
{
    // A custom archive compressed by pg_dump itself, not wrapped in zstd: no ".zst".
    return format == BackupFormat::Custom ? QStringLiteral("dump") : BackupCommand::suffix(format);
}

QString CronJobManifest::dumpCommand() const
{
    const BackupOptions &options = m_spec.backup;
    const int level = std::clamp(
        options.compressLevel >= 0 ? options.compressLevel : BackupCommand::defaultLevel(options.format), 0, 9);
    QStringList arguments;
    switch (options.format) {
    case BackupFormat::Custom: // pg_dump's own gzip inside the archive: the official image has no zstd
        arguments << QStringLiteral("--format=custom") << QStringLiteral("--compress=%1").arg(level);
        break;
    case BackupFormat::Directory:
        arguments << QStringLiteral("--format=directory") << QStringLiteral("--jobs=%1").arg(std::max(1, options.jobs))
                  << QStringLiteral("--compress=%1").arg(level);
        break;
    case BackupFormat::Tar:
        arguments << QStringLiteral("--format=tar");
        break;
    case BackupFormat::Plain:
        arguments << QStringLiteral("--format=plain");
        break;
    case BackupFormat::PlainGzip: // pg_dump gzips plain output itself: no pipe whose status dash would lose
        arguments << QStringLiteral("--format=plain") << QStringLiteral("--compress=%1").arg(std::max(1, level));
        break;
    }
    arguments << BackupCommand::selectionArguments(options);
    QStringList words {QStringLiteral("pg_dump")};
    for (const QString &argument : std::as_const(arguments))
        words << BackupCommand::shellQuote(argument);
    return words.join(QLatin1Char(' ')) + QStringLiteral(" --file=\"$partial\"");
}

// A shell condition that is true only when the whole of "$partial" reads back.
QString CronJobManifest::verifyCommand() const
{
    const QString trailer = BackupCommand::shellQuote(QString::fromLatin1(DumpTrailer));
    switch (m_spec.backup.format) {
    case BackupFormat::Custom:
    case BackupFormat::Directory:
        return QStringLiteral("pg_restore --file=/dev/null \"$partial\"");
    case BackupFormat::Tar: // pg_restore can spin forever on a tar cut short inside a member: walk it first
        return QStringLiteral("tar -tf \"$partial\" >/dev/null && pg_restore --file=/dev/null \"$partial\"");
    case BackupFormat::Plain:
        return QStringLiteral("tail -c 4096 \"$partial\" | grep -qF -- %1").arg(trailer);
    case BackupFormat::PlainGzip: // gzip -t checks every CRC; the trailer shows the stream was not cut short
        return QStringLiteral("gzip -t \"$partial\" && gzip -dc \"$partial\" | tail -c 4096 | grep -qF -- %1")
            .arg(trailer);
    }
    return QStringLiteral("false");
}

QString CronJobManifest::script() const
{
    if (!isValid())
        return {};
    const QString backups = QStringLiteral("\"$dir/$prefix\"") + StampGlob;
    QString script = QStringLiteral(
        "# Written by SayTruth Studio: back up to a .partial, check pg_dump, read the result back, only then\n"
        "# name it; keep this job's newest backups and never touch other files.\n"
        "set -eu\n"
        "# pipefail where the shell has it (busybox in -alpine images); nothing below needs it (dash has none)\n"
        "if (set -o pipefail) 2>/dev/null; then set -o pipefail; fi\n");
    script += QStringLiteral("dir=") + BackupCommand::shellQuote(m_spec.mountPath) + QLatin1Char('\n');
    script += QStringLiteral("prefix=") + BackupCommand::shellQuote(filePrefix()) + QLatin1Char('\n');
    script += QStringLiteral("suffix=") + suffix(m_spec.backup.format) + QLatin1Char('\n');
    script += QStringLiteral("keep=%1\n").arg(m_spec.keepLast);
    script += QStringLiteral("stamp=$(date -u +%Y%m%d-%H%M%S)\n"
                             "final=\"$dir/$prefix-$stamp.$suffix\"\n"
                             "partial=\"$final.partial\"\n"
                             "trap 'rm -rf -- \"$partial\"' EXIT\n"
                             "trap 'exit 143' TERM\n"
                             "trap 'exit 130' INT\n"
                             "# A run killed earlier (evicted, out of memory) may have left its .partial; with\n"
                             "# concurrencyPolicy Forbid no other run of this job is writing one now.\n");
    script += QStringLiteral("for old in ") + backups
        + QStringLiteral("\"$suffix.partial\"; do\n"
                         "    if [ -e \"$old\" ]; then rm -rf -- \"$old\"; fi\n"
                         "done\n");
    script += QStringLiteral("printf 'Backing up %s on %s:%s to %s\\n' \"${PGDATABASE-}\" \"${PGHOST-}\" "
                             "\"${PGPORT-}\" \"$final\"\n");
    script += QStringLiteral("if ! ") + dumpCommand()
        + QStringLiteral("; then\n"
                         "    echo 'pg_dump failed: no backup was written.' >&2\n"
                         "    exit 1\n"
                         "fi\n");
    script += QStringLiteral("if ! { ") + verifyCommand()
        + QStringLiteral(
            "; }; then\n"
            "    echo 'The backup does not read back completely: it is not kept.' >&2\n"
            "    exit 1\n"
            "fi\n"
            "if [ -e \"$final\" ]; then\n"
            "    printf '%s exists already: not overwritten.\\n' \"$final\" >&2\n"
            "    exit 1\n"
            "fi\n"
            "mv -- \"$partial\" \"$final\"\n"
            "printf 'Verified: %s\\n' \"$final\"\n"
            "# Retention: the glob lists this job's backups oldest first (the UTC stamp sorts as text).\n");
    script += QStringLiteral("set -- ") + backups + QStringLiteral("\"$suffix\"\n");
    script += QStringLiteral("if [ ! -e \"$1\" ]; then shift; fi\n"
                             "while [ \"$#\" -gt \"$keep\" ]; do\n"
                             "    printf 'Retention: removing %s\\n' \"$1\"\n"
                             "    rm -rf -- \"$1\"\n"
                             "    shift\n"
                             "done\n");
    return script;
}

QJsonObject CronJobManifest::toJson() const
{
    if (!isValid())
        return {};
    const QJsonObject labels {{QStringLiteral("app.kubernetes.io/name"), QStringLiteral("postgres-backup")},
        {QStringLiteral("app.kubernetes.io/instance"), m_spec.name},
        {QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("saytruth-studio")}};
    auto value = [](const QString &name, const QString &text) {
        return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("value"), text}};
    };
    auto secret = [this](const QString &name, const QString &key) {
        const QJsonObject reference {{QStringLiteral("name"), m_spec.secretName}, {QStringLiteral("key"), key}};
        return QJsonObject {{QStringLiteral("name"), name},
            {QStringLiteral("valueFrom"), QJsonObject {{QStringLiteral("secretKeyRef"), reference}}}};
    };
    const QJsonArray env {value(QStringLiteral("PGHOST"), m_spec.host),
        value(QStringLiteral("PGPORT"), QString::number(m_spec.port)),
        value(QStringLiteral("PGDATABASE"), m_spec.database),
        value(QStringLiteral("PGAPPNAME"), QStringLiteral("saytruth-backup")),
        secret(QStringLiteral("PGUSER"), m_spec.userKey), secret(QStringLiteral("PGPASSWORD"), m_spec.passwordKey)};
    const QJsonObject container {{QStringLiteral("name"), QStringLiteral("backup")},
        {QStringLiteral("image"), imageName()},
        {QStringLiteral("command"), QJsonArray {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script()}},
        {QStringLiteral("env"), env},
        {QStringLiteral("volumeMounts"),
            QJsonArray {
                QJsonObject {{QStringLiteral("name"), VolumeName}, {QStringLiteral("mountPath"), m_spec.mountPath}}}}};
    const QJsonObject volume {{QStringLiteral("name"), VolumeName},
        {QStringLiteral("persistentVolumeClaim"), QJsonObject {{QStringLiteral("claimName"), m_spec.claimName}}}};
    // Never: a failed attempt's pod and its log stay for "kubectl logs"; a retry starts in a fresh pod.
    const QJsonObject podSpec {{QStringLiteral("restartPolicy"), QStringLiteral("Never")},
        {QStringLiteral("containers"), QJsonArray {container}}, {QStringLiteral("volumes"), QJsonArray {volume}}};
    QJsonObject jobSpec {{QStringLiteral("backoffLimit"), m_spec.backoffLimit},
        {QStringLiteral("template"),
            QJsonObject {{QStringLiteral("metadata"), QJsonObject {{QStringLiteral("labels"), labels}}},
                {QStringLiteral("spec"), podSpec}}}};
    // A hung run would otherwise hold every later one back forever under Forbid.
    if (m_spec.activeDeadlineSeconds > 0)
        jobSpec.insert(QStringLiteral("activeDeadlineSeconds"), m_spec.activeDeadlineSeconds);
    QJsonObject cronSpec {{QStringLiteral("schedule"), m_spec.schedule.simplified()},
        {QStringLiteral("concurrencyPolicy"), QStringLiteral("Forbid")},
        // Missed by more than an hour (controller down): skip it rather than start at a busy time.
        {QStringLiteral("startingDeadlineSeconds"), 3600}, {QStringLiteral("successfulJobsHistoryLimit"), 3},
        {QStringLiteral("failedJobsHistoryLimit"), 3},
        {QStringLiteral("jobTemplate"), QJsonObject {{QStringLiteral("spec"), jobSpec}}}};
    if (!m_spec.timeZone.isEmpty())
        cronSpec.insert(QStringLiteral("timeZone"), m_spec.timeZone);
    return {{QStringLiteral("apiVersion"), QStringLiteral("batch/v1")},
        {QStringLiteral("kind"), QStringLiteral("CronJob")},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("name"), m_spec.name}, {QStringLiteral("namespace"), m_spec.kubeNamespace},
                {QStringLiteral("labels"), labels}}},
        {QStringLiteral("spec"), cronSpec}};
}

QString CronJobManifest::toYaml() const
{
    if (!isValid())
        return {};
    return QStringLiteral("# kubectl apply -f this file. Written by SayTruth Studio; the password stays in Secret ")
        + m_spec.secretName + QStringLiteral(".\n") + YamlWriter::write(toJson());
}
