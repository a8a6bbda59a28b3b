#include "selectiontext.h"

#include <QItemSelectionModel>
#include <QStringList>

namespace SelectionText {

QString block(
    const QItemSelectionModel *selection, const std::function<QString(const QModelIndex &)> &cellText, Format format)
{
    const QModelIndexList selected = selection->selectedIndexes();
    if (selected.isEmpty())
        return {};
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex &index : selected) {
        top = qMin(top, index.row()), bottom = qMax(bottom, index.row());
        left = qMin(left, index.column()), right = qMax(right, index.column());
    }
    const bool csv = format == Format::Csv;
    const QAbstractItemModel *model = selection->model();
    QString text;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column) {
            const QModelIndex index = model->index(row, column);
            QString cell = selection->isSelected(index) ? cellText(index) : QString();
            if (csv
                && (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                    || cell.contains(QLatin1Char('\n'))))
                cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            else if (!csv)
                cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << cell;
        }
        text += cells.join(csv ? QLatin1Char(',') : QLatin1Char('\t'))
            + (csv ? QStringLiteral("\r\n") : QStringLiteral("\n"));
    }
    return text;
}

} // namespace SelectionText
