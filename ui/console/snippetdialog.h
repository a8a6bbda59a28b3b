#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QLabel;
class SnippetStore;

// Saved SQL snippets: pick one to insert at the cursor, save the editor's current text as a new one, or
// delete one. Changes go to the SnippetStore at once.
class SnippetDialog : public QDialog
{
    Q_OBJECT
public:
    // currentSql: what "Save as snippet" saves (the selection or the statement under the cursor).
    SnippetDialog(SnippetStore *store, const QString &currentSql, QWidget *parent = nullptr);

Q_SIGNALS:
    void snippetChosen(const QString &sql);

private:
    void reload();
    void showSelected();
    void saveCurrent();
    void removeSelected();
    void choose();

    SnippetStore *m_store;
    QString m_currentSql;
    QListWidget *m_list;
    QPlainTextEdit *m_preview;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLabel *m_message;
};
