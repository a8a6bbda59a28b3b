#include "connectionstatus.h"

#include "common/colours.h"

#include <QHBoxLayout>
#include <QLabel>

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_target(new QLabel(this))
    , m_version(new QLabel(this))
    , m_forward(new QLabel(this))
{
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_target->setObjectName(QStringLiteral("connectionTarget"));
    m_version->setObjectName(QStringLiteral("serverVersion"));
    m_forward->setObjectName(QStringLiteral("kubeForward"));
    m_forward->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_kind);
    layout->addWidget(m_target);
    layout->addWidget(m_version);
    layout->addWidget(m_forward);
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
    // The profile's own colour carries white text; the demo's follows the theme.
    const QString fill = profile.demo ? Colours::text(Colours::Tone::Info, palette()).name() : profile.effectiveColor();
    const QString ink = profile.demo ? palette().color(QPalette::Base).name() : QStringLiteral("white");
    m_kind->setText(label);
    m_kind->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; "
                                         "padding: 1px 6px; border-radius: 3px; }")
                              .arg(fill, ink));
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
    Colours::Tone tone = Colours::Tone::Neutral;
    switch (state) {
    case Session::State::Disconnected:
        text = tr("Not connected"), tone = Colours::Tone::Neutral;
        break;
    case Session::State::Connecting:
        text = tr("Connecting…"), tone = Colours::Tone::Warning;
        break;
    case Session::State::Connected:
        text = tr("Connected"), tone = Colours::Tone::Success;
        break;
    case Session::State::Busy:
        text = tr("Working…"), tone = Colours::Tone::Info;
        break;
    case Session::State::Lost:
        text = tr("Connection lost"), tone = Colours::Tone::Danger;
        break;
    }
    m_state->setText(QStringLiteral("● ") + text);
    m_state->setStyleSheet(Colours::textStyle(tone, palette()));
}

QString ConnectionStatus::stateText() const
{
    return m_state->text().mid(2);
}

void ConnectionStatus::setForward(const QString &text, bool healthy)
{
    m_forward->setVisible(!text.isEmpty());
    // The first line only: kubectl's last words can be long; the tooltip has them whole.
    m_forward->setText(text.section(QLatin1Char('\n'), 0, 0).left(120));
    m_forward->setToolTip(text);
    m_forward->setStyleSheet(Colours::textStyle(healthy ? Colours::Tone::Neutral : Colours::Tone::Danger, palette()));
}

QString ConnectionStatus::forwardText() const
{
    return m_forward->isHidden() ? QString() : m_forward->toolTip();
}
