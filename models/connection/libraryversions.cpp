#include "connection/libraryversions.h"

#include <libpq-fe.h>

namespace LibraryVersions {

QString libpq()
{
    const int version = PQlibVersion();
    // From PostgreSQL 10 on a version is major * 10000 + minor; before it, major * 10000 + minor * 100 + patch.
    if (version >= 100000)
        return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
    return QStringLiteral("%1.%2.%3").arg(version / 10000).arg(version / 100 % 100).arg(version % 100);
}

QString qtKeychain()
{
    return QStringLiteral(SAYTRUTH_QTKEYCHAIN_VERSION);
}

} // namespace LibraryVersions
