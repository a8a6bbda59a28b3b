#include "table/tablesave.h"

#include <QtTest>

// The text of a save as the review shows it, without a server: the same BEGIN as run() sends.
class TestTableSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void beginFollowsTheLock();
    void scriptShowsStatementsAndBinds();
};

void TestTableSave::beginFollowsTheLock()
{
    QCOMPARE(TableSave::beginStatement(TableSave::Access::Default), QStringLiteral("BEGIN"));
    QCOMPARE(TableSave::beginStatement(TableSave::Access::ReadOnly), QStringLiteral("BEGIN READ ONLY"));
    QCOMPARE(TableSave::beginStatement(TableSave::Access::ReadWrite), QStringLiteral("BEGIN READ WRITE"));
}

void TestTableSave::scriptShowsStatementsAndBinds()
{
    PendingChange update;
    update.sql = QStringLiteral("UPDATE public.users SET username = $1 WHERE id = $2");
    update.binds = {QStringLiteral("kaito"), 42};
    PendingChange remove;
    remove.kind = RowState::Deleted;
    remove.sql = QStringLiteral("DELETE FROM public.users WHERE id = $1 AND bio = $2");
    remove.binds = {7, QVariant()};
    QCOMPARE(TableSave::script({update, remove}, TableSave::Access::ReadWrite),
        QStringLiteral("BEGIN READ WRITE;\n"
                       "UPDATE public.users SET username = $1 WHERE id = $2;\n"
                       "    -- $1 = kaito, $2 = 42\n"
                       "DELETE FROM public.users WHERE id = $1 AND bio = $2;\n"
                       "    -- $1 = 7, $2 = NULL\n"
                       "COMMIT;\n"));
    QVERIFY(TableSave::script({update}, TableSave::Access::Default).startsWith(QLatin1String("BEGIN;\n")));
    QVERIFY(TableSave::script({update}, TableSave::Access::ReadOnly).startsWith(QLatin1String("BEGIN READ ONLY;\n")));
}

QTEST_GUILESS_MAIN(TestTableSave)
#include "tst_tablesave.moc"
