#pragma once

#include <QChar>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

// How reserved a PostgreSQL key word is (pg_get_keywords().catcode): decides where it may serve as a name.
enum class SqlKeywordCategory {
    None, // not a key word
    Unreserved, // U: usable as any name
    ColumnName, // C: usable as a column name, not as a function or type name
    TypeFunctionName, // T: usable as a function or type name, not as a column name
    Reserved, // R: must be quoted to serve as a name
};

// PostgreSQL's key words, common type names and common functions, for highlighting and completion:
// the built-in PostgreSQL 15 list until the connected server tells its own.
class SqlKeywords
{
public:
    struct Keyword
    {
        QString word; // lower case
        SqlKeywordCategory category = SqlKeywordCategory::None;
    };

    SqlKeywords(); // the built-in PostgreSQL 15 list

    // The query whose rows setFromServer() takes: (word text, catcode "char").
    static QString keywordsQuery();
    static SqlKeywordCategory categoryFromCatcode(QChar catcode);

    // Replaces the key words with the server's; type and function names stay.
    void setFromServer(const QList<QPair<QString, QChar>> &rows);
    bool isFromServer() const { return m_fromServer; }

    QList<Keyword> keywords() const; // sorted by word
    // word in any case; None when it is not a key word.
    SqlKeywordCategory category(const QString &word) const;
    bool isKeyword(const QString &word) const { return category(word) != SqlKeywordCategory::None; }

    QStringList typeNames() const; // sorted, lower case
    bool isTypeName(const QString &word) const;
    QStringList functionNames() const; // sorted, lower case
    bool isFunctionName(const QString &word) const;

private:
    QHash<QString, SqlKeywordCategory> m_keywords;
    QSet<QString> m_typeNames;
    QSet<QString> m_functionNames;
    bool m_fromServer = false;
};
