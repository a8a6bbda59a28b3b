#pragma once

#include "catalog/relatedrows.h"
#include "connection/connectionprofile.h"
#include "table/pendingchanges.h"
#include "table/tablequery.h"

#include <QWidget>
#include <memory>
#include <optional>

class DatabaseConnection;
class FilterBar;
class QAction;
class QLabel;
class QTableView;
class RowDetailPanel;
class TableDataModel;
class TableExport;
class TableItemDelegate;
class WriteLockButton;
struct SaveFailure;

// One table in the browser: a lazily loaded grid (TableDataModel) sorted and filtered on the server, a row
// detail form, edits buffered and reviewed before one transactional save, errors and conflicts in words,
// production read-only until unlocked (with a reason kept in the audit log), and the table's structure.
class TableTab : public QWidget
{
    Q_OBJECT
public:
    TableTab(DatabaseConnection *connection, const QString &qualifiedTable, QWidget *parent = nullptr);
    ~TableTab() override;

    QString qualifiedName() const { return m_table; }
    TableDataModel *model() const { return m_model.get(); }
    QTableView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filters; }
    RowDetailPanel *detailPanel() const { return m_detail; }
    QLabel *messageLabel() const { return m_message; }
    TableExport *exporter() const { return m_export; }
    // Exports the filtered table (every row the filters match, full values) to a .csv or .json file.
    void startExport(const QString &filePath);

    // Shows the review, asks a reason on production, then saves; false when nothing was started.
    bool save();
    void revert();
    void insertRow();
    void deleteSelectedRows();
    // Unlocks writes for this tab only (asking why, unless reason is given), or locks them again.
    void setWritesUnlocked(bool unlocked, const QString &reason = {});
    WriteLockButton *writeLockButton() const { return m_lockButton; }
    // Pending edits: Save / Discard / Cancel; true when the tab may close.
    bool confirmClose();
    // Replaces the column filters (used when another tab opens this one for related rows).
    void applyFilters(const QList<ColumnFilter> &filters);
    // The selected cells as tab-separated text (what spreadsheets paste), or CSV.
    QString selectionAsText(bool csv = false) const;
    // Pastes tab-separated rows at the current cell; rows past the end become new rows. False when refused.
    bool pasteText(const QString &text);
    // What the context menu offers for a cell: open the row a foreign key points at, and the rows of other
    // tables that point at this one (see relatedRowsFor in models/catalog).
    QList<RelatedRows> relatedRowsFor(const QModelIndex &index) const;

Q_SIGNALS:
    void titleChanged(const QString &title);
    void openRelatedRequested(const QString &table, const QList<ColumnFilter> &filters);

private:
    void createToolbar();
    void askGoToKey();
    void showContextMenu(const QPoint &position);
    void pickForeignKey(const QModelIndex &index);
    void exportTable();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateStatus();
    void showMessage(const QString &text, bool error);
    void onSaveFailed(const SaveFailure &failure);
    void onConflict(int row, const QVariantMap &theirs, const QString &why);

    DatabaseConnection *m_connection;
    ConnectionProfile m_profile;
    QString m_table;
    std::unique_ptr<TableDataModel> m_model;
    TableItemDelegate *m_delegate = nullptr;
    QTableView *m_view = nullptr;
    FilterBar *m_filters = nullptr;
    RowDetailPanel *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_insertAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportAction = nullptr;
    TableExport *m_export = nullptr;
    WriteLockButton *m_lockButton = nullptr;
    bool m_columnsSized = false;
    // What the audit log gets when the save under way succeeds (production only).
    struct PendingAudit
    {
        QString databaseUser;
        QList<PendingChange> changes;
        QString reason;
    };
    std::optional<PendingAudit> m_pendingAudit;
};
