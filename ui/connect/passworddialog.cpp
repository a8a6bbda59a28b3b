#include "passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

PasswordDialog::PasswordDialog(const QString &target, const QString &reason, bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the keychain"), this))
{
    setWindowTitle(tr("Password for %1").arg(target));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(keychainAvailable);
    m_remember->setEnabled(keychainAvailable);
    if (!keychainAvailable)
        m_remember->setToolTip(tr("No keychain answered: the password is kept in memory until you quit."));
    auto *reasonLabel = new QLabel(reason, this);
    reasonLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QFormLayout(this);
    layout->addRow(reasonLabel);
    layout->addRow(tr("Password:"), m_password);
    layout->addRow(m_remember);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}
