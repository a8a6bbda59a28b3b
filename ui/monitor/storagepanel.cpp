#include "storagepanel.h"

#include "monitor/durationtext.h"
#include "monitor/indexproblemsmodel.h"
#include "monitor/tablemaintenance.h"
#include "monitor/tablesizesmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
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

StoragePanel::StoragePanel(
    TableSizesModel *model, TableMaintenance *maintenance, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_maintenance(maintenance)
    , m_profile(profile)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_tables(new QTableView(this))
    , m_indexes(new QTableView(this))
    , m_readAt(new QLabel(tr("Not read yet."), this))
    , m_refresh(new QPushButton(tr("&Read sizes again"), this))
{
    m_tables->setObjectName(QStringLiteral("tableSizesView"));
    m_tables->setAccessibleName(tr("Table sizes"));
    m_indexes->setObjectName(QStringLiteral("indexProblemsView"));
    m_indexes->setAccessibleName(tr("Index problems"));
    m_readAt->setObjectName(QStringLiteral("sizesReadAt"));
    m_refresh->setObjectName(QStringLiteral("refreshSizes"));
    m_sorted->setSourceModel(model);
    m_sorted->setSortRole(TableSizesModel::SortRole);
    m_tables->setModel(m_sorted);
    m_tables->setContextMenuPolicy(Qt::CustomContextMenu);
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
    connect(m_tables, &QWidget::customContextMenuRequested, this, &StoragePanel::showMenu);
    connect(maintenance, &TableMaintenance::finished, this, [this](const QString &table, const Error &error) {
        if (error) {
            Q_EMIT message(error.toString(), true);
            return;
        }
        Q_EMIT message(tr("VACUUM (ANALYZE) of %1 is done.").arg(table), false);
        m_model->refresh();
    });
    connect(model, &TableSizesModel::refreshed, this, &StoragePanel::showReadAt);
    m_ageTimer.setInterval(10000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            showReadAt();
    });
}

void StoragePanel::showReadAt()
{
    const QDateTime readAt = m_model->readAt();
    if (!readAt.isValid())
        return;
    const double age = qMax<qint64>(0, readAt.msecsTo(QDateTime::currentDateTime())) / 1000.0;
    m_readAt->setText(tr("%n table(s), sizes as read %1 ago at %2 (read on request only, to spare the server).",
        nullptr, m_model->rowCount())
                          .arg(DurationText::format(age), QLocale().toString(readAt.time(), QLocale::LongFormat)));
    m_ageTimer.start();
}

void StoragePanel::refreshIfNeverRead()
{
    if (!m_model->readAt().isValid())
        m_model->refresh();
}

void StoragePanel::showMenu(const QPoint &position)
{
    const QModelIndex index = m_sorted->mapToSource(m_tables->indexAt(position));
    if (!index.isValid())
        return;
    const TableSizeRow row = m_model->tables().value(index.row());
    QMenu menu(this);
    QAction *vacuum = menu.addAction(tr("VACUUM (ANALYZE) %1.%2…").arg(row.schema, row.name));
    vacuum->setEnabled(!m_maintenance->isRunning());
    if (menu.exec(m_tables->viewport()->mapToGlobal(position)) == vacuum)
        askVacuum(row.schema, row.name);
}

bool StoragePanel::askVacuum(const QString &schema, const QString &table)
{
    QString text = tr("Run VACUUM (ANALYZE) on %1.%2? It reclaims dead rows and refreshes the planner's statistics; "
                      "it reads the whole table, on a connection of its own, and may take a while on a large one.")
                       .arg(schema, table);
    if (m_profile.isProduction())
        text = tr("This is the PRODUCTION database %1.").arg(m_profile.displayTarget()) + QStringLiteral("\n\n") + text;
    QMessageBox box(m_profile.isProduction() ? QMessageBox::Warning : QMessageBox::Question, tr("VACUUM (ANALYZE)"),
        text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("vacuumQuestion"));
    QPushButton *yes = box.addButton(tr("Vacuum"), QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(m_profile.isProduction() ? no : yes);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    return m_maintenance->vacuumAnalyze(schema, table);
}
