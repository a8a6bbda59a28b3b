#include "pgtools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

PgToolVersion PgToolVersion::parse(const QString &versionOutput)
{
    // "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)", "psql (PostgreSQL) 17beta1", "pg_dump (PostgreSQL) 9.6.24"
    static const QRegularExpression pattern(QStringLiteral(R"(\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?)"));
    const QRegularExpressionMatch match = pattern.match(versionOutput);
    PgToolVersion version;
    if (!match.hasMatch())
        return version;
    version.major = match.captured(1).toInt();
    version.minor = match.captured(2).toInt();
    if (version.major < 10 && match.hasCaptured(2)) {
        // Before PostgreSQL 10 the major version had two parts: 9.6.24 is major 9.6; keep 9 and compare
        // minors, which is enough to call it too old for any server this app supports.
        version.text = match.captured(1) + QLatin1Char('.') + match.captured(2)
            + (match.hasCaptured(3) ? QLatin1Char('.') + match.captured(3) : QString());
    } else {
        version.text
            = match.hasCaptured(2) ? match.captured(1) + QLatin1Char('.') + match.captured(2) : match.captured(1);
    }
    return version;
}

QStringList PgTools::searchDirectories(const QString &userDirectory)
{
    QStringList directories;
    if (!userDirectory.isEmpty())
        directories << userDirectory;
    // SAYTRUTH_PG_BIN_PATH (':'-separated) replaces the search below: for packagers, and for tests that need
    // a machine without a fitting client.
    const QString only = qEnvironmentVariable("SAYTRUTH_PG_BIN_PATH");
    if (!only.isEmpty()) {
        directories << only.split(QLatin1Char(':'), Qt::SkipEmptyParts);
        directories.removeDuplicates();
        return directories;
    }
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(
        majors.begin(), majors.end(), [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
    for (const QString &major : majors)
        directories << versions.filePath(major + QStringLiteral("/bin"));
    const QString path = qEnvironmentVariable("PATH");
    for (const QString &entry : path.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        directories << entry;
    directories.removeDuplicates();
    return directories;
}

QList<PgToolInstall> PgTools::discover(const QString &tool, const QStringList &directories)
{
    QList<PgToolInstall> found;
    QSet<QString> seen;
    for (const QString &directory : directories) {
        const QFileInfo candidate(QDir(directory).filePath(tool));
        if (!candidate.isFile() || !candidate.isExecutable())
            continue;
        const QString real = candidate.canonicalFilePath();
        if (real.isEmpty() || seen.contains(real) || QFileInfo(real).fileName() == QLatin1String("pg_wrapper"))
            continue;
        seen.insert(real);
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(candidate.absoluteFilePath(), {QStringLiteral("--version")});
        if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            process.kill();
            process.waitForFinished(1000);
            continue;
        }
        const PgToolVersion version = PgToolVersion::parse(QString::fromLocal8Bit(process.readAll()));
        if (version.isValid())
            found.append({candidate.absoluteFilePath(), version});
    }
    return found;
}

namespace {

QString listInstalled(const QList<PgToolInstall> &installed)
{
    QStringList parts;
    for (const PgToolInstall &install : installed)
        parts << QStringLiteral("%1 (%2)").arg(install.version.text, install.program);
    return parts.join(QStringLiteral(", "));
}

const PgToolInstall *lowestAtLeast(const QList<PgToolInstall> &installed, int major)
{
    const PgToolInstall *best = nullptr;
    for (const PgToolInstall &install : installed) {
        if (install.version.major < major)
            continue;
        if (!best || install.version.major < best->version.major
            || (install.version.major == best->version.major && install.version.minor > best->version.minor))
            best = &install;
    }
    return best;
}

} // namespace

std::optional<PgToolChoice> PgTools::choose(
    const QString &tool, const QList<PgToolInstall> &installed, int minimumMajor, Error *error)
{
    if (const PgToolInstall *best = lowestAtLeast(installed, minimumMajor)) {
        const QString reason = best->version.major == minimumMajor
            ? tr("%1 %2 matches the server's major version %3.").arg(tool, best->version.text).arg(minimumMajor)
            : tr("%1 %2 is the oldest installed version that is not older than the server (%3).")
                  .arg(tool, best->version.text)
                  .arg(minimumMajor);
        return PgToolChoice {best->program, best->version, reason};
    }
    if (error) {
        *error = {tr("Choosing %1").arg(tool),
            installed.isEmpty()
                ? tr("%1 is not installed. Install the package %2.").arg(tool, clientPackage(minimumMajor))
                : tr("The server runs PostgreSQL %1, and every installed %2 is older (%3); an older %2 cannot "
                     "work with a newer server. Install the package %4.")
                      .arg(minimumMajor)
                      .arg(tool, listInstalled(installed), clientPackage(minimumMajor))};
    }
    return std::nullopt;
}

std::optional<PgToolChoice> PgTools::chooseForRestore(
    const QString &tool, const QList<PgToolInstall> &installed, int archiveReaderMajor, int serverMajor, Error *error)
{
    if (const PgToolInstall *best = lowestAtLeast(installed, std::max(archiveReaderMajor, serverMajor))) {
        return PgToolChoice {best->program, best->version,
            tr("%1 %2 can read this file and is not older than the server (%3).")
                .arg(tool, best->version.text)
                .arg(serverMajor)};
    }
    if (const PgToolInstall *best = lowestAtLeast(installed, archiveReaderMajor)) {
        return PgToolChoice {best->program, best->version,
            tr("%1 %2 can read this file; no installed version is as new as the server (%3).")
                .arg(tool, best->version.text)
                .arg(serverMajor)};
    }
    if (error) {
        *error = {tr("Choosing %1").arg(tool),
            installed.isEmpty()
                ? tr("%1 is not installed. Install the package %2.")
                      .arg(tool, clientPackage(std::max(archiveReaderMajor, serverMajor)))
                : tr("This file was written by a newer pg_dump; reading it needs %1 %2 or later, and only %3 is "
                     "installed. Install the package %4.")
                      .arg(tool)
                      .arg(archiveReaderMajor)
                      .arg(listInstalled(installed), clientPackage(archiveReaderMajor))};
    }
    return std::nullopt;
}

QString PgTools::clientPackage(int major)
{
    return QStringLiteral("postgresql-client-%1").arg(major);
}
