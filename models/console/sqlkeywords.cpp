#include "sqlkeywords.h"

#include <algorithm>

namespace {

// PostgreSQL 15's key words by category (src/include/parser/kwlist.h); tst_sqltokenizer checks each against the
// scanner of libpg_query, which is the same parser.
const char reservedWords[]
    = "all analyse analyze and any array as asc asymmetric both case cast check collate column constraint "
      "create current_catalog current_date current_role current_time current_timestamp current_user default "
      "deferrable desc distinct do else end except false fetch for foreign from grant group having in "
      "initially intersect into lateral leading limit localtime localtimestamp not null offset on only or "
      "order placing primary references returning select session_user some symmetric table then to trailing "
      "true union unique user using variadic when where window with";
const char columnNameWords[]
    = "between bigint bit boolean char character coalesce dec decimal exists extract float greatest "
      "grouping inout int integer interval least national nchar none normalize nullif numeric out overlay "
      "position precision real row setof smallint substring time timestamp treat trim values varchar "
      "xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot "
      "xmlserialize xmltable";
const char typeFunctionNameWords[]
    = "authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull "
      "join left like natural notnull outer overlaps right similar tablesample verbose";
const char unreservedWords[]
    = "abort absolute access action add admin after aggregate also alter always asensitive assertion "
      "assignment at atomic attach attribute backward before begin breadth by cache call called cascade "
      "cascaded catalog chain characteristics checkpoint class close cluster columns comment comments "
      "commit committed compression configuration conflict connection constraints content continue "
      "conversion copy cost csv cube current cursor cycle data database day deallocate declare defaults "
      "deferred definer delete delimiter delimiters depends depth detach dictionary disable discard "
      "document domain double drop each enable encoding encrypted enum escape event exclude excluding "
      "exclusive execute explain expression extension external family filter finalize first following force "
      "forward function functions generated global granted groups handler header hold hour identity if "
      "immediate immutable implicit import include including increment index indexes inherit inherits "
      "inline input insensitive insert instead invoker isolation key label language large last leakproof "
      "level listen load local location lock locked logged mapping match matched materialized maxvalue "
      "merge method minute minvalue mode month move name names new next nfc nfd nfkc nfkd no normalized "
      "nothing notify nowait nulls object of off oids old operator option options ordinality others over "
      "overriding owned owner parallel parameter parser partial partition passing password plans policy "
      "preceding prepare prepared preserve prior privileges procedural procedure procedures program "
      "publication quote range read reassign recheck recursive ref referencing refresh reindex relative "
      "release rename repeatable replace replica reset restart restrict return returns revoke role rollback "
      "rollup routine routines rows rule savepoint schema schemas scroll search second security sequence "
      "sequences serializable server session set sets share show simple skip snapshot sql stable standalone "
      "start statement statistics stdin stdout storage stored strict strip subscription support sysid "
      "system tables tablespace temp template temporary text ties transaction transform trigger truncate "
      "trusted type types uescape unbounded uncommitted unencrypted unknown unlisten unlogged until update "
      "vacuum valid validate validator value varying version view views volatile whitespace within without "
      "work wrapper write xml year yes zone";

// Types a user writes by name most often, with the aliases pg_catalog shows (int4, timestamptz); not those that are
// common column names too (name, path, point, line).
const char typeWords[]
    = "bigint bigserial bit bool boolean bpchar bytea char character cidr citext date daterange decimal double float "
      "float4 float8 hstore inet int int2 int4 int4range int8 int8range integer interval json jsonb jsonpath macaddr "
      "macaddr8 money numeric numrange oid real record regclass regproc regtype serial serial2 serial4 serial8 "
      "smallint smallserial text time timestamp timestamptz timetz tsquery tsrange tstzrange tsvector uuid varbit "
      "varchar void xml";

// Functions and aggregates seen in everyday queries; the catalog snapshot does not list functions.
const char functionWords[]
    = "abs age array_agg array_append array_length array_position array_remove array_to_string avg bool_and bool_or "
      "btrim cardinality ceil char_length clock_timestamp coalesce concat concat_ws count cume_dist current_setting "
      "currval date_bin date_part date_trunc decode dense_rank encode exp extract first_value floor format "
      "format_type gen_random_uuid generate_series greatest initcap json_agg json_array_elements json_build_array "
      "json_build_object json_each json_object_agg jsonb_agg jsonb_array_elements jsonb_array_length "
      "jsonb_build_array jsonb_build_object jsonb_each jsonb_object_agg jsonb_path_query jsonb_pretty jsonb_set "
      "jsonb_strip_nulls lag last_value lead least left length ln log lower lpad ltrim make_date make_interval "
      "make_timestamp max md5 min mod now nextval ntile nullif octet_length percent_rank percentile_cont "
      "percentile_disc pg_backend_pid pg_cancel_backend pg_relation_size pg_size_pretty pg_sleep "
      "pg_terminate_backend pg_total_relation_size pg_typeof position power quote_ident quote_literal "
      "quote_nullable random rank regexp_match regexp_matches regexp_replace regexp_split_to_array repeat replace "
      "reverse right round row_number row_to_json rpad rtrim setval sign split_part sqrt starts_with "
      "statement_timestamp stddev string_agg string_to_array strpos substr substring sum to_char to_date to_json "
      "to_jsonb to_number to_timestamp to_tsquery to_tsvector translate trim trunc unnest upper variance version";

QSet<QString> wordSet(const char *words)
{
    const QStringList list = QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(list.cbegin(), list.cend());
}

void addWords(QHash<QString, SqlKeywordCategory> &keywords, const char *words, SqlKeywordCategory category)
{
    for (const QString &word : QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        keywords.insert(word, category);
}

struct BuiltInLists
{
    QHash<QString, SqlKeywordCategory> keywords;
    QSet<QString> typeNames;
    QSet<QString> functionNames;
};

// Split once per process; every SqlKeywords then shares these implicitly shared containers.
const BuiltInLists &builtInLists()
{
    static const BuiltInLists lists = [] {
        BuiltInLists l;
        addWords(l.keywords, reservedWords, SqlKeywordCategory::Reserved);
        addWords(l.keywords, columnNameWords, SqlKeywordCategory::ColumnName);
        addWords(l.keywords, typeFunctionNameWords, SqlKeywordCategory::TypeFunctionName);
        addWords(l.keywords, unreservedWords, SqlKeywordCategory::Unreserved);
        l.typeNames = wordSet(typeWords);
        l.functionNames = wordSet(functionWords);
        return l;
    }();
    return lists;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

} // namespace

SqlKeywords::SqlKeywords()
    : m_keywords(builtInLists().keywords)
    , m_typeNames(builtInLists().typeNames)
    , m_functionNames(builtInLists().functionNames)
{ }

QString SqlKeywords::keywordsQuery()
{
    return QStringLiteral("SELECT word, catcode FROM pg_get_keywords()");
}

SqlKeywordCategory SqlKeywords::categoryFromCatcode(QChar catcode)
{
    switch (catcode.toUpper().unicode()) {
    case 'U':
        return SqlKeywordCategory::Unreserved;
    case 'C':
        return SqlKeywordCategory::ColumnName;
    case 'T':
        return SqlKeywordCategory::TypeFunctionName;
    case 'R':
        return SqlKeywordCategory::Reserved;
    default:
        return SqlKeywordCategory::None;
    }
}

void SqlKeywords::setFromServer(const QList<QPair<QString, QChar>> &rows)
{
    QHash<QString, SqlKeywordCategory> keywords;
    for (const auto &[word, catcode] : rows) {
        const SqlKeywordCategory category = categoryFromCatcode(catcode);
        if (!word.isEmpty() && category != SqlKeywordCategory::None)
            keywords.insert(word.toLower(), category);
    }
    // An empty answer (a failed query, a server without the function) must not leave the editor without key words.
    if (keywords.isEmpty())
        return;
    m_keywords = keywords;
    m_fromServer = true;
}

QList<SqlKeywords::Keyword> SqlKeywords::keywords() const
{
    QList<Keyword> list;
    list.reserve(m_keywords.size());
    for (auto it = m_keywords.cbegin(); it != m_keywords.cend(); ++it)
        list.append(Keyword {it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const Keyword &a, const Keyword &b) { return a.word < b.word; });
    return list;
}

SqlKeywordCategory SqlKeywords::category(const QString &word) const
{
    return m_keywords.value(word.toLower(), SqlKeywordCategory::None);
}

QStringList SqlKeywords::typeNames() const
{
    return sorted(m_typeNames);
}

bool SqlKeywords::isTypeName(const QString &word) const
{
    return m_typeNames.contains(word.toLower());
}

QStringList SqlKeywords::functionNames() const
{
    return sorted(m_functionNames);
}

bool SqlKeywords::isFunctionName(const QString &word) const
{
    return m_functionNames.contains(word.toLower());
}
