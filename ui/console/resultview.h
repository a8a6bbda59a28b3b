#pragma once

#include <QTableView>

class ResultSetModel;

// A console result grid: NULL shown greyed, numbers right-aligned, Ctrl+C copies the selection as TSV
// (what spreadsheets paste), rows numbered. The model streams in while the view is already usable.
class ResultView : public QTableView
{
    Q_OBJECT
public:
    explicit ResultView(ResultSetModel *model, QWidget *parent = nullptr);

    ResultSetModel *resultModel() const { return m_model; }
    // The selected cells as tab-separated text (a rectangular block; gaps become empty cells).
    QString selectionAsTsv() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    ResultSetModel *m_model;
};
