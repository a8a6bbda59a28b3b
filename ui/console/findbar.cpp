#include "findbar.h"

#include <Qsci/qsciscintilla.h>

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

FindBar::FindBar(QsciScintilla *editor, QWidget *parent)
    : QFrame(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_wholeWord(new QCheckBox(tr("&Whole word"), this))
    , m_regularExpression(new QCheckBox(tr("Re&gular expression"), this))
    , m_status(new QLabel(this))
{
    setAutoFillBackground(true); // it may float over the editor's text
    setFrameShape(QFrame::StyledPanel);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_regularExpression->setToolTip(tr("ECMAScript syntax; \\1 in the replacement stands for the first group"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_find, 0, 0);
    addButton(layout, 0, 1, tr("Previous"), tr("Find previous (Shift+Enter)"), &FindBar::findPrevious);
    addButton(layout, 0, 2, tr("Next"), tr("Find next (Enter)"), &FindBar::findNext);
    layout->addWidget(m_matchCase, 0, 3);
    layout->addWidget(m_wholeWord, 0, 4);
    layout->addWidget(m_regularExpression, 0, 5);
    QToolButton *close = addButton(layout, 0, 6, {}, tr("Close (Escape)"), &FindBar::dismiss);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAccessibleName(tr("Close the find bar"));
    layout->addWidget(m_replace, 1, 0);
    addButton(layout, 1, 1, tr("Replace"), tr("Replace this match and find the next"), &FindBar::replace);
    addButton(layout, 1, 2, tr("Replace all"), tr("Replace every match"), &FindBar::replaceAll);
    layout->addWidget(m_status, 1, 3, 1, 4);
    layout->setColumnStretch(0, 1);
    m_find->setMinimumWidth(fontMetrics().averageCharWidth() * 24);

    // Search as you type: the match grows from where it started instead of jumping ahead.
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        if (m_find->text().isEmpty())
            setStatus({});
        else
            find(true, true);
    });
}

template<typename Slot>
QToolButton *FindBar::addButton(
    QGridLayout *layout, int row, int column, const QString &text, const QString &toolTip, Slot slot)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    layout->addWidget(button, row, column);
    connect(button, &QToolButton::clicked, this, slot);
    return button;
}

void FindBar::dismiss()
{
    hide();
    if (m_editor)
        m_editor->setFocus();
    emit closed();
}

void FindBar::activate()
{
    if (m_editor && m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_find->setText(m_editor->selectedText());
    setStatus({});
    show();
    raise();
    m_find->setFocus();
    m_find->selectAll();
}

QString FindBar::findText() const
{
    return m_find->text();
}

void FindBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

QString FindBar::replaceText() const
{
    return m_replace->text();
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setMatchCase(bool on)
{
    m_matchCase->setChecked(on);
}

void FindBar::setWholeWord(bool on)
{
    m_wholeWord->setChecked(on);
}

void FindBar::setRegularExpression(bool on)
{
    m_regularExpression->setChecked(on);
}

QString FindBar::statusText() const
{
    return m_status->text();
}

bool FindBar::findNext()
{
    return find(true);
}

bool FindBar::findPrevious()
{
    return find(false);
}

int FindBar::searchFlags() const
{
    int flags = 0;
    if (m_matchCase->isChecked())
        flags |= QsciScintillaBase::SCFIND_MATCHCASE;
    if (m_wholeWord->isChecked())
        flags |= QsciScintillaBase::SCFIND_WHOLEWORD;
    if (m_regularExpression->isChecked())
        flags |= QsciScintillaBase::SCFIND_REGEXP | QsciScintillaBase::SCFIND_CXX11REGEX;
    return flags;
}

long FindBar::searchIn(long from, long to) const
{
    const QByteArray needle = m_find->text().toUtf8();
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSEARCHFLAGS, static_cast<unsigned long>(searchFlags()));
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETTARGETRANGE, static_cast<unsigned long>(from), to);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSTATUS, 0UL);
    const long found = m_editor->SendScintilla(
        QsciScintillaBase::SCI_SEARCHINTARGET, static_cast<unsigned long>(needle.size()), needle.constData());
    // Scintilla reports a pattern it cannot compile through its status, not through the result.
    if (m_editor->SendScintilla(QsciScintillaBase::SCI_GETSTATUS) == QsciScintillaBase::SC_STATUS_WARNREGEX) {
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETSTATUS, 0UL);
        return -2;
    }
    return found;
}

// Searches from the selection (or caret) onwards or backwards and wraps around the document once.
bool FindBar::find(bool forward, bool fromSelectionStart)
{
    if (!m_editor || m_find->text().isEmpty())
        return false;
    const long length = m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    const long selectionStart = m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART);
    const long selectionEnd = m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND);
    long from = forward ? (fromSelectionStart ? selectionStart : selectionEnd) : selectionStart;
    // An empty match (a regular expression like ^) must not be found again where it was.
    if (forward && !fromSelectionStart && selectionStart == selectionEnd && selectionIsMatch())
        from = m_editor->SendScintilla(QsciScintillaBase::SCI_POSITIONAFTER, static_cast<unsigned long>(from));
    long found = forward ? searchIn(from, length) : searchIn(from, 0);
    if (found == -1)
        found = forward ? searchIn(0, from) : searchIn(length, from);
    if (found == -2) {
        setStatus(tr("Invalid regular expression"));
        return false;
    }
    if (found < 0) {
        setStatus(tr("No matches"));
        return false;
    }
    const long end = m_editor->SendScintilla(QsciScintillaBase::SCI_GETTARGETEND);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSEL, static_cast<unsigned long>(found), end);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SCROLLRANGE, static_cast<unsigned long>(end), found);
    setStatus({});
    return true;
}

bool FindBar::selectionIsMatch() const
{
    const long start = m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART);
    const long end = m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND);
    return searchIn(start, end) == start && m_editor->SendScintilla(QsciScintillaBase::SCI_GETTARGETEND) == end;
}

bool FindBar::replace()
{
    if (!m_editor || m_find->text().isEmpty() || m_editor->isReadOnly())
        return false;
    if (!selectionIsMatch()) // nothing found yet: the first press only finds
        return findNext();
    // selectionIsMatch() left the target on the match, with its groups for a regular expression.
    const QByteArray replacement = m_replace->text().toUtf8();
    const unsigned int message = m_regularExpression->isChecked() ? QsciScintillaBase::SCI_REPLACETARGETRE
                                                                  : QsciScintillaBase::SCI_REPLACETARGET;
    m_editor->SendScintilla(message, static_cast<unsigned long>(replacement.size()), replacement.constData());
    const long end = m_editor->SendScintilla(QsciScintillaBase::SCI_GETTARGETEND);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSEL, static_cast<unsigned long>(end), end);
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    if (!m_editor || m_find->text().isEmpty() || m_editor->isReadOnly())
        return 0;
    const QByteArray replacement = m_replace->text().toUtf8();
    const unsigned int message = m_regularExpression->isChecked() ? QsciScintillaBase::SCI_REPLACETARGETRE
                                                                  : QsciScintillaBase::SCI_REPLACETARGET;
    int count = 0;
    long from = 0;
    long found = 0;
    m_editor->beginUndoAction();
    while (from <= m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH)) {
        found = searchIn(from, m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
        if (found < 0)
            break;
        const bool empty = m_editor->SendScintilla(QsciScintillaBase::SCI_GETTARGETEND) == found;
        const long replaced
            = m_editor->SendScintilla(message, static_cast<unsigned long>(replacement.size()), replacement.constData());
        ++count;
        from = found + replaced;
        // After an empty match step over one character, or the same empty match would be found forever.
        if (empty) {
            const long length = m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
            from = from < length
                ? m_editor->SendScintilla(QsciScintillaBase::SCI_POSITIONAFTER, static_cast<unsigned long>(from))
                : length + 1;
        }
    }
    m_editor->endUndoAction();
    if (found == -2 && count == 0)
        setStatus(tr("Invalid regular expression"));
    else
        setStatus(count == 0 ? tr("No matches") : tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        dismiss();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter: // the line edits pass Enter on
        if (m_replace->hasFocus())
            replace();
        else if (event->modifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}
