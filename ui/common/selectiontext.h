#pragma once

#include <QModelIndex>
#include <QString>
#include <functional>

class QItemSelectionModel;

// Copying grids: the selected cells as one rectangular block of text, in the shape spreadsheets paste.
namespace SelectionText {

enum class Format { Tsv, Csv };

// Cells inside the block that are not selected come out empty; cellText gives a selected cell's raw text
// (the caller decides what must never be copied). TSV flattens tabs and line breaks; CSV quotes (RFC 4180).
QString block(const QItemSelectionModel *selection, const std::function<QString(const QModelIndex &)> &cellText,
    Format format = Format::Tsv);

} // namespace SelectionText
