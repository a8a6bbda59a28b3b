#include "kubesecretread.h"

#include "common/whenfinished.h"
#include "kube/kubectl.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KubeSecretRead", text);
}

} // namespace

void KubeSecretRead::credentials(Kubectl *kubectl, const ConnectionProfile &profile, QObject *context,
    std::function<void(const KubeCredentials &, const Error &)> done)
{
    const KubeTarget &target = profile.kube;
    const QString what = tr("Reading the Secret %1").arg(target.secret);
    const QString path = QStringLiteral("/api/v1/namespaces/%1/secrets/%2")
                             .arg(Kubectl::pathSegment(target.ns), Kubectl::pathSegment(target.secret));
    const bool fixedUser = target.userKey.isEmpty() && !profile.user.isEmpty();
    const QString user = fixedUser ? profile.user : QString();
    whenFinished(
        kubectl->get(path, what), context, [target, what, user, done = std::move(done)](const KubectlResult &result) {
            if (!result.ok) {
                Error error = result.error;
                if (result.failure == KubectlResult::Failure::NotFound)
                    error.why = tr("There is no Secret %1 in the namespace %2.").arg(target.secret, target.ns);
                return done({}, error);
            }
            const KubeCredentials read = KubeSecret::read(result.json(), target.userKey, target.passwordKey, user);
            if (!read.ok())
                return done({}, Error {what, read.problem, {}, {}});
            done(read, {});
        });
}
