#pragma once

#include <QMetaType>
#include <QString>

// An error the user can read: what failed, why in plain words, and the server's SQLSTATE and diagnostic
// fields when the server said so. Passed as a value from models to the UI; never contains a password.
// Server errors are filled in one place (PgError::fromResult), so they read the same everywhere.
struct Error
{
    QString what; // "Connecting to saytruth_db on localhost"
    QString why; // "The password for user saytruth_user was not accepted."
    QString sqlState; // "28P01"; empty when the error did not come from the server
    QString detail; // the server's DETAIL, or the tool's own words, when useful
    QString hint = {}; // the server's HINT
    QString context = {}; // the server's CONTEXT (where in a function or trigger it happened)
    int position = 0; // the server's 1-based position in the statement, in code points; 0 when none

    bool isNull() const { return what.isEmpty() && why.isEmpty(); }
    explicit operator bool() const { return !isNull(); }

    // One paragraph for a message box or a status line: what, why, detail and hint.
    QString toString() const;
};

Q_DECLARE_METATYPE(Error)
