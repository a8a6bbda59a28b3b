#pragma once

#include <QDialog>

class QImage;
class QTextBrowser;
class QTextDocument;

// The user guide (docs/guide.md, or its translation docs/guide.<language>.md in the language the app speaks;
// compiled in as resources with their screenshots), shown offline from Help → User Guide. Headings get GitHub's
// anchor names, so the guide's own "#section" links work here as they do on the web.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);

    // Shows parent's guide window, opening it the first time (modeless, so the guide stays beside the work).
    static GuideDialog *showFor(QWidget *parent);

    QTextBrowser *browser() const { return m_browser; }

    // The guide's address in the resources, in the language of the installed translation; English without one.
    static QUrl source();
    // The address of the guide called fileName under :/help; the English guide's when there is no such guide.
    static QUrl sourceFor(const QString &fileName);
    // GitHub's anchor for a heading: lower case, spaces to hyphens, punctuation dropped.
    static QString anchorFor(const QString &heading);
    // Gives every heading of document its anchor name.
    static void nameHeadings(QTextDocument *document);
    // Scales the document's wider images down to width (the screenshots are 1280 pixels wide).
    static void fitImages(QTextDocument *document, int width);
    // An image of the document by its name in the Markdown, loaded as the browser loads it; null when broken.
    static QImage loadImage(QTextDocument *document, const QString &name);

private:
    static constexpr int ImageWidth = 820;
    QTextBrowser *m_browser;
};
