#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class TableSizesModel;

// The dashboard's tables and indexes: sizes, rows, scans and upkeep per table, and the indexes worth a look.
// Read when the panel is first shown and when the user asks, never on the timer; the time they were read
// is shown with them.
class StoragePanel : public QWidget
{
    Q_OBJECT
public:
    explicit StoragePanel(TableSizesModel *model, QWidget *parent = nullptr);

    QTableView *tablesView() const { return m_tables; }
    QTableView *indexesView() const { return m_indexes; }
    // Reads the sizes unless they were read already (the first time the panel is shown).
    void refreshIfNeverRead();

private:
    TableSizesModel *m_model;
    QTableView *m_tables;
    QTableView *m_indexes;
    QLabel *m_readAt;
    QPushButton *m_refresh;
};
