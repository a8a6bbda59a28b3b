#include "statementclassifier.h"

#include "common/textoffset.h"
#include "parsetree.h"
#include "wherefilter.h"

#include <pg_query.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <optional>

using namespace ParseTree;
using WhereFilter::FilterProblem;
using WhereFilter::filterProblem;

namespace {

using Kind = StatementClass::Kind;
using Transaction = StatementClass::Transaction;

// Classifies one parsed statement; its texts are in the translation context "StatementClassifier".
class Classifier
{
    Q_DECLARE_TR_FUNCTIONS(StatementClassifier)
public:
    explicit Classifier(const QByteArray &sql)
        : m_sql(sql)
    { }
    StatementClass classify(const QString &type, const QJsonObject &body);
    static StatementClass classifyTree(const QByteArray &json, const QByteArray &sql);
    static StatementClass parseFailure(const QString &statement, const PgQueryError &error);

private:
    void classifyQuery(const QString &type, const QJsonObject &body);
    void classifyTransaction(const QJsonObject &body);
    void classifyExplain(const QJsonObject &body);
    void classifyCopy(const QJsonObject &body);
    void classifyDrop(const QString &type, const QJsonObject &body);
    void classifyAlter(const QString &type, const QJsonObject &body);
    void classifyDdl(const QString &type, const QJsonObject &body);
    void classifyUtility(const QString &type, const QJsonObject &body);
    void applyEffects(const QJsonValue &tree);
    void applyWrite(const QString &type, const QJsonObject &body);
    static QString writeText(const QString &type, const QString &target, FilterProblem problem);
    static StatementClass combine(const QList<StatementClass> &classes);
    void addTarget(const QString &name);

    const QByteArray &m_sql;
    StatementClass m_result;
    QString m_writeSummary; // the first write's, or the first unfiltered write's
    QString m_note; // a side effect worth naming: locks, functions, server files
    QString m_default; // what the statement does otherwise
};

StatementClass Classifier::classify(const QString &type, const QJsonObject &body)
{
    static const QStringList queries {QStringLiteral("SelectStmt"), QStringLiteral("InsertStmt"),
        QStringLiteral("UpdateStmt"), QStringLiteral("DeleteStmt"), QStringLiteral("MergeStmt")};
    static const QStringList ddl {QStringLiteral("ViewStmt"), QStringLiteral("IndexStmt"), QStringLiteral("RuleStmt"),
        QStringLiteral("CompositeTypeStmt"), QStringLiteral("CommentStmt"), QStringLiteral("GrantStmt"),
        QStringLiteral("GrantRoleStmt"), QStringLiteral("SecLabelStmt"), QStringLiteral("ImportForeignSchemaStmt")};
    if (queries.contains(type))
        classifyQuery(type, body);
    else if (type == u"TransactionStmt")
        classifyTransaction(body);
    else if (type == u"ExplainStmt")
        classifyExplain(body);
    else if (type == u"CopyStmt")
        classifyCopy(body);
    else if (type == u"TruncateStmt" || type.startsWith(u"Drop"))
        classifyDrop(type, body);
    else if (type.startsWith(u"Alter") || type == u"RenameStmt" || type == u"ReassignOwnedStmt")
        classifyAlter(type, body);
    else if (type.startsWith(u"Create") || type.startsWith(u"Define") || ddl.contains(type))
        classifyDdl(type, body);
    else
        classifyUtility(type, body);
    if (m_result.summary.isEmpty()) {
        m_result.summary = m_result.unfilteredWrite ? m_writeSummary
            : !m_note.isEmpty()                     ? m_note
            : !m_writeSummary.isEmpty()             ? m_writeSummary
                                                    : m_default;
    }
    return m_result;
}

void Classifier::classifyQuery(const QString &type, const QJsonObject &body)
{
    static const QHash<QString, Kind> kinds {{QStringLiteral("SelectStmt"), Kind::Select},
        {QStringLiteral("InsertStmt"), Kind::Insert}, {QStringLiteral("UpdateStmt"), Kind::Update},
        {QStringLiteral("DeleteStmt"), Kind::Delete}, {QStringLiteral("MergeStmt"), Kind::Merge}};
    m_result.kind = kinds.value(type, Kind::Unknown);
    m_result.readOnly = true;
    m_default = tr("SELECT only reads data");
    applyEffects(QJsonObject {{type, body}});
    if (const QJsonObject into = body.value(u"intoClause").toObject(); !into.isEmpty()) {
        const QString table = rangeVarName(into.value(u"rel").toObject());
        m_result.writesData = true;
        m_result.readOnly = false;
        addTarget(table);
        m_note = tr("SELECT INTO creates table %1 and fills it").arg(table);
    }
}

// Finds what a query does anywhere inside it: writes (also in WITH), row locks, functions with side effects.
void Classifier::applyEffects(const QJsonValue &tree)
{
    static const QStringList sideEffects {QStringLiteral("nextval"), QStringLiteral("setval"),
        QStringLiteral("set_config"), QStringLiteral("pg_terminate_backend"), QStringLiteral("pg_cancel_backend"),
        QStringLiteral("pg_reload_conf"), QStringLiteral("pg_switch_wal"), QStringLiteral("lo_unlink"),
        QStringLiteral("lo_import"), QStringLiteral("lo_export"), QStringLiteral("dblink_exec")};
    forEachNode(tree, [this](const QString &type, const QJsonObject &body) {
        if (type == u"InsertStmt" || type == u"UpdateStmt" || type == u"DeleteStmt" || type == u"MergeStmt") {
            applyWrite(type, body);
        } else if (type == u"SelectStmt" && body.contains(u"lockingClause")) {
            m_result.readOnly = false;
            m_note = tr("SELECT that locks rows (FOR UPDATE/SHARE)");
        } else if (type == u"FuncCall") {
            const QJsonArray name = body.value(u"funcname").toArray();
            const QString function = name.isEmpty() ? QString() : objectName(name.last()).toLower();
            if (sideEffects.contains(function)) {
                m_result.readOnly = false;
                m_note = tr("Calls %1(), which changes the server's state").arg(function);
            }
        }
    });
}

void Classifier::applyWrite(const QString &type, const QJsonObject &body)
{
    const QString target = rangeVarName(body.value(u"relation").toObject());
    m_result.writesData = true;
    m_result.readOnly = false;
    addTarget(target);
    FilterProblem problem = FilterProblem::None;
    if (type == u"UpdateStmt" || type == u"DeleteStmt") {
        problem = filterProblem(body.value(u"whereClause"), m_sql);
    } else if (type == u"MergeStmt") {
        for (const QJsonValue &clause : body.value(u"mergeWhenClauses").toArray()) {
            const QString command = unwrap(clause).value(u"commandType").toString();
            if (command == u"CMD_UPDATE" || command == u"CMD_DELETE")
                problem = filterProblem(body.value(u"joinCondition"), m_sql);
        }
    }
    const QString text = writeText(type, target, problem);
    if (problem != FilterProblem::None && !m_result.unfilteredWrite) {
        m_result.unfilteredWrite = true;
        m_writeSummary = text;
    } else if (m_writeSummary.isEmpty()) {
        m_writeSummary = text;
    }
}

QString Classifier::writeText(const QString &type, const QString &target, FilterProblem problem)
{
    const bool isDelete = type == u"DeleteStmt";
    if (type == u"MergeStmt")
        return problem == FilterProblem::None
            ? tr("MERGE into %1").arg(target)
            : tr("MERGE into %1 with a join condition that matches every row").arg(target);
    if (type == u"InsertStmt")
        return tr("INSERT into %1").arg(target);
    switch (problem) {
    case FilterProblem::Missing:
        return (isDelete ? tr("DELETE from %1 without a WHERE clause") : tr("UPDATE of %1 without a WHERE clause"))
            .arg(target);
    case FilterProblem::AlwaysTrue:
        return (isDelete ? tr("DELETE from %1 with a WHERE clause that is always true")
                         : tr("UPDATE of %1 with a WHERE clause that is always true"))
            .arg(target);
    case FilterProblem::NoColumn:
        return (isDelete ? tr("DELETE from %1 with a WHERE clause that refers to no column")
                         : tr("UPDATE of %1 with a WHERE clause that refers to no column"))
            .arg(target);
    case FilterProblem::None:
        break;
    }
    return (isDelete ? tr("DELETE from %1") : tr("UPDATE of %1")).arg(target);
}

void Classifier::addTarget(const QString &name)
{
    if (!name.isEmpty() && !m_result.targetTables.contains(name))
        m_result.targetTables.append(name);
}

void Classifier::classifyTransaction(const QJsonObject &body)
{
    m_result.kind = Kind::TransactionControl;
    m_result.readOnly = true;
    const QString kind = body.value(u"kind").toString();
    const QString savepoint = body.value(u"savepoint_name").toString();
    const QString gid = body.value(u"gid").toString();
    if (kind == u"TRANS_STMT_BEGIN" || kind == u"TRANS_STMT_START") {
        m_result.transaction = Transaction::Begin;
        m_result.readOnly = !asksReadWrite(body.value(u"options").toArray());
        m_default = m_result.readOnly ? tr("Starts a transaction") : tr("Starts a read-write transaction");
    } else if (kind == u"TRANS_STMT_COMMIT") {
        m_result.transaction = Transaction::Commit;
        m_default = tr("Commits the transaction");
    } else if (kind == u"TRANS_STMT_ROLLBACK") {
        m_result.transaction = Transaction::Rollback;
        m_default = tr("Rolls the transaction back");
    } else if (kind == u"TRANS_STMT_SAVEPOINT") {
        m_result.transaction = Transaction::Savepoint;
        m_default = tr("Sets savepoint %1").arg(savepoint);
    } else if (kind == u"TRANS_STMT_RELEASE") {
        m_result.transaction = Transaction::Release;
        m_default = tr("Releases savepoint %1").arg(savepoint);
    } else if (kind == u"TRANS_STMT_ROLLBACK_TO") {
        m_result.transaction = Transaction::RollbackToSavepoint;
        m_default = tr("Rolls back to savepoint %1").arg(savepoint);
    } else if (kind == u"TRANS_STMT_PREPARE") {
        m_result.transaction = Transaction::Prepare;
        m_default = tr("Prepares the transaction as %1 for two-phase commit").arg(gid);
    } else if (kind == u"TRANS_STMT_COMMIT_PREPARED") {
        m_result.transaction = Transaction::Commit;
        m_default = tr("Commits the prepared transaction %1").arg(gid);
    } else if (kind == u"TRANS_STMT_ROLLBACK_PREPARED") {
        m_result.transaction = Transaction::Rollback;
        m_default = tr("Rolls back the prepared transaction %1").arg(gid);
    }
}

void Classifier::classifyExplain(const QJsonObject &body)
{
    bool analyze = false;
    for (const QJsonValue &option : body.value(u"options").toArray()) {
        const QJsonObject defElem = unwrap(option);
        if (defElem.value(u"defname").toString() == u"analyze")
            analyze = optionValue(defElem).value_or(true); // an unreadable value: assume it runs
    }
    if (analyze) {
        QString type;
        const QJsonObject query = unwrap(body.value(u"query"), &type);
        m_result = Classifier(m_sql).classify(type, query);
        m_result.summary = tr("EXPLAIN ANALYZE runs the statement: %1").arg(m_result.summary);
    } else {
        m_result.readOnly = true;
        m_default = tr("EXPLAIN shows the plan without running the statement");
    }
    m_result.kind = Kind::Explain;
    m_result.transaction = Transaction::None;
}

void Classifier::classifyCopy(const QJsonObject &body)
{
    m_result.kind = Kind::Copy;
    const QString table = rangeVarName(body.value(u"relation").toObject());
    const bool from = body.value(u"is_from").toBool();
    if (from) {
        m_result.writesData = true;
        addTarget(table);
        m_writeSummary = tr("COPY into %1").arg(table);
    } else {
        m_result.readOnly = true;
        applyEffects(body.value(u"query")); // COPY (DELETE ... RETURNING *) TO STDOUT writes
        m_default = table.isEmpty() ? tr("COPY of a query's rows out") : tr("COPY of %1 out").arg(table);
    }
    // Files and programs on the server are outside any transaction: not read-only, whatever PostgreSQL says.
    if (body.value(u"is_program").toBool()) {
        m_result.readOnly = false;
        m_note = tr("COPY that runs a program on the server");
    } else if (!from && !body.value(u"filename").toString().isEmpty()) {
        m_result.readOnly = false;
        m_note = tr("COPY that writes a file on the server");
    }
}

void Classifier::classifyDrop(const QString &type, const QJsonObject &body)
{
    static const QStringList relations {QStringLiteral("OBJECT_TABLE"), QStringLiteral("OBJECT_VIEW"),
        QStringLiteral("OBJECT_MATVIEW"), QStringLiteral("OBJECT_FOREIGN_TABLE"), QStringLiteral("OBJECT_SEQUENCE"),
        QStringLiteral("OBJECT_INDEX")};
    m_result.destructive = true;
    if (type == u"TruncateStmt") {
        m_result.kind = Kind::Truncate;
        m_result.writesData = true;
        for (const QJsonValue &relation : body.value(u"relations").toArray())
            addTarget(rangeVarName(unwrap(relation)));
        m_default = tr("TRUNCATE of %1 removes every row").arg(m_result.targetTables.join(QLatin1String(", ")));
        return;
    }
    m_result.kind = Kind::Drop;
    QString word = commandName(type).mid(5);
    QStringList names;
    if (type == u"DropStmt") {
        const QString removeType = body.value(u"removeType").toString();
        word = objectWord(removeType);
        for (const QJsonValue &object : body.value(u"objects").toArray())
            names.append(objectName(object));
        if (relations.contains(removeType)) {
            for (const QString &name : std::as_const(names))
                addTarget(name);
        }
    }
    for (const char *field : {"dbname", "tablespacename", "subname", "servername"})
        names.append(body.value(QLatin1String(field)).toString());
    for (const QJsonValue &role : body.value(u"roles").toArray())
        names.append(unwrap(role).value(u"rolename").toString());
    names.removeAll(QString());
    m_default = tr("DROP %1 %2").arg(word, names.join(QLatin1String(", "))).trimmed();
}

void Classifier::classifyAlter(const QString &type, const QJsonObject &body)
{
    m_result.kind = Kind::Alter;
    m_result.destructive = true;
    const QString name = rangeVarName(body.value(u"relation").toObject());
    addTarget(name);
    const QString command = commandName(type);
    QString word = command.startsWith(u"ALTER ") ? command.mid(6) : QString();
    for (const char *field : {"objectType", "renameType", "objtype", "relationType"}) {
        if (const QString objectType = body.value(QLatin1String(field)).toString(); !objectType.isEmpty())
            word = objectWord(objectType);
    }
    QStringList dropped;
    for (const QJsonValue &entry : body.value(u"cmds").toArray()) {
        if (const QJsonObject cmd = unwrap(entry); cmd.value(u"subtype").toString() == u"AT_DropColumn")
            dropped.append(cmd.value(u"name").toString());
    }
    if (word.isEmpty()) // REASSIGN OWNED
        m_default = command;
    else if (dropped.isEmpty())
        m_default = tr("ALTER %1 %2").arg(word, name).trimmed();
    else
        m_default = tr("ALTER %1 %2 drops column %3").arg(word, name, dropped.join(QLatin1String(", ")));
}

void Classifier::classifyDdl(const QString &type, const QJsonObject &body)
{
    m_result.kind = Kind::Ddl;
    QString command = commandName(type);
    QString name
        = type == u"IndexStmt" ? body.value(u"idxname").toString() : rangeVarName(body.value(u"relation").toObject());
    if (name.isEmpty())
        name = rangeVarName(body.value(u"view").toObject());
    if (type == u"CreateTableAsStmt") {
        // CREATE TABLE AS fills the new table, like SELECT INTO.
        name = rangeVarName(body.value(u"into")[u"rel"].toObject());
        m_result.writesData = true;
        addTarget(name);
        applyEffects(body.value(u"query"));
        if (body.value(u"objtype").toString() == u"OBJECT_MATVIEW")
            command = QStringLiteral("CREATE MATERIALIZED VIEW");
    } else if (type == u"GrantStmt" || type == u"GrantRoleStmt") {
        command = body.value(u"is_grant").toBool() ? QStringLiteral("GRANT") : QStringLiteral("REVOKE");
    }
    m_default
        = name.isEmpty() ? tr("%1 changes the schema").arg(command) : tr("%1 %2 changes the schema").arg(command, name);
}

void Classifier::classifyUtility(const QString &type, const QJsonObject &body)
{
    // Following PostgreSQL's ClassifyUtilityCommandAsReadOnly(), but maintenance counts as a change here.
    static const QStringList readOnly {QStringLiteral("VariableShowStmt"), QStringLiteral("DiscardStmt"),
        QStringLiteral("ListenStmt"), QStringLiteral("UnlistenStmt"), QStringLiteral("NotifyStmt"),
        QStringLiteral("DeallocateStmt"), QStringLiteral("PrepareStmt"), QStringLiteral("FetchStmt"),
        QStringLiteral("ClosePortalStmt"), QStringLiteral("ConstraintsSetStmt"), QStringLiteral("DeclareCursorStmt")};
    static const QStringList changing {QStringLiteral("VariableSetStmt"), QStringLiteral("VacuumStmt"),
        QStringLiteral("ClusterStmt"), QStringLiteral("ReindexStmt"), QStringLiteral("CheckPointStmt"),
        QStringLiteral("LoadStmt"), QStringLiteral("RefreshMatViewStmt"), QStringLiteral("LockStmt")};
    static const QStringList opaque {
        QStringLiteral("DoStmt"), QStringLiteral("CallStmt"), QStringLiteral("ExecuteStmt")};
    const QString command = commandName(type);
    m_result.kind
        = readOnly.contains(type) || changing.contains(type) || opaque.contains(type) ? Kind::Utility : Kind::Unknown;
    m_result.readOnly = readOnly.contains(type);
    m_default = m_result.kind == Kind::Unknown ? tr("%1 is not known here; treated as a change").arg(command) : command;
    if (opaque.contains(type)) {
        m_default = tr("%1 runs code whose effects cannot be checked").arg(command);
    } else if (type == u"DeclareCursorStmt") {
        applyEffects(body.value(u"query"));
    } else if (type == u"VariableShowStmt") {
        m_default = tr("SHOW %1").arg(body.value(u"name").toString());
    } else if (type == u"VariableSetStmt") {
        m_result.readOnly = !switchesToReadWrite(body);
        m_default = m_result.readOnly ? tr("SET %1").arg(body.value(u"name").toString())
                                      : tr("Switches the session or transaction to read-write");
    } else if (type == u"VacuumStmt") {
        m_default = body.value(u"is_vacuumcmd").toBool() ? QStringLiteral("VACUUM") : QStringLiteral("ANALYZE");
    } else if (type == u"LockStmt") {
        m_result.readOnly = body.value(u"mode").toInt() <= 3; // up to ROW EXCLUSIVE, as in read-only transactions
    } else if (type == u"RefreshMatViewStmt") {
        m_result.writesData = true;
        addTarget(rangeVarName(body.value(u"relation").toObject()));
        m_default = command + QLatin1Char(' ') + m_result.targetTables.value(0);
    }
}

// Several statements at once: the most dangerous one speaks for all.
StatementClass Classifier::combine(const QList<StatementClass> &classes)
{
    const auto danger = [](const StatementClass &c) {
        return c.unfilteredWrite ? 4 : c.destructive ? 3 : c.writesData ? 2 : c.readOnly ? 0 : 1;
    };
    StatementClass result = *std::max_element(classes.cbegin(), classes.cend(),
        [&danger](const StatementClass &a, const StatementClass &b) { return danger(a) < danger(b); });
    result.targetTables.clear();
    for (const StatementClass &c : classes) {
        result.readOnly = result.readOnly && c.readOnly;
        result.writesData = result.writesData || c.writesData;
        result.destructive = result.destructive || c.destructive;
        for (const QString &table : c.targetTables) {
            if (!result.targetTables.contains(table))
                result.targetTables.append(table);
        }
    }
    const int more = int(classes.size()) - 1;
    result.summary = tr("%1 (and %n more statement(s))", nullptr, more).arg(result.summary);
    return result;
}

StatementClass Classifier::classifyTree(const QByteArray &json, const QByteArray &sql)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    StatementClass result;
    if (document.isNull()) {
        // Qt's JSON parser stops at 1024 levels; PostgreSQL's parser goes deeper.
        result.summary = tr("The statement is too deeply nested to check");
        return result;
    }
    QList<StatementClass> classes;
    for (const QJsonValue &statement : document[u"stmts"].toArray()) {
        QString type;
        const QJsonObject body = unwrap(statement[u"stmt"], &type);
        classes.append(Classifier(sql).classify(type, body));
    }
    if (classes.size() == 1)
        return classes.first();
    if (classes.isEmpty()) {
        result.readOnly = true;
        result.summary = tr("Only comments: nothing to run");
        return result;
    }
    return combine(classes);
}

StatementClass Classifier::parseFailure(const QString &statement, const PgQueryError &error)
{
    StatementClass result;
    const QString message = QString::fromUtf8(error.message);
    result.parseError.what = tr("Checking the statement");
    result.parseError.why = message;
    result.parseError.sqlState = QStringLiteral("42601");
    result.summary = tr("Syntax error: %1").arg(message);
    if (error.cursorpos <= 0)
        return result;
    // cursorpos counts code points from 1 (not bytes, not UTF-16 units).
    result.errorPosition = TextOffset::fromCodePoint(statement, error.cursorpos);
    return result;
}

} // namespace

namespace StatementClassifier {

StatementClass classify(const QString &statement)
{
    QString text = statement;
    text.replace(QChar(0), QLatin1Char(' ')); // the parser stops at NUL: it must see what follows
    const QByteArray sql = text.toUtf8();
    const PgQueryParseResult parsed = pg_query_parse(sql.constData());
    const StatementClass result = parsed.error ? Classifier::parseFailure(statement, *parsed.error)
                                               : Classifier::classifyTree(QByteArray(parsed.parse_tree), sql);
    pg_query_free_parse_result(parsed);
    return result;
}

} // namespace StatementClassifier
