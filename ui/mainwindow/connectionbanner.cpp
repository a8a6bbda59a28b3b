#include "connectionbanner.h"

#include "common/colours.h"
#include "common/tonestyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_reconnect(new QPushButton(tr("Reconnect"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Hide this message"));
    close->setAccessibleName(tr("Hide this message"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reconnect);
    layout->addWidget(close);
    connect(m_reconnect, &QPushButton::clicked, this, &ConnectionBanner::reconnectRequested);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ConnectionBanner::showError(const QString &message, bool offerReconnect)
{
    ToneStyle::apply(this, Colours::Tone::Danger, ToneStyle::Kind::Message, QStringLiteral("#connectionBanner"));
    m_text->setText(message);
    m_reconnect->setVisible(offerReconnect);
    show();
}

void ConnectionBanner::showInfo(const QString &message)
{
    ToneStyle::apply(this, Colours::Tone::Info, ToneStyle::Kind::Message, QStringLiteral("#connectionBanner"));
    m_text->setText(message);
    m_reconnect->hide();
    show();
}

QString ConnectionBanner::message() const
{
    return m_text->text();
}
