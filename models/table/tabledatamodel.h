#pragma once

#include "connection/writelock.h"
#include "constraintmessage.h"
#include "foreigndisplay.h"
#include "pagewindow.h"
#include "pendingchanges.h"
#include "tablequery.h"
#include "tablesave.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QVariantMap>
#include <memory>
#include <optional>

class Session;
struct KeyLookup;
struct PageResult;
struct SaveOutcome;

// The table browser's model: one table (filtered and sorted on the server) under one scrollbar, whatever its
// size, read on the browser's Session (never the GUI thread), with edits buffered and saved in one
// transaction that detects conflicting writes (xmin) and explains constraint errors in words.
//
// Rows: rowCount() is the whole table (the planner's estimate at first, exact once known), then the rows
// inserted here. Only a bounded window of pages is in memory (PageWindow): a row the view asks for that is
// not loaded reads its page by keyset from a neighbour, from where it was read before, or by seeking to an
// estimated position (pg_stats), never OFFSET on a table. Rows placed by an estimate carry an approximate
// number (the vertical header says "≈"). Pending edits live apart from the pages, keyed by row key, so a
// page dropped while scrolling never takes an edit with it.
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
        IsLoadedRole, // false while the row's page is being read
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
    qint64 estimatedRowCount() const { return m_estimate; } // the planner's, for the current filters
    qint64 totalRows() const { return m_window.total(); } // rowCount() less the inserted rows, not capped
    bool isCountExact() const { return m_window.isExact(); }
    void requestExactCount();
    int pageSize() const { return m_window.pageSize(); }
    void setPageSize(int rows); // then reload()
    // Pages kept in memory around what the view shows (default 24); pages further away are dropped.
    void setWindowPages(int pages);
    int loadedPageCount() const { return m_window.loadedPages(); }
    qint64 loadedRowCount() const { return m_window.loadedRows(); }
    bool isRowLoaded(int row) const { return rowAt(row) != nullptr; }
    // Whether row's number is its exact place in the order (false where a seek placed it by estimate).
    bool isRowPositionExact(int row) const;
    // Asks for the pages holding these rows, as a view painting them does through data().
    void fetchRows(int first, int last);
    // Keeps the page of this row in memory however far the view scrolls (the row detail form edits it);
    // -1 lets it go.
    void keepRowLoaded(int row);
    bool isLoading() const
    {
        return m_fetching || m_pumpQueued || m_placement.has_value() || (!m_wanted.isEmpty() && !m_failed);
    }
    // Statements sent to read rows since the last reload (pages, estimates, statistics); for tests.
    int readStatements() const { return m_readStatements; }
    void setFilters(const QList<ColumnFilter> &filters);
    void setWhereClause(const QString &text);
    void setFullTextSearch(int column, const QString &text);
    void fetchFullValue(int row, int column);
    // Finds the row with this key (under the current filters) and says where it is (keyFound): at once when its
    // page is in memory; else at its exact number on a small table, or placed by the statistics (a row number
    // marked approximate, as after a jump) on a big one.
    void goToKey(const QVariantList &key);
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
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void revert() override; // drops every pending change

Q_SIGNALS:
    void pageLoaded(int firstRow, int count);
    void loadFailed(const Error &error);
    void exactCountReady(qint64 count);
    void fullValueReady(int row, int column, const QVariant &value);
    void keyFound(int row);
    void keyNotFound(const QString &why);
    void saved(int count);
    void saveFailed(const SaveFailure &failure);
    // theirValues: the row as the other writer left it (column name -> grid value); empty when they deleted it.
    void conflict(int row, const QVariantMap &theirValues, const QString &why);

private:
    struct SaveBatch;
    void pump();
    void want(qint64 page) const;
    void startRead(const PageRead &read);
    void applyPage(const PageResult &page);
    void applyTotal(qint64 total, bool exact);
    void applyKey(const KeyLookup &lookup);
    void forgetSavedInsertsIn(const QList<TableRow> &rows);
    void takeStatistics(const SeekEstimate &seek);
    void applySaved(const SaveOutcome &outcome, const SaveBatch &batch);
    // numbers: the rows' numbers changed too (a seek's pages joined the head: "≈" goes).
    void emitRowsChanged(qint64 first, qint64 last, bool numbers = false);
    TableSave::Access saveAccess() const;
    QString displayText(const TableRow &row, int column) const;
    int serverRowCount() const;
    const TableRow *rowAt(int row) const;
    TableRow *rowAt(int row);
    int rowWithKey(const QVariantList &key) const;
    void noteEdit(const TableRow &row);
    static QString keyText(const QVariantList &key);
    void emitRowChanged(int row);

    QPointer<Session> m_session;
    WriteLock *m_writeLock;
    std::shared_ptr<const CatalogSnapshot> m_catalog;
    TableQuery m_query;
    QList<ForeignDisplay> m_foreign;
    QHash<int, int> m_foreignOfColumn; // column -> index in m_foreign
    bool m_valid = false;
    QString m_readOnlyReason;
    QSet<int> m_masked;
    PageWindow m_window;
    qint64 m_estimate = 0;
    std::optional<SeekEstimate> m_seek; // the seek column's statistics, once read
    mutable QSet<qint64> m_wanted; // pages the view asked for that are not loaded
    mutable qint64 m_focusPage = 0; // the page asked for last: where the view is
    mutable bool m_pumpQueued = false;
    quint64 m_generation = 0; // bumped by every reload, so late pages of an old query are dropped
    bool m_fetching = false;
    bool m_failed = false; // the last read failed: asking again would only repeat the error
    bool m_saving = false;
    int m_readStatements = 0;
    QVariantList m_pendingKey; // goToKey() placed this row's page: say where it is once read
    std::optional<PageRead> m_placement; // that read, waiting for the one under way
    // Pending edits, apart from the pages: rows changed or deleted (by key, in the order first edited) and
    // rows inserted (shown after the table's rows; once saved they stay there, clean, until read in place).
    QHash<QString, TableRow> m_edits;
    QStringList m_editOrder;
    QList<TableRow> m_inserted;
};
