#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

// The forgiving layer in front of libpq for postgresql:// URIs as people paste them: finds user and password the
// way a person meant them ('@', '#', '/' and '?' left unencoded in a password), makes the checks libpq leaves to
// connection time, and percent-encodes, so that libpq reads the whole string by its own rules. ConnectionUri's.
namespace PastedUri {

// libpq's own keyword list (PQconninfoParse of an empty string lists them all, without reading the environment), so
// that the layer accepts exactly what libpq accepts.
const QSet<QString> &libpqKeywords();

// The URI input (its scheme schemeLength characters long) as libpq is to read it, in conninfo; returns why it cannot
// be read, or nothing. Adds what it had to guess to warnings, in words, and each form of the password it met to
// secrets, so that no message shows one.
QString prepare(
    const QString &input, qsizetype schemeLength, QByteArray *conninfo, QStringList *warnings, QStringList *secrets);

} // namespace PastedUri
