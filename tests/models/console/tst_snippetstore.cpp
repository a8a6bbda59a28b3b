#include "console/snippetstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Snippet makeSnippet(const QString &name, const QString &sql = QStringLiteral("SELECT 1"))
{
    return {name, sql, QStringLiteral("what %1 is for").arg(name)};
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

// SnippetStore in a temporary directory: changes persist, names stay unique, a damaged file is never replaced.
class TestSnippetStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void missingFileIsEmpty();
    void addListAndPersist();
    void renameUpdateRemove();
    void refusesBadNames_data();
    void refusesBadNames();
    void damagedFileIsReportedAndKept_data();
    void damagedFileIsReportedAndKept();
    void changesLoadFirst();
    void unwritableFolderLeavesStoreUnchanged();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/snippets.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSnippetStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSnippetStore::missingFileIsEmpty()
{
    SnippetStore store(path());
    Error error;
    QVERIFY(store.load(&error));
    QVERIFY(error.isNull());
    QVERIFY(store.snippets().isEmpty());
    QVERIFY(!store.isDamaged());
    QVERIFY(!QFile::exists(path()));
    QVERIFY(SnippetStore().filePath().endsWith(QStringLiteral("/snippets.json")));
}

void TestSnippetStore::addListAndPersist()
{
    {
        SnippetStore store(path());
        QVERIFY(store.load());
        QSignalSpy changed(&store, &SnippetStore::changed);
        Error error;
        QVERIFY2(store.add(makeSnippet(QStringLiteral("Top posters"),
                               QStringLiteral("SELECT user_id, count(*)\nFROM messages\nGROUP BY 1")),
                     &error),
            qPrintable(error.toString()));
        QVERIFY(store.add(makeSnippet(QStringLiteral("  Unicode ✓ \"quoted\"  "))));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(store.snippets().size(), 2);
        QVERIFY(store.find(QStringLiteral("Unicode ✓ \"quoted\""))); // names are trimmed
    }
    SnippetStore reopened(path());
    QVERIFY(reopened.load());
    const QList<Snippet> snippets = reopened.snippets();
    QCOMPARE(snippets.size(), 2);
    QCOMPARE(snippets.at(0).name, QStringLiteral("Top posters"));
    QCOMPARE(snippets.at(0).sql, QStringLiteral("SELECT user_id, count(*)\nFROM messages\nGROUP BY 1"));
    QCOMPARE(snippets.at(0).description, QStringLiteral("what Top posters is for"));
    QCOMPARE(snippets.at(1).name, QStringLiteral("Unicode ✓ \"quoted\""));
    QCOMPARE(QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestSnippetStore::renameUpdateRemove()
{
    SnippetStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.add(makeSnippet(QStringLiteral("a"))));
    QVERIFY(store.add(makeSnippet(QStringLiteral("b"))));
    QVERIFY(store.rename(QStringLiteral("a"), QStringLiteral("c")));
    QVERIFY(!store.find(QStringLiteral("a")));
    QCOMPARE(store.snippets().first().name, QStringLiteral("c")); // keeps its place
    QVERIFY(store.rename(QStringLiteral("c"), QStringLiteral("c"))); // a no-op is fine
    QVERIFY(store.update({QStringLiteral("b"), QStringLiteral("SELECT 2"), QStringLiteral("two")}));
    QCOMPARE(store.find(QStringLiteral("b"))->sql, QStringLiteral("SELECT 2"));
    QVERIFY(store.remove(QStringLiteral("c")));

    SnippetStore reopened(path());
    QVERIFY(reopened.load());
    QCOMPARE(reopened.snippets(),
        (QList<Snippet> {{QStringLiteral("b"), QStringLiteral("SELECT 2"), QStringLiteral("two")}}));
}

void TestSnippetStore::refusesBadNames_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("add empty name") << QStringLiteral("add-empty");
    QTest::newRow("add duplicate") << QStringLiteral("add-duplicate");
    QTest::newRow("rename to existing") << QStringLiteral("rename-existing");
    QTest::newRow("rename to blank") << QStringLiteral("rename-blank");
    QTest::newRow("rename missing") << QStringLiteral("rename-missing");
    QTest::newRow("update missing") << QStringLiteral("update-missing");
    QTest::newRow("remove missing") << QStringLiteral("remove-missing");
}

void TestSnippetStore::refusesBadNames()
{
    QFETCH(QString, operation);
    SnippetStore store(path());
    QVERIFY(store.add(makeSnippet(QStringLiteral("a"))));
    QVERIFY(store.add(makeSnippet(QStringLiteral("b"))));
    const QByteArray before = fileContents(path());
    Error error;
    bool ok = true;
    if (operation == QLatin1String("add-empty"))
        ok = store.add(makeSnippet(QStringLiteral("   ")), &error);
    else if (operation == QLatin1String("add-duplicate"))
        ok = store.add(makeSnippet(QStringLiteral("a")), &error);
    else if (operation == QLatin1String("rename-existing"))
        ok = store.rename(QStringLiteral("a"), QStringLiteral("b"), &error);
    else if (operation == QLatin1String("rename-blank"))
        ok = store.rename(QStringLiteral("a"), QString(), &error);
    else if (operation == QLatin1String("rename-missing"))
        ok = store.rename(QStringLiteral("x"), QStringLiteral("y"), &error);
    else if (operation == QLatin1String("update-missing"))
        ok = store.update(makeSnippet(QStringLiteral("x")), &error);
    else
        ok = store.remove(QStringLiteral("x"), &error);
    QVERIFY(!ok);
    QVERIFY(!error.isNull());
    QVERIFY(!error.why.isEmpty());
    QCOMPARE(store.snippets().size(), 2);
    QCOMPARE(fileContents(path()), before);
}

void TestSnippetStore::damagedFileIsReportedAndKept_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("not json") << QByteArray("{\"version\": 1, \"snippets\": [ {\"name\": \"a\"");
    QTest::newRow("no list") << QByteArray("{\"version\": 1}");
    QTest::newRow("nameless snippet") << QByteArray("{\"version\": 1, \"snippets\": [{\"sql\": \"SELECT 1\"}]}");
    QTest::newRow("newer format") << QByteArray("{\"version\": 99, \"snippets\": []}");
}

void TestSnippetStore::damagedFileIsReportedAndKept()
{
    QFETCH(QByteArray, contents);
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    writeFile(path(), contents);
    SnippetStore store(path());
    Error error;
    QVERIFY(!store.load(&error));
    QVERIFY(store.isDamaged());
    QVERIFY(!error.what.isEmpty());
    QVERIFY(!error.why.isEmpty());
    QVERIFY(store.snippets().isEmpty());

    Error writeError;
    QVERIFY(!store.add(makeSnippet(QStringLiteral("new")), &writeError));
    QVERIFY(!writeError.isNull());
    QVERIFY(!store.remove(QStringLiteral("a")));
    QVERIFY(!store.rename(QStringLiteral("a"), QStringLiteral("b")));
    QCOMPARE(fileContents(path()), contents);

    // Repaired by hand: the store works again after loading.
    writeFile(path(), "{\"version\": 1, \"snippets\": [{\"name\": \"a\", \"sql\": \"SELECT 1\"}]}");
    QVERIFY(store.load());
    QVERIFY(store.add(makeSnippet(QStringLiteral("new"))));
    QCOMPARE(store.snippets().size(), 2);
}

void TestSnippetStore::changesLoadFirst()
{
    {
        SnippetStore store(path());
        QVERIFY(store.add(makeSnippet(QStringLiteral("kept"))));
    }
    SnippetStore store(path()); // load() never called
    QVERIFY(store.add(makeSnippet(QStringLiteral("added"))));
    QCOMPARE(store.snippets().size(), 2);

    writeFile(path(), "garbage");
    SnippetStore careless(path());
    QVERIFY(!careless.add(makeSnippet(QStringLiteral("x"))));
    QCOMPARE(fileContents(path()), QByteArray("garbage"));
}

void TestSnippetStore::unwritableFolderLeavesStoreUnchanged()
{
    // A file where the folder should be: neither the folder nor the snippets file can be created.
    writeFile(m_dir->filePath(QStringLiteral("data")), "not a folder");
    SnippetStore store(path());
    QVERIFY(store.load());
    Error error;
    QVERIFY(!store.add(makeSnippet(QStringLiteral("a")), &error));
    QVERIFY(!error.why.isEmpty());
    QVERIFY(store.snippets().isEmpty());
}

QTEST_GUILESS_MAIN(TestSnippetStore)
#include "tst_snippetstore.moc"
