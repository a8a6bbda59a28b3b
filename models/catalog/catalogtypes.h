#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Plain values describing a database's schema as read from pg_catalog by SchemaCatalog.

struct ColumnInfo
{
    int position = 0; // attnum, 1-based
    QString name;
    QString type; // as format_type() prints it: "character varying(255)"
    quint32 typeOid = 0;
    QChar typeKind; // pg_type.typtype: b base, e enum, d domain, c composite, r range
    bool notNull = false;
    QString defaultValue; // expression, e.g. "nextval('users_id_seq'::regclass)" or "now()"
    bool identity = false;
    bool generated = false;
    QString comment;
    bool primaryKey = false;
    QStringList enumLabels; // the labels of an enum type, in order; empty for other types
};

struct ConstraintInfo
{
    enum class Type { PrimaryKey, Unique, Check, ForeignKey, Exclusion };
    QString name;
    Type type = Type::Check;
    QString definition; // pg_get_constraintdef: "FOREIGN KEY (user_id) REFERENCES users(id)"
    QStringList columns; // constrained columns, in key order
    QString referencedSchema; // foreign keys only
    QString referencedTable;
    QStringList referencedColumns;
};

struct IndexInfo
{
    QString name;
    QString definition; // "CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email)"
    QString method; // btree, gin, gist, ...
    bool unique = false;
    bool primary = false;
    qint64 bytes = 0;
};

struct TableInfo
{
    enum class Kind { Table, PartitionedTable, View, MaterializedView, ForeignTable };
    quint32 oid = 0;
    QString schema;
    QString name;
    Kind kind = Kind::Table;
    qint64 estimatedRows = -1; // -1: unknown (never analyzed)
    qint64 totalBytes = 0;
    QString comment;
    QList<ColumnInfo> columns;
    QList<ConstraintInfo> constraints;
    QList<IndexInfo> indexes;
    // A simple view over one table: its columns that carry that table's primary key (see ViewKey), that
    // table, and which of its columns each view column shows unchanged.
    QStringList viewKey;
    QString viewBaseSchema;
    QString viewBaseName;
    QHash<QString, QString> viewBaseColumns;

    bool isView() const { return kind == Kind::View || kind == Kind::MaterializedView; }
    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    QStringList primaryKey() const;
    const ColumnInfo *column(const QString &name) const;
    QList<ConstraintInfo> foreignKeys() const;
};

// A foreign key of another table that points at this one ("Referenced by" in psql's \d).
struct IncomingReference
{
    QString schema;
    QString table;
    ConstraintInfo constraint;
};

struct SchemaInfo
{
    QString name;
    QString comment;
    QList<TableInfo> tables; // tables and views, by name
};

struct CatalogSnapshot
{
    QList<SchemaInfo> schemas;

    // "schema.table" or a bare "table" (looked up in public first, then in every schema).
    const TableInfo *findTable(const QString &name) const;
    QList<IncomingReference> referencesTo(const QString &schema, const QString &table) const;
    int tableCount() const;
};
