#pragma once

#include "catalog/schemacatalog.h"
#include "connection/session.h"
#include "table/tabledatamodel.h"
#include "testwait.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

// Shared helpers of the TableDataModel tests: read the catalog, build a model under the item-model tester,
// wait for pages, and ask the server directly what it holds.
namespace TableModelTesting {

inline std::shared_ptr<const CatalogSnapshot> readCatalog(Session &session)
{
    return TestWait::result(session.call([](PgConnection &db) {
        Error error;
        auto snapshot = std::make_shared<const CatalogSnapshot>(SchemaCatalog::read(db, &error));
        if (error)
            qWarning("%s", qPrintable(error.toString()));
        return snapshot;
    }));
}

// A model with its tester; the tester is destroyed first.
struct TestedModel
{
    TestedModel(Session &session, std::shared_ptr<const CatalogSnapshot> catalog, const QString &table)
        : model(std::make_unique<TableDataModel>(&session, std::move(catalog), table))
        , tester(std::make_unique<QAbstractItemModelTester>(
              model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest))
    { }
    ~TestedModel() { tester.reset(); }
    TableDataModel *operator->() const { return model.get(); }
    TableDataModel &operator*() const { return *model; }

    std::unique_ptr<TableDataModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

// Generous: QAbstractItemModelTester walks the whole model after every page, which is slow under ASan on a
// busy 2-core machine with 20,000 rows loaded.
inline bool waitIdle(TableDataModel &model, int ms = 60000)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, ms);
}

// Reads rows [first, last] page by page as a view scrolling down would (pages left behind may be dropped).
inline bool loadRows(TableDataModel &model, int first, int last)
{
    if (!waitIdle(model))
        return false;
    for (int row = first; row <= last && row < model.rowCount(); row += model.pageSize()) {
        model.fetchRows(row, qMin(last, row + model.pageSize() - 1));
        if (!waitIdle(model) || (row < model.rowCount() && !model.isRowLoaded(row)))
            return false;
    }
    return true;
}

inline bool loadRows(TableDataModel &model, int rows)
{
    return loadRows(model, 0, rows - 1);
}

// Walks the whole table (the count turns exact when the last page is read).
inline bool loadAll(TableDataModel &model)
{
    return loadRows(model, 0, std::numeric_limits<int>::max() - 1);
}

inline int column(const TableDataModel &model, const QString &name)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == name)
            return c;
    }
    return -1;
}

// The column's values of rows [first, last] (all rows by default), reading pages that are not in memory.
inline QStringList columnValues(TableDataModel &model, const QString &name, int first = 0, int last = -1)
{
    QStringList values;
    const int c = column(model, name);
    for (int r = first; r < model.rowCount() && (last < 0 || r <= last); ++r) {
        if (!model.isRowLoaded(r)) {
            model.fetchRows(r, r);
            if (!waitIdle(model) || !model.isRowLoaded(r)) {
                if (r < model.rowCount())
                    qWarning("row %d could not be read", r);
                break;
            }
        }
        values << model.index(r, c).data(Qt::EditRole).toString();
    }
    return values;
}

inline QStringList serverColumn(Session &session, const QString &sql, const QVariantList &binds = {})
{
    const PgResult result = TestWait::result(session.run(sql, binds));
    if (!result.ok())
        qWarning("%s", qPrintable(result.error.toString()));
    QStringList values;
    for (const QVariantList &row : result.rows)
        values << row.value(0).toString();
    return values;
}

inline QString serverValue(Session &session, const QString &sql, const QVariantList &binds = {})
{
    return serverColumn(session, sql, binds).value(0);
}

} // namespace TableModelTesting
