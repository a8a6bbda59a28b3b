#pragma once

#include <QDialog>

class QPlainTextEdit;

// Help → About: what the program is, and the versions of everything it runs with, as text the user can
// select and copy into a bug report.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // serverVersion: the connected server's ("16.4"), empty when the window is not connected.
    explicit AboutDialog(const QString &serverVersion, QWidget *parent = nullptr);

    // The lines shown: the program, Qt (running and built with), QScintilla, libpq, QtKeychain, the server.
    static QString versionsText(const QString &serverVersion);
    QString text() const;

private:
    QPlainTextEdit *m_versions = nullptr;
};
