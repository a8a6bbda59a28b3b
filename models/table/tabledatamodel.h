#pragma once

#include "connection/writelock.h"
#include "constraintmessage.h"
#include "foreigndisplay.h"
#include "pendingchanges.h"
#include "tablequery.h"
#include "tablesave.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QVariantMap>
#include <memory>

class Session;
struct PageResult;
struct SaveOutcome;

// The table browser's model: one table read in keyset pages on the browser's Session (never the GUI
// thread), sorted and filtered on the server, with edits buffered and saved in one transaction that
// detects conflicting writes (xmin) and explains constraint errors in words.
//
// Paging: head mode pulls pages forward through canFetchMore()/fetchMore(). jumpToEnd() switches to tail
// mode: the model is reset to the LAST page (read in reversed order, then reversed) and grows backwards
// through canFetchPrevious()/fetchPrevious() as the view scrolls up; reload() returns to head mode. So the
// model is always one contiguous window of the ordered table and row numbers never have gaps.
class TableDataModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IsNullRole = Qt::UserRole + 1,
        ForeignDisplayRole, // the referenced row's name (users.username for messages.user_id)
        IsTruncatedRole, // the grid holds only the first 200 characters (or a bytea's size)
        RowStateRole, // int(RowState)
        ColumnTypeRole, // "character varying(255)"
        IsMaskedRole,
        ErrorRole, // what went wrong with this row in the last save
    };
    Q_ENUM(Role)

    TableDataModel(Session *session, std::shared_ptr<const CatalogSnapshot> catalog, const QString &qualifiedTable,
        QObject *parent = nullptr);
    ~TableDataModel() override;

    bool isValid() const { return m_valid; } // false when the catalog does not know the table
    QString tableName() const { return m_query.table().qualifiedName(); }
    // The current query (filters, WHERE, full text, sort): what an export of the filtered table runs.
    const TableQuery &query() const { return m_query; }

    // Reading.
    void reload();
    qint64 estimatedRowCount() const { return m_query.table().estimatedRows; }
    void requestExactCount();
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    bool isLoading() const { return m_fetching; }
    void jumpToEnd();
    bool isAtEnd() const { return m_tailMode; }
    bool canFetchPrevious() const;
    void fetchPrevious();
    void setFilters(const QList<ColumnFilter> &filters);
    void setWhereClause(const QString &text);
    void setFullTextSearch(int column, const QString &text);
    void fetchFullValue(int row, int column);
    void setMasked(int column, bool masked);
    bool isMasked(int column) const { return m_masked.contains(column); }

    // Editing.
    bool isEditable() const { return m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Production tables are read-only until this model's own lock is unlocked; its saves then open their
    // transaction READ WRITE, while the shared session stays read-only (see WriteLock).
    WriteLock *writeLock() const { return m_writeLock; }
    bool writesLocked() const { return m_writeLock->isLocked(); }
    bool hasPendingChanges() const;
    QList<PendingChange> pendingChanges() const;
    // What save() would send for these changes, as text to review (transaction, statements, bound values).
    QString saveScript(const QList<PendingChange> &changes) const;
    void save();
    bool isSaving() const { return m_saving; }

    // QAbstractItemModel.
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void revert() override; // drops every pending change

Q_SIGNALS:
    void pageLoaded(int firstRow, int count);
    void loadFailed(const Error &error);
    void exactCountReady(qint64 count);
    void fullValueReady(int row, int column, const QVariant &value);
    void saved(int count);
    void saveFailed(const SaveFailure &failure);
    // theirValues: the row as the other writer left it (column name -> grid value); empty when they deleted it.
    void conflict(int row, const QVariantMap &theirValues, const QString &why);

private:
    void resetWindow(bool tail);
    void requestPage(bool backwards);
    void applyPage(const PageResult &page, bool backwards);
    void applySaved(const SaveOutcome &outcome, int changeCount, quint64 generation);
    TableSave::Access saveAccess() const;
    QString displayText(const TableRow &row, int column) const;
    int rowWithKey(const QVariantList &key) const;
    void emitRowChanged(int row);

    QPointer<Session> m_session;
    WriteLock *m_writeLock;
    std::shared_ptr<const CatalogSnapshot> m_catalog;
    TableQuery m_query;
    QList<ForeignDisplay> m_foreign;
    QHash<int, QHash<QString, QString>> m_foreignNames; // column -> key -> display text
    bool m_valid = false;
    QString m_readOnlyReason;
    QList<TableRow> m_rows;
    QSet<int> m_masked;
    int m_pageSize = 500;
    quint64 m_generation = 0; // bumped by every reset, so late pages of an old query are dropped
    bool m_fetching = false;
    bool m_saving = false;
    bool m_tailMode = false;
    bool m_moreAfter = true; // head mode: rows after the last one loaded
    bool m_moreBefore = false; // tail mode: rows before the first one loaded
    QVariantList m_headAnchor;
    QVariantList m_tailAnchor;
    qint64 m_readCount = 0; // rows read from the server in this window (a keyless view's OFFSET)
};
