#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"
#include "kube/kubesecret.h"

#include <QObject>
#include <functional>

class Kubectl;

namespace KubeSecretRead {

// Reads the credentials of profile.kube's Secret through kubectl (GET of the Secret, decoded in memory only;
// the JSON with its base64 goes with the call) and calls done on context's thread, not at all once context
// is gone: credentials when they were read, else error in words (no Secret, no right to read it, no usable
// password). A fixed user (Bitnami's postgres) is profile.user when the profile names no user key.
void credentials(Kubectl *kubectl, const ConnectionProfile &profile, QObject *context,
    std::function<void(const KubeCredentials &credentials, const Error &error)> done);

} // namespace KubeSecretRead
