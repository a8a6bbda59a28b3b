#pragma once

#include <QDialog>

class QTextBrowser;
class QTextDocument;

// The user guide (docs/guide.md, compiled in as a resource with its screenshots), shown offline from
// Help → User Guide. Headings get GitHub's anchor names, so the guide's own "#section" links work here as
// they do on the web.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);

    // Shows parent's guide window, opening it the first time (modeless, so the guide stays beside the work).
    static GuideDialog *showFor(QWidget *parent);

    QTextBrowser *browser() const { return m_browser; }

    // The guide's address in the resources.
    static QUrl source();
    // GitHub's anchor for a heading: lower case, spaces to hyphens, punctuation dropped.
    static QString anchorFor(const QString &heading);
    // Gives every heading of document its anchor name.
    static void nameHeadings(QTextDocument *document);

private:
    QTextBrowser *m_browser;
};
