#include "sessionspanel.h"

#include "common/colours.h"
#include "monitor/backendactions.h"
#include "monitor/sessionfiltermodel.h"
#include "monitor/sessionsmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Colours a session's row by its flags; the model only says what is notable, the view how it looks.
class SessionHighlightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int flags = index.data(SessionsModel::FlagsRole).toInt();
        // From the palette (light or dark), with text that keeps its contrast on it.
        Colours::Tone tone = Colours::Tone::Neutral;
        if (flags & SessionsModel::Waiting)
            tone = Colours::Tone::Warning; // waits for a lock
        else if (flags & SessionsModel::LongIdleInTransaction)
            tone = Colours::Tone::Danger; // holds a transaction open, doing nothing
        else if (flags & SessionsModel::LongRunning)
            tone = Colours::Tone::Info; // a long query
        if (tone != Colours::Tone::Neutral) {
            option->backgroundBrush = Colours::background(tone, option->palette);
            option->palette.setColor(QPalette::Text, Colours::text(tone, option->palette));
        }
        if (flags & SessionsModel::Own) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
    }
};

} // namespace

SessionsPanel::SessionsPanel(SessionsModel *model, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_profile(profile)
    , m_filter(new SessionFilterModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_hideIdle(new QCheckBox(tr("Hide &idle"), this))
    , m_hideOwn(new QCheckBox(tr("Hide this &dashboard"), this))
    , m_cancel(new QPushButton(tr("&Cancel query"), this))
    , m_terminate(new QPushButton(tr("&Terminate session"), this))
{
    m_filter->setSourceModel(model);
    m_search->setObjectName(QStringLiteral("sessionSearch"));
    m_search->setAccessibleName(tr("Filter sessions"));
    m_search->setPlaceholderText(tr("Filter sessions (user, application, client, state, query…)"));
    m_search->setClearButtonEnabled(true);
    m_hideIdle->setObjectName(QStringLiteral("hideIdle"));
    m_hideOwn->setObjectName(QStringLiteral("hideOwn"));
    m_cancel->setObjectName(QStringLiteral("cancelQuery"));
    m_terminate->setObjectName(QStringLiteral("terminateSession"));
    m_cancel->setToolTip(tr("pg_cancel_backend: stops the statement the session runs; the session stays."));
    m_terminate->setToolTip(tr("pg_terminate_backend: closes the session's connection."));

    m_view->setObjectName(QStringLiteral("sessionsView"));

    m_view->setAccessibleName(tr("Sessions"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new SessionHighlightDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths {{SessionsModel::Pid, 60}, {SessionsModel::User, 100},
        {SessionsModel::Application, 150}, {SessionsModel::Client, 90}, {SessionsModel::State, 110},
        {SessionsModel::Wait, 120}, {SessionsModel::TransactionAge, 80}, {SessionsModel::QueryAge, 80}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_hideIdle);
    bar->addWidget(m_hideOwn);
    bar->addSpacing(12);
    bar->addWidget(m_cancel);
    bar->addWidget(m_terminate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &SessionFilterModel::setText);
    connect(m_hideIdle, &QCheckBox::toggled, m_filter, &SessionFilterModel::setHideIdle);
    connect(m_hideOwn, &QCheckBox::toggled, m_filter, &SessionFilterModel::setHideOwn);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        BackendActions::confirmAndSend(this, m_model, m_profile, selectedPid(), SessionsModel::Signal::Cancel);
    });
    connect(m_terminate, &QPushButton::clicked, this, [this] {
        BackendActions::confirmAndSend(this, m_model, m_profile, selectedPid(), SessionsModel::Signal::Terminate);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &SessionsPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &SessionsPanel::updateButtons);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const ActivityRow *row = m_model->sessionOfPid(index.data(SessionsModel::PidRole).toInt());
        if (row && !row->query.isEmpty())
            Q_EMIT queryActivated(row->query);
    });
    updateButtons();
}

int SessionsPanel::selectedPid() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(SessionsModel::PidRole).toInt();
}

void SessionsPanel::updateButtons()
{
    const ActivityRow *row = m_model->sessionOfPid(selectedPid());
    const bool other = row && !row->own;
    m_cancel->setEnabled(other && row->state == QLatin1String("active"));
    m_terminate->setEnabled(other);
}
