#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A PostgreSQL client program's version as its --version prints it: "pg_dump (PostgreSQL) 15.18 (Debian …)".
struct PgToolVersion
{
    int major = 0;
    int minor = 0;
    QString text; // "15.18"

    bool isValid() const { return major > 0; }
    static PgToolVersion parse(const QString &versionOutput);
};

// One installed copy of a client program.
struct PgToolInstall
{
    QString program; // absolute path of the real binary (never Debian's pg_wrapper)
    PgToolVersion version;
};

// The copy chosen for a job, and why, in words the wizard shows.
struct PgToolChoice
{
    QString program;
    PgToolVersion version;
    QString reason;
};

// Finds pg_dump, pg_restore and psql and picks the right one for a server before anything starts: the lowest
// major version that is at least the server's (a pg_dump older than its server refuses to run; a much newer
// one writes archives older tools cannot read).
class PgTools
{
    Q_DECLARE_TR_FUNCTIONS(PgTools)
public:
    // Where to look, best first: the folder the user set, Debian's /usr/lib/postgresql/<major>/bin (newest
    // first), then PATH. Symlinks to Debian's pg_wrapper are resolved away: the wrapper picks a version by its
    // own rules, which is what this class is for. SAYTRUTH_PG_BIN_PATH, when set, replaces all but the user's.
    static QStringList searchDirectories(const QString &userDirectory = {});
    // Every distinct installed copy of tool in directories, with its version (runs "tool --version" on each;
    // blocking, a few milliseconds each: call it off the GUI thread).
    static QList<PgToolInstall> discover(const QString &tool, const QStringList &directories);

    // The lowest major that is at least minimumMajor. Without one, error says what is installed and which
    // Debian package brings a suitable one.
    static std::optional<PgToolChoice> choose(
        const QString &tool, const QList<PgToolInstall> &installed, int minimumMajor, Error *error);
    // For restoring: a tool that can read an archive written with archiveReaderMajor and, when one is
    // installed, is at least as new as the server (its SQL then matches the server); otherwise the lowest
    // that can read it.
    static std::optional<PgToolChoice> chooseForRestore(const QString &tool, const QList<PgToolInstall> &installed,
        int archiveReaderMajor, int serverMajor, Error *error);

    static QString clientPackage(int major); // "postgresql-client-17"
};
