#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"

// Turns what libpq and Qt's PostgreSQL driver report into words a user can act on. Never includes a
// password (libpq's messages don't carry one, and we never add one).
namespace ConnectionError {

// A failed connection attempt, from libpq's message ("connection to server ... failed: ...").
Error connectFailed(const ConnectionProfile &profile, const QString &libpqMessage);
// The connection went away (server stopped, killed, network gone).
Error connectionLost(const ConnectionProfile &profile, const QString &libpqMessage);

} // namespace ConnectionError
