#include "pasteduri.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cctype>

#include <libpq-fe.h>

using PastedUri::libpqKeywords;

namespace {

// Percent-encodes a user name or password for libpq, keeping escapes that are already valid (a '%' not
// followed by two hex digits is literal). Collects the characters a URI requires to be encoded there.
QByteArray encodeUserinfoPiece(const QString &piece, QList<QChar> *unencoded)
{
    static const QByteArray unreserved("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
    static const QByteArray mustEncode("@#/?[]% \"<>\\^`{|}");
    const QByteArray utf8 = piece.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c == '%' && i + 2 < utf8.size() && std::isxdigit(uchar(utf8.at(i + 1)))
            && std::isxdigit(uchar(utf8.at(i + 2)))) {
            out += utf8.mid(i, 3);
            i += 2;
        } else if (unreserved.contains(c)) {
            out += c;
        } else {
            out += '%' + QByteArray::number(uchar(c), 16).rightJustified(2, '0').toUpper();
            if (mustEncode.contains(c) && !unencoded->contains(QLatin1Char(c)))
                unencoded->append(QLatin1Char(c));
        }
    }
    return out;
}

// "The password contains '@' and '#', which should be percent-encoded (%40, %23); read as you meant."
QString unencodedWarning(bool password, const QList<QChar> &chars)
{
    QStringList quoted;
    QStringList codes;
    for (QChar c : chars) {
        quoted << (c == QLatin1Char(' ') ? QCoreApplication::translate("ConnectionUri", "a space")
                                         : QStringLiteral("'%1'").arg(c));
        codes << QString::fromLatin1(QUrl::toPercentEncoding(QString(c)));
    }
    QString list = quoted.constLast();
    if (quoted.size() > 1)
        list = QCoreApplication::translate("ConnectionUri", "%1 and %2")
                   .arg(QStringList(quoted.cbegin(), quoted.cend() - 1).join(QStringLiteral(", ")), list);
    const QString text = password ? QCoreApplication::translate("ConnectionUri",
                             "The password contains %1, which should be percent-encoded (%2); read as you meant.")
                                  : QCoreApplication::translate("ConnectionUri",
                                      "The user name contains %1, which should be percent-encoded (%2); read as you "
                                      "meant.");
    return text.arg(list, codes.join(QStringLiteral(", ")));
}

// Where the query starts: the first '?' followed by a libpq keyword and '='. Any other '?' may belong to a
// password.
qsizetype queryStart(const QString &text)
{
    static const QRegularExpression keyword(QStringLiteral("^([A-Za-z_%0-9]+)="));
    for (qsizetype i = text.indexOf(QLatin1Char('?')); i >= 0; i = text.indexOf(QLatin1Char('?'), i + 1)) {
        const QRegularExpressionMatch match = keyword.match(text.mid(i + 1));
        if (match.hasMatch() && libpqKeywords().contains(QUrl::fromPercentEncoding(match.captured(1).toUtf8())))
            return i;
    }
    return -1;
}

struct UriParts
{
    bool hasUserinfo = false;
    bool hasPassword = false;
    QString user; // as written
    QString password;
    QString rest; // host, port, path and query as written
};

// People paste passwords with '@', '/' and '?' unencoded, so the userinfo ends at the last '@' before the
// query rather than at libpq's first '@' or '/'. A '@' after a '/' in what would be the user name belongs
// to the database name instead.
UriParts splitUserinfo(const QString &afterScheme)
{
    UriParts parts;
    parts.rest = afterScheme;
    const qsizetype query = queryStart(afterScheme);
    qsizetype from = query < 0 ? afterScheme.size() - 1 : query - 1;
    while (from >= 0) {
        const qsizetype at = afterScheme.lastIndexOf(QLatin1Char('@'), from);
        if (at < 0)
            break;
        const QString userinfo = afterScheme.left(at);
        const qsizetype colon = userinfo.indexOf(QLatin1Char(':'));
        const QString user = colon < 0 ? userinfo : userinfo.left(colon);
        if (!user.contains(QLatin1Char('/')) && !user.contains(QLatin1Char('?'))) {
            parts.hasUserinfo = true;
            parts.user = user;
            parts.hasPassword = colon >= 0;
            parts.password = colon < 0 ? QString() : userinfo.mid(colon + 1);
            parts.rest = afterScheme.mid(at + 1);
            break;
        }
        from = at - 1;
    }
    return parts;
}

// "pa@host/x" could be a password, or a password "pa" followed by a host and a database "x@...": there is
// no telling, so the user has to encode one of the characters. The second reading stands only when any '?'
// after that '/' starts a query libpq accepts.
bool isAmbiguousPassword(const QString &password, const QString &rest)
{
    static const QRegularExpression hostThenSlash(
        QStringLiteral("@(\\[[0-9A-Fa-f:.%]*\\]|[A-Za-z0-9._-]+)(:[0-9]*)?/"));
    const QRegularExpressionMatch match = hostThenSlash.match(password);
    if (!match.hasMatch())
        return false;
    const QString tail = password.mid(match.capturedEnd()) + QLatin1Char('@') + rest;
    const qsizetype question = tail.indexOf(QLatin1Char('?'));
    return question < 0 || queryStart(tail) == question;
}

bool hasSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// The checks libpq does not make on host and port before connecting, or makes with the whole string
// (password included) in its message. Like all checks here, returns why the text is wrong, or nothing.
QString hostSpecProblem(const QString &hostSpec, bool hasUserinfo)
{
    if (hasSpace(hostSpec))
        return QCoreApplication::translate(
            "ConnectionUri", "There is a space in the host or port; a host name cannot contain spaces.");
    const qsizetype open = hostSpec.indexOf(QLatin1Char('['));
    const qsizetype close = hostSpec.indexOf(QLatin1Char(']'), open + 1);
    if (open >= 0 && close < 0)
        return QCoreApplication::translate("ConnectionUri", "The IPv6 address after '[' has no closing ']'.");
    if (open >= 0 && close == open + 1)
        return QCoreApplication::translate("ConnectionUri", "The brackets '[]' hold no IPv6 address.");
    const QChar afterClose = close >= 0 && close + 1 < hostSpec.size() ? hostSpec.at(close + 1) : QChar(u':');
    if (open >= 0 && afterClose != QLatin1Char(':') && afterClose != QLatin1Char(','))
        return QCoreApplication::translate(
            "ConnectionUri", "Only ':' and a port may follow the IPv6 address in brackets.");
    // Without an '@', "user:secret/db" reads as host "user" and port "secret": never echo that port.
    const qsizetype colon = hostSpec.lastIndexOf(QLatin1Char(':'));
    static const QRegularExpression digits(QStringLiteral("^[0-9,]*$"));
    if (!hasUserinfo && colon > close && !digits.match(hostSpec.mid(colon + 1)).hasMatch())
        return QCoreApplication::translate("ConnectionUri",
            "The port is not a number. If the text after ':' is a password, the '@' and the host after it are "
            "missing (user:password@host).");
    return {};
}

// libpq rejects empty parameters and a second '=' in a value; both are common in pasted strings
// ("?options=-c search_path=x", a trailing '&'), so the value's '=' is encoded and empty ones dropped.
QString queryProblem(const QString &query, QString *normalized)
{
    QStringList parameters;
    for (const QString &parameter : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        if (equals < 0)
            return QCoreApplication::translate(
                "ConnectionUri", "The parameter \"%1\" after '?' has no value; write it as %1=value.")
                .arg(parameter);
        const QString key = QUrl::fromPercentEncoding(parameter.left(equals).toUtf8());
        QString value = parameter.mid(equals + 1);
        if (!libpqKeywords().contains(key))
            return QCoreApplication::translate("ConnectionUri",
                "PostgreSQL does not know the parameter \"%1\" after '?'. Known ones include sslmode, "
                "connect_timeout, application_name, options and sslrootcert.")
                .arg(key);
        if (key == QLatin1String("ssl") && value != QLatin1String("true"))
            return QCoreApplication::translate(
                "ConnectionUri", "The parameter ssl may only be true (it means sslmode=require); use sslmode instead.");
        parameters << parameter.left(equals + 1) + value.replace(QLatin1Char('='), QLatin1String("%3D"));
    }
    *normalized = parameters.join(QLatin1Char('&'));
    return {};
}

// Checks and normalizes what follows the userinfo: host spec, database path and query.
QString restProblem(QString *rest, bool hasUserinfo)
{
    const qsizetype query = rest->indexOf(QLatin1Char('?'));
    const QString beforeQuery = rest->left(query < 0 ? rest->size() : query);
    const QString hostSpec = beforeQuery.section(QLatin1Char('/'), 0, 0);
    if (const QString why = hostSpecProblem(hostSpec, hasUserinfo); !why.isEmpty())
        return why;
    if (hasSpace(beforeQuery.mid(hostSpec.size())))
        return QCoreApplication::translate("ConnectionUri",
            "There is a space after the host: a database name cannot contain a raw space (write it as %20), and "
            "further settings go after '?' as key=value.");
    QString normalizedQuery;
    if (query < 0)
        return {};
    if (const QString why = queryProblem(rest->mid(query + 1), &normalizedQuery); !why.isEmpty())
        return why;
    *rest = beforeQuery + (normalizedQuery.isEmpty() ? QString() : QLatin1Char('?') + normalizedQuery);
    return {};
}

// Values of "password=" in a query, which libpq also accepts; they must not show in messages either.
void addQueryPasswords(const QString &text, QStringList *secrets)
{
    static const QRegularExpression password(QStringLiteral("[?&]password=([^&]*)"));
    for (const QRegularExpressionMatch &match : password.globalMatch(text))
        *secrets << match.captured(1) << QUrl::fromPercentEncoding(match.captured(1).toUtf8());
}

} // namespace

namespace PastedUri {

const QSet<QString> &libpqKeywords()
{
    static const QSet<QString> keywords = [] {
        QSet<QString> set {QStringLiteral("ssl")}; // URI only: libpq's alias "ssl=true" for sslmode=require
        if (PQconninfoOption *options = PQconninfoParse("", nullptr)) {
            for (PQconninfoOption *option = options; option->keyword; ++option)
                set.insert(QString::fromLatin1(option->keyword));
            PQconninfoFree(options);
        }
        return set;
    }();
    return keywords;
}

QString prepare(
    const QString &input, qsizetype schemeLength, QByteArray *conninfo, QStringList *warnings, QStringList *secrets)
{
    const QString scheme = input.left(schemeLength).toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return QCoreApplication::translate("ConnectionUri",
            "Unknown scheme \"%1\": a PostgreSQL connection string starts with postgresql:// or postgres://.")
            .arg(input.left(schemeLength));
    const QString afterScheme = input.mid(schemeLength + 3);
    UriParts parts = splitUserinfo(afterScheme);
    addQueryPasswords(afterScheme, secrets);
    if (parts.hasPassword)
        *secrets << parts.password << QString::fromLatin1(QUrl::toPercentEncoding(parts.password));
    if (parts.hasPassword && isAmbiguousPassword(parts.password, parts.rest))
        return QCoreApplication::translate("ConnectionUri",
            "It is unclear where the password ends: it is followed by a second '@' with a '/' after it. If the "
            "password contains '@', write it as %40; if it contains '/', write it as %2F.");
    if (const QString why = restProblem(&parts.rest, parts.hasUserinfo); !why.isEmpty())
        return why;

    *conninfo = scheme.toLatin1() + "://";
    if (parts.hasUserinfo) {
        QList<QChar> userChars;
        QList<QChar> passwordChars;
        *conninfo += encodeUserinfoPiece(parts.user, &userChars);
        if (parts.hasPassword) {
            const QByteArray password = encodeUserinfoPiece(parts.password, &passwordChars);
            *secrets << QString::fromLatin1(password);
            *conninfo += ':' + password;
        }
        *conninfo += '@';
        if (!userChars.isEmpty())
            *warnings << unencodedWarning(false, userChars);
        if (!passwordChars.isEmpty())
            *warnings << unencodedWarning(true, passwordChars);
    }
    *conninfo += parts.rest.toUtf8();
    return {};
}

} // namespace PastedUri
