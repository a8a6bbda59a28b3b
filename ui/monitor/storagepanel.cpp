#include "storagepanel.h"

#include "monitor/indexproblemsmodel.h"
#include "monitor/tablesizesmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

void setUpView(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

StoragePanel::StoragePanel(TableSizesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tables(new QTableView(this))
    , m_indexes(new QTableView(this))
    , m_readAt(new QLabel(tr("Not read yet."), this))
    , m_refresh(new QPushButton(tr("&Read sizes again"), this))
{
    m_tables->setObjectName(QStringLiteral("tableSizesView"));
    m_indexes->setObjectName(QStringLiteral("indexProblemsView"));
    m_readAt->setObjectName(QStringLiteral("sizesReadAt"));
    m_refresh->setObjectName(QStringLiteral("refreshSizes"));
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(model);
    sorted->setSortRole(TableSizesModel::SortRole);
    m_tables->setModel(sorted);
    m_tables->setSortingEnabled(true);
    m_tables->sortByColumn(-1, Qt::AscendingOrder); // as read: largest first
    setUpView(m_tables);
    m_tables->setColumnWidth(TableSizesModel::Table, 200);
    for (int column = TableSizesModel::Total; column < TableSizesModel::ColumnCount; ++column)
        m_tables->setColumnWidth(column, 85);
    m_indexes->setModel(model->indexProblems());
    setUpView(m_indexes);
    m_indexes->setColumnWidth(IndexProblemsModel::Index, 220);
    m_indexes->setColumnWidth(IndexProblemsModel::Table, 140);
    m_indexes->setColumnWidth(IndexProblemsModel::Problem, 360);

    auto *indexes = new QWidget(this);
    auto *indexesLayout = new QVBoxLayout(indexes);
    indexesLayout->setContentsMargins(0, 0, 0, 0);
    indexesLayout->addWidget(new QLabel(tr("Indexes worth a look (invalid, duplicate, never used):"), indexes));
    indexesLayout->addWidget(m_indexes, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tables);
    splitter->addWidget(indexes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_readAt, 1);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, model, &TableSizesModel::refresh);
    connect(model, &TableSizesModel::refreshed, this, [this] {
        m_readAt->setText(tr("%n table(s), sizes as read at %1 (read on request only, to spare the server).", nullptr,
            m_model->rowCount())
                              .arg(QLocale().toString(m_model->readAt().time(), QLocale::LongFormat)));
    });
}

void StoragePanel::refreshIfNeverRead()
{
    if (!m_model->readAt().isValid())
        m_model->refresh();
}
