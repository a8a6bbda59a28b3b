#include "colours.h"

namespace {

struct Pair
{
    QRgb light;
    QRgb dark;
};

QColor pick(const Pair &pair, const QPalette &palette)
{
    return QColor::fromRgb(Colours::isDark(palette) ? pair.dark : pair.light);
}

// Material 800 tones on light themes, 200-300 tones on dark ones.
const Pair toneText[]
    = {{0xc62828, 0xef9a9a}, {0x2e7d32, 0xa5d6a7}, {0xa84300, 0xffcc80}, {0x1565c0, 0x90caf9}, {0x616161, 0xbdbdbd}};
const Pair toneBackground[]
    = {{0xfdecea, 0x4a1f1f}, {0xe8f5e9, 0x1b3a1f}, {0xfff8e1, 0x45360f}, {0xe8f0fe, 0x16304d}, {0xf0f0f0, 0x383838}};
const Pair toneBorder[]
    = {{0xe57373, 0xe57373}, {0x81c784, 0x66bb6a}, {0xffcc80, 0xffb74d}, {0x90caf9, 0x64b5f6}, {0xbdbdbd, 0x757575}};
const Pair rowFill[] = {{0xfff3c4, 0x4d4218}, {0xffcdd2, 0x5c2326}, {0xdcf5dc, 0x1f4521}, {0xf5dcdc, 0x4a2a2a}};
// After the JetBrains light and VS Code dark themes, which most users know.
const Pair syntaxText[] = {{0x1a3ea8, 0x6cb0f0}, {0xa31515, 0xce9178}, {0x098658, 0xb5cea8}, {0x6a737d, 0x8bbf74},
    {0x00727f, 0x4ec9b0}, {0x795e26, 0xdcdcaa}, {0x871094, 0x9cdcfe}, {0xa000a0, 0xc586c0}};

} // namespace

namespace Colours {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor text(Tone tone, const QPalette &palette)
{
    return pick(toneText[int(tone)], palette);
}

QColor background(Tone tone, const QPalette &palette)
{
    return pick(toneBackground[int(tone)], palette);
}

QColor border(Tone tone, const QPalette &palette)
{
    return pick(toneBorder[int(tone)], palette);
}

QColor rowBackground(RowMark mark, const QPalette &palette)
{
    return pick(rowFill[int(mark)], palette);
}

QColor syntax(Syntax kind, const QPalette &palette)
{
    return pick(syntaxText[int(kind)], palette);
}

QColor caretLine(const QPalette &palette)
{
    return isDark(palette) ? palette.color(QPalette::Base).lighter(140) : QColor::fromRgb(0xfff6d8);
}

QColor codeBlock(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), isDark(palette) ? 0.12 : 0.06);
}

QColor textOn(const QColor &fill, const QPalette &palette)
{
    const bool fillIsDark = fill.lightness() < 128;
    return fillIsDark == isDark(palette) ? palette.color(QPalette::Text) : palette.color(QPalette::Base);
}

QColor mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.35);
}

QColor rule(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.8);
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    // Whole 8-bit channels, as painted: a view's pixels compare equal to the colour it was given.
    const auto channel = [amount](int x, int y) {
        return int(x + (y - x) * amount);
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

QColor heat(const QPalette &palette)
{
    return pick({0xf06020, 0xff7043}, palette);
}

QString textStyle(Tone tone, const QPalette &palette)
{
    return QStringLiteral("QLabel { color: %1; }").arg(text(tone, palette).name());
}

QString messageStyle(Tone tone, const QString &selector, const QPalette &palette)
{
    return QStringLiteral("%1 { background: %2; border: 1px solid %3; color: %4; padding: 4px; }")
        .arg(selector, background(tone, palette).name(), border(tone, palette).name(),
            palette.color(QPalette::Text).name());
}

QString badgeStyle(Tone tone, const QPalette &palette)
{
    return QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; }")
        .arg(text(tone, palette).name(), palette.color(QPalette::Base).name());
}

QString missingFieldStyle(const QPalette &palette)
{
    return QStringLiteral("border: 1px solid %1;").arg(text(Tone::Danger, palette).name());
}

} // namespace Colours
