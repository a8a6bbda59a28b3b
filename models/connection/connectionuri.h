#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"

#include <QStringList>

// Parses and formats PostgreSQL connection strings: postgresql:// and postgres:// URIs and libpq's
// "key=value" form. Parsing is libpq's own (PQconninfoParse) behind a thin forgiving layer for strings
// people paste from real life (passwords holding @ # ! / and the like). Errors never contain the password.
class ConnectionUri
{
public:
    struct Result
    {
        bool ok = false;
        ConnectionProfile profile; // host, port, database, user, sslMode, options filled
        QString password; // empty when the string had none
        bool hasPassword = false;
        Error error; // set when !ok
        QStringList warnings; // what the forgiving layer had to guess, in words
    };

    static Result parse(const QString &text);

    // A postgresql:// URI for the profile, percent-encoded as libpq expects. The password is included only
    // when given (for copying a full string on purpose); profile names and colours are not part of a URI.
    static QString format(const ConnectionProfile &profile, const QString &password = {});

    // True when the text looks like a URI or a key=value string rather than a bare host name.
    static bool looksLikeConnectionString(const QString &text);
};
