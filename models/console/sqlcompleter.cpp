#include "sqlcompleter.h"

#include "catalog/catalogtypes.h"
#include "sqltokenizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// A table named in the statement's FROM, JOIN, INTO, UPDATE or TABLE clauses, names as PostgreSQL reads them.
struct TableReference
{
    QString schema; // empty when not qualified
    QString name;
    QString alias;
};

// The significant tokens (no comments) of the statement around the cursor, with the words they spell.
class StatementReader
{
public:
    StatementReader(const QString &text, QList<SqlToken> tokens)
        : m_text(text)
        , m_tokens(std::move(tokens))
    { }

    int size() const { return int(m_tokens.size()); }
    const SqlToken &at(int i) const { return m_tokens.at(i); }
    QStringView textOf(int i) const { return QStringView(m_text).mid(at(i).start, at(i).length); }
    QString nameOf(int i) const { return SqlTokenizer::identifierName(textOf(i)); }
    bool isPunct(int i, char c) const { return i >= 0 && i < size() && at(i).is(c); }

    bool isWord(int i, QLatin1StringView word) const
    {
        return i >= 0 && i < size() && at(i).kind == SqlToken::Kind::Keyword
            && textOf(i).compare(word, Qt::CaseInsensitive) == 0;
    }

    // Any word may follow a dot (attr_name); elsewhere only identifiers and the key words PostgreSQL's ColId takes.
    bool isName(int i, bool afterDot = false) const
    {
        if (i < 0 || i >= size() || !at(i).isName())
            return false;
        const SqlKeywordCategory category = at(i).keywordCategory;
        return afterDot || category == SqlKeywordCategory::None || category == SqlKeywordCategory::Unreserved
            || category == SqlKeywordCategory::ColumnName;
    }

    // A bare alias after a table: not a word that starts the next clause (UPDATE t SET, INSERT INTO t VALUES).
    bool isBareAlias(int i) const
    {
        static const QSet<QString> clauseWords {
            QStringLiteral("set"), QStringLiteral("values"), QStringLiteral("overriding")};
        return isName(i) && !(at(i).kind == SqlToken::Kind::Keyword && clauseWords.contains(nameOf(i)));
    }

    int skipParens(int open) const
    {
        int depth = 0;
        for (int i = open; i < size(); ++i) {
            if (at(i).is('('))
                ++depth;
            else if (at(i).is(')') && --depth == 0)
                return i + 1;
        }
        return size();
    }

    QList<TableReference> tableReferences() const;

private:
    int parseReference(int i, bool allowFunction, QList<TableReference> &references) const;

    const QString &m_text;
    QList<SqlToken> m_tokens;
};

// One table reference: [ONLY|LATERAL] name[.name] [*] [[AS] alias [(columns)]], or a (subquery) or function(...).
int StatementReader::parseReference(int i, bool allowFunction, QList<TableReference> &references) const
{
    while (isWord(i, QLatin1StringView("only")) || isWord(i, QLatin1StringView("lateral")))
        ++i;
    QStringList parts;
    if (isPunct(i, '(')) {
        i = skipParens(i);
    } else if (isName(i)) {
        parts << nameOf(i++);
        while (isPunct(i, '.') && isName(i + 1, true)) {
            parts << nameOf(i + 1);
            i += 2;
        }
        if (isPunct(i, '(')) {
            if (!allowFunction) // INSERT INTO t (columns)
                return i;
            parts.clear();
            i = skipParens(i);
        }
    } else {
        return i;
    }
    if (i < size() && at(i).kind == SqlToken::Kind::Operator && textOf(i) == u"*")
        ++i;
    QString alias;
    if (isWord(i, QLatin1StringView("as")) && isName(i + 1, true)) {
        alias = nameOf(i + 1);
        i += 2;
    } else if (isBareAlias(i)) {
        alias = nameOf(i++);
    }
    if (!alias.isEmpty() && isPunct(i, '('))
        i = skipParens(i);
    if (!parts.isEmpty())
        references.append({parts.size() > 1 ? parts.at(parts.size() - 2) : QString(), parts.last(), alias});
    return i;
}

QList<TableReference> StatementReader::tableReferences() const
{
    QList<TableReference> references;
    for (int i = 0; i < size(); ++i) {
        const bool from = isWord(i, QLatin1StringView("from"));
        const bool join = isWord(i, QLatin1StringView("join"));
        if (!from && !join && !isWord(i, QLatin1StringView("into")) && !isWord(i, QLatin1StringView("update"))
            && !isWord(i, QLatin1StringView("table")))
            continue;
        int next = parseReference(i + 1, from || join, references);
        while (from && isPunct(next, ','))
            next = parseReference(next + 1, true, references);
        i = qMax(i, next - 1);
    }
    return references;
}

bool startsWith(const QString &candidate, const QString &needle)
{
    return candidate.startsWith(needle, Qt::CaseInsensitive);
}

bool isTableListStart(const StatementReader &statement, int previous)
{
    static const char *const words[] = {"from", "join", "into", "update", "table", "only", "truncate"};
    for (const char *word : words) {
        if (statement.isWord(previous, QLatin1StringView(word)))
            return true;
    }
    if (!statement.isPunct(previous, ','))
        return false;
    // After a comma: still in a FROM list when FROM is the nearest clause word at this parenthesis depth.
    int depth = 0;
    for (int i = previous - 1; i >= 0; --i) {
        if (statement.at(i).is(')'))
            ++depth;
        else if (statement.at(i).is('(') && --depth < 0)
            return false;
        else if (depth == 0 && statement.at(i).kind == SqlToken::Kind::Keyword
            && statement.at(i).keywordCategory == SqlKeywordCategory::Reserved)
            return statement.isWord(i, QLatin1StringView("from"));
    }
    return false;
}

// INSERT INTO t (a, | : the index of t's name token, else -1.
int insertColumnListTable(const StatementReader &statement, int previous)
{
    if (!statement.isPunct(previous, '(') && !statement.isPunct(previous, ','))
        return -1;
    int depth = 0;
    for (int i = previous; i >= 0; --i) {
        if (statement.at(i).is(')')) {
            ++depth;
        } else if (statement.at(i).is('(') && --depth < 0) {
            int name = i - 1;
            while (statement.isPunct(name - 1, '.'))
                name -= 2;
            return statement.isWord(name - 1, QLatin1StringView("into")) ? name : -1;
        }
    }
    return -1;
}

} // namespace

void SqlCompleter::setCatalog(std::shared_ptr<const CatalogSnapshot> catalog)
{
    m_catalog = std::move(catalog);
}

void SqlCompleter::setKeywords(const SqlKeywords &keywords)
{
    m_keywords = keywords;
}

QString SqlCompleter::quotedIdentifier(const QString &name) const
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    const SqlKeywordCategory category = m_keywords.category(name);
    if (plain.match(name).hasMatch() && category != SqlKeywordCategory::Reserved
        && category != SqlKeywordCategory::TypeFunctionName)
        return name;
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

namespace {

// Collects candidates for one completion, by group, each group in the order it should be shown.
class CandidateList
{
public:
    CandidateList(const SqlCompleter &completer, const CatalogSnapshot *catalog, const QString &prefix)
        : m_completer(completer)
        , m_catalog(catalog)
        , m_needle(prefix.startsWith(QLatin1Char('"')) ? prefix.mid(1) : prefix)
        , m_upperKeywords(prefix.isEmpty() || prefix != prefix.toLower())
    { }

    const TableInfo *findTable(const QString &schema, const QString &name) const
    {
        if (!m_catalog)
            return nullptr;
        const TableInfo *found = nullptr;
        for (const SchemaInfo &s : m_catalog->schemas) {
            for (const TableInfo &table : s.tables) {
                if (table.name != name || (!schema.isEmpty() && s.name != schema))
                    continue;
                if (s.name == u"public" || !schema.isEmpty())
                    return &table;
                if (!found) // outside public only when public has none of that name
                    found = &table;
            }
        }
        return found;
    }

    const SchemaInfo *findSchema(const QString &name) const
    {
        if (!m_catalog)
            return nullptr;
        for (const SchemaInfo &schema : m_catalog->schemas) {
            if (schema.name == name)
                return &schema;
        }
        return nullptr;
    }

    void addColumns(const TableInfo &table)
    {
        for (const ColumnInfo &column : table.columns) {
            if (startsWith(column.name, m_needle))
                add(m_columns, {m_completer.quotedIdentifier(column.name), SqlCompletion::Kind::Column, column.type});
        }
    }

    // Tables and views; outside public (and not after "schema.") written schema-qualified.
    void addTables(const SchemaInfo &schema, bool qualify)
    {
        for (const TableInfo &table : schema.tables) {
            const QString name = m_completer.quotedIdentifier(table.name);
            const QString text = qualify ? m_completer.quotedIdentifier(schema.name) + QLatin1Char('.') + name : name;
            if (startsWith(table.name, m_needle) || startsWith(text, m_needle))
                add(qualify ? m_qualifiedTables : m_tables,
                    {text, table.isView() ? SqlCompletion::Kind::View : SqlCompletion::Kind::Table, schema.name});
        }
    }

    void addAllTables(bool withSchemas)
    {
        if (!m_catalog)
            return;
        for (const SchemaInfo &schema : m_catalog->schemas) {
            addTables(schema, schema.name != u"public");
            if (withSchemas && startsWith(schema.name, m_needle))
                add(m_schemas, {m_completer.quotedIdentifier(schema.name), SqlCompletion::Kind::Schema, {}});
        }
    }

    void addKeywordsAndFunctions()
    {
        for (const SqlKeywords::Keyword &keyword : m_completer.keywords().keywords()) {
            if (startsWith(keyword.word, m_needle))
                add(m_keywords,
                    {m_upperKeywords ? keyword.word.toUpper() : keyword.word, SqlCompletion::Kind::Keyword, {}});
        }
        for (const QString &function : m_completer.keywords().functionNames()) {
            if (startsWith(function, m_needle))
                add(m_functions, {function, SqlCompletion::Kind::Function, {}});
        }
    }

    QList<SqlCompletion> columnsFirst() const
    {
        return m_columns + sorted(m_tables) + sorted(m_qualifiedTables) + sorted(m_schemas) + sorted(m_functions)
            + sorted(m_keywords);
    }

    QList<SqlCompletion> keywordsFirst() const
    {
        return sorted(m_keywords) + sorted(m_functions) + sorted(m_tables) + sorted(m_qualifiedTables) + m_columns;
    }

private:
    void add(QList<SqlCompletion> &group, const SqlCompletion &candidate)
    {
        if (!group.contains(candidate))
            group.append(candidate);
    }

    static QList<SqlCompletion> sorted(QList<SqlCompletion> list)
    {
        // By name: a quoted "Order" sorts among the O's.
        auto key = [](const SqlCompletion &c) {
            return QStringView(c.text).mid(c.text.startsWith(u'"') ? 1 : 0);
        };
        std::stable_sort(list.begin(), list.end(), [&key](const SqlCompletion &a, const SqlCompletion &b) {
            return key(a).compare(key(b), Qt::CaseInsensitive) < 0;
        });
        return list;
    }

    const SqlCompleter &m_completer;
    const CatalogSnapshot *m_catalog;
    QString m_needle;
    bool m_upperKeywords;
    QList<SqlCompletion> m_columns, m_tables, m_qualifiedTables, m_schemas, m_functions, m_keywords;
};

// After "alias.", "table.", "schema." or "schema.table.": the columns of that table, or the tables of that schema.
void addQualified(
    const StatementReader &statement, int dot, const QList<TableReference> &references, CandidateList &candidates)
{
    const QString name = statement.nameOf(dot - 1);
    const QString schema = statement.isPunct(dot - 2, '.') ? statement.nameOf(dot - 3) : QString();
    const TableInfo *table = nullptr;
    for (const TableReference &reference : references) {
        if (schema.isEmpty() && (reference.alias == name || (reference.alias.isEmpty() && reference.name == name)))
            table = candidates.findTable(reference.schema, reference.name);
    }
    if (table)
        candidates.addColumns(*table);
    else if (const SchemaInfo *s = schema.isEmpty() ? candidates.findSchema(name) : nullptr)
        candidates.addTables(*s, false);
    else if ((table = candidates.findTable(schema, name)))
        candidates.addColumns(*table);
}

struct CursorContext
{
    bool insideLiteral = false; // in a string, comment, number: nothing to propose
    int prefixStart = 0;
    int statementBegin = 0; // token indices of the statement around the cursor
    int statementEnd = 0;
};

CursorContext cursorContext(const QString &text, const QList<SqlToken> &tokens, int cursor)
{
    CursorContext context;
    context.prefixStart = cursor;
    context.statementEnd = int(tokens.size());
    for (int i = 0; i < tokens.size(); ++i) {
        const SqlToken &token = tokens.at(i);
        if (token.is(';') && token.end() <= cursor) {
            context.statementBegin = i + 1;
        } else if (token.is(';')) {
            context.statementEnd = i;
            break;
        }
        if (token.start >= cursor || token.end() < cursor)
            continue;
        if (token.isName()) {
            context.prefixStart = token.start;
            continue;
        }
        // A cursor right after a closed string or comment is outside it; a line comment runs to the line's end.
        const bool lineComment = token.kind == SqlToken::Kind::Comment && text.mid(token.start, 2) == u"--";
        const bool literal = token.kind != SqlToken::Kind::Operator && token.kind != SqlToken::Kind::Other;
        const bool open = token.end() > cursor || !token.terminated || lineComment
            || token.kind == SqlToken::Kind::Number || token.kind == SqlToken::Kind::Parameter;
        if (literal && open)
            context.insideLiteral = true;
    }
    return context;
}

} // namespace

SqlCompletionResult SqlCompleter::complete(const QString &text, int cursor) const
{
    cursor = qBound(0, cursor, int(text.size()));
    const QList<SqlToken> tokens = SqlTokenizer::tokenize(text);
    const CursorContext context = cursorContext(text, tokens, cursor);
    SqlCompletionResult result;
    result.prefixStart = context.prefixStart;
    result.prefix = text.mid(context.prefixStart, cursor - context.prefixStart);
    if (context.insideLiteral)
        return result;

    QList<SqlToken> significant;
    int previous = -1; // the last significant token before the prefix
    for (int i = context.statementBegin; i < context.statementEnd; ++i) {
        if (!tokens.at(i).isSignificant())
            continue;
        if (tokens.at(i).end() <= context.prefixStart)
            previous = int(significant.size());
        significant.append(tokens.at(i));
    }
    const StatementReader statement(text, significant);
    const QList<TableReference> references = statement.tableReferences();
    CandidateList candidates(*this, m_catalog.get(), result.prefix);

    if (statement.isPunct(previous, '.') && statement.isName(previous - 1, true)) {
        addQualified(statement, previous, references, candidates);
    } else if (const int into = insertColumnListTable(statement, previous); into >= 0) {
        const QString schema = statement.isPunct(into - 1, '.') ? statement.nameOf(into - 2) : QString();
        if (const TableInfo *table = candidates.findTable(schema, statement.nameOf(into)))
            candidates.addColumns(*table);
    } else if (isTableListStart(statement, previous)) {
        candidates.addAllTables(true);
    } else {
        QSet<const TableInfo *> seen;
        for (const TableReference &reference : references) {
            const TableInfo *table = candidates.findTable(reference.schema, reference.name);
            if (table && !seen.contains(table)) {
                seen.insert(table);
                candidates.addColumns(*table);
            }
        }
        candidates.addAllTables(false);
        candidates.addKeywordsAndFunctions();
    }
    // At the start of a statement a key word is far likelier than a column.
    result.candidates = previous < 0 ? candidates.keywordsFirst() : candidates.columnsFirst();
    return result;
}
