#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

// Every colour the app gives a meaning to (danger, success, row states, SQL syntax), in one place and derived
// from the palette: a light and a dark variant each, chosen by the palette's base colour, so that a dark theme
// stays readable. Text colours keep at least WCAG AA contrast (4.5:1) against the base and their backgrounds.
namespace Colours {

enum class Tone { Danger, Success, Warning, Info, Neutral };
enum class RowMark { Modified, Failed, Inserted, Deleted };
enum class Syntax { Keyword, String, Number, Comment, TypeName, Function, QuotedIdentifier, Parameter };

bool isDark(const QPalette &palette = QGuiApplication::palette());

// Text (or a thin line) of this tone on the palette's base or window colour.
QColor text(Tone tone, const QPalette &palette = QGuiApplication::palette());
// A soft fill for a message of this tone, and its border; the palette's text stays readable on it.
QColor background(Tone tone, const QPalette &palette = QGuiApplication::palette());
QColor border(Tone tone, const QPalette &palette = QGuiApplication::palette());
// A grid row's fill for its pending state or its failed save.
QColor rowBackground(RowMark mark, const QPalette &palette = QGuiApplication::palette());
// SQL text of this kind, in the editor and the read-only SQL views alike.
QColor syntax(Syntax kind, const QPalette &palette = QGuiApplication::palette());
// The editor's current line.
QColor caretLine(const QPalette &palette = QGuiApplication::palette());
// The editor's tint behind the body of a function definition ($$ … $$).
QColor codeBlock(const QPalette &palette = QGuiApplication::palette());
// Text on a fill that may be darker or lighter than the base: the palette's text or base colour, whichever reads.
QColor textOn(const QColor &fill, const QPalette &palette = QGuiApplication::palette());
// Secondary text (captions, notes, a table's headings): the palette's text taken towards its base, still
// readable on it (AA); and a thin rule between rows.
QColor mutedText(const QPalette &palette = QGuiApplication::palette());
QColor rule(const QPalette &palette = QGuiApplication::palette());
// The blend of two colours, amount 0 (all a) to 1 (all b).
QColor mix(const QColor &a, const QColor &b, double amount);
// What the plan view mixes into the base colour for the costliest nodes.
QColor heat(const QPalette &palette = QGuiApplication::palette());

// Style sheets for labels: coloured text; a message bar (fill, border, padding); a badge (filled with the
// tone, text in the base colour). selector is the widget the rule is for ("QLabel", "#connectionBanner").
QString textStyle(Tone tone, const QPalette &palette = QGuiApplication::palette());
QString messageStyle(Tone tone, const QString &selector = QStringLiteral("QLabel"),
    const QPalette &palette = QGuiApplication::palette());
QString badgeStyle(Tone tone, const QPalette &palette = QGuiApplication::palette());
// A field that must be filled in before going on: a border in the danger tone.
QString missingFieldStyle(const QPalette &palette = QGuiApplication::palette());

} // namespace Colours
