#pragma once

#include "connection/connectionprofile.h"
#include "connection/session.h"

#include <QSqlDatabase>
#include <QUuid>

// For benchmarks' baselines only: a plain QPSQL connection on the calling thread, opened the way a naive
// client would (Qt's own SQL examples), to compare our models against.
namespace BaselineDatabase {

inline QSqlDatabase open(const ConnectionProfile &profile)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        QStringLiteral("QPSQL"), QStringLiteral("baseline-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    db.setHostName(profile.host);
    db.setPort(profile.port);
    db.setDatabaseName(profile.database);
    db.setUserName(profile.user);
    db.setConnectOptions(Session::connectOptions(profile, QStringLiteral("baseline")));
    db.open();
    return db;
}

} // namespace BaselineDatabase
