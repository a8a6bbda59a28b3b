#include "dialoganswer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QList>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace DialogAnswer {

namespace {

// How often the armed answers look for their dialog: a modal dialog's event loop runs in between.
constexpr int PollMs = 25;

struct Armed
{
    std::shared_ptr<Outcome> outcome;
    std::function<void(QWidget *)> answer;
    QDeadlineTimer deadline;
};

// Every armed answer, oldest first, and the one poll serving them. Each poll is a single shot of its own, so a
// dialog that an answer opens (a nested event loop) is polled for too. A poll carries the generation it was
// scheduled in: reset() starts a new one, and a poll from before finds it is stale and stops there.
struct Answers
{
    QList<Armed> armed;
    quint64 generation = 0;
    bool polling = false;
};

Answers &answers()
{
    static Answers state;
    return state;
}

void schedule();

// Gives the dialog to the first answer armed for its title, or tells every waiting answer it passed it over.
void serve(QWidget *dialog)
{
    Answers &state = answers();
    const QString title = dialog->windowTitle();
    const auto it = std::find_if(
        state.armed.begin(), state.armed.end(), [&title](const Armed &armed) { return armed.outcome->title == title; });
    if (it == state.armed.end()) {
        for (Armed &armed : state.armed) {
            if (!armed.outcome->passedOver.contains(title))
                armed.outcome->passedOver << title;
        }
        schedule();
        return;
    }
    const Armed chosen = *it;
    state.armed.erase(it);
    chosen.outcome->state = Outcome::State::Answered;
    schedule(); // before the answer runs: a dialog it opens in turn is answered from inside that dialog
    const QPointer<QWidget> answered = dialog;
    chosen.answer(dialog);
    // An answer whose QVERIFY failed before it closed the dialog: closed here, so that the case ends with that
    // failure instead of waiting in the dialog's event loop until the test's timeout.
    if (!answered || !answered->isVisible() || !QTest::currentTestFailed())
        return;
    if (auto *modal = qobject_cast<QDialog *>(answered.data()))
        modal->reject(); // even a message box without a Cancel button, which ignores close()
    else
        answered->close();
}

void poll(quint64 generation)
{
    Answers &state = answers();
    if (generation != state.generation)
        return; // scheduled before a reset(): those answers are gone, and a newer poll serves the new ones
    state.polling = false;
    state.armed.removeIf([](const Armed &armed) {
        if (!armed.deadline.hasExpired())
            return false;
        armed.outcome->state = Outcome::State::Expired;
        return true;
    });
    if (QWidget *dialog = QApplication::activeModalWidget())
        serve(dialog);
    else
        schedule();
}

void schedule()
{
    Answers &state = answers();
    if (state.polling || state.armed.isEmpty())
        return;
    state.polling = true;
    QTimer::singleShot(PollMs, qApp, [generation = state.generation] { poll(generation); });
}

} // namespace

QString Outcome::report() const
{
    if (state == State::Answered)
        return QStringLiteral("answered the dialog \"%1\"").arg(title);
    QString text = QStringLiteral("the dialog \"%1\" was not answered: ").arg(title);
    switch (state) {
    case State::Waiting:
        text += QStringLiteral("not shown (yet)");
        break;
    case State::Withdrawn:
        text += QStringLiteral("withdrawn before it was shown");
        break;
    case State::Reset:
        text += QStringLiteral("not shown before its case ended");
        break;
    case State::Expired:
        text += QStringLiteral("not shown within %1 s").arg(DeadlineMs / 1000);
        break;
    case State::Answered:
        break;
    }
    if (passedOver.isEmpty())
        return text + QStringLiteral("; no other modal window was shown meanwhile");
    return text + QStringLiteral("; shown meanwhile: \"%1\"").arg(passedOver.join(QStringLiteral("\", \"")));
}

Handle next(const QString &title, std::function<void(QWidget *)> answer)
{
    auto outcome = std::make_shared<Outcome>();
    outcome->title = title;
    answers().armed.append(Armed {outcome, std::move(answer), QDeadlineTimer(DeadlineMs)});
    schedule();
    return outcome;
}

void withdraw(const Handle &handle)
{
    answers().armed.removeIf([&handle](const Armed &armed) {
        if (armed.outcome != handle)
            return false;
        armed.outcome->state = Outcome::State::Withdrawn;
        return true;
    });
}

QStringList reset()
{
    Answers &state = answers();
    ++state.generation;
    state.polling = false;
    QStringList left;
    for (Armed &armed : state.armed) {
        armed.outcome->state = Outcome::State::Reset;
        left << armed.outcome->report();
    }
    state.armed.clear();
    return left;
}

bool click(QWidget *dialog, const QString &text)
{
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->text() == text) {
            button->click();
            return true;
        }
    }
    return false;
}

} // namespace DialogAnswer
