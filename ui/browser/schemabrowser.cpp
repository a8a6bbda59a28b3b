#include "schemabrowser.h"

#include "catalog/schematreemodel.h"
#include "common/icons.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Adds the icon for each node kind; the model itself knows nothing of icons.
class SchemaIconProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole || index.column() != 0)
            return QIdentityProxyModel::data(index, role);
        using Kind = SchemaTreeModel::NodeKind;
        switch (Kind(index.data(SchemaTreeModel::KindRole).toInt())) {
        case Kind::Schema:
            return Icons::get(QStringLiteral("schema"));
        case Kind::Table:
            return Icons::get(QStringLiteral("table"));
        case Kind::View:
            return Icons::get(QStringLiteral("view"));
        case Kind::Folder:
            return Icons::get(QStringLiteral("folder"));
        case Kind::Column:
            return Icons::get(QStringLiteral("column"));
        case Kind::PrimaryKeyColumn:
            return Icons::get(QStringLiteral("key"));
        case Kind::Constraint:
            return Icons::get(QStringLiteral("constraint"));
        case Kind::ForeignKey:
            return Icons::get(QStringLiteral("foreignkey"));
        case Kind::Index:
            return Icons::get(QStringLiteral("index"));
        case Kind::Reference:
            return Icons::get(QStringLiteral("reference"));
        }
        return {};
    }
};

} // namespace

SchemaBrowser::SchemaBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new SchemaTreeModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    auto *icons = new SchemaIconProxy(this);
    icons->setSourceModel(m_model);
    m_filter->setSourceModel(icons);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterEdit->setObjectName(QStringLiteral("schemaFilter"));
    m_filterEdit->setAccessibleName(tr("Filter the schema"));
    m_filterEdit->setPlaceholderText(tr("Filter tables, columns, indexes…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("schemaTree"));
    m_view->setAccessibleName(tr("Schema"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(false);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_view);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandToDepth(1);
    });
    connect(m_view, &QTreeView::activated, this, &SchemaBrowser::activate);
}

SchemaBrowser::~SchemaBrowser() = default;

void SchemaBrowser::setSnapshot(std::shared_ptr<const CatalogSnapshot> snapshot)
{
    // Keep the user's place across a refresh: remember which tables were expanded.
    QStringList expanded;
    for (int s = 0; s < m_filter->rowCount(); ++s) {
        const QModelIndex schema = m_filter->index(s, 0);
        if (m_view->isExpanded(schema))
            expanded << schema.data().toString();
        for (int t = 0; t < m_filter->rowCount(schema); ++t) {
            const QModelIndex table = m_filter->index(t, 0, schema);
            if (m_view->isExpanded(table))
                expanded << schema.data().toString() + QLatin1Char('.') + table.data().toString();
        }
    }
    m_model->setSnapshot(std::move(snapshot));
    for (int s = 0; s < m_filter->rowCount(); ++s) {
        const QModelIndex schema = m_filter->index(s, 0);
        const QString schemaName = schema.data().toString();
        // The public schema opens by default: it is where SayTruth's tables live.
        m_view->setExpanded(
            schema, expanded.contains(schemaName) || (expanded.isEmpty() && schemaName == QLatin1String("public")));
        for (int t = 0; t < m_filter->rowCount(schema); ++t) {
            const QModelIndex table = m_filter->index(t, 0, schema);
            if (expanded.contains(schemaName + QLatin1Char('.') + table.data().toString()))
                m_view->setExpanded(table, true);
        }
    }
}

bool SchemaBrowser::selectTable(const QString &name)
{
    const QModelIndex source = m_model->indexOfTable(name);
    if (!source.isValid())
        return false;
    const auto *icons = static_cast<QAbstractProxyModel *>(m_filter->sourceModel());
    const QModelIndex proxy = m_filter->mapFromSource(icons->mapFromSource(source));
    if (!proxy.isValid())
        return false;
    m_view->scrollTo(proxy);
    m_view->setCurrentIndex(proxy);
    return true;
}

void SchemaBrowser::activate(const QModelIndex &proxyIndex)
{
    using Kind = SchemaTreeModel::NodeKind;
    const auto kind = Kind(proxyIndex.data(SchemaTreeModel::KindRole).toInt());
    if (kind == Kind::Table || kind == Kind::View) {
        Q_EMIT tableActivated(proxyIndex.data(SchemaTreeModel::SchemaRole).toString() + QLatin1Char('.')
            + proxyIndex.data(SchemaTreeModel::TableRole).toString());
    } else if (kind == Kind::ForeignKey || kind == Kind::Reference) {
        const QString target = proxyIndex.data(SchemaTreeModel::TargetTableRole).toString();
        selectTable(target);
    }
}
