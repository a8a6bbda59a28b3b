#pragma once

#include <QString>
#include <optional>

// How long something has lasted, in words short enough for a table cell: "850 ms", "42 s", "3 min 07 s",
// "2 h 05 min", "3 d 04 h"; empty for none.
namespace DurationText {

QString format(std::optional<double> seconds);

} // namespace DurationText
