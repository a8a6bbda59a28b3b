#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolBar;
class QToolButton;
class WriteLock;

// How every tab shows and toggles its WriteLock, the same in table and console tabs: a badge ("read-only
// (production)" / "UNLOCKED for writes: reason") and an Unlock/Lock writes button; unlocking asks why, and
// the reason goes with the lock to the audit log and the history. Hidden on development profiles.
class WriteLockButton : public QWidget
{
    Q_OBJECT
public:
    // scope names what the unlock covers in the question ("the table users", "this console").
    WriteLockButton(WriteLock *lock, const QString &scope, QWidget *parent = nullptr);

    // Puts the button on a tab's toolbar, shown on production only.
    void addTo(QToolBar *toolbar);

    WriteLock *writeLock() const { return m_lock; }
    QAction *toggleAction() const { return m_toggle; }
    QLabel *badge() const { return m_badge; }

    // Unlocks after asking why; a given reason is used without asking. False when it stays locked.
    bool requestUnlock(const QString &reason = {});
    void lock();
    // requestUnlock(reason) or lock(): what the tabs' own setters do.
    void setUnlocked(bool unlocked, const QString &reason = {});

private:
    void showState();

    WriteLock *m_lock;
    QString m_scope;
    QAction *m_toggle = nullptr;
    QToolButton *m_button = nullptr;
    QLabel *m_badge = nullptr;
};
