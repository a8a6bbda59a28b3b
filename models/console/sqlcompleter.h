#pragma once

#include "sqlkeywords.h"

#include <QList>
#include <QString>

#include <memory>

struct CatalogSnapshot;

// One thing the completer proposes at the cursor.
struct SqlCompletion
{
    enum class Kind { Column, Table, View, Schema, Function, Keyword };

    QString text; // what replaces the prefix, quoted where PostgreSQL needs it ("Order", archive.messages)
    Kind kind = Kind::Keyword;
    QString detail; // a column's type, a table's or view's schema

    bool operator==(const SqlCompletion &other) const = default;
};

struct SqlCompletionResult
{
    QString prefix; // the word being completed, as typed; empty right after a space, "." or "("
    int prefixStart = 0; // QString index where the prefix starts: the cursor when the prefix is empty
    QList<SqlCompletion> candidates; // best first
};

// Proposes what may come at the cursor of a SQL script: tables after FROM, an alias's columns after "alias.", key
// words, functions. Reads the text with SqlTokenizer (so quotes, comments and dollar quotes are understood) and the
// schema from a CatalogSnapshot; holds no widget.
class SqlCompleter
{
public:
    SqlCompleter() = default;

    void setCatalog(std::shared_ptr<const CatalogSnapshot> catalog); // may be null: key words and functions only
    void setKeywords(const SqlKeywords &keywords);
    const SqlKeywords &keywords() const { return m_keywords; }

    // cursor is a QString index into text. Nothing is proposed inside a string, comment or number.
    SqlCompletionResult complete(const QString &text, int cursor) const;

    // name as it must be written in SQL: quoted when it is not lower case or is a reserved word.
    QString quotedIdentifier(const QString &name) const;

private:
    std::shared_ptr<const CatalogSnapshot> m_catalog;
    SqlKeywords m_keywords;
};
