#include "schematreemodel.h"

#include <QCoreApplication>
#include <QLocale>

struct SchemaTreeModel::Node
{
    NodeKind kind = NodeKind::Folder;
    QString name;
    QString details;
    QString toolTip;
    QString schema;
    QString table;
    QString target;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(NodeKind kind, const QString &name, const QString &details = {}, const QString &toolTip = {})
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->name = name;
        node->details = details;
        node->toolTip = toolTip;
        node->schema = schema;
        node->table = table;
        node->parent = this;
        node->row = int(children.size());
        children.push_back(std::move(node));
        return children.back().get();
    }
};

namespace {

QString columnDetails(const ColumnInfo &column)
{
    QStringList parts {column.type};
    if (column.primaryKey)
        parts << QCoreApplication::translate("SchemaTreeModel", "primary key");
    if (column.notNull && !column.primaryKey)
        parts << QCoreApplication::translate("SchemaTreeModel", "not null");
    if (column.identity)
        parts << QCoreApplication::translate("SchemaTreeModel", "identity");
    else if (column.generated)
        parts << QCoreApplication::translate("SchemaTreeModel", "generated");
    else if (!column.defaultValue.isEmpty())
        parts << QCoreApplication::translate("SchemaTreeModel", "default %1").arg(column.defaultValue);
    return parts.join(QStringLiteral(" · "));
}

QString constraintLabel(ConstraintInfo::Type type)
{
    switch (type) {
    case ConstraintInfo::Type::PrimaryKey:
        return QCoreApplication::translate("SchemaTreeModel", "primary key");
    case ConstraintInfo::Type::Unique:
        return QCoreApplication::translate("SchemaTreeModel", "unique");
    case ConstraintInfo::Type::Check:
        return QCoreApplication::translate("SchemaTreeModel", "check");
    case ConstraintInfo::Type::ForeignKey:
        return QCoreApplication::translate("SchemaTreeModel", "foreign key");
    case ConstraintInfo::Type::Exclusion:
        return QCoreApplication::translate("SchemaTreeModel", "exclusion");
    }
    return {};
}

QString indexDetails(const IndexInfo &index)
{
    // "CREATE UNIQUE INDEX x ON public.users USING btree (email)" → "btree (email)"
    const int using_ = index.definition.indexOf(QLatin1String(" USING "));
    QString details = using_ >= 0 ? index.definition.mid(using_ + 7) : index.definition;
    if (index.primary)
        details += QStringLiteral(" · ") + QCoreApplication::translate("SchemaTreeModel", "primary key");
    else if (index.unique)
        details += QStringLiteral(" · ") + QCoreApplication::translate("SchemaTreeModel", "unique");
    return details + QStringLiteral(" · ") + SchemaTreeModel::formatBytes(index.bytes);
}

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

SchemaTreeModel::~SchemaTreeModel() = default;

QString SchemaTreeModel::formatRowEstimate(qint64 rows)
{
    if (rows < 0)
        return tr("rows unknown");
    return tr("~%1 rows", nullptr, int(qMin<qint64>(rows, INT_MAX))).arg(QLocale().toString(rows));
}

QString SchemaTreeModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void SchemaTreeModel::setSnapshot(std::shared_ptr<const CatalogSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    build();
    endResetModel();
}

void SchemaTreeModel::build()
{
    m_root = std::make_unique<Node>();
    if (!m_snapshot)
        return;
    for (const SchemaInfo &schema : m_snapshot->schemas) {
        m_root->schema = schema.name;
        Node *schemaNode = m_root->add(
            NodeKind::Schema, schema.name, tr("%n table(s)", nullptr, int(schema.tables.size())), schema.comment);
        for (const TableInfo &table : schema.tables) {
            schemaNode->table = table.name;
            const bool view = table.isView();
            const QString details = view
                ? tr("view")
                : formatRowEstimate(table.estimatedRows) + QStringLiteral(" · ") + formatBytes(table.totalBytes);
            Node *tableNode
                = schemaNode->add(view ? NodeKind::View : NodeKind::Table, table.name, details, table.comment);
            Node *columns = tableNode->add(NodeKind::Folder, tr("Columns"), QString::number(table.columns.size()));
            for (const ColumnInfo &column : table.columns)
                columns->add(column.primaryKey ? NodeKind::PrimaryKeyColumn : NodeKind::Column, column.name,
                    columnDetails(column), column.comment);
            if (!table.constraints.isEmpty()) {
                Node *keys = tableNode->add(
                    NodeKind::Folder, tr("Keys and constraints"), QString::number(table.constraints.size()));
                for (const ConstraintInfo &c : table.constraints) {
                    const bool fk = c.type == ConstraintInfo::Type::ForeignKey;
                    Node *node = keys->add(fk ? NodeKind::ForeignKey : NodeKind::Constraint, c.name,
                        constraintLabel(c.type) + QStringLiteral(" · ") + c.definition, c.definition);
                    if (fk)
                        node->target = c.referencedSchema + QLatin1Char('.') + c.referencedTable;
                }
            }
            if (!table.indexes.isEmpty()) {
                Node *indexes = tableNode->add(NodeKind::Folder, tr("Indexes"), QString::number(table.indexes.size()));
                for (const IndexInfo &index : table.indexes)
                    indexes->add(NodeKind::Index, index.name, indexDetails(index), index.definition);
            }
            const QList<IncomingReference> references = m_snapshot->referencesTo(table.schema, table.name);
            if (!references.isEmpty()) {
                Node *folder
                    = tableNode->add(NodeKind::Folder, tr("Referenced by"), QString::number(references.size()));
                for (const IncomingReference &ref : references) {
                    Node *node = folder->add(NodeKind::Reference,
                        ref.table + QLatin1Char('.') + ref.constraint.columns.join(u','), ref.constraint.name,
                        ref.constraint.definition);
                    node->target = ref.schema + QLatin1Char('.') + ref.table;
                }
            }
        }
    }
}

SchemaTreeModel::Node *SchemaTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int SchemaTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? node->name : node->details;
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case KindRole:
        return int(node->kind);
    case SchemaRole:
        return node->schema;
    case TableRole:
        return node->kind == NodeKind::Schema ? QString() : node->table;
    case TargetTableRole:
        return node->target.isEmpty() ? QVariant() : QVariant(node->target);
    default:
        return {};
    }
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Name") : tr("Details");
}

Qt::ItemFlags SchemaTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex SchemaTreeModel::indexOfTable(const QString &name) const
{
    if (!m_snapshot)
        return {};
    const TableInfo *table = m_snapshot->findTable(name);
    if (!table)
        return {};
    for (const auto &schema : m_root->children) {
        if (schema->name != table->schema)
            continue;
        for (const auto &node : schema->children) {
            if (node->name == table->name)
                return createIndex(node->row, 0, node.get());
        }
    }
    return {};
}
