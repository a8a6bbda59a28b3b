#pragma once

#include <QSet>
#include <QStyledItemDelegate>

struct TableInfo;

// Paints the table browser's cells: pending edits tinted (modified, inserted, deleted struck out), NULL
// greyed, masked secrets as dots, foreign keys with the referenced row's name beside the id; edits enum
// columns and columns limited by a CHECK (… IN (…)) list through a combo box.
class TableItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TableItemDelegate(QObject *parent = nullptr);

    // The allowed values per column, from CHECK constraints of the form col IN ('a', 'b') / col = ANY (ARRAY[…]).
    void setTable(const TableInfo &table);
    QStringList choicesFor(int column) const { return m_choices.value(column); }
    // Columns edited through the foreign-key picker instead of an inline editor.
    bool isForeignKey(int column) const { return m_foreignKeys.contains(column); }
    static QStringList choicesFromCheck(const QString &definition, const QString &column);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

Q_SIGNALS:
    void foreignKeyEditRequested(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QHash<int, QStringList> m_choices;
    QSet<int> m_foreignKeys;
};
