#include "common/selectiontext.h"

#include <QItemSelectionModel>
#include <QStandardItemModel>
#include <QtTest>

// Copying a block of grid cells as TSV or CSV.
class TestSelectionText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void block();
};

void TestSelectionText::block()
{
    QStandardItemModel model(3, 3);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            model.setItem(r, c, new QStandardItem(QStringLiteral("r%1c%2").arg(r).arg(c)));
    model.item(1, 1)->setText(QStringLiteral("a, \"quoted\"\nline"));
    QItemSelectionModel selection(&model);
    const auto text = [](const QModelIndex &index) {
        return index.data().toString();
    };
    QCOMPARE(SelectionText::block(&selection, text), QString());
    selection.select(QItemSelection(model.index(0, 0), model.index(1, 1)), QItemSelectionModel::Select);
    selection.select(model.index(0, 0), QItemSelectionModel::Deselect); // a gap stays an empty cell
    QCOMPARE(SelectionText::block(&selection, text),
        QStringLiteral("\tr0c1\nr1c0\ta, \"quoted\" line\n"));
    QCOMPARE(SelectionText::block(&selection, text, SelectionText::Format::Csv),
        QStringLiteral(",r0c1\r\nr1c0,\"a, \"\"quoted\"\"\nline\"\r\n"));
}

QTEST_MAIN(TestSelectionText)
#include "tst_selectiontext.moc"
