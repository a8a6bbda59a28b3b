#include "guidedialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImage>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("SayTruth Studio User Guide"));
    resize(900, 760);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    // Every (re)load of the Markdown rebuilds the document: name its headings again each time.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        nameHeadings(m_browser->document());
        fitImages(m_browser->document(), ImageWidth);
        // The browser scrolled to the link's heading before it had its name: once more, now that it has.
        if (url.hasFragment())
            m_browser->scrollToAnchor(url.fragment(QUrl::FullyDecoded));
    });
    m_browser->setSource(source(), QTextDocument::MarkdownResource);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *home = buttons->addButton(tr("Contents"), QDialogButtonBox::ActionRole);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

GuideDialog *GuideDialog::showFor(QWidget *parent)
{
    auto *dialog = parent->findChild<GuideDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new GuideDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QUrl GuideDialog::source()
{
    // The language was decided once, at start, by the translator installed then (the Preferences, else the
    // system's languages); the guide's name comes from that same translator, as Qt takes QT_LAYOUT_DIRECTION
    // from it, so the guide cannot speak another language than the window around it.
    //: The file name of the user guide in this language, under docs/: guide.de.md for German. A language without
    //: a guide of its own keeps guide.md, the English one.
    return sourceFor(tr("guide.md"));
}

QUrl GuideDialog::sourceFor(const QString &fileName)
{
    const QString path = QStringLiteral(":/help/") + fileName;
    // Only a guide beside the English one, never a path elsewhere; a name with no guide behind it gets English.
    if (fileName.contains(QLatin1Char('/')) || !fileName.endsWith(QLatin1String(".md")) || !QFileInfo(path).isFile())
        return QUrl(QStringLiteral("qrc:/help/guide.md"));
    return QUrl(QStringLiteral("qrc") + path);
}

QString GuideDialog::anchorFor(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
        else if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

void GuideDialog::fitImages(QTextDocument *document, int width)
{
    // Collected first: changing a fragment's format while walking the fragments would invalidate the walk.
    QList<QPair<int, QTextImageFormat>> wide;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().isImageFormat())
                continue;
            QTextImageFormat format = it.fragment().charFormat().toImageFormat();
            const QImage image = loadImage(document, format.name());
            if (image.isNull() || image.width() <= width)
                continue;
            format.setWidth(width);
            format.setHeight(qreal(image.height()) * width / image.width());
            wide.append({it.fragment().position(), format});
        }
    }
    for (const auto &[position, format] : std::as_const(wide)) {
        QTextCursor cursor(document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor); // an image is one character
        cursor.setCharFormat(format);
    }
}

QImage GuideDialog::loadImage(QTextDocument *document, const QString &name)
{
    const QVariant resource = document->resource(QTextDocument::ImageResource, QUrl(name));
    QImage image = resource.value<QImage>();
    if (image.isNull())
        image.loadFromData(resource.toByteArray());
    return image;
}

void GuideDialog::nameHeadings(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.text().isEmpty())
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchorFor(block.text())});
        cursor.mergeCharFormat(format);
    }
}
