#include "connectionstatus.h"

#include "common/colours.h"
#include "common/tonestyle.h"
#include "common/whenfinished.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_target(new QLabel(this))
    , m_version(new QLabel(this))
    , m_forward(new QLabel(this))
    , m_standby(new QLabel(this))
{
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_target->setObjectName(QStringLiteral("connectionTarget"));
    m_version->setObjectName(QStringLiteral("serverVersion"));
    m_forward->setObjectName(QStringLiteral("kubeForward"));
    m_forward->hide();
    m_standby->setObjectName(QStringLiteral("standbyState"));
    m_standby->setToolTip(tr("A hot standby (a read-only replica): every write is refused. The lag is how long "
                             "ago the last transaction it replayed committed on the primary."));
    m_standby->hide();
    m_lagTimer.setInterval(5000);
    connect(&m_lagTimer, &QTimer::timeout, this, &ConnectionStatus::readReplayLag);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_kind);
    layout->addWidget(m_target);
    layout->addWidget(m_version);
    layout->addWidget(m_forward);
    layout->addWidget(m_standby);
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
    // The profile's own colour (any the user chose) or the demo's, with whichever of the palette's text and base
    // colours reads on it; both made again when the palette changes (a switch to a dark theme).
    m_kind->setText(label);
    ToneStyle::follow(m_kind, [demo = profile.demo, colour = profile.effectiveColor()](const QPalette &palette) {
        const QColor fill = demo ? Colours::text(Colours::Tone::Info, palette) : QColor(colour);
        return QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; "
                              "padding: 1px 6px; border-radius: 3px; }")
            .arg(fill.name(), Colours::textOn(fill, palette).name());
    });
    m_kind->show();
    m_target->setText(QStringLiteral("%1@%2").arg(profile.user, profile.database));
    m_target->setToolTip(profile.displayTarget());
    m_version->clear();
    m_standby->hide();
    m_lagTimer.stop();
}

void ConnectionStatus::setServer(const ServerInfo &info)
{
    m_version->setText(tr("PostgreSQL %1").arg(info.version));
    m_target->setText(QStringLiteral("%1@%2").arg(info.user, info.database));
    m_standby->setVisible(info.inRecovery);
    if (info.inRecovery) {
        ToneStyle::apply(m_standby, Colours::Tone::Warning, ToneStyle::Kind::Badge);
        setReplayLag(info.replayLagSeconds);
    }
}

void ConnectionStatus::followReplayLag(Session *session)
{
    m_lagSession = session;
    if (session && session->serverInfo().inRecovery)
        m_lagTimer.start();
    else
        m_lagTimer.stop();
}

void ConnectionStatus::readReplayLag()
{
    // Only while someone can see it, and never more than one read in flight.
    if (!m_lagSession || !m_lagSession->isConnected() || !isVisible() || m_lagSession->state() == Session::State::Busy)
        return;
    whenFinished(m_lagSession->readReplayLag(), this, [this](std::optional<double> seconds) { setReplayLag(seconds); });
}

void ConnectionStatus::setReplayLag(std::optional<double> seconds)
{
    const QString lag = seconds ? tr("replay lag %1 s").arg(QLocale().toString(qMax(0.0, *seconds), 'f', 1))
                                : tr("nothing replayed yet");
    m_standby->setText(tr(" standby, read-only, %1 ").arg(lag));
}

QString ConnectionStatus::standbyText() const
{
    return m_standby->isHidden() ? QString() : m_standby->text().trimmed();
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
    ToneStyle::apply(m_state, tone);
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
    ToneStyle::apply(m_forward, healthy ? Colours::Tone::Neutral : Colours::Tone::Danger);
}

QString ConnectionStatus::forwardText() const
{
    return m_forward->isHidden() ? QString() : m_forward->toolTip();
}
