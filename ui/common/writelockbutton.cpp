#include "writelockbutton.h"

#include "common/colours.h"
#include "common/tonestyle.h"
#include "connection/writelock.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QToolBar>
#include <QToolButton>

WriteLockButton::WriteLockButton(WriteLock *lock, const QString &scope, QWidget *parent)
    : QWidget(parent)
    , m_lock(lock)
    , m_scope(scope)
{
    setObjectName(QStringLiteral("writeLockButton"));
    m_toggle = new QAction(this);
    m_toggle->setObjectName(QStringLiteral("unlockAction"));
    connect(m_toggle, &QAction::triggered, this, [this] {
        if (m_lock->isLocked())
            requestUnlock();
        else
            m_lock->lock();
    });
    m_button = new QToolButton(this);
    m_button->setDefaultAction(m_toggle);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setAutoRaise(true);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("lockState"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_badge);
    connect(m_lock, &WriteLock::changed, this, &WriteLockButton::showState);
    showState();
}

void WriteLockButton::addTo(QToolBar *toolbar)
{
    // A toolbar shows and hides its widgets through their actions.
    toolbar->addWidget(this)->setVisible(m_lock->isProduction());
}

bool WriteLockButton::requestUnlock(const QString &givenReason)
{
    if (!m_lock->isLocked())
        return true;
    QString reason = givenReason;
    if (reason.trimmed().isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Unlock writes on production"),
            tr("Writes on production will be allowed for %1 until you lock them again.\n"
               "Why? (kept with what is written: audit log and history)")
                .arg(m_scope),
            QLineEdit::Normal, {}, &ok);
        if (!ok)
            return false;
    }
    return m_lock->unlock(reason);
}

void WriteLockButton::lock()
{
    m_lock->lock();
}

void WriteLockButton::setUnlocked(bool unlocked, const QString &reason)
{
    if (unlocked)
        requestUnlock(reason);
    else
        lock();
}

void WriteLockButton::showState()
{
    const bool locked = m_lock->isLocked();
    m_toggle->setText(locked ? tr("Unlock writes") : tr("Lock writes"));
    // A standby refuses writes whatever anyone unlocks: nothing to offer.
    m_toggle->setEnabled(!m_lock->isStandby());
    if (m_lock->isStandby()) {
        m_badge->setText(tr(" read-only (standby) "));
        m_badge->setToolTip(tr("The server is a standby (a read-only replica): writes go to the primary."));
        ToneStyle::apply(m_badge, Colours::Tone::Danger);
        return;
    }
    m_badge->setText(locked ? tr(" read-only (production) ") : tr(" UNLOCKED for writes: %1 ").arg(m_lock->reason()));
    m_badge->setToolTip(locked ? tr("The server refuses writes until you unlock them with a reason.")
                               : tr("Writes go through. Lock again when you are done."));
    ToneStyle::apply(m_badge, Colours::Tone::Danger, locked ? ToneStyle::Kind::Text : ToneStyle::Kind::Badge);
}
