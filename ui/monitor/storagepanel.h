#pragma once

#include "connection/connectionprofile.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TableMaintenance;
class TableSizesModel;

// The dashboard's tables and indexes: sizes, rows, scans and upkeep per table, and the indexes worth a look.
// Read when the panel is first shown and when the user asks, never on the timer; how long ago they were
// read is shown with them (kept current while the panel is shown; no query for that). VACUUM (ANALYZE) of a table from
// its context menu, confirmed.
class StoragePanel : public QWidget
{
    Q_OBJECT
public:
    StoragePanel(TableSizesModel *model, TableMaintenance *maintenance, const ConnectionProfile &profile,
        QWidget *parent = nullptr);

    QTableView *tablesView() const { return m_tables; }
    QTableView *indexesView() const { return m_indexes; }
    // Reads the sizes unless they were read already (the first time the panel is shown).
    void refreshIfNeverRead();
    // Asks, then starts VACUUM (ANALYZE) of the table; false when nothing was started.
    bool askVacuum(const QString &schema, const QString &table);

Q_SIGNALS:
    void message(const QString &text, bool isError);

private:
    void showMenu(const QPoint &position);
    void showReadAt();

    TableSizesModel *m_model;
    TableMaintenance *m_maintenance;
    ConnectionProfile m_profile;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_tables;
    QTableView *m_indexes;
    QLabel *m_readAt;
    QPushButton *m_refresh;
    QTimer m_ageTimer;
};
