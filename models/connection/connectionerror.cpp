#include "connectionerror.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// libpq prefixes messages with the attempt ("connection to server at ... failed: ") and the severity.
QString essentialMessage(const QString &message)
{
    QString text = message.trimmed();
    const int failed = text.lastIndexOf(QLatin1String("failed: "));
    if (failed >= 0)
        text = text.mid(failed + 8);
    static const QRegularExpression severity(QStringLiteral("^(FATAL|ERROR):\\s+"));
    text.remove(severity);
    return text.trimmed();
}

QString quotedName(const QString &message)
{
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    const auto match = quoted.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Where the attempt went, for messages. An empty host is libpq's default socket directory, which only libpq's
// own message names ("connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed"); a hostaddr
// without a host is a TCP address.
QString attemptedHost(const ConnectionProfile &profile, const QString &libpqMessage)
{
    if (!profile.host.isEmpty())
        return profile.host;
    if (const QString address = profile.options.value(QStringLiteral("hostaddr")); !address.isEmpty())
        return address;
    static const QRegularExpression socket(QStringLiteral("on socket \"(.*)/\\.s\\.PGSQL\\.[0-9]+\""));
    const auto match = socket.match(libpqMessage);
    return match.hasMatch() ? match.captured(1) : QStringLiteral("[local]");
}

} // namespace

namespace ConnectionError {

Error connectFailed(const ConnectionProfile &profile, const QString &libpqMessage)
{
    const QString essential = essentialMessage(libpqMessage);
    const QString target = profile.displayTarget();
    const QString host = attemptedHost(profile, libpqMessage);
    const bool socket = host.startsWith(u'/') || host == QLatin1String("[local]");
    Error error {QCoreApplication::translate("ConnectionError", "Connecting to %1").arg(target), essential, {}, {}};
    const auto has = [&](const char *needle) {
        return essential.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    if (has("password authentication failed")) {
        error.why
            = QCoreApplication::translate("ConnectionError", "The server did not accept the password for user \"%1\".")
                  .arg(profile.user);
        error.sqlState = QStringLiteral("28P01");
    } else if (has("no password supplied") || has("fe_sendauth")) {
        error.why = QCoreApplication::translate(
            "ConnectionError", "The server asks for a password for user \"%1\", and none was given.")
                        .arg(profile.user);
        error.sqlState = QStringLiteral("28P01");
    } else if (has("database") && has("does not exist")) {
        error.why = QCoreApplication::translate("ConnectionError", "The database \"%1\" does not exist on this server.")
                        .arg(quotedName(essential));
        error.sqlState = QStringLiteral("3D000");
    } else if (has("role") && has("does not exist")) {
        error.why = QCoreApplication::translate("ConnectionError", "The user \"%1\" does not exist on this server.")
                        .arg(quotedName(essential));
        error.sqlState = QStringLiteral("28000");
    } else if (has("Connection refused") || (has("No such file or directory") && socket)) {
        error.why = QCoreApplication::translate(
            "ConnectionError", "No PostgreSQL server is running at %1, port %2 (the connection was refused).")
                        .arg(host)
                        .arg(profile.port);
        error.detail = QCoreApplication::translate(
            "ConnectionError", "Check that the server is running and that host and port are right.");
    } else if (has("could not translate host name")) {
        error.why
            = QCoreApplication::translate("ConnectionError", "The host name \"%1\" could not be found.").arg(host);
    } else if (has("timeout expired")) {
        error.why
            = QCoreApplication::translate("ConnectionError", "The server at %1 did not answer in time.").arg(host);
    } else if (has("server does not support SSL")) {
        error.why = QCoreApplication::translate(
            "ConnectionError", "The server does not support SSL, but the connection requires it (sslmode=%1).")
                        .arg(profile.sslMode);
    } else if (has("pg_hba.conf")) {
        error.why = QCoreApplication::translate(
            "ConnectionError", "The server's access rules (pg_hba.conf) do not allow this connection.");
        error.detail = essential;
    } else if (has("unsupported startup parameter")) {
        // PgBouncer (a pooler in front of the server) refuses startup parameters it does not know.
        const QString parameter = essential.section(QLatin1Char(':'), -1).trimmed();
        error.why = QCoreApplication::translate("ConnectionError",
            "The connection pooler (PgBouncer) in front of the server refuses the startup parameter \"%1\" that this "
            "profile sends.")
                        .arg(parameter);
        error.detail = QCoreApplication::translate("ConnectionError",
            "Remove \"%1\" from the profile's connection options, or have PgBouncer ignore it "
            "(ignore_startup_parameters).")
                           .arg(parameter);
        error.sqlState = QStringLiteral("08P01");
    } else if (has("too many connections") || has("remaining connection slots")) {
        error.why = QCoreApplication::translate("ConnectionError", "The server has no free connection slots left.");
        error.sqlState = QStringLiteral("53300");
    }
    return error;
}

Error connectionLost(const ConnectionProfile &profile, const QString &libpqMessage)
{
    Error error {QCoreApplication::translate("ConnectionError", "Connection to %1 lost").arg(profile.displayTarget()),
        QCoreApplication::translate("ConnectionError", "The server closed the connection or stopped answering."),
        QStringLiteral("08006"), essentialMessage(libpqMessage)};
    return error;
}

} // namespace ConnectionError
