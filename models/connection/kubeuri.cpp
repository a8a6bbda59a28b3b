#include "kubeuri.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

QString decoded(const QString &piece)
{
    return QUrl::fromPercentEncoding(piece.toUtf8());
}

QString encoded(const QString &piece, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(piece, keep));
}

// A DNS-1123 label, as Kubernetes requires for namespaces and (mostly) for Service and pod names.
bool isDnsName(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"));
    return name.size() <= 253 && label.match(name).hasMatch();
}

// Fills the target from "[svc/|pod/]name[:port]"; returns the problem in words, or nothing.
QString readTarget(QStringList segments, KubeTarget *target)
{
    if (segments.size() == 2) {
        const QString kind = segments.takeFirst().toLower();
        if (kind == QLatin1String("pod") || kind == QLatin1String("pods") || kind == QLatin1String("po"))
            target->kind = KubeTarget::Kind::Pod;
        else if (kind == QLatin1String("svc") || kind == QLatin1String("service") || kind == QLatin1String("services"))
            target->kind = KubeTarget::Kind::Service;
        else
            return QCoreApplication::translate(
                "KubeUri", "\"%1\" is not a kind of target: write svc/<name> or pod/<name>.")
                .arg(kind);
    }
    const QString nameAndPort = segments.value(0);
    const qsizetype colon = nameAndPort.indexOf(QLatin1Char(':'));
    target->name = decoded(colon < 0 ? nameAndPort : nameAndPort.left(colon));
    target->port = colon < 0 ? QString() : decoded(nameAndPort.mid(colon + 1));
    if (target->name.isEmpty())
        return QCoreApplication::translate(
            "KubeUri", "The Service or pod name is missing: write k8s://namespace/service/database.");
    if (!isDnsName(target->name))
        return QCoreApplication::translate(
            "KubeUri", "\"%1\" is not a valid Kubernetes name (lower-case letters, digits, '-' and '.').")
            .arg(target->name);
    if (colon >= 0) {
        bool numeric = false;
        const int number = target->port.toInt(&numeric);
        static const QRegularExpression portName(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
        if (numeric ? (number < 1 || number > 65535) : !portName.match(target->port).hasMatch())
            return QCoreApplication::translate("KubeUri", "\"%1\" is neither a port number (1–65535) nor a port name.")
                .arg(target->port);
    }
    return {};
}

// Applies one ?key=value; returns the problem in words, or nothing.
QString readOption(const QString &key, const QString &value, ConnectionUri::Result *result, bool *kindGiven)
{
    KubeTarget &target = result->profile.kube;
    if (key == QLatin1String("secret")) {
        target.secret = value;
        target.credentials = value.isEmpty() ? KubeTarget::Credentials::Typed : KubeTarget::Credentials::Secret;
    } else if (key == QLatin1String("user-key")) {
        target.userKey = value;
    } else if (key == QLatin1String("password-key")) {
        target.passwordKey = value;
    } else if (key == QLatin1String("user")) {
        result->profile.user = value;
    } else if (key == QLatin1String("kubeconfig")) {
        target.kubeconfig = value;
    } else if (key == QLatin1String("sslmode")) {
        static const QStringList modes
            = QStringLiteral("disable allow prefer require verify-ca verify-full").split(u' ');
        if (!modes.contains(value))
            return QCoreApplication::translate("KubeUri", "sslmode \"%1\" is not one of %2.")
                .arg(value, modes.join(QStringLiteral(", ")));
        result->profile.sslMode = value;
    } else if (key == QLatin1String("kind")) {
        if (value != QLatin1String("production") && value != QLatin1String("development"))
            return QCoreApplication::translate("KubeUri", "kind must be production or development, not \"%1\".")
                .arg(value);
        result->profile.kind = ConnectionProfile::kindFromName(value);
        *kindGiven = true;
    } else if (key == QLatin1String("password")) {
        return QCoreApplication::translate(
            "KubeUri", "A k8s:// address carries no password: it is read from the Secret, the keychain or asked for.");
    } else {
        return QCoreApplication::translate("KubeUri",
            "Unknown setting \"%1\": the k8s:// form knows secret, user-key, password-key, user, sslmode, "
            "kubeconfig and kind.")
            .arg(key);
    }
    return {};
}

QString readUri(const QString &text, ConnectionUri::Result *result)
{
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QStringList segments = rest.split(QLatin1Char('/'));
    const QString authority = segments.takeFirst();
    KubeTarget &target = result->profile.kube;
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    target.context = at < 0 ? QString() : decoded(authority.left(at));
    target.ns = decoded(authority.mid(at + 1));
    if (target.ns.isEmpty())
        return QCoreApplication::translate(
            "KubeUri", "The namespace is missing: write k8s://[context@]namespace/service/database.");
    if (!isDnsName(target.ns))
        return QCoreApplication::translate("KubeUri", "\"%1\" is not a valid namespace name.").arg(target.ns);
    if (!segments.isEmpty() && segments.constLast().isEmpty() && segments.size() > 1)
        segments.removeLast(); // "…/service/" has no database: allowed, the Secret may name it
    if (segments.isEmpty())
        return QCoreApplication::translate(
            "KubeUri", "The Service or pod is missing: write k8s://namespace/service/database.");
    QString database;
    const bool kindSegment = segments.size() >= 2
        && QStringList {QStringLiteral("svc"), QStringLiteral("service"), QStringLiteral("services"),
            QStringLiteral("pod"), QStringLiteral("pods"), QStringLiteral("po")}
               .contains(segments.first().toLower());
    if (!kindSegment && segments.size() == 3)
        return QCoreApplication::translate("KubeUri", "\"%1\" is not a kind of target: write svc/<name> or pod/<name>.")
            .arg(segments.first());
    const qsizetype targetLength = kindSegment ? 2 : 1;
    if (segments.size() > targetLength + 1)
        return QCoreApplication::translate(
            "KubeUri", "Too many parts after the namespace: write k8s://namespace/[svc/|pod/]name[:port]/database.");
    if (segments.size() == targetLength + 1)
        database = decoded(segments.takeLast());
    if (const QString problem = readTarget(segments, &target); !problem.isEmpty())
        return problem;
    result->profile.database = database;
    result->profile.host = QStringLiteral("127.0.0.1");
    result->profile.port = 5432; // a placeholder: the forward's local port replaces it at connect time
    result->profile.sslMode = QStringLiteral("disable");
    bool kindGiven = false;
    const QUrlQuery pairs(query);
    for (const auto &[key, value] : pairs.queryItems(QUrl::FullyDecoded)) {
        if (const QString problem = readOption(key, value, result, &kindGiven); !problem.isEmpty())
            return problem;
    }
    if (!kindGiven && (KubeTarget::namesProduction(target.ns) || KubeTarget::namesProduction(target.context)))
        result->profile.kind = ConnectionProfile::Kind::Production;
    return {};
}

} // namespace

bool KubeUri::isKubeUri(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("k8s://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("kubernetes://"), Qt::CaseInsensitive);
}

ConnectionUri::Result KubeUri::parse(const QString &text)
{
    ConnectionUri::Result result;
    const QString why = isKubeUri(text)
        ? readUri(text.trimmed(), &result)
        : QCoreApplication::translate("KubeUri", "A Kubernetes address starts with k8s://.");
    result.ok = why.isEmpty();
    if (!result.ok) {
        result = ConnectionUri::Result();
        result.error.what = QCoreApplication::translate("ConnectionUri", "Reading the connection string");
        result.error.why = why;
    }
    return result;
}

QString KubeUri::format(const ConnectionProfile &profile)
{
    const KubeTarget &target = profile.kube;
    QString text = QStringLiteral("k8s://");
    if (!target.context.isEmpty())
        text += encoded(target.context) + QLatin1Char('@');
    text += encoded(target.ns) + QLatin1Char('/');
    if (target.kind == KubeTarget::Kind::Pod)
        text += QStringLiteral("pod/");
    text += encoded(target.name);
    if (!target.port.isEmpty())
        text += QLatin1Char(':') + encoded(target.port);
    text += QLatin1Char('/') + encoded(profile.database);
    QStringList query;
    const auto add = [&query](const QString &key, const QString &value) {
        query << key + QLatin1Char('=') + value;
    };
    const KubeTarget defaults;
    if (target.credentials == KubeTarget::Credentials::Typed)
        add(QStringLiteral("secret"), QString());
    else if (target.secret != defaults.secret)
        add(QStringLiteral("secret"), encoded(target.secret));
    if (target.credentials == KubeTarget::Credentials::Secret && target.userKey != defaults.userKey)
        add(QStringLiteral("user-key"), encoded(target.userKey));
    if (target.credentials == KubeTarget::Credentials::Secret && target.passwordKey != defaults.passwordKey)
        add(QStringLiteral("password-key"), encoded(target.passwordKey));
    // A Secret without a user key (Bitnami's postgres-password) goes with a fixed user.
    if (!profile.user.isEmpty() && (target.credentials == KubeTarget::Credentials::Typed || target.userKey.isEmpty()))
        add(QStringLiteral("user"), encoded(profile.user));
    if (profile.sslMode != QLatin1String("disable"))
        add(QStringLiteral("sslmode"), profile.sslMode);
    if (!target.kubeconfig.isEmpty())
        add(QStringLiteral("kubeconfig"), encoded(target.kubeconfig, "/"));
    const bool namedProduction = KubeTarget::namesProduction(target.ns) || KubeTarget::namesProduction(target.context);
    if (profile.isProduction() != namedProduction)
        add(QStringLiteral("kind"), ConnectionProfile::kindName(profile.kind));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}
