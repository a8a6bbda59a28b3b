#pragma once

#include <QWidget>

class QFormLayout;
class QPlainTextEdit;
class TableDataModel;

// The selected row as a form: every column with its whole value (long content fetched in full when the
// grid holds only its start), editable where the grid is, and written back into the model's edit buffer.
class RowDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RowDetailPanel(TableDataModel *model, QWidget *parent = nullptr);

    void showRow(int row);
    int currentRow() const { return m_row; }
    QPlainTextEdit *editorFor(int column) const { return m_editors.value(column); }

private:
    void rebuild();
    void commit(int column);

    TableDataModel *m_model;
    QFormLayout *m_form;
    QList<QPlainTextEdit *> m_editors;
    int m_row = -1;
    bool m_filling = false;
};
