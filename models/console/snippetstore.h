#pragma once

#include "common/error.h"

#include <QList>
#include <QObject>
#include <optional>

// A piece of SQL the user saved under a name to run again.
struct Snippet
{
    QString name; // unique, not empty
    QString sql;
    QString description;

    bool operator==(const Snippet &other) const = default;
};
Q_DECLARE_METATYPE(Snippet)

// The saved snippets: one JSON file (snippets.json in the app data directory), rewritten atomically on every
// change. A damaged file is reported and never overwritten: changes are refused until it is repaired or
// moved away, so that a typo in a hand edit cannot cost the user their snippets.
class SnippetStore : public QObject
{
    Q_OBJECT
public:
    // filePath empty: QStandardPaths::AppDataLocation + "/snippets.json".
    explicit SnippetStore(const QString &filePath = {}, QObject *parent = nullptr);
    ~SnippetStore() override;

    QString filePath() const { return m_filePath; }

    // Reads the file; a missing file is an empty store, a damaged or unreadable one an error.
    bool load(Error *error = nullptr);
    bool isDamaged() const { return m_damaged; }

    // In the order they were added.
    QList<Snippet> snippets() const { return m_snippets; }
    std::optional<Snippet> find(const QString &name) const;

    // Changes write the file at once; when that fails the store is left as it was. Each loads first if
    // load() was not called yet, so a change never replaces snippets it has not seen.
    bool add(const Snippet &snippet, Error *error = nullptr);
    // Replaces the SQL and description of the snippet with that name.
    bool update(const Snippet &snippet, Error *error = nullptr);
    bool rename(const QString &oldName, const QString &newName, Error *error = nullptr);
    bool remove(const QString &name, Error *error = nullptr);

Q_SIGNALS:
    void changed();

private:
    bool ensureLoaded(Error *error);
    bool commit(const QList<Snippet> &snippets, Error *error);
    qsizetype indexOf(const QString &name) const;
    Error writeError(const QString &why) const;

    QString m_filePath;
    QList<Snippet> m_snippets;
    bool m_loaded = false;
    bool m_damaged = false;
};
