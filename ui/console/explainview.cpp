#include "explainview.h"

#include "common/colours.h"
#include "common/error.h"
#include "console/explainplanmodel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Below this share of the total a node is not shaded at all: a plan of many cheap nodes stays calm.
constexpr double MinimumHeat = 0.02;

// Turns the model's heat and slowest-node roles into colours and a bold font, from the view's own palette so
// that dark themes stay readable. The model itself knows nothing of colours.
class HeatProxy : public QIdentityProxyModel
{
public:
    HeatProxy(QWidget *paletteSource, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_paletteSource(paletteSource)
    { }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::BackgroundRole && role != Qt::ForegroundRole && role != Qt::FontRole)
            return QIdentityProxyModel::data(index, role);
        const bool slowest = index.data(ExplainPlanModel::SlowestRole).toBool();
        if (role == Qt::FontRole) {
            if (!slowest)
                return {};
            QFont font = m_paletteSource->font();
            font.setBold(true);
            return font;
        }
        const double heat = index.data(ExplainPlanModel::HeatRole).toDouble();
        if (!slowest && heat < MinimumHeat)
            return {};
        const QColor base = m_paletteSource->palette().color(QPalette::Base);
        const double amount = slowest ? std::max(0.55, 0.15 + 0.45 * heat) : 0.08 + 0.45 * heat;
        const QColor background = Colours::mix(base, Colours::heat(m_paletteSource->palette()), amount);
        if (role == Qt::BackgroundRole)
            return background;
        return Colours::textOn(background, m_paletteSource->palette());
    }

private:
    QWidget *m_paletteSource;
};

QString milliseconds(double ms)
{
    return QLocale().toString(ms, 'f', 3);
}

} // namespace

ExplainView::ExplainView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ExplainPlanModel(this))
    , m_summary(new QLabel(this))
    , m_rawToggle(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(m_stack))
    , m_raw(new QPlainTextEdit(m_stack))
{
    m_summary->setObjectName(QStringLiteral("explainSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rawToggle->setObjectName(QStringLiteral("explainRawToggle"));
    m_rawToggle->setText(tr("Raw output"));
    m_raw->setAccessibleName(tr("Raw query plan"));
    m_rawToggle->setToolTip(tr("Show the plan as the server returned it"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setAutoRaise(true);

    auto *proxy = new HeatProxy(m_tree, this);
    proxy->setSourceModel(m_model);
    m_tree->setObjectName(QStringLiteral("explainTree"));
    m_tree->setAccessibleName(tr("Query plan"));
    m_tree->setModel(proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false); // a plan is read whole; collapsing is what the arrows are for
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(60);
    m_tree->viewport()->installEventFilter(this);

    m_raw->setObjectName(QStringLiteral("explainRaw"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stack->setObjectName(QStringLiteral("explainStack"));
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_raw);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 4, 4);
    top->addWidget(m_summary, 1);
    top->addWidget(m_rawToggle, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_rawToggle, &QToolButton::toggled, this, &ExplainView::setRawShown);
    clear();
}

ExplainView::~ExplainView() = default;

void ExplainView::setPlan(const ExplainPlan &plan)
{
    m_model->setPlan(plan);
    m_raw->setPlainText(plan.rawText());
    m_summary->setText(summaryFor(plan));
    // Without ANALYZE (or with TIMING OFF) columns would stay empty and only push the costs off screen.
    m_tree->setColumnHidden(ExplainPlanModel::ActualRowsColumn, !plan.isEmpty() && !plan.analyzed());
    m_tree->setColumnHidden(ExplainPlanModel::LoopsColumn, !plan.isEmpty() && !plan.analyzed());
    m_tree->setColumnHidden(ExplainPlanModel::TimeColumn, !plan.isEmpty() && !plan.timed());
    m_tree->expandAll();
    fitColumns();
}

bool ExplainView::setOutput(const QString &output)
{
    Error error;
    const ExplainPlan plan = ExplainPlan::parse(output, &error);
    if (plan.isEmpty()) {
        showError(error, output);
        return false;
    }
    setPlan(plan);
    return true;
}

void ExplainView::showError(const Error &error, const QString &rawOutput)
{
    m_model->setPlan({});
    m_raw->setPlainText(rawOutput);
    m_summary->setText(error.toString());
    if (!rawOutput.isEmpty())
        setRawShown(true);
}

void ExplainView::clear()
{
    m_model->setPlan({});
    m_raw->clear();
    m_summary->setText(tr("No plan yet: explain a statement to see how the server runs it."));
}

QString ExplainView::summaryText() const
{
    return m_summary->text();
}

bool ExplainView::isRawShown() const
{
    return m_stack->currentWidget() == m_raw;
}

void ExplainView::setRawShown(bool shown)
{
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_raw) : m_tree);
    if (m_rawToggle->isChecked() != shown)
        m_rawToggle->setChecked(shown);
}

QString ExplainView::summaryFor(const ExplainPlan &plan) const
{
    if (plan.isEmpty())
        return tr("The plan is empty.");
    QStringList parts;
    if (plan.planningMs() >= 0)
        parts.append(tr("Planning: %1 ms").arg(milliseconds(plan.planningMs())));
    const ExplainNode &slowest = plan.node(plan.slowestNode());
    const QString share = QLocale().toString(slowest.percentOfTotal, 'f', 1);
    if (plan.analyzed() && plan.executionMs() >= 0)
        parts.append(tr("Execution: %1 ms").arg(milliseconds(plan.executionMs())));
    if (plan.timed()) {
        parts.append(tr("Slowest: %1, %2 ms (%3 %)").arg(slowest.title, milliseconds(slowest.exclusiveMs), share));
        return parts.join(QStringLiteral("  ·  "));
    }
    parts.append(tr("Estimated cost: %1").arg(QLocale().toString(plan.root()->totalCost, 'f', 2)));
    parts.append(tr("Costliest: %1 (%2 % of the cost)").arg(slowest.title, share));
    if (!plan.analyzed())
        parts.append(tr("Not executed: explain with ANALYZE for actual times"));
    return parts.join(QStringLiteral("  ·  "));
}

bool ExplainView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitNodeColumn();
    return QWidget::eventFilter(watched, event);
}

// The figures get the width they need.
void ExplainView::fitColumns()
{
    for (int column = ExplainPlanModel::CostColumn; column < ExplainPlanModel::ColumnCount; ++column) {
        m_tree->resizeColumnToContents(column);
        m_tree->setColumnWidth(
            column, std::max(m_tree->columnWidth(column), m_tree->header()->sectionSizeHint(column)));
    }
    fitNodeColumn();
}

// The node titles get the rest of the width, but never less than they need: a narrow pane scrolls sideways
// rather than cutting "Index Scan using ..." short (QHeaderView::Stretch would do the latter).
void ExplainView::fitNodeColumn()
{
    int figures = 0;
    for (int column = ExplainPlanModel::CostColumn; column < ExplainPlanModel::ColumnCount; ++column)
        figures += m_tree->isColumnHidden(column) ? 0 : m_tree->columnWidth(column);
    // QTreeView hides its sizeHintForColumn (with the indentation), which QAbstractItemView makes public.
    const QAbstractItemView *view = m_tree;
    const int titles = std::max(view->sizeHintForColumn(ExplainPlanModel::NodeColumn),
        m_tree->header()->sectionSizeHint(ExplainPlanModel::NodeColumn));
    m_tree->setColumnWidth(ExplainPlanModel::NodeColumn, std::max(titles, m_tree->viewport()->width() - figures));
}
