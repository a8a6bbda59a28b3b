#pragma once

#include <QString>

// The app's own SQL, kept as one-query files under resources/sql/ and compiled in (see STYLE.md).
namespace SqlResource {

// The text of ":/sql/<name>", e.g. text("catalog/relations.sql"); empty (and a warning) when missing.
QString text(const QString &name);

} // namespace SqlResource
