#include "foreignkeypicker.h"

#include "table/foreignkeysearch.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

ForeignKeyPicker::ForeignKeyPicker(Session *session, std::shared_ptr<const CatalogSnapshot> catalog,
    const QString &qualifiedTable, int fkColumnIndex, const QVariant &currentKey, QWidget *parent)
    : QDialog(parent)
    , m_currentKey(currentKey)
{
    const TableInfo *table = catalog ? catalog->findTable(qualifiedTable) : nullptr;
    const QString columnName = table ? table->columns.value(fkColumnIndex).name : QString();
    m_model = new ForeignKeySearch(session, std::move(catalog), qualifiedTable, fkColumnIndex, this);
    buildLayout();
    setWindowTitle(tr("Choose %1").arg(columnName));
    connect(m_search, &QLineEdit::textEdited, this, &ForeignKeyPicker::onTextEdited);
    connect(m_model, &ForeignKeySearch::searchFinished, this, &ForeignKeyPicker::onSearchFinished);
    connect(m_model, &ForeignKeySearch::failed, this, [this](const Error &error) {
        m_acceptWhenFound = false;
        m_status->setText(error.toString());
    });
    connect(m_model, &ForeignKeySearch::described, this, [this](const QVariant &, const QString &text) {
        m_current->setText(tr("Current: %1").arg(text.isEmpty() ? m_currentKey.toString() : text));
    });
    connect(m_list, &QListView::doubleClicked, this, &ForeignKeyPicker::accept);
    if (!m_model->isValid()) {
        m_status->setText(tr("%1 is not a single-column foreign key.").arg(columnName));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_status->setText(tr("Searching…"));
    m_current->setText(tr("Current: %1").arg(m_currentKey.isNull() ? tr("NULL") : m_currentKey.toString()));
    m_current->setVisible(true);
    m_model->describe(m_currentKey);
}

ForeignKeyPicker::~ForeignKeyPicker() = default;

void ForeignKeyPicker::buildLayout()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("fkSearch"));
    m_search->setClearButtonEnabled(true);
    const QStringList columns = m_model->displayColumns();
    m_search->setPlaceholderText(columns.isEmpty()
            ? tr("Search by %1").arg(m_model->keyColumn())
            : tr("Search %1 by %2 or %3")
                  .arg(m_model->referencedTable(), columns.join(QLatin1String(", ")), m_model->keyColumn()));
    m_search->installEventFilter(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("fkList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true); // lets the view lay out thousands of rows without measuring each
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->installEventFilter(this);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("fkCurrent"));
    m_current->setVisible(false);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fkStatus"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ForeignKeyPicker::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ForeignKeyPicker::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(480, 420);
    m_search->setFocus();
}

ForeignKeyPicker *ForeignKeyPicker::create(Session *session, std::shared_ptr<const CatalogSnapshot> catalog,
    const QString &qualifiedTable, int fkColumnIndex, const QVariant &currentKey, QWidget *parent)
{
    if (!catalog || !ForeignKeySearch::isSupported(*catalog, qualifiedTable, fkColumnIndex))
        return nullptr;
    return new ForeignKeyPicker(session, std::move(catalog), qualifiedTable, fkColumnIndex, currentKey, parent);
}

QVariant ForeignKeyPicker::choose(Session *session, std::shared_ptr<const CatalogSnapshot> catalog,
    const QString &qualifiedTable, int fkColumnIndex, const QVariant &currentKey, QWidget *parent)
{
    std::unique_ptr<ForeignKeyPicker> picker(
        create(session, std::move(catalog), qualifiedTable, fkColumnIndex, currentKey, parent));
    if (!picker || picker->exec() != QDialog::Accepted)
        return {};
    return picker->chosenKey();
}

void ForeignKeyPicker::accept()
{
    if (m_model->isSearching()) {
        // Enter right after typing means the best match of what was typed, not of the list still shown.
        m_acceptWhenFound = true;
        if (m_model->hasPendingSearch())
            m_model->searchNow();
        return;
    }
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    m_chosen = current.data(ForeignKeySearch::KeyRole);
    QDialog::accept();
}

void ForeignKeyPicker::onTextEdited(const QString &text)
{
    m_acceptWhenFound = false;
    m_status->setText(tr("Searching…"));
    m_model->setSearchText(text);
}

void ForeignKeyPicker::onSearchFinished(int count)
{
    if (!m_list->currentIndex().isValid()) {
        const int row = m_model->rowOfKey(m_currentKey);
        selectRow(row >= 0 ? row : 0);
    }
    if (count == 0)
        m_status->setText(tr("No matches."));
    else if (m_model->canFetchMore({}))
        m_status->setText(tr("%n shown, scroll for more.", nullptr, count));
    else
        m_status->setText(tr("%n match(es).", nullptr, count));
    if (m_acceptWhenFound && !m_model->isSearching()) {
        m_acceptWhenFound = false;
        accept();
    }
}

void ForeignKeyPicker::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

// Down and Page Down leave the search field for the list, and Up from the list's first row comes back, so
// that searching and choosing need no mouse.
bool ForeignKeyPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_search && (key == Qt::Key_Down || key == Qt::Key_PageDown) && m_model->rowCount() > 0) {
        m_list->setFocus();
        const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + 1 : 0;
        selectRow(qMin(row, m_model->rowCount() - 1));
        return true;
    }
    if (watched == m_list && key == Qt::Key_Up && m_list->currentIndex().row() <= 0) {
        m_search->setFocus();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}
