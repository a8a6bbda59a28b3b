// What the grid reads from TableDataModel: rows by their number, the headers (the row numbers, exact or
// approximate), the cells' text and roles. The paging behind them is in tabledatamodel.cpp.
#include "tabledatamodel.h"

#include <QLocale>
#include <climits>

const TableRow *TableDataModel::rowAt(int row) const
{
    if (row < 0)
        return nullptr;
    const int server = serverRowCount();
    if (row >= server)
        return row - server < m_inserted.size() ? &m_inserted[row - server] : nullptr;
    return m_window.row(row);
}

TableRow *TableDataModel::rowAt(int row)
{
    return const_cast<TableRow *>(std::as_const(*this).rowAt(row));
}

int TableDataModel::rowWithKey(const QVariantList &key) const
{
    for (int i = 0; i < m_inserted.size(); ++i) {
        if (!m_inserted[i].key.isEmpty() && m_inserted[i].key == key)
            return serverRowCount() + i; // inserted and saved here
    }
    int found = -1;
    m_window.forEachRow([&](qint64 row, const TableRow &candidate) {
        if (found < 0 && candidate.key == key)
            found = int(row);
    });
    return found;
}

bool TableDataModel::isRowPositionExact(int row) const
{
    return row >= 0 && row < m_window.total() && m_window.isRowExact(row);
}

void TableDataModel::setMasked(int column, bool masked)
{
    if (masked)
        m_masked.insert(column);
    else
        m_masked.remove(column);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

// The table's rows as the grid holds them: a table of more than two billion rows shows its first two billion.
int TableDataModel::serverRowCount() const
{
    return int(qMin<qint64>(m_window.total(), qint64(INT_MAX) - 1 - m_inserted.size()));
}

int TableDataModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return serverRowCount() + int(m_inserted.size());
}

int TableDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_query.columnCount();
}

QVariant TableDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_query.columnCount()) {
        if (role == Qt::DisplayRole)
            return m_query.columnName(section);
        if (role == ColumnTypeRole || role == Qt::ToolTipRole)
            return m_query.table().columns[section].type;
    }
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
        const bool inserted = section >= serverRowCount();
        const bool approximate = !inserted && isRowLoaded(section) && !isRowPositionExact(section);
        if (role == Qt::DisplayRole) {
            if (inserted)
                return QStringLiteral("*");
            const QString number = QLocale().toString(qint64(section) + 1);
            return approximate ? QStringLiteral("≈") + number : number;
        }
        if (role == Qt::ToolTipRole && approximate)
            return tr("An estimated row number: this part of the table was reached by a jump, so the rows are "
                      "in order but their exact place is counted only from the first or the last row.");
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString TableDataModel::displayText(const TableRow &row, int column) const
{
    const QVariant value = row.values.value(column);
    if (value.isNull()) {
        // An inserted row's untouched column with a default is filled by the server on save.
        if (row.state == RowState::Inserted && !row.changed.contains(column)
            && !m_query.table().columns[column].defaultValue.isEmpty())
            return tr("DEFAULT");
        return QStringLiteral("NULL");
    }
    if (m_masked.contains(column))
        return QStringLiteral("••••••••");
    if (m_query.isBinary(column) && row.truncated.value(column))
        return tr("<%1 bytes>").arg(value.toString());
    return value.toString();
}

QVariant TableDataModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const TableRow *loaded = rowAt(index.row());
    if (!loaded) {
        if (role == Qt::DisplayRole)
            want(m_window.pageOf(index.row())); // a view paints it: read its page
        return role == IsLoadedRole ? QVariant(false) : QVariant();
    }
    const TableRow &row = *loaded;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::EditRole:
        return row.values.value(column);
    case IsNullRole:
        return row.values.value(column).isNull();
    case ForeignDisplayRole: {
        // The name read with the row; an edited key's name is not known until the row is saved.
        const int display = m_foreignOfColumn.value(column, -1);
        const QVariant value = row.values.value(column);
        if (display < 0 || value.isNull() || value != row.original.value(column))
            return {};
        const QString name = row.foreignNames.value(display);
        return name.isEmpty() ? QVariant() : QVariant(name);
    }
    case IsLoadedRole:
        return true;
    case IsTruncatedRole:
        return row.truncated.value(column);
    case RowStateRole:
        return int(row.state);
    case ColumnTypeRole:
        return m_query.table().columns[column].type;
    case IsMaskedRole:
        return m_masked.contains(column);
    case ErrorRole:
    case Qt::ToolTipRole:
        return row.error.isEmpty() ? QVariant() : QVariant(row.error);
    default:
        return {};
    }
}

QHash<int, QByteArray> TableDataModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IsNullRole, "isNull");
    names.insert(ForeignDisplayRole, "foreignDisplay");
    names.insert(IsTruncatedRole, "isTruncated");
    names.insert(RowStateRole, "rowState");
    names.insert(ColumnTypeRole, "columnType");
    names.insert(IsMaskedRole, "isMasked");
    names.insert(ErrorRole, "error");
    names.insert(IsLoadedRole, "isLoaded");
    return names;
}

void TableDataModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}
