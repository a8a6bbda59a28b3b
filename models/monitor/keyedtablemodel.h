#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// A table model whose rows are replaced by a fresh reading on every refresh, row by row by a key (a pid, a
// queryid): rows that are gone are removed, new ones appended, the others changed in place. Views keep their
// selection, scroll position and sort order across refreshes, which a model reset would lose every tick.
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    template<typename Row, typename KeyOf> void replaceRows(QList<Row> &rows, QList<Row> fresh, KeyOf keyOf)
    {
        // A key seen twice would add a row on every refresh: the first one wins.
        QHash<decltype(keyOf(fresh.first())), qsizetype> freshAt;
        for (qsizetype i = 0; i < fresh.size();) {
            if (freshAt.contains(keyOf(fresh[i]))) {
                fresh.removeAt(i);
            } else {
                freshAt.insert(keyOf(fresh[i]), i);
                ++i;
            }
        }
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (freshAt.contains(keyOf(rows[i])))
                continue;
            beginRemoveRows({}, int(i), int(i));
            rows.removeAt(i);
            endRemoveRows();
        }
        QList<bool> placed(fresh.size(), false);
        for (Row &row : rows) {
            const qsizetype at = freshAt.value(keyOf(row));
            row = fresh[at];
            placed[at] = true;
        }
        if (!rows.isEmpty() && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
        QList<Row> added;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (!placed[i])
                added << fresh[i];
        }
        if (added.isEmpty())
            return;
        beginInsertRows({}, int(rows.size()), int(rows.size() + added.size()) - 1);
        rows << added;
        endInsertRows();
    }
};
