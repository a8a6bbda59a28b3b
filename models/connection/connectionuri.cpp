#include "connectionuri.h"

#include "connection/kubeuri.h"
#include "connection/pasteduri.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

#include <libpq-fe.h>

namespace {

const QStringList &sslModes()
{
    static const QStringList modes = QStringLiteral("disable allow prefer require verify-ca verify-full").split(u' ');
    return modes;
}

bool parseConninfo(const QByteArray &conninfo, QMap<QString, QString> *values, QString *message)
{
    char *errorMessage = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.constData(), &errorMessage);
    if (!options) {
        *message = errorMessage ? QString::fromUtf8(errorMessage).trimmed() : QStringLiteral("out of memory");
        PQfreemem(errorMessage);
        return false;
    }
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val)
            values->insert(QString::fromLatin1(option->keyword), QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);
    return true;
}

// In "key=value" strings the password runs from "password=" to the next "key=" as far as we can tell
// before libpq has read it; each of its words is treated as secret, since libpq quotes single words.
void addKeyValuePasswords(const QString &text, QStringList *secrets)
{
    static const QRegularExpression password(QStringLiteral("(?:^|\\s)password\\s*=\\s*(.*?)(?=\\s+\\w+\\s*=|$)"));
    for (const QRegularExpressionMatch &match : password.globalMatch(text)) {
        const QString value = match.captured(1);
        *secrets << value << value.split(QRegularExpression(QStringLiteral("[\\s']+")), Qt::SkipEmptyParts);
    }
}

bool touchesSecret(const QString &token, const QStringList &secrets)
{
    return std::any_of(secrets.cbegin(), secrets.cend(),
        [&](const QString &secret) { return !secret.isEmpty() && (secret.contains(token) || token.contains(secret)); });
}

// libpq's message in our words; tokens it quotes are echoed only when they cannot be part of a password.
QString libpqProblem(QString message, const QStringList &secrets)
{
    // libpq quotes the whole URI in some messages; the user has it in front of them, password and all.
    if (const qsizetype quotedUri = message.indexOf(QLatin1String(" in URI: \"")); quotedUri >= 0)
        message.truncate(quotedUri);
    static const QRegularExpression unknownOption(QStringLiteral("^invalid connection option \"(.*)\"$"));
    static const QRegularExpression missingEquals(QStringLiteral("^missing \"=\" after \"(.*)\" in connection"));
    if (const auto match = unknownOption.match(message); match.hasMatch() && !touchesSecret(match.captured(1), secrets))
        return QCoreApplication::translate("ConnectionUri", "PostgreSQL does not know the setting \"%1\".")
            .arg(match.captured(1));
    // Any other word could be a password pasted without its keyword: only keywords are named.
    if (const auto match = missingEquals.match(message); match.hasMatch()
        && PastedUri::libpqKeywords().contains(match.captured(1)) && !touchesSecret(match.captured(1), secrets))
        return QCoreApplication::translate(
            "ConnectionUri", "Every setting must be written as key=value, but \"%1\" has no '='.")
            .arg(match.captured(1));
    if (missingEquals.match(message).hasMatch())
        return QCoreApplication::translate("ConnectionUri",
            "Every setting must be written as key=value, and a value with spaces needs quotes: key='a value'.");
    if (message.startsWith(QLatin1String("unterminated quoted string")))
        return QCoreApplication::translate("ConnectionUri", "A quoted value has no closing quote (').");
    return QCoreApplication::translate("ConnectionUri", "PostgreSQL's client library could not read it: %1")
        .arg(message);
}

QString hostNameProblem(const QString &host)
{
    if (host.startsWith(QLatin1Char('/')))
        return {}; // a socket directory may be any path
    for (QChar c : host) {
        if (c.isLetterOrNumber() || QStringView(u".-_:%").contains(c))
            continue;
        return QCoreApplication::translate("ConnectionUri",
            "The host name contains %1, which a host name cannot "
            "contain.")
            .arg(c.isSpace() ? QCoreApplication::translate("ConnectionUri", "a space") : QStringLiteral("'%1'").arg(c));
    }
    return {};
}

QString portProblem(const QString &port, int *number)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(port).hasMatch())
        return QCoreApplication::translate(
            "ConnectionUri", "The port \"%1\" is not a number; it must be from 1 to 65535.")
            .arg(port);
    *number = port.size() > 5 ? 0 : port.toInt();
    if (*number < 1 || *number > 65535)
        return QCoreApplication::translate("ConnectionUri", "The port %1 is out of range; it must be from 1 to 65535.")
            .arg(port);
    return {};
}

// The libpq keywords a profile keeps in fields of its own rather than in its options.
const QStringList &profileFields()
{
    static const QStringList fields {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("user"),
        QStringLiteral("dbname"), QStringLiteral("password"), QStringLiteral("sslmode")};
    return fields;
}

// Fills the profile from what libpq read, with the checks libpq leaves to connection time.
QString fillProfile(const QMap<QString, QString> &values, ConnectionUri::Result *result)
{
    ConnectionProfile &profile = result->profile;
    const QString host = values.value(QStringLiteral("host"));
    const QString port = values.value(QStringLiteral("port"));
    if (host.contains(QLatin1Char(',')) || port.contains(QLatin1Char(',')))
        return QCoreApplication::translate(
            "ConnectionUri", "Several hosts are given; a connection here goes to one host. Keep the one you want.");
    if (const QString why = hostNameProblem(host); !why.isEmpty())
        return why;
    // An empty or missing host is libpq's default: the Unix socket (peer authentication, no password), not TCP
    // to localhost. The profile keeps it empty so that libpq makes that choice itself when connecting.
    profile.host = host;
    if (const QString why = port.isEmpty() ? QString() : portProblem(port, &profile.port); !why.isEmpty())
        return why;
    profile.sslMode = values.value(QStringLiteral("sslmode"), profile.sslMode);
    if (!sslModes().contains(profile.sslMode))
        return QCoreApplication::translate("ConnectionUri", "Unknown sslmode \"%1\"; use one of %2.")
            .arg(profile.sslMode, sslModes().join(QStringLiteral(", ")));
    profile.user = values.value(QStringLiteral("user"));
    profile.database = values.value(QStringLiteral("dbname"));
    if (profile.database.isEmpty())
        profile.database = profile.user; // libpq's default database is the user's name
    result->hasPassword = values.contains(QStringLiteral("password"));
    result->password = values.value(QStringLiteral("password"));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!profileFields().contains(it.key()))
            profile.options.insert(it.key(), it.value());
    }
    return {};
}

// The last line of defence: whatever a message quotes, the password does not come out.
ConnectionUri::Result finished(ConnectionUri::Result result, const QString &why, QStringList secrets)
{
    // Longest first, so that a secret's encoded form is replaced whole; very short secrets would blank out
    // ordinary words, and they are never echoed in the first place.
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const auto scrubbed = [&secrets](QString text) {
        for (const QString &secret : std::as_const(secrets)) {
            if (secret.size() >= 3)
                text.replace(secret, QStringLiteral("****"));
        }
        return text;
    };
    result.ok = why.isEmpty();
    if (!result.ok) {
        // Nothing half-read leaks out of a failed parse, and "read as you meant" would contradict the error.
        result = ConnectionUri::Result();
        result.error.what = QCoreApplication::translate("ConnectionUri", "Reading the connection string");
        result.error.why = scrubbed(why);
    }
    for (QString &warning : result.warnings)
        warning = scrubbed(warning);
    return result;
}

} // namespace

ConnectionUri::Result ConnectionUri::parse(const QString &text)
{
    if (KubeUri::isKubeUri(text))
        return KubeUri::parse(text);
    Result result;
    QStringList secrets;
    QByteArray conninfo;
    QString why;
    const QString input = text.trimmed();
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch schemeMatch = scheme.match(input);
    if (input.isEmpty()) {
        why = QCoreApplication::translate("ConnectionUri", "The connection string is empty.");
    } else if (schemeMatch.hasMatch()) {
        why = PastedUri::prepare(input, schemeMatch.capturedLength(1), &conninfo, &result.warnings, &secrets);
    } else if (input.contains(QLatin1Char('='))) {
        addKeyValuePasswords(input, &secrets);
        conninfo = input.toUtf8();
    } else {
        why = QCoreApplication::translate("ConnectionUri",
            "This is not a connection string: write postgresql://user@host:port/database or settings such as "
            "host=localhost dbname=saytruth_db.");
    }
    QMap<QString, QString> values;
    QString message;
    if (why.isEmpty() && !parseConninfo(conninfo, &values, &message))
        why = libpqProblem(message, secrets);
    if (why.isEmpty()) {
        secrets << values.value(QStringLiteral("password"));
        why = fillProfile(values, &result);
    }
    return finished(result, why, secrets);
}

QString ConnectionUri::format(const ConnectionProfile &profile, const QString &password)
{
    if (profile.kube.isSet())
        return KubeUri::format(profile); // never a password: it lives in the Secret or the keychain
    const auto encode = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    QString uri = QStringLiteral("postgresql://");
    if (!profile.user.isEmpty() || !password.isEmpty()) {
        uri += encode(profile.user);
        if (!password.isEmpty())
            uri += QLatin1Char(':') + encode(password);
        uri += QLatin1Char('@');
    }
    QStringList query;
    const bool socketDirectory = profile.host.startsWith(QLatin1Char('/'));
    if (socketDirectory)
        query << QStringLiteral("host=") + encode(profile.host); // libpq's way: no path in the authority
    else if (profile.host.contains(QLatin1Char(':')))
        uri += QLatin1Char('[') + QString(profile.host).replace(QLatin1Char('%'), QLatin1String("%25"))
            + QLatin1Char(']');
    else
        uri += encode(profile.host);
    uri += QLatin1Char(':') + QString::number(profile.port) + QLatin1Char('/') + encode(profile.database);

    if (!profile.sslMode.isEmpty() && profile.sslMode != QLatin1String("prefer"))
        query << QStringLiteral("sslmode=") + encode(profile.sslMode);
    for (auto it = profile.options.cbegin(); it != profile.options.cend(); ++it) {
        if (!profileFields().contains(it.key()))
            query << encode(it.key()) + QLatin1Char('=') + encode(it.value());
    }
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

bool ConnectionUri::looksLikeConnectionString(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (KubeUri::isKubeUri(trimmed) || trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return true;
    static const QRegularExpression keyValue(QStringLiteral("(?:^|\\s)[A-Za-z_]+\\s*=\\s*\\S"));
    return keyValue.match(trimmed).hasMatch();
}
