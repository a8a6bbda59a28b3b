#include "historydialog.h"

#include "common/readonlysqlview.h"
#include "console/historymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(HistoryStore *store, const QString &profileKey, QWidget *parent)
    : QDialog(parent)
    , m_model(new HistoryModel(store, profileKey, this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_preview(new ReadOnlySqlView(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    resize(900, 500);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search the statements you ran…"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    // The table shows a statement's first line; the selected one is shown whole, highlighted, below it.
    m_preview->setObjectName(QStringLiteral("historyPreview"));
    m_preview->setAccessibleName(tr("Selected statement"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *use = buttons->addButton(tr("Put in editor"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, m_model, &HistoryModel::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryDialog::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::showCurrent);
    connect(m_view, &QTableView::activated, this, &HistoryDialog::choose);
    connect(use, &QPushButton::clicked, this, &HistoryDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void HistoryDialog::choose()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT statementChosen(current.data(HistoryModel::SqlRole).toString());
    accept();
}

void HistoryDialog::showCurrent()
{
    m_preview->setPlainText(m_view->currentIndex().data(HistoryModel::SqlRole).toString());
}
