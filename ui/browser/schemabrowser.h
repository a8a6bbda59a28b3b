#pragma once

#include <QWidget>
#include <memory>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class SchemaTreeModel;
struct CatalogSnapshot;

// The schema tree with a filter box: what the database holds, at a glance. Activating a table or view
// (double-click, Enter) asks for it to be opened; a foreign key or reference jumps to the other table.
class SchemaBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit SchemaBrowser(QWidget *parent = nullptr);
    ~SchemaBrowser() override;

    SchemaTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void setSnapshot(std::shared_ptr<const CatalogSnapshot> snapshot);
    // Selects and reveals a table's node; false when there is none.
    bool selectTable(const QString &name);

Q_SIGNALS:
    void tableActivated(const QString &qualifiedName);

private:
    void activate(const QModelIndex &proxyIndex);

    SchemaTreeModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit;
    QTreeView *m_view;
};
