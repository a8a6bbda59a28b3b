#include "sqleditor.h"

#include "common/colours.h"
#include "common/preferredfonts.h"
#include "findbar.h"
#include "sqllexer.h"

#include <Qsci/qscicommandset.h>

#include <QFontDatabase>
#include <QKeyEvent>
#include <QSet>

namespace {

using Sci = QsciScintillaBase;

// Completion list items are "text<typeSeparator>imageId", one per line.
constexpr char listSeparator = '\n';
constexpr char typeSeparator = '\x1f';
// Completion reads the statement around the cursor plus this much after it for the FROM clause.
constexpr int completionLookAhead = 32 * 1024;

bool isIdentifierCharacter(int c)
{
    return c == '_' || c == '$' || c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z');
}

} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new SqlLexer(this))
{
    setUtf8(true);
    // Lets Scintilla convert between byte positions and QString (UTF-16) indices without walking the text.
    SendScintilla(Sci::SCI_ALLOCATELINECHARACTERINDEX, static_cast<unsigned long>(Sci::SC_LINECHARACTERINDEX_UTF16));
    setLexer(m_lexer);
    setUpAppearance();
    setUpCompletion();
    applyPalette();
    // Ctrl+T is the window's New SQL console: Scintilla's line transpose would take it while typing here.
    if (QsciCommand *transpose = standardCommands()->find(QsciCommand::LineTranspose))
        transpose->setKey(0);
}

SqlEditor::~SqlEditor() = default;

void SqlEditor::setUpAppearance()
{
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setMarginsFont(font);
    setMarginLineNumbers(0, true);
    connect(this, &QsciScintilla::linesChanged, this, &SqlEditor::updateLineNumberWidth);
    updateLineNumberWidth();
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setCaretLineVisible(true);
    SendScintilla(Sci::SCI_SETCARETLINEVISIBLEALWAYS, 1UL); // where a Run button will take the statement from
    setAutoIndent(true);
    setTabWidth(4);
    setIndentationWidth(4);
    setIndentationsUseTabs(false);
    setBackspaceUnindents(true);
    // A horizontal scroll bar only once a line is wider than the view.
    SendScintilla(Sci::SCI_SETSCROLLWIDTH, 1UL);
    SendScintilla(Sci::SCI_SETSCROLLWIDTHTRACKING, 1UL);

    m_errorIndicator = indicatorDefine(QsciScintilla::SquigglePixmapIndicator);
    m_errorMarker = markerDefine(QsciScintilla::RightTriangle);
    setMarginMarkerMask(1, 1 << m_errorMarker);
    setMarginWidth(1, QFontMetrics(font).height() * 2 / 3);
    // Coloured by applyPalette(), like everything else.
    m_errorStyle
        = QsciStyle(-1, tr("Error message"), palette().color(QPalette::Text), palette().color(QPalette::Base), font);
    setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
}

void SqlEditor::setUpCompletion()
{
    // Completion is ours (SqlCompleter); Scintilla only shows the list.
    setAutoCompletionSource(QsciScintilla::AcsNone);
    SendScintilla(Sci::SCI_AUTOCSETSEPARATOR, static_cast<unsigned long>(listSeparator));
    SendScintilla(Sci::SCI_AUTOCSETTYPESEPARATOR, static_cast<unsigned long>(typeSeparator));
    SendScintilla(Sci::SCI_AUTOCSETORDER, static_cast<unsigned long>(Sci::SC_ORDER_CUSTOM));
    SendScintilla(Sci::SCI_AUTOCSETIGNORECASE, 1UL);
    SendScintilla(Sci::SCI_AUTOCSETAUTOHIDE, 0UL); // we refilter on each key; see onCharAdded()
    SendScintilla(Sci::SCI_AUTOCSETMAXHEIGHT, 12UL);

    m_completionTimer.setSingleShot(true);
    m_completionTimer.setInterval(0);
    connect(&m_completionTimer, &QTimer::timeout, this, [this] { showCompletion(m_pendingTrigger); });
    connect(this, &QsciScintillaBase::SCN_CHARADDED, this, &SqlEditor::onCharAdded);
    connect(this, qOverload<const char *, int>(&QsciScintillaBase::SCN_AUTOCSELECTION), this,
        &SqlEditor::onCompletionChosen);
    connect(this, &QsciScintillaBase::SCN_AUTOCCHARDELETED, this, [this] {
        m_pendingTrigger = Trigger::Refresh;
        m_completionTimer.start();
    });
}

void SqlEditor::setCatalog(std::shared_ptr<const CatalogSnapshot> catalog)
{
    m_completer.setCatalog(std::move(catalog));
}

void SqlEditor::setServerKeywords(const QList<QPair<QString, QChar>> &keywords)
{
    SqlKeywords words = m_lexer->keywords();
    words.setFromServer(keywords);
    m_completer.setKeywords(words);
    m_lexer->setKeywords(words);
}

int SqlEditor::positionFromOffset(int offset) const
{
    if (offset <= 0)
        return 0;
    const long line = SendScintilla(
        Sci::SCI_LINEFROMINDEXPOSITION, static_cast<unsigned long>(offset), long(Sci::SC_LINECHARACTERINDEX_UTF16));
    const long lineOffset = SendScintilla(
        Sci::SCI_INDEXPOSITIONFROMLINE, static_cast<unsigned long>(line), long(Sci::SC_LINECHARACTERINDEX_UTF16));
    const long lineStart = SendScintilla(Sci::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
    const long position = SendScintilla(
        Sci::SCI_POSITIONRELATIVECODEUNITS, static_cast<unsigned long>(lineStart), long(offset - lineOffset));
    // Scintilla answers 0 for a place past the end.
    return position > 0 || offset == lineOffset ? int(position) : int(SendScintilla(Sci::SCI_GETLENGTH));
}

int SqlEditor::offsetFromPosition(int position) const
{
    const long line = SendScintilla(Sci::SCI_LINEFROMPOSITION, static_cast<unsigned long>(position));
    const long lineStart = SendScintilla(Sci::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
    return int(SendScintilla(Sci::SCI_INDEXPOSITIONFROMLINE, static_cast<unsigned long>(line),
                   long(Sci::SC_LINECHARACTERINDEX_UTF16))
        + SendScintilla(Sci::SCI_COUNTCODEUNITS, static_cast<unsigned long>(lineStart), long(position)));
}

int SqlEditor::cursorOffset() const
{
    return offsetFromPosition(int(SendScintilla(Sci::SCI_GETCURRENTPOS)));
}

std::optional<SqlStatement> SqlEditor::statementAtCursor() const
{
    const QList<SqlStatement> statements = StatementSplitter::split(text());
    const int index = StatementSplitter::indexAt(statements, cursorOffset());
    if (index < 0)
        return std::nullopt;
    return statements.at(index);
}

void SqlEditor::setCursorOffset(int offset)
{
    SendScintilla(Sci::SCI_GOTOPOS, static_cast<unsigned long>(positionFromOffset(offset)));
}

QString SqlEditor::selectedSqlText() const
{
    return hasSelectedText() ? selectedText() : QString();
}

int SqlEditor::selectionStartOffset() const
{
    return hasSelectedText() ? offsetFromPosition(int(SendScintilla(Sci::SCI_GETSELECTIONSTART))) : -1;
}

void SqlEditor::markError(int offset, int length, const QString &message)
{
    const long documentLength = SendScintilla(Sci::SCI_GETLENGTH);
    long start = positionFromOffset(offset);
    long end = positionFromOffset(offset + qMax(0, length));
    if (end <= start) { // a position, not a range: mark the character there, or the last one
        if (start >= documentLength)
            start = SendScintilla(Sci::SCI_POSITIONBEFORE, static_cast<unsigned long>(documentLength));
        end = SendScintilla(Sci::SCI_POSITIONAFTER, static_cast<unsigned long>(start));
    }
    SendScintilla(Sci::SCI_SETINDICATORCURRENT, static_cast<unsigned long>(m_errorIndicator));
    SendScintilla(Sci::SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start), end - start);
    const int line = int(SendScintilla(Sci::SCI_LINEFROMPOSITION, static_cast<unsigned long>(start)));
    const QString existing = errorAnnotation(line);
    annotate(line, existing.isEmpty() ? message : existing + QLatin1Char('\n') + message, m_errorStyle);
    markerAdd(line, m_errorMarker);
    ensureLineVisible(line);
}

QString SqlEditor::errorAnnotation(int line) const
{
    const auto lineNumber = static_cast<unsigned long>(line);
    const long length = SendScintilla(Sci::SCI_ANNOTATIONGETTEXT, lineNumber, static_cast<const char *>(nullptr));
    if (length <= 0)
        return {};
    // Scintilla copies the text without a terminating NUL; the buffer's own one ends it.
    QByteArray text(length, '\0');
    SendScintilla(Sci::SCI_ANNOTATIONGETTEXT, lineNumber, text.data());
    return QString::fromUtf8(text);
}

void SqlEditor::clearErrors()
{
    SendScintilla(Sci::SCI_SETINDICATORCURRENT, static_cast<unsigned long>(m_errorIndicator));
    SendScintilla(Sci::SCI_INDICATORCLEARRANGE, 0UL, SendScintilla(Sci::SCI_GETLENGTH));
    clearAnnotations();
    markerDeleteAll(m_errorMarker);
}

FindBar *SqlEditor::findBar()
{
    if (!m_findBar) {
        m_findBar = new FindBar(this, this);
        m_findBar->hide();
    }
    return m_findBar;
}

void SqlEditor::showFindBar()
{
    findBar()->activate();
    placeFindBar();
}

void SqlEditor::placeFindBar()
{
    // Only while it is still ours: a bar the tab put into its layout is placed by that layout.
    if (!m_findBar || m_findBar->parentWidget() != this)
        return;
    const QRect area = viewport()->geometry();
    const int width = qMin(m_findBar->sizeHint().width(), area.width());
    m_findBar->setGeometry(area.right() - width + 1, area.top(), width, m_findBar->sizeHint().height());
}

void SqlEditor::resizeEvent(QResizeEvent *event)
{
    QsciScintilla::resizeEvent(event);
    placeFindBar();
}

void SqlEditor::updateLineNumberWidth()
{
    if (!m_lineNumbers)
        return;
    const int digits = qMax(3, int(QString::number(lines()).size()));
    if (digits == m_lineNumberDigits)
        return;
    m_lineNumberDigits = digits;
    setMarginWidth(0, QString(digits + 1, QLatin1Char('9')));
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        completeNow();
    } else if (event->matches(QKeySequence::Find)) {
        showFindBar();
    } else if (event->matches(QKeySequence::FindNext) || event->matches(QKeySequence::FindPrevious)) {
        if (findBar()->findText().isEmpty())
            showFindBar();
        else if (event->matches(QKeySequence::FindNext))
            m_findBar->findNext();
        else
            m_findBar->findPrevious();
    } else if (event->key() == Qt::Key_Escape && !isListActive() && m_findBar && m_findBar->isVisible()) {
        m_findBar->hide();
    } else {
        QsciScintilla::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SqlEditor::completeNow()
{
    showCompletion(Trigger::Manual);
}

void SqlEditor::onCharAdded(int character)
{
    if ((character == '.' || isIdentifierCharacter(character)) && (m_automaticCompletion || isListActive())) {
        m_pendingTrigger = isListActive() ? Trigger::Refresh : Trigger::Automatic;
        m_completionTimer.start();
    } else if (isListActive()) {
        cancelList(); // a space, comma or operator ends the word being completed
    }
}

void SqlEditor::showCompletion(Trigger trigger)
{
    const long caret = SendScintilla(Sci::SCI_GETCURRENTPOS);
    // Style up to the caret so the lexer's statement boundaries are current, then read only that statement.
    const long styled = SendScintilla(Sci::SCI_GETENDSTYLED);
    if (styled < caret)
        SendScintilla(Sci::SCI_COLOURISE, static_cast<unsigned long>(styled), caret);
    const int caretLine = int(SendScintilla(Sci::SCI_LINEFROMPOSITION, static_cast<unsigned long>(caret)));
    const long windowStart
        = SendScintilla(Sci::SCI_POSITIONFROMLINE, static_cast<unsigned long>(m_lexer->statementStartLine(caretLine)));
    const int lastLine
        = int(SendScintilla(Sci::SCI_LINEFROMPOSITION, static_cast<unsigned long>(caret + completionLookAhead)));
    const long windowEnd = lastLine + 1 < lines()
        ? SendScintilla(Sci::SCI_POSITIONFROMLINE, static_cast<unsigned long>(lastLine + 1))
        : SendScintilla(Sci::SCI_GETLENGTH);
    const int cursor = int(SendScintilla(Sci::SCI_COUNTCODEUNITS, static_cast<unsigned long>(windowStart), caret));
    SqlCompletionResult result = m_completer.complete(text(int(windowStart), int(windowEnd)), cursor);

    const bool afterDot = caret > 0 && SendScintilla(Sci::SCI_GETCHARAT, static_cast<unsigned long>(caret - 1)) == '.';
    if (trigger == Trigger::Automatic && !afterDot && result.prefix.size() < 3)
        return;
    // Typing a whole word must not leave a list offering just that word.
    if (trigger != Trigger::Manual && result.candidates.size() == 1
        && result.candidates.first().text.compare(result.prefix, Qt::CaseInsensitive) == 0)
        result.candidates.clear();
    if (result.candidates.isEmpty()) {
        cancelList();
        m_completion = {};
        return;
    }
    QByteArray list;
    QSet<QString> shown;
    for (const SqlCompletion &candidate : std::as_const(result.candidates)) {
        const QString item = candidate.text + QLatin1Char(typeSeparator) + QString::number(int(candidate.kind) + 1);
        if (candidate.text.contains(QLatin1Char(listSeparator)) || shown.contains(item))
            continue;
        shown.insert(item);
        list += (list.isEmpty() ? QByteArray() : QByteArray(1, listSeparator)) + item.toUtf8();
    }
    const long prefixStart = SendScintilla(
        Sci::SCI_POSITIONRELATIVECODEUNITS, static_cast<unsigned long>(windowStart), long(result.prefixStart));
    m_completion = result;
    SendScintilla(Sci::SCI_AUTOCSHOW, static_cast<unsigned long>(caret - prefixStart), list.constData());
    // Our ranking, not Scintilla's alphabetical guess, decides what is selected first.
    SendScintilla(Sci::SCI_AUTOCSELECT, result.candidates.first().text.toUtf8().constData());
}

void SqlEditor::onCompletionChosen(const char *selection, int position)
{
    // Scintilla would insert the list item itself; replacing the prefix ourselves also replaces a typed quote.
    SendScintilla(Sci::SCI_AUTOCCANCEL);
    const QByteArray chosen(selection);
    const long caret = SendScintilla(Sci::SCI_GETCURRENTPOS);
    SendScintilla(Sci::SCI_SETTARGETRANGE, static_cast<unsigned long>(position), caret);
    SendScintilla(Sci::SCI_REPLACETARGET, static_cast<unsigned long>(chosen.size()), chosen.constData());
    SendScintilla(Sci::SCI_GOTOPOS, static_cast<unsigned long>(position + chosen.size()));
    m_completion = {};
}

void SqlEditor::applyPreferences(const Preferences::Values &values)
{
    setEditorFont(PreferredFonts::editor(values));
    setIndentWidth(values.tabWidth);
    setLineNumbersShown(values.lineNumbers);
    setAutomaticCompletion(values.autoCompletion);
}

void SqlEditor::setEditorFont(const QFont &font)
{
    // The lexer's styles carry the font (QsciScintilla::setFont does nothing once there is a lexer).
    if (font == m_lexer->QsciLexer::defaultFont())
        return;
    const auto restyle = [this, &font](int style) {
        const QFont look = m_lexer->defaultFont(style);
        QFont styled = font;
        styled.setBold(look.bold());
        styled.setItalic(look.italic());
        m_lexer->setFont(styled, style);
    };
    for (int style = SqlLexer::Default; style < SqlLexer::StyleCount; ++style) {
        restyle(style);
        restyle(style + SqlLexer::BodyOffset);
    }
    m_lexer->setDefaultFont(font);
    setMarginsFont(font);
    setMarginWidth(1, QFontMetrics(font).height() * 2 / 3);
    m_errorStyle.setFont(font);
    for (int kind = 0; kind <= int(SqlCompletion::Kind::Keyword); ++kind)
        registerImage(kind + 1, completionImage(SqlCompletion::Kind(kind))); // sized by the new font
    m_lineNumberDigits = 0; // measured again in the new font
    updateLineNumberWidth();
}

void SqlEditor::setIndentWidth(int columns)
{
    setTabWidth(columns);
    setIndentationWidth(columns);
}

void SqlEditor::setLineNumbersShown(bool shown)
{
    if (shown == m_lineNumbers)
        return;
    m_lineNumbers = shown;
    setMarginLineNumbers(0, shown);
    m_lineNumberDigits = 0;
    if (shown)
        updateLineNumberWidth();
    else
        setMarginWidth(0, 0);
}

void SqlEditor::setAutomaticCompletion(bool automatic)
{
    m_automaticCompletion = automatic;
}
