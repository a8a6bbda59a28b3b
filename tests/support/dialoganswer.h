#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QTimer>
#include <QWidget>
#include <functional>

// Answers modal dialogs the way a user would, from inside their event loop: tests drive the real dialogs
// instead of test-only switches in product code.
namespace DialogAnswer {

// Calls answer with the next modal dialog once it is shown.
inline void next(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(50, [answer] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            answer(dialog);
        else
            next(answer);
    });
}

// Clicks the dialog's button with this text (as shown, mnemonics included); false when there is none.
inline bool click(QWidget *dialog, const QString &text)
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
