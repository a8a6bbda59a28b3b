#include "statementguard.h"

#include "settings/preferences.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace StatementGuard {

QList<Requirement> requirements(const QList<StatementClass> &statements, bool production)
{
    QList<Requirement> list;
    for (const StatementClass &statement : statements) {
        const bool risky = statement.unfilteredWrite || statement.destructive;
        if (!risky)
            continue;
        Requirement requirement;
        requirement.summary = statement.summary;
        requirement.typed = production;
        if (production) {
            QString word = statement.targetTables.value(0).section(QLatin1Char('.'), -1);
            if (word.isEmpty()) {
                using Kind = StatementClass::Kind;
                word = statement.kind == Kind::Drop       ? QStringLiteral("DROP")
                       : statement.kind == Kind::Truncate ? QStringLiteral("TRUNCATE")
                       : statement.kind == Kind::Alter    ? QStringLiteral("ALTER")
                                                          : QStringLiteral("YES");
            }
            requirement.word = word;
        } else if (!statement.unfilteredWrite) {
            continue; // DROP/ALTER outside production: the user's own database, no question
        }
        list << requirement;
    }
    return list;
}

bool confirm(QWidget *parent, const QList<StatementClass> &statements, bool production)
{
    for (const Requirement &requirement : requirements(statements, production)) {
        if (requirement.typed) {
            TypedConfirmationDialog dialog(requirement.summary, requirement.word, parent);
            if (dialog.exec() != QDialog::Accepted)
                return false;
        } else if (Preferences::shared()->values().confirmUnfilteredWrites) {
            const auto answer = QMessageBox::warning(
                parent, QObject::tr("Statement without a filter"),
                QObject::tr("%1\n\nThis changes every row of the table. Run it anyway?").arg(requirement.summary),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes)
                return false;
        }
    }
    return true;
}

} // namespace StatementGuard

TypedConfirmationDialog::TypedConfirmationDialog(const QString &summary, const QString &word, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("typedConfirmation"));
    setWindowTitle(tr("Confirm on production"));
    m_edit->setAccessibleName(tr("Confirmation word"));
    auto *text = new QLabel(tr("<b>%1</b><br><br>This runs on a <b>production</b> database and cannot be undone. "
                               "Type <code>%2</code> to go ahead.")
                                .arg(summary.toHtmlEscaped(), word.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("confirmationEdit"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Run it"));
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    connect(m_edit, &QLineEdit::textChanged, this, [this, word](const QString &typed) { m_ok->setEnabled(typed == word); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}
