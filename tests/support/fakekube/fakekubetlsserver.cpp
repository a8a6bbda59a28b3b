#include "fakekubetlsserver.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace {

// Made for these tests alone (openssl req -x509 -newkey ec, P-256, 100 years, subjectAltName 127.0.0.1 and
// localhost); it protects nothing.
const char certificate[] = R"(
-----BEGIN CERTIFICATE-----
MIIBxDCCAWmgAwIBAgIUdvFrGblFaK3fsdmPgIN1UIGCZIcwCgYIKoZIzj0EAwIw
KDEmMCQGA1UEAwwdc2F5dHJ1dGggZmFrZSBrdWJlIEFQSSBzZXJ2ZXIwIBcNMjYx
MjAxMDUzNDUxWhgPMjEyNjExMDcwNTM0NTFaMCgxJjAkBgNVBAMMHXNheXRydXRo
IGZha2Uga3ViZSBBUEkgc2VydmVyMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
SLyRR8bRNz/gDp5pHulzd5XA0yMT/NyCfxRslDVzna0//wFztWrunwlgqs2R7RNr
ghwG3y/65F5pT0GBVyKu6qNvMG0wHQYDVR0OBBYEFLx4A0aB6tBAKhuaYe9eg3LI
6r01MB8GA1UdIwQYMBaAFLx4A0aB6tBAKhuaYe9eg3LI6r01MA8GA1UdEwEB/wQF
MAMBAf8wGgYDVR0RBBMwEYcEfwAAAYIJbG9jYWxob3N0MAoGCCqGSM49BAMCA0kA
MEYCIQCnQSG45LmpPGjxW38zyPKGyhHqaZlovu8k1QhwGAvO0QIhAKr02sRPyYZx
YP1u0gnzvXiH7LXNMGXqSWfNlEvWpRd/
-----END CERTIFICATE-----
)";

const char privateKey[] = R"(
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+c0tRZge8DEtLDJ1
TmOadE62m4prOdYpWFKMzBMVm4WhRANCAARIvJFHxtE3P+AOnmke6XN3lcDTIxP8
3IJ/FGyUNXOdrT//AXO1au6fCWCqzZHtE2uCHAbfL/rkXmlPQYFXIq7q
-----END PRIVATE KEY-----
)";

} // namespace

bool FakeKubeTlsServer::isSupported()
{
    return QSslSocket::supportsSsl();
}

void FakeKubeTlsServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(QSslCertificate(QByteArray(certificate)));
    socket->setPrivateKey(QSslKey(QByteArray(privateKey), QSsl::Ec));
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->startServerEncryption();
    addPendingConnection(socket);
}
