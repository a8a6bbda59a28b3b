#pragma once

#include <QString>

// The versions of the libraries this layer talks to, for the About dialog: the UI never calls libpq or
// QtKeychain itself.
namespace LibraryVersions {
// The libpq the program runs with (PQlibVersion), as "15.14".
QString libpq();
// The QtKeychain the program was built against (its own header carries no usable version).
QString qtKeychain();
} // namespace LibraryVersions
