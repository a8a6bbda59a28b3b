#pragma once

#include <QFrame>
#include <QPointer>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QsciScintilla;
class QToolButton;

// Find and replace in one QsciScintilla editor: next and previous match, match case, whole word, regular
// expression (ECMAScript, \1 in the replacement), replace, replace all. Escape hides it. The widget that shows
// the editor decides where the bar goes.
class FindBar : public QFrame
{
    Q_OBJECT

public:
    explicit FindBar(QsciScintilla *editor, QWidget *parent = nullptr);

    // Shows the bar, takes a one-line selection of the editor as the text to find, focuses the find field.
    void activate();

    QString findText() const;
    void setFindText(const QString &text);
    QString replaceText() const;
    void setReplaceText(const QString &text);
    void setMatchCase(bool on);
    void setWholeWord(bool on);
    void setRegularExpression(bool on);
    QString statusText() const; // "No matches", "3 replaced", ...

public Q_SLOTS:
    bool findNext();
    bool findPrevious();
    bool replace(); // replaces the selected match, then selects the next one
    int replaceAll(); // in one undo step; returns how many
    void dismiss(); // hides the bar and gives the focus back to the editor

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    template<typename Slot>
    QToolButton *addButton(
        QGridLayout *layout, int row, int column, const QString &text, const QString &toolTip, Slot slot);
    bool find(bool forward, bool fromSelectionStart = false);
    long searchIn(long from, long to) const; // Scintilla byte positions; the match start, -1 none, -2 bad pattern
    bool selectionIsMatch() const;
    int searchFlags() const;
    void setStatus(const QString &text);

    QPointer<QsciScintilla> m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QCheckBox *m_wholeWord = nullptr;
    QCheckBox *m_regularExpression = nullptr;
    QLabel *m_status = nullptr;
};
