#pragma once

#include "catalog/catalogtypes.h"
#include "common/error.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QVariant>
#include <memory>

class Session;
struct PgResult;

// The rows a single-column foreign key may point at, searched by the server as the user types (by the
// referenced table's name-like columns, or by the exact key) and paged with a keyset, so every match can be
// reached by scrolling: for messages.user_id, users found by username or email.
class ForeignKeySearch : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // the referenced key in text form ("42")
        LabelRole, // the first display column's value (users.username), as the table grid shows it
        DetailRole, // the other display values and the key ("kaito@mail.test, id 42")
    };
    Q_ENUM(Role)

    // fkColumnIndex is the position of the referencing column in the table's column list (0-based).
    ForeignKeySearch(Session *session, std::shared_ptr<const CatalogSnapshot> catalog, const QString &qualifiedTable,
        int fkColumnIndex, QObject *parent = nullptr);
    ~ForeignKeySearch() override;

    // True when the column is the only column of a foreign key whose table the catalog knows.
    static bool isSupported(const CatalogSnapshot &catalog, const QString &qualifiedTable, int fkColumnIndex);

    bool isValid() const { return !m_keyColumn.isEmpty(); }
    QString referencedTable() const; // "public.users"
    QString keyColumn() const { return m_keyColumn; }
    QStringList displayColumns() const { return m_displayColumns; }

    // Searches after a short pause, so that typing does not send a query per key press.
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    // Runs the pending search now (Enter in the search field, tests).
    void searchNow();
    bool isSearching() const { return m_debounce.isActive() || m_fetching; }
    bool hasPendingSearch() const { return m_debounce.isActive(); } // typed, not yet sent
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Looks up one key's row in words; answers with described().
    void describe(const QVariant &key);
    // The row holding key among those loaded, or -1.
    int rowOfKey(const QVariant &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // A search (or a further page of it) arrived; count is the number of rows loaded so far.
    void searchFinished(int count);
    void failed(const Error &error);
    // text is empty when the key is not in the referenced table.
    void described(const QVariant &key, const QString &text);

private:
    struct Match
    {
        QString key;
        QStringList values; // one per display column, null when NULL
    };

    void requestPage();
    void applyPage(const PgResult &result, quint64 generation);
    QString pageSql(QVariantList &binds) const;
    QString matchCondition(QVariantList &binds) const;
    QString keysetCondition(QVariantList &binds) const;
    QString describeMatch(const Match &match) const;
    Match matchFromRow(const QVariantList &row) const;

    QPointer<Session> m_session;
    std::shared_ptr<const CatalogSnapshot> m_catalog;
    QString m_table; // quoted "schema"."table" of the referenced table
    QString m_schemaName;
    QString m_tableName;
    QString m_keyColumn;
    QStringList m_displayColumns; // at most two, never secrets
    QString m_text;
    QList<Match> m_rows;
    QTimer m_debounce;
    quint64 m_generation = 0;
    int m_pageSize = 100;
    bool m_fetching = false;
    bool m_more = false;
};
