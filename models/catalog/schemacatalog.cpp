#include "schemacatalog.h"

#include "viewkey.h"

#include "common/sqlresource.h"
#include "common/whenfinished.h"
#include "connection/session.h"

#include <QCoreApplication>
#include <QPointer>

namespace {

struct ReadResult
{
    CatalogSnapshot snapshot;
    Error error;
};

// Walks the rows of one catalog query as QSqlQuery did: next(), then value(column) converted by type.
class CatalogRows
{
public:
    bool next() { return ++m_row < m_result.rows.size(); }
    QVariant value(int column) const { return m_result.value(int(m_row), column); }

    PgResult m_result;
    qsizetype m_row = -1;
};

// The catalog's queries, in the order read() consumes them.
const QStringList &catalogFiles()
{
    static const QStringList files {QStringLiteral("catalog/schemas.sql"), QStringLiteral("catalog/relations.sql"),
        QStringLiteral("catalog/columns.sql"), QStringLiteral("catalog/constraints.sql"),
        QStringLiteral("catalog/indexes.sql")};
    return files;
}

// The next query's rows out of the results read together; false (and the error) when it failed.
bool runCatalogQuery(QList<PgResult> &results, CatalogRows &query, Error *error)
{
    const qsizetype index = catalogFiles().size() - results.size();
    query = CatalogRows {results.isEmpty() ? PgResult {} : results.takeFirst()};
    if (query.m_result.ok() && index < catalogFiles().size())
        return true;
    if (error) {
        *error = query.m_result.error;
        error->what = QCoreApplication::translate("SchemaCatalog", "Reading the database schema (%1)")
                          .arg(catalogFiles().value(index));
    }
    return false;
}

TableInfo::Kind relationKind(const QString &relkind)
{
    switch (relkind.isEmpty() ? u'r' : relkind.at(0).unicode()) {
    case u'p':
        return TableInfo::Kind::PartitionedTable;
    case u'v':
        return TableInfo::Kind::View;
    case u'm':
        return TableInfo::Kind::MaterializedView;
    case u'f':
        return TableInfo::Kind::ForeignTable;
    default:
        return TableInfo::Kind::Table;
    }
}

ConstraintInfo::Type constraintType(const QString &contype)
{
    switch (contype.isEmpty() ? u'c' : contype.at(0).unicode()) {
    case u'p':
        return ConstraintInfo::Type::PrimaryKey;
    case u'u':
        return ConstraintInfo::Type::Unique;
    case u'f':
        return ConstraintInfo::Type::ForeignKey;
    case u'x':
        return ConstraintInfo::Type::Exclusion;
    default:
        return ConstraintInfo::Type::Check;
    }
}

// attnum list "2,1" → column names of the table, in key order.
QStringList columnNames(const QString &attnums, const TableInfo *table)
{
    QStringList names;
    for (const QString &number : attnums.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int position = number.toInt();
        QString name = QStringLiteral("#%1").arg(position);
        if (table) {
            for (const ColumnInfo &column : table->columns) {
                if (column.position == position)
                    name = column.name;
            }
        }
        names << name;
    }
    return names;
}

} // namespace

SchemaCatalog::SchemaCatalog(QObject *parent)
    : QObject(parent)
{ }

CatalogSnapshot SchemaCatalog::read(const PgConnection &db, Error *error)
{
    CatalogSnapshot snapshot;
    QHash<quint32, TableInfo> tables;
    QList<quint32> order;
    QHash<quint32, QPair<QString, quint32>> views; // simple views: definition and the one relation below
    CatalogRows q;
    // All five in one round trip (pipeline mode), which a remote forward's latency is paid for once, and in
    // one transaction, so that they describe the same moment.
    QList<QPair<QString, QVariantList>> statements;
    for (const QString &file : catalogFiles())
        statements.append({SqlResource::text(file), {}});
    QList<PgResult> results = db.execTogether(statements);
    if (!runCatalogQuery(results, q, error))
        return {};
    while (q.next())
        snapshot.schemas << SchemaInfo {q.value(0).toString(), q.value(1).toString(), {}};
    if (!runCatalogQuery(results, q, error))
        return {};
    while (q.next()) {
        TableInfo table;
        table.oid = q.value(0).toUInt();
        table.schema = q.value(1).toString();
        table.name = q.value(2).toString();
        table.kind = relationKind(q.value(3).toString());
        table.estimatedRows = q.value(4).toLongLong();
        table.totalBytes = q.value(5).toLongLong();
        table.comment = q.value(6).toString();
        if (!q.value(7).toString().isEmpty())
            views.insert(table.oid, {q.value(7).toString(), q.value(8).toUInt()});
        tables.insert(table.oid, table);
        order << table.oid;
    }
    if (!runCatalogQuery(results, q, error))
        return {};
    while (q.next()) {
        const auto table = tables.find(q.value(0).toUInt());
        if (table == tables.end())
            continue;
        ColumnInfo column;
        column.position = q.value(1).toInt();
        column.name = q.value(2).toString();
        column.type = q.value(3).toString();
        column.typeOid = q.value(4).toUInt();
        const QString typeKind = q.value(5).toString();
        column.typeKind = typeKind.isEmpty() ? QChar() : typeKind.at(0);
        column.notNull = q.value(6).toBool();
        column.defaultValue = q.value(7).toString();
        column.identity = !q.value(8).toString().isEmpty();
        column.generated = !q.value(9).toString().isEmpty();
        column.comment = q.value(10).toString();
        column.enumLabels = q.value(11).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        table->columns << column;
    }
    if (!runCatalogQuery(results, q, error))
        return {};
    while (q.next()) {
        const auto table = tables.find(q.value(0).toUInt());
        if (table == tables.end())
            continue;
        ConstraintInfo constraint;
        constraint.name = q.value(1).toString();
        constraint.type = constraintType(q.value(2).toString());
        constraint.definition = q.value(3).toString();
        constraint.columns = columnNames(q.value(4).toString(), &*table);
        constraint.referencedSchema = q.value(5).toString();
        constraint.referencedTable = q.value(6).toString();
        const auto referenced = tables.constFind(q.value(8).toUInt());
        constraint.referencedColumns
            = columnNames(q.value(7).toString(), referenced == tables.cend() ? nullptr : &*referenced);
        if (constraint.type == ConstraintInfo::Type::PrimaryKey) {
            for (ColumnInfo &column : table->columns)
                column.primaryKey = column.primaryKey || constraint.columns.contains(column.name);
        }
        table->constraints << constraint;
    }
    if (!runCatalogQuery(results, q, error))
        return {};
    while (q.next()) {
        const auto table = tables.find(q.value(0).toUInt());
        if (table == tables.end())
            continue;
        table->indexes << IndexInfo {q.value(1).toString(), q.value(2).toString(), q.value(5).toString(),
            q.value(3).toBool(), q.value(4).toBool(), q.value(6).toLongLong()};
    }
    for (auto view = views.cbegin(); view != views.cend(); ++view) {
        if (const auto base = tables.constFind(view->second); base != tables.cend())
            ViewKey::find(tables[view.key()], view->first, *base);
    }
    for (quint32 oid : order) {
        const TableInfo &table = tables[oid];
        for (SchemaInfo &schema : snapshot.schemas) {
            if (schema.name == table.schema)
                schema.tables << table;
        }
    }
    return snapshot;
}

void SchemaCatalog::refresh(Session *session)
{
    m_loading = true;
    const quint64 generation = ++m_generation;
    auto future = session->call([](PgConnection &conn) {
        auto result = std::make_shared<ReadResult>();
        result->snapshot = read(conn, &result->error);
        return result;
    });
    whenFinished(future, this, [this, generation](std::shared_ptr<ReadResult> result) {
        // A newer refresh was started meanwhile: its answer counts, not this one.
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result->error.isNull()) {
            Q_EMIT failed(result->error);
            return;
        }
        m_snapshot = std::make_shared<const CatalogSnapshot>(std::move(result->snapshot));
        Q_EMIT loaded();
    });
}
