#include "statementspanel.h"

#include "monitor/statementsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

StatementsPanel::StatementsPanel(StatementsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_unavailable(new QLabel(this))
    , m_view(new QTableView(this))
    , m_info(new QLabel(this))
    , m_reset(new QPushButton(tr("&Reset statistics…"), this))
    , m_create(new QPushButton(tr("&Create the extension"), this))
{
    m_create->setObjectName(QStringLiteral("createStatementsExtension"));
    m_create->setToolTip(tr("CREATE EXTENSION pg_stat_statements in this database (you are a superuser)."));
    m_unavailable->setObjectName(QStringLiteral("statementsUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unavailable->setMargin(12);
    m_view->setObjectName(QStringLiteral("statementsView"));
    m_view->setAccessibleName(tr("Statement statistics"));
    m_reset->setObjectName(QStringLiteral("resetStatements"));

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(model);
    sorted->setSortRole(StatementsModel::SortRole);
    m_view->setModel(sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StatementsModel::Total, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int column = StatementsModel::Calls; column <= StatementsModel::CacheHits; ++column)
        m_view->setColumnWidth(column, 95);
    m_view->setColumnWidth(StatementsModel::Role, 120);

    auto *table = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_info, 1);
    bar->addWidget(m_reset);
    auto *tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 4, 0, 0);
    tableLayout->addLayout(bar);
    tableLayout->addWidget(m_view, 1);
    m_stack->addWidget(table);
    auto *unavailable = new QWidget(this);
    auto *unavailableLayout = new QVBoxLayout(unavailable);
    unavailableLayout->addWidget(m_unavailable);
    unavailableLayout->addWidget(m_create, 0, Qt::AlignLeft);
    unavailableLayout->addStretch(1);
    m_stack->addWidget(unavailable);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(model, &StatementsModel::availabilityChanged, this, &StatementsPanel::updateAvailability);
    connect(model, &StatementsModel::refreshed, this, [this](int statementsRun, qint64 elapsedMs) {
        m_info->setText(tr("pg_stat_statements %1 · the %2 statements with the most total time · read in %3 ms "
                           "with %4 statement(s)")
                            .arg(m_model->extensionVersion())
                            .arg(m_model->rowCount())
                            .arg(elapsedMs)
                            .arg(statementsRun));
    });
    connect(model, &StatementsModel::resetDone, this, [this](const Error &error) {
        if (error)
            Q_EMIT message(error.toString(), true);
        else
            Q_EMIT message(tr("The statement statistics were reset."), false);
    });
    connect(m_reset, &QPushButton::clicked, this, &StatementsPanel::askReset);
    connect(m_create, &QPushButton::clicked, model, &StatementsModel::createExtension);
    connect(model, &StatementsModel::extensionCreated, this, [this](const Error &error) {
        if (error)
            Q_EMIT message(error.toString(), true);
        else
            Q_EMIT message(tr("pg_stat_statements was created; its figures appear with the next refresh."), false);
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString text = index.data(StatementsModel::TextRole).toString();
        if (!text.isEmpty())
            Q_EMIT queryActivated(text);
    });
    updateAvailability();
}

void StatementsPanel::updateAvailability()
{
    m_unavailable->setText(m_model->isKnown() ? m_model->unavailableReason() : tr("Reading the server's figures…"));
    m_stack->setCurrentIndex(m_model->isAvailable() ? 0 : 1);
    m_create->setVisible(m_model->canCreateExtension());
}

void StatementsPanel::askReset()
{
    const auto answer = QMessageBox::question(this, tr("Reset statement statistics"),
        tr("Reset pg_stat_statements for the whole server? Every statement's calls and times start again from "
           "zero, for every user of this server."),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Reset)
        m_model->resetStatistics();
}
