#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QWidget;

// Answers modal dialogs the way a user would, from inside their event loop: tests drive the real dialogs
// instead of test-only switches in product code.
//
// An answer is for one dialog, known by its window title (what the user reads first): another modal window
// shown meanwhile is left alone. It belongs to the test case that armed it: reset(), first thing in every
// cleanup(), withdraws what the case did not use, so it can never answer the next case's dialog; the case
// itself checks on the handle that its dialog was shown and answered:
//
//     const auto answer = DialogAnswer::next(QStringLiteral("Open transaction"),
//         [](QWidget *dialog) { QVERIFY(DialogAnswer::click(dialog, QStringLiteral("Roll back"))); });
//     QVERIFY(m_tab->confirmClose());
//     QVERIFY2(answer->answered(), qPrintable(answer->report()));
namespace DialogAnswer {

// What came of one armed answer, for the case to check.
struct Outcome
{
    enum class State {
        Waiting, // armed, its dialog not shown yet
        Answered, // its dialog was shown and the answer ran on it
        Withdrawn, // withdraw(): no longer wanted
        Reset, // reset(): its case ended first
        Expired, // not shown within DeadlineMs
    };

    QString title; // the dialog it is for
    State state = State::Waiting;
    QStringList passedOver; // the titles of other modal windows shown while it waited, left alone

    bool answered() const { return state == State::Answered; }
    // In words, for QVERIFY2: what it answered, or what it waited for and what it saw instead.
    QString report() const;
};
using Handle = std::shared_ptr<const Outcome>;

// How long an answer waits for its dialog before it gives up (and its case fails on the handle): far longer
// than any case waits for anything, so only an answer whose dialog never comes reaches it.
constexpr int DeadlineMs = 120000;

// Calls answer, once, with the next active modal dialog titled title, from inside that dialog's event loop.
// Answers wait in the order they were armed; a dialog gets the first one armed for its title.
Handle next(const QString &title, std::function<void(QWidget *)> answer);

// The answer is no longer wanted (a case that checks a dialog does not appear); a no-op once it ran.
void withdraw(const Handle &handle);

// Withdraws every armed answer that has not run; their reports, for the case that left them to fail on.
QStringList reset();

// Clicks the dialog's button with this text (as shown, mnemonics included); false when there is none.
bool click(QWidget *dialog, const QString &text);

} // namespace DialogAnswer
