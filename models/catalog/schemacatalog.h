#pragma once

#include "catalog/catalogtypes.h"
#include "common/error.h"

#include <QObject>
#include <memory>

class PgConnection;
class Session;

// The schema of the connected database, read from pg_catalog in one job on a Session's worker thread and
// refreshed on demand. Readers get an immutable snapshot, so a refresh never changes data under their feet.
class SchemaCatalog : public QObject
{
    Q_OBJECT
public:
    explicit SchemaCatalog(QObject *parent = nullptr);

    // Reads the catalog through the session (asynchronously); ends in loaded() or failed().
    void refresh(Session *session);
    bool isLoading() const { return m_loading; }
    std::shared_ptr<const CatalogSnapshot> snapshot() const { return m_snapshot; }

    // Runs the catalog queries on an open connection: the worker-thread half of refresh().
    static CatalogSnapshot read(const PgConnection &db, Error *error);

Q_SIGNALS:
    void loaded();
    void failed(const Error &error);

private:
    std::shared_ptr<const CatalogSnapshot> m_snapshot = std::make_shared<CatalogSnapshot>();
    bool m_loading = false;
    quint64 m_generation = 0;
};
