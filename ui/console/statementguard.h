#pragma once

#include "console/statementclassifier.h"

#include <QDialog>
#include <QList>

class QLineEdit;
class QPushButton;

// Decides what must be confirmed before statements are sent (pure logic, testable without dialogs):
// on production, UPDATE/DELETE without a real filter and DROP/TRUNCATE/ALTER need the user to type a word;
// on any other profile, UPDATE/DELETE without a real filter needs a plain yes (unless the Preferences say not to).
namespace StatementGuard {

struct Requirement
{
    QString summary;     // what the statement would do, in words
    bool typed = false;  // the user must type `word`
    QString word;        // the table's name, or the command (DROP, TRUNCATE, ALTER)
};

QList<Requirement> requirements(const QList<StatementClass> &statements, bool production);
// Shows the confirmations (modal); true when everything was confirmed or nothing needed it.
bool confirm(QWidget *parent, const QList<StatementClass> &statements, bool production);

} // namespace StatementGuard

// Asks the user to type a word to go ahead: for statements that cannot be undone on production.
class TypedConfirmationDialog : public QDialog
{
    Q_OBJECT
public:
    TypedConfirmationDialog(const QString &summary, const QString &word, QWidget *parent = nullptr);

private:
    QLineEdit *m_edit;
    QPushButton *m_ok;
};
