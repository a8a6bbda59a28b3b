#pragma once

#include "common/colours.h"

#include <QString>
#include <functional>

class QPalette;
class QWidget;

// Colours a label (or a message bar) with one of Colours' tones through a style sheet, and colours it again when
// the application palette changes: a style sheet holds fixed colours, so without this a switch to a dark theme
// would leave light-theme text behind.
namespace ToneStyle {

enum class Kind {
    Text, // coloured text (Colours::textStyle)
    Message, // a message bar: fill, border, padding (Colours::messageStyle; selector says which widget)
    Badge, // filled with the tone, text in the base colour (Colours::badgeStyle)
};

void apply(
    QWidget *widget, Colours::Tone tone, Kind kind = Kind::Text, const QString &selector = QStringLiteral("QLabel"));
// Any style sheet made from a palette (a profile's own colour with the text that reads on it, a tone with rules
// of its own): set now, and made again from the new palette when the application palette changes. A style sheet
// that someone else sets on the widget later wins: the following then stops.
void follow(QWidget *widget, std::function<QString(const QPalette &)> styleSheet);
// Takes the style sheet and the following away.
void clear(QWidget *widget);

} // namespace ToneStyle
