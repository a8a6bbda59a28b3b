#pragma once

#include "console/sqlcompleter.h"
#include "console/statementsplitter.h"
#include "settings/preferences.h"

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class FindBar;
class SqlLexer;
struct CatalogSnapshot;

// The SQL console's editor: PostgreSQL highlighting and folding, completion from the schema catalog, find and
// replace, error marks. The editor's behaviour lives here, apart from the console tab that embeds it.
// Offsets in this API are QString indices into text(); Scintilla's own positions are UTF-8 byte offsets.
class SqlEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    void setCatalog(std::shared_ptr<const CatalogSnapshot> catalog); // completion source (may be null)
    void setServerKeywords(const QList<QPair<QString, QChar>> &keywords); // rows of SqlKeywords::keywordsQuery()

    int cursorOffset() const;
    void setCursorOffset(int offset);
    QString selectedSqlText() const; // the selection, or empty
    // The statement the cursor is in (split by PostgreSQL's own scanner); nullopt when there is none.
    std::optional<SqlStatement> statementAtCursor() const;
    int selectionStartOffset() const; // -1 when nothing is selected

    // A squiggle under [offset, offset + length) (at least one character), the message under its line and a mark
    // in the margin. Several errors may be marked at once.
    void markError(int offset, int length, const QString &message);
    void clearErrors();
    // The messages marked under a line, one a line; empty when there are none. Read from Scintilla itself:
    // QsciScintilla::annotation() of QScintilla 2.14 returns its buffer without filling it.
    QString errorAnnotation(int line) const;

    // Created on first use as a child floating at the editor's top right; a tab may put it in its own layout.
    FindBar *findBar();
    void showFindBar();

    void completeNow(); // what Ctrl+Space does
    // What the completion list shows while it is open.
    const SqlCompletionResult &activeCompletion() const { return m_completion; }

    // What the Preferences dialog sets: fonts and behaviour only (colours are the lexer's).
    void applyPreferences(const Preferences::Values &values);
    void setEditorFont(const QFont &font); // every style keeps its bold or italic
    void setIndentWidth(int columns); // a tab's width and one indentation step
    void setLineNumbersShown(bool shown);
    bool lineNumbersShown() const { return m_lineNumbers; }
    // Whether the completion list opens while typing; Ctrl+Space opens it either way.
    void setAutomaticCompletion(bool automatic);
    bool automaticCompletion() const { return m_automaticCompletion; }

    int positionFromOffset(int offset) const; // QString index -> Scintilla byte position
    int offsetFromPosition(int position) const; // Scintilla byte position -> QString index
    SqlLexer *sqlLexer() const { return m_lexer; }
    // The image the completion list shows before a candidate of this kind.
    QPixmap completionImage(SqlCompletion::Kind kind) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Trigger { Manual, Automatic, Refresh };

    void setUpAppearance();
    void setUpCompletion();
    void applyPalette(); // every colour, from palette(); see sqleditorlook.cpp
    void showCompletion(Trigger trigger);
    void onCharAdded(int character);
    void onCompletionChosen(const char *selection, int position);
    void updateLineNumberWidth();
    void placeFindBar();

    SqlLexer *m_lexer = nullptr;
    SqlCompleter m_completer;
    SqlCompletionResult m_completion;
    QTimer m_completionTimer; // runs completion once Scintilla has finished with the typed key
    Trigger m_pendingTrigger = Trigger::Automatic;
    QPointer<FindBar> m_findBar;
    QsciStyle m_errorStyle;
    int m_errorIndicator = -1;
    int m_errorMarker = -1;
    int m_lineNumberDigits = 0;
    bool m_lineNumbers = true;
    bool m_automaticCompletion = true;
};
