#include "constraintmessage.h"

#include <QCoreApplication>
#include <QPair>
#include <QRegularExpression>
#include <algorithm>

namespace {

const ConstraintInfo *findConstraint(const TableInfo *table, const QString &name)
{
    if (!table)
        return nullptr;
    for (const ConstraintInfo &constraint : table->constraints) {
        if (constraint.name == name)
            return &constraint;
    }
    return nullptr;
}

int columnIndex(const TableQuery &query, const QString &name)
{
    for (int c = 0; c < query.columnCount(); ++c) {
        if (query.columnName(c) == name)
            return c;
    }
    return -1;
}

QString typeInWords(const QString &type)
{
    if (type == QLatin1String("integer") || type == QLatin1String("bigint") || type == QLatin1String("smallint"))
        return QCoreApplication::translate("TableDataModel", "integer");
    if (type == QLatin1String("numeric") || type.startsWith(QLatin1String("double")) || type == QLatin1String("real"))
        return QCoreApplication::translate("TableDataModel", "number");
    if (type == QLatin1String("boolean"))
        return QCoreApplication::translate("TableDataModel", "true/false value");
    if (type.startsWith(QLatin1String("timestamp")) || type == QLatin1String("date")
        || type.startsWith(QLatin1String("time")))
        return QCoreApplication::translate("TableDataModel", "date/time");
    return type;
}

// 23505: names the row that already holds the value, looked up by the unique key's columns.
QString uniqueWords(
    const PgConnection &conn, const TableQuery &query, const PendingChange &change, const QStringList &columns)
{
    QVariantList binds;
    QStringList conditions;
    for (const QString &name : columns)
        conditions << PgStatement::quoteIdentifier(name) + QLatin1String(" = ")
                + bindValue(binds, change.rowValues.value(columnIndex(query, name)));
    QStringList keys;
    for (int c : query.keyColumns())
        keys << PgStatement::quoteIdentifier(query.columnName(c)) + QLatin1String("::text");
    PgResult other;
    if (!keys.isEmpty())
        other = conn.exec(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT 1")
                .arg(keys.join(QLatin1String(", ")), query.qualifiedName(), conditions.join(QLatin1String(" AND "))),
            binds);
    const QString what = columns.join(QLatin1String(" + "));
    if (other.ok() && !other.rows.isEmpty()) {
        QStringList key;
        for (const QVariant &value : other.rows.first())
            key << value.toString();
        return QCoreApplication::translate("TableDataModel", "This %1 is already used by %2 %3.")
            .arg(what, ConstraintMessage::rowNoun(query.table().name), key.join(QLatin1String(", ")));
    }
    return QCoreApplication::translate("TableDataModel", "This %1 is already used by another row.").arg(what);
}

QString foreignKeyWords(const CatalogSnapshot &catalog, const TableQuery &query, const PendingChange &change,
    const PgResult &result, int *column)
{
    const TableInfo &table = query.table();
    if (change.kind == RowState::Deleted || (!result.table.isEmpty() && result.table != table.name)) {
        // Our row is still referenced: the error names the referencing table and its constraint.
        const TableInfo *referencing = catalog.findTable(table.schema + QLatin1Char('.') + result.table);
        const ConstraintInfo *fk = findConstraint(referencing, result.constraint);
        const QString where
            = fk ? result.table + QLatin1Char('.') + fk->columns.join(QLatin1String(", ")) : result.table;
        return QCoreApplication::translate("TableDataModel", "This %1 still has %2 (%3); delete or move those first.")
            .arg(ConstraintMessage::rowNoun(table.name), result.table, where);
    }
    const ConstraintInfo *fk = findConstraint(&table, result.constraint);
    if (!fk)
        return QCoreApplication::translate("TableDataModel", "A referenced row does not exist (%1).")
            .arg(result.constraint);
    QStringList values;
    for (const QString &name : fk->columns) {
        *column = columnIndex(query, name);
        values << change.rowValues.value(*column).toString();
    }
    return QCoreApplication::translate("TableDataModel", "There is no %1 with %2 %3.")
        .arg(ConstraintMessage::rowNoun(fk->referencedTable), fk->referencedColumns.join(QLatin1String(", ")),
            values.join(QLatin1String(", ")));
}

QString checkWords(const TableQuery &query, const PgResult &result, int *column)
{
    const ConstraintInfo *check = findConstraint(&query.table(), result.constraint);
    if (!check)
        return QCoreApplication::translate("TableDataModel", "The row breaks the rule %1.").arg(result.constraint);
    // "visibility IN ('public', 'private')" reads best as the list of allowed values.
    static const QRegularExpression literal(QStringLiteral("'((?:[^']|'')*)'"));
    QStringList allowed;
    for (auto it = literal.globalMatch(check->definition); it.hasNext();)
        allowed << it.next().captured(1).replace(QLatin1String("''"), QLatin1String("'"));
    const bool isList
        = check->definition.contains(QLatin1String("ANY")) || check->definition.contains(QLatin1String(" IN "));
    if (check->columns.size() == 1 && isList && allowed.size() >= 2) {
        *column = columnIndex(query, check->columns.first());
        const QString last = allowed.takeLast();
        return QCoreApplication::translate("TableDataModel", "%1 must be %2 or %3 (rule %4).")
            .arg(check->columns.first(), allowed.join(QLatin1String(", ")), last, check->name);
    }
    if (check->columns.size() == 1)
        *column = columnIndex(query, check->columns.first());
    return QCoreApplication::translate("TableDataModel", "The row breaks the rule %1: %2.")
        .arg(check->name, check->definition);
}

QString invalidInputWords(const TableQuery &query, const PendingChange &change, const PgResult &result, int *column)
{
    static const QRegularExpression typed(QStringLiteral("type ([^:]+): \"(.*)\"$"));
    static const QRegularExpression value(QStringLiteral(": \"(.*)\"$"));
    const auto typedMatch = typed.match(result.error.why);
    const auto valueMatch = value.match(result.error.why);
    const QString text = valueMatch.hasMatch() ? valueMatch.captured(1) : QString();
    const QString type = typedMatch.hasMatch() ? typeInWords(typedMatch.captured(1))
                                               : QCoreApplication::translate("TableDataModel", "date/time");
    for (int i = 0; i < change.columns.size(); ++i) {
        if (change.after.value(i).toString() == text)
            *column = columnIndex(query, change.columns[i]);
    }
    if (*column < 0)
        return QCoreApplication::translate("TableDataModel", "'%1' is not a valid %2.").arg(text, type);
    return QCoreApplication::translate("TableDataModel", "'%1' is not a valid %2 for %3.")
        .arg(text, type, query.columnName(*column));
}

// English plural -> singular for one word, by the rules ORMs use for table names (Rails' inflector, trimmed):
// the first rule that matches wins, so the specific ones come before the general "drop the s".
QString singular(const QString &word)
{
    static const QStringList same {QStringLiteral("data"), QStringLiteral("metadata"), QStringLiteral("equipment"),
        QStringLiteral("information"), QStringLiteral("money"), QStringLiteral("news"), QStringLiteral("series"),
        QStringLiteral("species"), QStringLiteral("sheep"), QStringLiteral("fish"), QStringLiteral("police")};
    static const QList<QPair<QString, QString>> irregular {{QStringLiteral("people"), QStringLiteral("person")},
        {QStringLiteral("men"), QStringLiteral("man")}, {QStringLiteral("women"), QStringLiteral("woman")},
        {QStringLiteral("children"), QStringLiteral("child")}, {QStringLiteral("mice"), QStringLiteral("mouse")},
        {QStringLiteral("knives"), QStringLiteral("knife")}, {QStringLiteral("lives"), QStringLiteral("life")},
        {QStringLiteral("wives"), QStringLiteral("wife")}, {QStringLiteral("halves"), QStringLiteral("half")},
        {QStringLiteral("shelves"), QStringLiteral("shelf")}, {QStringLiteral("wolves"), QStringLiteral("wolf")}};
    struct Rule
    {
        QRegularExpression pattern;
        QString replacement;
    };
    const auto rule = [](const char *pattern, const char *replacement) {
        return Rule {QRegularExpression(QLatin1String(pattern)), QLatin1String(replacement)};
    };
    // First: plurals that only need their s dropped, although a rule below would take more.
    static const QList<Rule> rules {
        rule("(database|cache|niche|shoe|movie|cookie|zombie|calorie|menu|haiku|emoji|^tie|^pie|^guru|^emu|^tofu|^api|"
             "^kpi|^wiki|^taxi|^ski)s$",
            "\\1"),
        rule("(quiz)zes$", "\\1"), rule("(matr)ices$", "\\1ix"), rule("(vert|ind)ices$", "\\1ex"),
        rule("(alias|status|campus|virus|bonus|^bus)(es)?$", "\\1"), rule("^(a)x[ie]s$", "\\1xis"),
        rule("(analy|diagno|parenthe|progno|synop|the|cri)(sis|ses)$", "\\1sis"), rule("(x|ch|ss|sh|zz)es$", "\\1"),
        rule("(o)es$", "\\1"), rule("([^aeiouy]|qu)ies$", "\\1y"),
        // Singular nouns that end in s: status, address, analysis, census.
        rule("(ss|us|is)$", "\\1"), rule("s$", "")};
    const QString lower = word.toLower();
    QString one = lower;
    if (const auto it
        = std::find_if(irregular.cbegin(), irregular.cend(), [&](const auto &p) { return p.first == lower; });
        it != irregular.cend()) {
        one = it->second;
    } else if (!same.contains(lower)) {
        const auto it2 = std::find_if(
            rules.cbegin(), rules.cend(), [&](const Rule &r) { return r.pattern.match(lower).hasMatch(); });
        if (it2 != rules.cend())
            one.replace(it2->pattern, it2->replacement);
    }
    // Only the end changed: keep the table's own spelling of the rest (Users -> User, CATEGORIES -> CATEGORY).
    if (word == word.toUpper() && word != lower)
        return one.toUpper();
    qsizetype kept = 0;
    while (kept < one.size() && kept < lower.size() && one[kept] == lower[kept])
        ++kept;
    return word.left(kept) + one.mid(kept);
}

} // namespace

namespace ConstraintMessage {

QString rowNoun(const QString &table)
{
    // The last word of a snake_case name carries the number: order_items -> order_item.
    const qsizetype start = table.lastIndexOf(QLatin1Char('_')) + 1;
    return table.left(start) + singular(table.mid(start));
}

SaveFailure describe(const PgConnection &conn, const CatalogSnapshot &catalog, const TableQuery &query,
    const PendingChange &change, const PgResult &result)
{
    SaveFailure failure {change.row, -1, result.error, {}};
    const QString state = result.error.sqlState;
    if (state == QLatin1String("23505")) {
        const ConstraintInfo *unique = findConstraint(&query.table(), result.constraint);
        QStringList columns = unique ? unique->columns : QStringList();
        static const QRegularExpression key(QStringLiteral("^Key \\(([^)]*)\\)="));
        if (columns.isEmpty()) // a unique index that is not a constraint: the DETAIL names the columns
            columns = key.match(result.error.detail).captured(1).split(QLatin1String(", "), Qt::SkipEmptyParts);
        failure.column = columnIndex(query, columns.value(0));
        failure.plainWords = uniqueWords(conn, query, change, columns);
    } else if (state == QLatin1String("23503")) {
        failure.plainWords = foreignKeyWords(catalog, query, change, result, &failure.column);
    } else if (state == QLatin1String("23514")) {
        failure.plainWords = checkWords(query, result, &failure.column);
    } else if (state == QLatin1String("23502")) {
        failure.column = columnIndex(query, result.column);
        failure.plainWords = QCoreApplication::translate("TableDataModel", "%1 is required.").arg(result.column);
    } else if (state == QLatin1String("22P02") || state == QLatin1String("22007") || state == QLatin1String("22008")) {
        failure.plainWords = invalidInputWords(query, change, result, &failure.column);
    } else if (state == QLatin1String("25006")) {
        failure.plainWords = QCoreApplication::translate(
            "TableDataModel", "This connection is read-only (a production database): unlock writes to save changes.");
    } else {
        failure.plainWords = result.error.why;
    }
    return failure;
}

QString forRead(const Error &error)
{
    if (error.sqlState == QLatin1String("42601"))
        return QCoreApplication::translate("TableDataModel", "The filter has a syntax error: %1.").arg(error.why);
    if (error.sqlState == QLatin1String("42703") || error.sqlState == QLatin1String("42883"))
        return QCoreApplication::translate("TableDataModel", "The filter refers to something that does not exist: %1.")
            .arg(error.why);
    if (error.sqlState == QLatin1String("22P02") || error.sqlState == QLatin1String("22007"))
        return QCoreApplication::translate("TableDataModel", "A filter value does not fit its column: %1.")
            .arg(error.why);
    return error.why;
}

} // namespace ConstraintMessage
