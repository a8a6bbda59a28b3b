#include "snippetdialog.h"

#include "common/readonlysqlview.h"
#include "console/snippetstore.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SnippetDialog::SnippetDialog(SnippetStore *store, const QString &currentSql, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_currentSql(currentSql)
    , m_list(new QListWidget(this))
    , m_preview(new ReadOnlySqlView(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("snippetDialog"));
    setWindowTitle(tr("Snippets"));
    resize(760, 460);
    m_list->setObjectName(QStringLiteral("snippetList"));
    m_preview->setObjectName(QStringLiteral("snippetPreview"));
    m_name->setObjectName(QStringLiteral("snippetName"));
    m_description->setObjectName(QStringLiteral("snippetDescription"));
    m_message->setObjectName(QStringLiteral("snippetMessage"));
    m_message->setWordWrap(true);
    auto *save = new QPushButton(tr("Save current statement"), this);
    save->setObjectName(QStringLiteral("saveSnippetButton"));
    save->setEnabled(!currentSql.trimmed().isEmpty());
    auto *remove = new QPushButton(tr("Delete"), this);
    remove->setObjectName(QStringLiteral("deleteSnippetButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *insert = buttons->addButton(tr("Insert"), QDialogButtonBox::AcceptRole);
    insert->setObjectName(QStringLiteral("insertSnippetButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(save);
    auto *right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addLayout(form);
    right->addLayout(saveRow);
    right->addWidget(m_message);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(remove);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &SnippetDialog::showSelected);
    connect(m_list, &QListWidget::itemActivated, this, &SnippetDialog::choose);
    connect(insert, &QPushButton::clicked, this, &SnippetDialog::choose);
    connect(save, &QPushButton::clicked, this, &SnippetDialog::saveCurrent);
    connect(remove, &QPushButton::clicked, this, &SnippetDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    Error error;
    if (!m_store->load(&error))
        m_message->setText(error.toString());
    reload();
}

void SnippetDialog::reload()
{
    m_list->clear();
    for (const Snippet &snippet : m_store->snippets()) {
        auto *item = new QListWidgetItem(snippet.name, m_list);
        item->setToolTip(snippet.description);
        item->setData(Qt::UserRole, snippet.sql);
    }
    m_preview->setPlainText(
        m_list->count() == 0 ? tr("No snippets yet. Give the current statement a name and save it.") : QString());
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void SnippetDialog::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_preview->setPlainText(item ? item->data(Qt::UserRole).toString() : QString());
}

void SnippetDialog::saveCurrent()
{
    Error error;
    const Snippet snippet {m_name->text().trimmed(), m_currentSql, m_description->text().trimmed()};
    if (!m_store->add(snippet, &error)) {
        m_message->setText(error.toString());
        return;
    }
    m_message->setText(tr("Saved as \"%1\".").arg(snippet.name));
    m_name->clear();
    m_description->clear();
    reload();
}

void SnippetDialog::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    Error error;
    if (item && !m_store->remove(item->text(), &error))
        m_message->setText(error.toString());
    reload();
}

void SnippetDialog::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    Q_EMIT snippetChosen(item->data(Qt::UserRole).toString());
    accept();
}
