#include "snippetstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr int FileVersion = 1;

void report(Error *target, const Error &error)
{
    if (target)
        *target = error;
}

// The snippets of a well-formed file; an empty why means success.
QString parseDocument(const QByteArray &data, QList<Snippet> *snippets)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return SnippetStore::tr("The file is damaged (%1 at byte %2).")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QLatin1String("snippets")).isArray())
        return SnippetStore::tr("The file is damaged: it holds no list of snippets.");
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version > FileVersion)
        return SnippetStore::tr("The file was written by a newer version of SayTruth Studio (format %1).").arg(version);
    for (const QJsonValue &value : root.value(QLatin1String("snippets")).toArray()) {
        const QJsonObject json = value.toObject();
        const Snippet snippet {json.value(QLatin1String("name")).toString(),
            json.value(QLatin1String("sql")).toString(), json.value(QLatin1String("description")).toString()};
        if (!value.isObject() || snippet.name.trimmed().isEmpty())
            return SnippetStore::tr("The file is damaged: a snippet has no name.");
        snippets->append(snippet);
    }
    return {};
}

} // namespace

SnippetStore::SnippetStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    if (m_filePath.isEmpty())
        m_filePath
            = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/snippets.json");
}

SnippetStore::~SnippetStore() = default;

bool SnippetStore::load(Error *error)
{
    const QString what = tr("Reading the saved snippets from %1").arg(QDir::toNativeSeparators(m_filePath));
    QList<Snippet> snippets;
    QFile file(m_filePath);
    QString why;
    if (file.exists() && !file.open(QIODevice::ReadOnly))
        why = file.errorString();
    else if (file.isOpen())
        why = parseDocument(file.readAll(), &snippets);
    m_loaded = true;
    m_damaged = !why.isEmpty();
    m_snippets = m_damaged ? QList<Snippet>() : snippets;
    Q_EMIT changed();
    if (m_damaged) {
        report(error,
            {what, why, {},
                tr("The file is left as it is, and snippets cannot be saved until it is repaired or moved away.")});
        return false;
    }
    return true;
}

std::optional<Snippet> SnippetStore::find(const QString &name) const
{
    const qsizetype index = indexOf(name);
    return index < 0 ? std::nullopt : std::optional<Snippet>(m_snippets.at(index));
}

qsizetype SnippetStore::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_snippets.size(); ++i) {
        if (m_snippets.at(i).name == name)
            return i;
    }
    return -1;
}

Error SnippetStore::writeError(const QString &why) const
{
    return {tr("Saving the snippets to %1").arg(QDir::toNativeSeparators(m_filePath)), why, {}, {}};
}

bool SnippetStore::ensureLoaded(Error *error)
{
    if (!m_loaded)
        load();
    if (m_damaged) {
        report(
            error, writeError(tr("The snippets file is damaged; repair it or move it away to save snippets again.")));
        return false;
    }
    return true;
}

bool SnippetStore::add(const Snippet &snippet, Error *error)
{
    if (!ensureLoaded(error))
        return false;
    Snippet added = snippet;
    added.name = snippet.name.trimmed();
    if (added.name.isEmpty()) {
        report(error, writeError(tr("A snippet needs a name.")));
        return false;
    }
    if (indexOf(added.name) >= 0) {
        report(error, writeError(tr("A snippet named %1 already exists.").arg(added.name)));
        return false;
    }
    QList<Snippet> snippets = m_snippets;
    snippets.append(added);
    return commit(snippets, error);
}

bool SnippetStore::update(const Snippet &snippet, Error *error)
{
    if (!ensureLoaded(error))
        return false;
    const qsizetype index = indexOf(snippet.name);
    if (index < 0) {
        report(error, writeError(tr("There is no snippet named %1.").arg(snippet.name)));
        return false;
    }
    QList<Snippet> snippets = m_snippets;
    snippets[index] = snippet;
    return commit(snippets, error);
}

bool SnippetStore::rename(const QString &oldName, const QString &newName, Error *error)
{
    if (!ensureLoaded(error))
        return false;
    const QString name = newName.trimmed();
    const qsizetype index = indexOf(oldName);
    if (index < 0) {
        report(error, writeError(tr("There is no snippet named %1.").arg(oldName)));
        return false;
    }
    if (name.isEmpty()) {
        report(error, writeError(tr("A snippet needs a name.")));
        return false;
    }
    if (name != oldName && indexOf(name) >= 0) {
        report(error, writeError(tr("A snippet named %1 already exists.").arg(name)));
        return false;
    }
    QList<Snippet> snippets = m_snippets;
    snippets[index].name = name;
    return commit(snippets, error);
}

bool SnippetStore::remove(const QString &name, Error *error)
{
    if (!ensureLoaded(error))
        return false;
    const qsizetype index = indexOf(name);
    if (index < 0) {
        report(error, writeError(tr("There is no snippet named %1.").arg(name)));
        return false;
    }
    QList<Snippet> snippets = m_snippets;
    snippets.removeAt(index);
    return commit(snippets, error);
}

// Memory changes only once the file took the change, so the two never disagree.
bool SnippetStore::commit(const QList<Snippet> &snippets, Error *error)
{
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        report(error, writeError(tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder))));
        return false;
    }
    QJsonArray array;
    for (const Snippet &snippet : snippets)
        array.append(QJsonObject {{QStringLiteral("name"), snippet.name}, {QStringLiteral("sql"), snippet.sql},
            {QStringLiteral("description"), snippet.description}});
    const QJsonObject root {{QStringLiteral("version"), FileVersion}, {QStringLiteral("snippets"), array}};
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        report(error, writeError(file.errorString()));
        return false;
    }
    m_snippets = snippets;
    Q_EMIT changed();
    return true;
}
