#pragma once

#include <QString>

// PostgreSQL and libpg_query report positions in a statement as 1-based code points; Qt's texts index in
// UTF-16 units. One conversion for every place that marks an error in the editor.
namespace TextOffset {

// The QString index of the 1-based code point position (a surrogate pair counts once); clamped to the text.
inline int fromCodePoint(const QString &text, int position)
{
    int index = 0;
    for (int codePoint = 1; codePoint < position && index < text.size(); ++codePoint)
        index += text.at(index).isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate() ? 2
                                                                                                                    : 1;
    return qMin(index, int(text.size()));
}

} // namespace TextOffset
