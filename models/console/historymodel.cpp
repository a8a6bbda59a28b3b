#include "historymodel.h"

#include <QLocale>

namespace {

constexpr int MaxToolTipLength = 4000;

} // namespace

HistoryModel::HistoryModel(HistoryStore *store, const QString &profileKey, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_profileKey(profileKey)
{
    if (m_store) {
        connect(m_store, &HistoryStore::appended, this, &HistoryModel::addEntry);
        connect(m_store, &HistoryStore::cleared, this, [this](const QString &key) {
            if (key == m_profileKey)
                reload();
        });
    }
    reload();
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setProfileKey(const QString &profileKey)
{
    m_profileKey = profileKey;
    reload();
}

void HistoryModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_rows = m_store ? m_store->search(m_profileKey, m_filter) : QList<HistoryEntry>();
    endResetModel();
}

void HistoryModel::addEntry(const QString &profileKey, const HistoryEntry &entry)
{
    if (profileKey != m_profileKey || !entry.sql.contains(m_filter, Qt::CaseInsensitive))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(entry);
    endInsertRows();
    const int capacity = m_store ? m_store->capacity() : HistoryStore::DefaultCapacity;
    if (m_rows.size() > capacity) {
        beginRemoveRows({}, capacity, int(m_rows.size()) - 1);
        m_rows.resize(capacity);
        endRemoveRows();
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == DurationColumn || index.column() == RowsColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case SqlRole:
        return entry.sql;
    case OkRole:
        return entry.ok;
    case ExecutedAtRole:
        return entry.executedAt;
    case DatabaseRole:
        return entry.database;
    default:
        return {};
    }
}

QVariant HistoryModel::displayText(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case WhenColumn:
        return entry.executedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case DurationColumn:
        return entry.durationMs < 1000 ? tr("%1 ms").arg(entry.durationMs)
                                       : tr("%1 s").arg(QLocale().toString(entry.durationMs / 1000.0, 'f', 2));
    case RowsColumn:
        return entry.rowCount < 0 ? QVariant() : QVariant(QLocale().toString(entry.rowCount));
    case StatusColumn:
        return entry.ok ? tr("OK") : tr("Error");
    case StatementColumn: {
        const QString sql = entry.sql.trimmed();
        const qsizetype newline = sql.indexOf(QLatin1Char('\n'));
        return newline < 0 ? sql : sql.left(newline).trimmed() + QStringLiteral(" …");
    }
    default:
        return {};
    }
}

QVariant HistoryModel::toolTip(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case WhenColumn:
        return tr("%1 UTC on database %2")
            .arg(entry.executedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                entry.database.isEmpty() ? tr("(unknown)") : entry.database);
    case StatusColumn:
        return entry.ok ? QVariant() : QVariant(entry.error);
    case StatementColumn:
        return entry.sql.size() > MaxToolTipLength ? entry.sql.left(MaxToolTipLength) + QStringLiteral(" …")
                                                   : entry.sql;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case DurationColumn:
        return tr("Duration");
    case RowsColumn:
        return tr("Rows");
    case StatusColumn:
        return tr("Status");
    case StatementColumn:
        return tr("Statement");
    default:
        return {};
    }
}
