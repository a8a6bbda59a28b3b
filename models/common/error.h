#pragma once

#include <QMetaType>
#include <QString>

// An error the user can read: what failed, why in plain words, and the server's SQLSTATE and detail when
// the server said so. Passed as a value from models to the UI; never contains a password.
struct Error
{
    QString what; // "Connecting to saytruth_db on localhost"
    QString why; // "The password for user saytruth_user was not accepted."
    QString sqlState; // "28P01"; empty when the error did not come from the server
    QString detail; // the server's DETAIL/HINT or the tool's own words, when useful

    bool isNull() const { return what.isEmpty() && why.isEmpty(); }
    explicit operator bool() const { return !isNull(); }

    // One paragraph for a message box or a status line.
    QString toString() const;
};

Q_DECLARE_METATYPE(Error)
