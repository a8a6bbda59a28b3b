#pragma once

#include <QDialog>

class HistoryModel;
class HistoryStore;
class QLineEdit;
class QTableView;
class ReadOnlySqlView;

// The statements run with the current profile, newest first, searchable, the selected one in full below;
// choosing one puts it back into the editor to run again.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(HistoryStore *store, const QString &profileKey, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    ReadOnlySqlView *preview() const { return m_preview; }

Q_SIGNALS:
    void statementChosen(const QString &sql);

private:
    void choose();
    void showCurrent();

    HistoryModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    ReadOnlySqlView *m_preview;
};
