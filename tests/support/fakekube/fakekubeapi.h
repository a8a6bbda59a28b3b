#pragma once

#include "fakekubecluster.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>

// The fake API server's answers: routes one HTTP request to discovery, the cluster's objects, access reviews
// or a port-forward upgrade, applying RBAC denials and logging it. Thread-safe: the tests change the cluster
// from their thread while the server answers on its own.
class FakeKubeApi
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QMap<QByteArray, QByteArray> headers; // names lower case
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        // A port-forward upgrade to SPDY/3.1 (status 101): the pod and where its traffic goes.
        bool upgrade = false;
        // A watch: the headers of an endless chunked answer; no event ever comes (nothing changes here).
        bool watch = false;
        QString ns, pod, podUid, forwardTo;
        int forwardLatency = 0; // ms, each way
    };

    Response answer(const Request &request);

    // Runs f on the cluster under the lock.
    template<typename F> auto withCluster(F f)
    {
        QMutexLocker locker(&m_mutex);
        return f(m_cluster);
    }
    void setServerAddress(const QString &hostPort);
    void setDelay(int milliseconds);
    void requireToken(const QString &token);
    void setForwardLatency(int milliseconds);
    int delay() const;
    QStringList requests() const;

private:
    Response route(const Request &request, const QString &path, const QMap<QString, QString> &query);
    Response resource(const Request &request, const QStringList &parts, const QMap<QString, QString> &query);
    Response portForward(const Request &request, const QString &ns, const QString &name);
    Response accessReview(const Request &request);
    static Response json(const QJsonObject &object, int status = 200);
    static Response status(int code, const QString &reason, const QString &message, const QJsonObject &details = {});
    static Response notFound(const QString &resource, const QString &name);
    static Response forbidden(const QString &verb, const QString &resource, const QString &ns, const QString &name);
    QJsonObject apiVersions() const;
    static QJsonObject apiGroupList();
    static QJsonObject coreResources();
    static QJsonObject authorizationResources();
    static QJsonObject version();

    mutable QMutex m_mutex;
    FakeKubeCluster m_cluster;
    QStringList m_requests;
    QString m_serverAddress;
    int m_delay = 0;
    QString m_requiredToken;
    int m_forwardLatency = 0;
};
