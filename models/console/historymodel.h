#pragma once

#include "console/historystore.h"

#include <QAbstractTableModel>
#include <QPointer>

// One profile's history as a table for the console's history panel: newest first, narrowed by a search text
// (case-insensitive, anywhere in the statement). Follows the store as statements are run.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, DurationColumn, RowsColumn, StatusColumn, StatementColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SqlRole = Qt::UserRole + 1, // the full statement, to put back into the editor
        OkRole, // bool
        ExecutedAtRole, // QDateTime, UTC
        DatabaseRole,
    };

    explicit HistoryModel(HistoryStore *store, const QString &profileKey = {}, QObject *parent = nullptr);
    ~HistoryModel() override;

    QString profileKey() const { return m_profileKey; }
    void setProfileKey(const QString &profileKey);
    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    HistoryEntry entry(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void addEntry(const QString &profileKey, const HistoryEntry &entry);
    QVariant displayText(const HistoryEntry &entry, int column) const;
    QVariant toolTip(const HistoryEntry &entry, int column) const;

    QPointer<HistoryStore> m_store;
    QString m_profileKey;
    QString m_filter;
    QList<HistoryEntry> m_rows; // newest first
};
