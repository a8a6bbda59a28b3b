#include "mainwindow/aboutdialog.h"

#include "common/icons.h"
#include "connection/libraryversions.h"
#include "version.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <Qsci/qsciglobal.h>

AboutDialog::AboutDialog(const QString &serverVersion, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About SayTruth Studio"));
    auto *heading = new QLabel(tr("<h3>SayTruth Studio %1</h3><p>A desktop client for the SayTruth PostgreSQL "
                                  "database.</p>")
                                   .arg(QStringLiteral(SAYTRUTH_VERSION)),
        this);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::get(QStringLiteral("app")).pixmap(64, 64));

    auto *versionsLabel = new QLabel(tr("&Versions:"), this);
    m_versions = new QPlainTextEdit(versionsText(serverVersion), this);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setReadOnly(true);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_versions->setAccessibleName(tr("Versions"));
    m_versions->setMinimumWidth(420);
    versionsLabel->setBuddy(m_versions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersions"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(versionsLabel);
    layout->addWidget(m_versions, 1);
    layout->addWidget(buttons);
}

QString AboutDialog::versionsText(const QString &serverVersion)
{
    QStringList lines;
    lines << tr("SayTruth Studio: %1").arg(QStringLiteral(SAYTRUTH_VERSION));
    lines << tr("Qt: %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << tr("QScintilla: %1").arg(QStringLiteral(QSCINTILLA_VERSION_STR));
    lines << tr("libpq: %1").arg(LibraryVersions::libpq());
    lines << tr("QtKeychain: %1").arg(LibraryVersions::qtKeychain());
    lines
        << tr("Server: %1").arg(serverVersion.isEmpty() ? tr("not connected") : tr("PostgreSQL %1").arg(serverVersion));
    return lines.join(QLatin1Char('\n'));
}

QString AboutDialog::text() const
{
    return m_versions->toPlainText();
}
