#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A bar above the tabs that says what went wrong with the connection and offers the way out (Reconnect),
// without a modal box that would block everything else.
class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    void showError(const QString &message, bool offerReconnect);
    void showInfo(const QString &message);
    QString message() const;

Q_SIGNALS:
    void reconnectRequested();

private:
    QLabel *m_text;
    QPushButton *m_reconnect;
};
