#pragma once

#include "catalog/catalogtypes.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

// The schema tree: schemas → tables and views (with estimated rows and size) → columns with types, keys
// and constraints, indexes, and the foreign keys that point at the table — what psql's \dt and \d show.
// Column 0 is the name, column 1 the details. Icons are the view's business: the node kind is in KindRole.
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind {
        Schema,
        Table,
        View,
        Folder,
        Column,
        PrimaryKeyColumn,
        Constraint,
        ForeignKey,
        Index,
        Reference
    };
    Q_ENUM(NodeKind)
    enum Role {
        KindRole = Qt::UserRole + 1, // NodeKind as int
        SchemaRole, // schema of the node's table (or the schema itself)
        TableRole, // the table the node belongs to; empty for schemas
        TargetTableRole, // foreign keys and references: "schema.table" at the other end
    };

    explicit SchemaTreeModel(QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    void setSnapshot(std::shared_ptr<const CatalogSnapshot> snapshot);
    std::shared_ptr<const CatalogSnapshot> snapshot() const { return m_snapshot; }
    // The index of a table's node ("schema.table" or "table"), invalid when there is none.
    QModelIndex indexOfTable(const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // "1.2 M rows", "~1,000 rows"; and "176 kB"; shared with other views that show the same figures.
    static QString formatRowEstimate(qint64 rows);
    static QString formatBytes(qint64 bytes);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    void build();

    std::shared_ptr<const CatalogSnapshot> m_snapshot;
    std::unique_ptr<Node> m_root;
};
