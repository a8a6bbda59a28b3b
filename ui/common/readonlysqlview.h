#pragma once

#include <QPlainTextEdit>

class QSyntaxHighlighter;

// A read-only view of SQL text (snippet previews, DDL): highlighted by KSyntaxHighlighting's PostgreSQL
// definition when the app was built with KF6SyntaxHighlighting, else by our own scanner-based colours.
class ReadOnlySqlView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReadOnlySqlView(QWidget *parent = nullptr);

    // Which highlighter is in use: "KSyntaxHighlighting" or "built-in".
    static QString highlighterName();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QSyntaxHighlighter *m_highlighter;
};
