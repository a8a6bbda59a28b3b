#include "catalog/schemacatalog.h"
#include "catalog/schematreemodel.h"
#include "connection/session.h"
#include "testcluster.h"
#include "testwait.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

// The schema catalog and its tree model, read from the SayTruth demo schema in a real cluster.
class TestSchemaCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readsTheSayTruthSchema();
    void foreignKeysKnowTheirTarget();
    void treeModelPassesTheTester();
    void treeShowsWhatPsqlShows();
    void refreshSeesNewTables();
    void failsInWordsWhenDisconnected();

private:
    bool load(SchemaCatalog &catalog);
    TestCluster m_fixture;
    std::unique_ptr<Session> m_session;
};

void TestSchemaCatalog::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_session = std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("catalog test"));
    QVERIFY(TestWait::open(*m_session));
}

bool TestSchemaCatalog::load(SchemaCatalog &catalog)
{
    QSignalSpy loaded(&catalog, &SchemaCatalog::loaded);
    QSignalSpy failed(&catalog, &SchemaCatalog::failed);
    catalog.refresh(m_session.get());
    return QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 20000) && loaded.count() == 1;
}

void TestSchemaCatalog::readsTheSayTruthSchema()
{
    SchemaCatalog catalog;
    QVERIFY(load(catalog));
    const auto snapshot = catalog.snapshot();
    const TableInfo *users = snapshot->findTable(QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(users->schema, QStringLiteral("public"));
    QCOMPARE(users->primaryKey(), QStringList {QStringLiteral("id")});
    QVERIFY2(
        users->estimatedRows >= 900 && users->estimatedRows <= 1100, qPrintable(QString::number(users->estimatedRows)));
    QVERIFY(users->totalBytes > 0);
    QCOMPARE(users->columns.size(), 5);
    QCOMPARE(users->column(QStringLiteral("email"))->type, QStringLiteral("character varying(255)"));
    QVERIFY(users->column(QStringLiteral("id"))->defaultValue.startsWith(QLatin1String("nextval(")));
    QVERIFY(users->column(QStringLiteral("id"))->primaryKey);
    bool emailIndex = false;
    for (const IndexInfo &index : users->indexes)
        emailIndex
            = emailIndex || (index.name == QLatin1String("idx_users_email") && index.method == QLatin1String("btree"));
    QVERIFY(emailIndex);
    const TableInfo *messages = snapshot->findTable(QStringLiteral("public.messages"));
    QVERIFY(messages);
    bool gin = false;
    for (const IndexInfo &index : messages->indexes)
        gin = gin || (index.name == QLatin1String("idx_messages_content") && index.method == QLatin1String("gin"));
    QVERIFY(gin);
    const TableInfo *follows = snapshot->findTable(QStringLiteral("follows"));
    QCOMPARE(follows->primaryKey(), (QStringList {QStringLiteral("follower_id"), QStringLiteral("following_id")}));
    QVERIFY(!snapshot->findTable(QStringLiteral("pg_class")));
    QVERIFY(!snapshot->findTable(QStringLiteral("nope.users")));
}

void TestSchemaCatalog::foreignKeysKnowTheirTarget()
{
    SchemaCatalog catalog;
    QVERIFY(load(catalog));
    const auto snapshot = catalog.snapshot();
    const QList<ConstraintInfo> keys = snapshot->findTable(QStringLiteral("follows"))->foreignKeys();
    QCOMPARE(keys.size(), 2);
    for (const ConstraintInfo &key : keys) {
        QCOMPARE(key.referencedTable, QStringLiteral("users"));
        QCOMPARE(key.referencedColumns, QStringList {QStringLiteral("id")});
        QCOMPARE(key.columns.size(), 1);
    }
    QCOMPARE(snapshot->referencesTo(QStringLiteral("public"), QStringLiteral("users")).size(), 4);
    const TableInfo *links = snapshot->findTable(QStringLiteral("links"));
    bool check = false;
    for (const ConstraintInfo &c : links->constraints)
        check = check || (c.type == ConstraintInfo::Type::Check && c.definition.contains(QLatin1String("private")));
    QVERIFY(check);
}

void TestSchemaCatalog::treeModelPassesTheTester()
{
    SchemaCatalog catalog;
    QVERIFY(load(catalog));
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(catalog.snapshot());
    QVERIFY(model.rowCount() >= 1);
    // Walk every node so that the tester sees every index.
    std::function<int(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        int count = 1;
        for (int row = 0; row < model.rowCount(parent); ++row)
            count += walk(model.index(row, 0, parent));
        return count;
    };
    QVERIFY(walk({}) > 40);
    model.setSnapshot(catalog.snapshot());
    model.setSnapshot(std::make_shared<CatalogSnapshot>());
    QCOMPARE(model.rowCount(), 0);
}

void TestSchemaCatalog::treeShowsWhatPsqlShows()
{
    SchemaCatalog catalog;
    QVERIFY(load(catalog));
    SchemaTreeModel model;
    model.setSnapshot(catalog.snapshot());
    const QModelIndex publicSchema = model.index(0, 0);
    QCOMPARE(publicSchema.data().toString(), QStringLiteral("public"));
    QCOMPARE(model.rowCount(publicSchema), 4);
    const QModelIndex users = model.indexOfTable(QStringLiteral("users"));
    QVERIFY(users.isValid());
    QCOMPARE(users.data(SchemaTreeModel::KindRole).toInt(), int(SchemaTreeModel::NodeKind::Table));
    QVERIFY2(users.siblingAtColumn(1).data().toString().contains(QLatin1String("rows")),
        qPrintable(users.siblingAtColumn(1).data().toString()));
    QStringList folders;
    for (int row = 0; row < model.rowCount(users); ++row)
        folders << model.index(row, 0, users).data().toString();
    QCOMPARE(folders,
        (QStringList {QStringLiteral("Columns"), QStringLiteral("Keys and constraints"), QStringLiteral("Indexes"),
            QStringLiteral("Referenced by")}));
    const QModelIndex columns = model.index(0, 0, users);
    const QModelIndex id = model.index(0, 0, columns);
    QCOMPARE(id.data().toString(), QStringLiteral("id"));
    QCOMPARE(id.data(SchemaTreeModel::KindRole).toInt(), int(SchemaTreeModel::NodeKind::PrimaryKeyColumn));
    QVERIFY(id.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("integer · primary key")));
    QCOMPARE(id.data(SchemaTreeModel::TableRole).toString(), QStringLiteral("users"));
    const QModelIndex messages = model.indexOfTable(QStringLiteral("messages"));
    const QModelIndex keys = model.index(1, 0, messages);
    bool fkToUsers = false;
    for (int row = 0; row < model.rowCount(keys); ++row) {
        const QModelIndex key = model.index(row, 0, keys);
        fkToUsers = fkToUsers || key.data(SchemaTreeModel::TargetTableRole).toString() == QLatin1String("public.users");
    }
    QVERIFY(fkToUsers);
}

void TestSchemaCatalog::refreshSeesNewTables()
{
    SchemaCatalog catalog;
    QVERIFY(load(catalog));
    QVERIFY(!catalog.snapshot()->findTable(QStringLiteral("audit_notes")));
    QVERIFY(
        TestWait::result(m_session->run(QStringLiteral("CREATE TYPE mood AS ENUM ('calm', 'angry', 'happy')"))).ok());
    QVERIFY(TestWait::result(
        m_session->run(QStringLiteral("CREATE TABLE audit_notes (id int PRIMARY KEY, note text, m mood)")))
                .ok());
    QVERIFY(TestWait::result(
        m_session->run(QStringLiteral("CREATE VIEW public_links AS SELECT * FROM links WHERE visibility = 'public'")))
                .ok());
    QVERIFY(load(catalog));
    QVERIFY(catalog.snapshot()->findTable(QStringLiteral("audit_notes")));
    QCOMPARE(catalog.snapshot()->findTable(QStringLiteral("public_links"))->kind, TableInfo::Kind::View);
    QCOMPARE(catalog.snapshot()->findTable(QStringLiteral("audit_notes"))->estimatedRows, -1);
    QCOMPARE(catalog.snapshot()->findTable(QStringLiteral("audit_notes"))->column(QStringLiteral("m"))->enumLabels,
        (QStringList {QStringLiteral("calm"), QStringLiteral("angry"), QStringLiteral("happy")}));
    QVERIFY(catalog.snapshot()
                ->findTable(QStringLiteral("audit_notes"))
                ->column(QStringLiteral("note"))
                ->enumLabels.isEmpty());
}

void TestSchemaCatalog::failsInWordsWhenDisconnected()
{
    ConnectionProfile profile = m_fixture.profile();
    Session closed(profile, {}, QStringLiteral("never opened"));
    SchemaCatalog catalog;
    QSignalSpy failed(&catalog, &SchemaCatalog::failed);
    catalog.refresh(&closed);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(!failed.first().first().value<Error>().toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSchemaCatalog)
#include "tst_schemacatalog.moc"
