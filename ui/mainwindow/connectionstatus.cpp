#include "connectionstatus.h"

#include <QHBoxLayout>
#include <QLabel>

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_target(new QLabel(this))
    , m_version(new QLabel(this))
{
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_target->setObjectName(QStringLiteral("connectionTarget"));
    m_version->setObjectName(QStringLiteral("serverVersion"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_kind);
    layout->addWidget(m_target);
    layout->addWidget(m_version);
    layout->addWidget(m_state);
    m_kind->hide();
    setState(Session::State::Disconnected);
}

void ConnectionStatus::setProfile(const ConnectionProfile &profile)
{
    QString label;
    if (profile.demo)
        label = tr("DEMO");
    else if (profile.isProduction())
        label = tr("PRODUCTION · read-only");
    else
        label = tr("DEV");
    const QString color = profile.demo ? QStringLiteral("#1565c0") : profile.effectiveColor();
    m_kind->setText(label);
    m_kind->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                                         "padding: 1px 6px; border-radius: 3px; }")
                              .arg(color));
    m_kind->show();
    m_target->setText(QStringLiteral("%1@%2").arg(profile.user, profile.database));
    m_target->setToolTip(profile.displayTarget());
    m_version->clear();
}

void ConnectionStatus::setServer(const ServerInfo &info)
{
    m_version->setText(tr("PostgreSQL %1").arg(info.version));
    m_target->setText(QStringLiteral("%1@%2").arg(info.user, info.database));
}

void ConnectionStatus::setState(Session::State state)
{
    QString text;
    QString color;
    switch (state) {
    case Session::State::Disconnected:
        text = tr("Not connected"), color = QStringLiteral("#757575");
        break;
    case Session::State::Connecting:
        text = tr("Connecting…"), color = QStringLiteral("#f57c00");
        break;
    case Session::State::Connected:
        text = tr("Connected"), color = QStringLiteral("#2e7d32");
        break;
    case Session::State::Busy:
        text = tr("Working…"), color = QStringLiteral("#1565c0");
        break;
    case Session::State::Lost:
        text = tr("Connection lost"), color = QStringLiteral("#c62828");
        break;
    }
    m_state->setText(QStringLiteral("● ") + text);
    m_state->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color));
}

QString ConnectionStatus::stateText() const
{
    return m_state->text().mid(2);
}
