#pragma once

#include "common/error.h"
#include "monitor/keyedtablemodel.h"
#include "monitor/monitortypes.h"

#include <QHash>

class Session;

// The busiest statements of the database (pg_stat_statements), by total time. Which columns exist is taken
// from the installed extension's version (setExtension), never from the server's. Figures are read without
// text (showtext := false); the text only for statements shown whose text is not known yet. When the
// extension is missing or its library not loaded, unavailableReason() says what to change.
class StatementsModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { Calls, Total, Mean, Rows, Share, CacheHits, Role, Query, ColumnCount };
    enum DataRole { SortRole = Qt::UserRole + 1, QueryIdRole, TextRole };

    explicit StatementsModel(Session *session = nullptr, QObject *parent = nullptr);

    // From the header figures: pg_stat_statements' version in this database (empty: not installed) and
    // whether its library is loaded.
    void setExtension(const QString &version, bool loaded);
    QString extensionVersion() const { return m_version; }
    // setExtension() has been called: whether the extension is there is known.
    bool isKnown() const { return m_known; }
    bool isAvailable() const { return !m_version.isEmpty() && m_loaded; }
    // In words, with what to change; empty when available.
    QString unavailableReason() const;

    // Reads the figures on the session; skipped (false) while a refresh is under way or when unavailable.
    bool refresh();
    bool isRefreshing() const { return m_refreshing; }
    // pg_stat_statements_reset(); ends in resetDone().
    void resetStatistics();
    // CREATE EXTENSION pg_stat_statements (superusers only: it is not a trusted extension); ends in
    // extensionCreated(). The next header reading then finds it.
    void createExtension();
    // Whether the role may create it: a superuser, where the extension is missing.
    bool canCreateExtension() const;

    void setStatements(QList<StatementRow> statements);
    const QList<StatementRow> &statements() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void availabilityChanged();
    // One refresh done: how many statements it ran on the server and how long it took, in ms.
    void refreshed(int statementsRun, qint64 elapsedMs);
    void failed(const Error &error);
    void resetDone(const Error &error);
    void extensionCreated(const Error &error);

private:
    QVariant display(const StatementRow &row, int column) const;

    Session *m_session;
    QList<StatementRow> m_rows;
    QHash<QString, QString> m_texts; // queryid → text, bounded
    QString m_version;
    bool m_loaded = false;
    bool m_known = false;
    bool m_refreshing = false;
};
