#include "historystore.h"

#include "common/utctime.h"
#include "connection/connectionprofile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr int MaxErrorLength = 300;
const QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error historyError(const QString &path, const QString &why)
{
    return {QCoreApplication::translate("HistoryStore", "Saving the query history to %1")
                .arg(QDir::toNativeSeparators(path)),
        why, {}, {}};
}

void report(Error *target, const Error &error)
{
    if (target)
        *target = error;
}

// A file name from any key: readable where the key allows, with a hash where characters had to be replaced so
// that "a/b" and "a_b" never share a file.
QString sanitisedKey(const QString &key)
{
    QString name;
    for (const QChar c : key)
        name += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') || c == QLatin1Char('_')
                || c == QLatin1Char('.')
            ? c
            : QChar(u'_');
    if (name.startsWith(QLatin1Char('.')))
        name[0] = QLatin1Char('_');
    if (name == key && !name.isEmpty() && name.size() <= 64)
        return name;
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return name.left(64) + QLatin1Char('-') + QString::fromLatin1(hash);
}

// Where the string literal that starts at pos ends (one past its closing quote); -1 when none starts there.
// Handles '...' with '' inside, E'...' with backslash escapes and $tag$...$tag$. An unterminated literal ends
// at the end of the text: a statement that failed on a typo still carries the password.
qsizetype literalEnd(const QString &sql, qsizetype pos)
{
    const qsizetype size = sql.size();
    if (pos >= size)
        return -1;
    bool backslashes = false;
    if ((sql.at(pos) == QLatin1Char('E') || sql.at(pos) == QLatin1Char('e')) && pos + 1 < size
        && sql.at(pos + 1) == QLatin1Char('\'')) {
        backslashes = true;
        ++pos;
    }
    if (sql.at(pos) == QLatin1Char('\'')) {
        for (qsizetype i = pos + 1; i < size; ++i) {
            if (backslashes && sql.at(i) == QLatin1Char('\\')) {
                ++i;
            } else if (sql.at(i) == QLatin1Char('\'')) {
                if (i + 1 < size && sql.at(i + 1) == QLatin1Char('\''))
                    ++i;
                else
                    return i + 1;
            }
        }
        return size;
    }
    static const QRegularExpression dollarTag(QStringLiteral(R"(\$([A-Za-z_][A-Za-z_0-9]*)?\$)"));
    const QRegularExpressionMatch tag
        = dollarTag.match(sql, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!tag.hasMatch())
        return -1;
    const qsizetype close = sql.indexOf(tag.captured(0), tag.capturedEnd());
    return close < 0 ? size : close + tag.capturedLength();
}

// What a literal found by literalEnd() holds, without its quotes or dollar tags.
QString literalBody(const QString &literal)
{
    if (literal.startsWith(QLatin1Char('$'))) {
        const QString tag = literal.left(literal.indexOf(QLatin1Char('$'), 1) + 1);
        const QString body = literal.mid(tag.size());
        return body.endsWith(tag) ? body.chopped(tag.size()) : body;
    }
    const QString body = literal.mid(literal.startsWith(QLatin1Char('\'')) ? 1 : 2);
    return body.endsWith(QLatin1Char('\'')) ? body.chopped(1) : body;
}

// Replaces capture group 1 of every match with ***, remembering what it was.
void maskGroup(QString &text, const QRegularExpression &pattern, QStringList *secrets)
{
    QList<QRegularExpressionMatch> matches;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        matches.append(it.next());
    for (auto match = matches.crbegin(); match != matches.crend(); ++match) {
        if (secrets)
            secrets->append(match->captured(1));
        text.replace(match->capturedStart(1), match->capturedLength(1), QStringLiteral("***"));
    }
}

} // namespace

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject json {{QStringLiteral("sql"), sql},
        {QStringLiteral("executedAt"), executedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("durationMs"), durationMs}, {QStringLiteral("rowCount"), rowCount}, {QStringLiteral("ok"), ok},
        {QStringLiteral("database"), database}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject &json)
{
    HistoryEntry entry;
    entry.sql = json.value(QLatin1String("sql")).toString();
    entry.executedAt = QDateTime::fromString(json.value(QLatin1String("executedAt")).toString(), Qt::ISODateWithMs);
    entry.executedAt = UtcTime::readAsUtc(entry.executedAt);
    entry.durationMs = json.value(QLatin1String("durationMs")).toInteger();
    entry.rowCount = json.value(QLatin1String("rowCount")).toInteger(-1);
    entry.ok = json.value(QLatin1String("ok")).toBool(true);
    entry.error = json.value(QLatin1String("error")).toString();
    entry.database = json.value(QLatin1String("database")).toString();
    return entry;
}

HistoryStore::HistoryStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history");
}

HistoryStore::~HistoryStore() = default;

void HistoryStore::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    for (Profile &profile : m_profiles) {
        if (profile.entries.size() > m_capacity)
            profile.entries.remove(0, profile.entries.size() - m_capacity);
    }
}

QString HistoryStore::profileKey(const ConnectionProfile &profile)
{
    return profile.name.isEmpty() ? profile.credentialKey() : profile.name;
}

QString HistoryStore::filePath(const QString &profileKey) const
{
    return m_directory + QLatin1Char('/') + sanitisedKey(profileKey) + QStringLiteral(".jsonl");
}

// Masking is deliberately tokenizer-free and errs towards masking too much; three rules, all case-insensitive:
//  1. the word PASSWORD (not the end of a longer name like hashed_password), optionally followed by '=', then
//     a string literal ('...', E'...', $$...$$, or unterminated): the literal becomes '***'. This covers
//     CREATE/ALTER ROLE|USER ... [ENCRYPTED] PASSWORD '...', user mappings' OPTIONS (password '...') and
//     application columns compared with or set to a literal password;
//  2. password=value inside connection strings (dblink, postgres_fdw): the value becomes ***;
//  3. postgresql://user:secret@host URIs: the secret becomes ***.
// A literal that merely contains the word PASSWORD may be changed too; that costs a history entry its exact
// text, never a secret. secrets receives what was masked, so that text about the statement (its error) can be
// cleaned as well.
// TODO: once the libpg_query classifier lands, mask exactly the string constants of role and user-mapping
// statements there and keep these rules as the fallback for statements that do not parse.
QString HistoryStore::maskPasswords(const QString &sql, QStringList *secrets)
{
    static const QRegularExpression keyword(
        QStringLiteral(R"((?<![\w$])password\s*=?\s*)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression conninfo(
        QStringLiteral(R"((?<![\w$])password\s*=\s*(?!['\s])([^\s']+))"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression uri(QStringLiteral(R"(\b[a-z][a-z0-9+.-]*://[^\s:/@'"]*:([^\s@/'"]+)@)"),
        QRegularExpression::CaseInsensitiveOption);
    QString masked;
    qsizetype copied = 0;
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch match = keyword.match(sql, from);
        if (!match.hasMatch())
            break;
        const qsizetype end = literalEnd(sql, match.capturedEnd());
        from = match.capturedEnd();
        if (end < 0)
            continue;
        if (secrets)
            secrets->append(literalBody(sql.mid(from, end - from)));
        masked += QStringView(sql).mid(copied, from - copied);
        masked += QStringLiteral("'***'");
        copied = from = end;
    }
    masked += QStringView(sql).mid(copied);
    maskGroup(masked, conninfo, secrets);
    maskGroup(masked, uri, secrets);
    return masked;
}

HistoryStore::Profile &HistoryStore::profile(const QString &profileKey) const
{
    auto it = m_profiles.find(profileKey);
    if (it == m_profiles.end()) {
        Profile loaded;
        loaded.entries = readFile(filePath(profileKey), &loaded.fileLines);
        if (loaded.entries.size() > m_capacity)
            loaded.entries.remove(0, loaded.entries.size() - m_capacity);
        it = m_profiles.insert(profileKey, loaded);
    }
    return it.value();
}

// A line that does not parse (cut short by a crash, edited by hand) costs only itself.
QList<HistoryEntry> HistoryStore::readFile(const QString &path, qint64 *lines) const
{
    QList<HistoryEntry> entries;
    *lines = 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        ++*lines;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            entries.append(HistoryEntry::fromJson(document.object()));
    }
    return entries;
}

bool HistoryStore::append(const QString &profileKey, HistoryEntry entry, Error *error)
{
    // The server may quote the statement in its error ("unterminated quoted string at or near ..."): whatever
    // was masked in the statement is masked in the error too.
    QStringList secrets;
    entry.sql = maskPasswords(entry.sql, &secrets);
    QString firstLine = entry.error.section(QLatin1Char('\n'), 0, 0);
    for (const QString &secret : std::as_const(secrets)) {
        if (!secret.isEmpty() && secret != QLatin1String("***"))
            firstLine.replace(secret, QStringLiteral("***"));
    }
    entry.error = maskPasswords(firstLine).left(MaxErrorLength);
    entry.executedAt = entry.executedAt.isValid() ? entry.executedAt.toUTC() : QDateTime::currentDateTimeUtc();
    Profile &history = profile(profileKey);
    history.entries.append(entry);
    if (history.entries.size() > m_capacity)
        history.entries.remove(0, history.entries.size() - m_capacity);

    bool written = false;
    const QString path = filePath(profileKey);
    if (!QDir().mkpath(m_directory)) {
        report(error,
            historyError(path, tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(m_directory))));
    } else {
        // One unbuffered write per entry: with O_APPEND, concurrent writers never interleave inside a line.
        QFile file(path);
        const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
        written = file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered, OwnerOnly)
            && file.write(line) == line.size();
        if (!written)
            report(error, historyError(path, file.errorString()));
        else
            ++history.fileLines;
    }
    if (written && history.fileLines > 2 * qint64(m_capacity))
        written = compact(profileKey, history, error);
    Q_EMIT appended(profileKey, entry);
    return written;
}

// Rewrites the file with its newest entries. The file, not memory, is the source: another instance of the
// app may have appended to it since it was read.
bool HistoryStore::compact(const QString &profileKey, Profile &history, Error *error)
{
    const QString path = filePath(profileKey);
    qint64 lines = 0;
    QList<HistoryEntry> kept = readFile(path, &lines);
    if (kept.size() > m_capacity)
        kept.remove(0, kept.size() - m_capacity);
    QByteArray data;
    for (const HistoryEntry &entry : std::as_const(kept))
        data += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        report(error, historyError(path, file.errorString()));
        return false;
    }
    QFile::setPermissions(path, OwnerOnly);
    history.entries = kept;
    history.fileLines = kept.size();
    return true;
}

QList<HistoryEntry> HistoryStore::entries(const QString &profileKey) const
{
    return profile(profileKey).entries;
}

QList<HistoryEntry> HistoryStore::search(const QString &profileKey, const QString &text, int limit) const
{
    const QList<HistoryEntry> &all = profile(profileKey).entries;
    QList<HistoryEntry> found;
    for (auto it = all.crbegin(); it != all.crend() && (limit < 0 || found.size() < limit); ++it) {
        if (text.isEmpty() || it->sql.contains(text, Qt::CaseInsensitive))
            found.append(*it);
    }
    return found;
}

bool HistoryStore::clear(const QString &profileKey, Error *error)
{
    const QString path = filePath(profileKey);
    m_profiles.insert(profileKey, Profile());
    Q_EMIT cleared(profileKey);
    if (QFile::exists(path) && !QFile::remove(path)) {
        report(error, historyError(path, tr("The file could not be removed.")));
        return false;
    }
    return true;
}
