#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

// Asks for a password when the server wants one we don't have (or rejected the one we had).
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &target, const QString &reason, bool keychainAvailable, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};
