#include "filterbar.h"

#include "catalog/catalogtypes.h"
#include "common/icons.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {

struct OpName
{
    ColumnFilter::Op op;
    const char *label;
};

constexpr OpName Ops[] = {
    {ColumnFilter::Op::Equals, QT_TRANSLATE_NOOP("FilterBar", "=")},
    {ColumnFilter::Op::NotEquals, QT_TRANSLATE_NOOP("FilterBar", "≠")},
    {ColumnFilter::Op::Contains, QT_TRANSLATE_NOOP("FilterBar", "contains")},
    {ColumnFilter::Op::StartsWith, QT_TRANSLATE_NOOP("FilterBar", "starts with")},
    {ColumnFilter::Op::Less, QT_TRANSLATE_NOOP("FilterBar", "<")},
    {ColumnFilter::Op::LessOrEqual, QT_TRANSLATE_NOOP("FilterBar", "≤")},
    {ColumnFilter::Op::Greater, QT_TRANSLATE_NOOP("FilterBar", ">")},
    {ColumnFilter::Op::GreaterOrEqual, QT_TRANSLATE_NOOP("FilterBar", "≥")},
    {ColumnFilter::Op::Between, QT_TRANSLATE_NOOP("FilterBar", "between")},
    {ColumnFilter::Op::IsNull, QT_TRANSLATE_NOOP("FilterBar", "is null")},
    {ColumnFilter::Op::IsNotNull, QT_TRANSLATE_NOOP("FilterBar", "is not null")},
};

QString opLabel(ColumnFilter::Op op)
{
    for (const OpName &name : Ops) {
        if (name.op == op)
            return FilterBar::tr(name.label);
    }
    return {};
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_column(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_value2(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add filter"), this))
    , m_summary(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_where(new QLineEdit(this))
    , m_textColumn(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    m_column->setObjectName(QStringLiteral("filterColumn"));
    m_column->setAccessibleName(tr("Filter column"));
    m_op->setObjectName(QStringLiteral("filterOp"));
    m_op->setAccessibleName(tr("Filter comparison"));
    m_value->setObjectName(QStringLiteral("filterValue"));
    m_value->setAccessibleName(tr("Filter value"));
    m_value2->setObjectName(QStringLiteral("filterValue2"));
    m_value2->setAccessibleName(tr("Second filter value"));
    m_add->setObjectName(QStringLiteral("addFilterButton"));
    m_add->setIcon(Icons::get(QStringLiteral("filter")));
    m_summary->setObjectName(QStringLiteral("filterSummary"));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_where->setObjectName(QStringLiteral("whereEdit"));
    m_where->setAccessibleName(tr("WHERE expression"));
    m_search->setObjectName(QStringLiteral("fullTextEdit"));
    m_search->setAccessibleName(tr("Full-text search"));
    for (const OpName &name : Ops)
        m_op->addItem(tr(name.label), int(name.op));
    m_value->setPlaceholderText(tr("value"));
    m_value2->setPlaceholderText(tr("and"));
    m_where->setPlaceholderText(tr("WHERE … (your own SQL expression, Enter to apply)"));
    m_where->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search words (full text), Enter"));
    m_search->setClearButtonEnabled(true);
    m_summary->setWordWrap(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *conditionRow = new QHBoxLayout;
    conditionRow->addWidget(m_column);
    conditionRow->addWidget(m_op);
    conditionRow->addWidget(m_value, 1);
    conditionRow->addWidget(m_value2, 1);
    conditionRow->addWidget(m_add);
    conditionRow->addWidget(m_clear);
    layout->addLayout(conditionRow, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_where, 2);
    searchRow->addWidget(m_textColumn);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow, 1, 0);
    layout->addWidget(m_summary, 2, 0);

    connect(m_add, &QPushButton::clicked, this, &FilterBar::addFromControls);
    connect(m_value, &QLineEdit::returnPressed, this, &FilterBar::addFromControls);
    connect(m_op, &QComboBox::currentIndexChanged, this, &FilterBar::updateValueFields);
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clear);
    connect(m_where, &QLineEdit::returnPressed, this, [this] { Q_EMIT whereChanged(m_where->text().trimmed()); });
    connect(m_search, &QLineEdit::returnPressed, this,
        [this] { Q_EMIT fullTextChanged(m_textColumn->currentData().toInt(), m_search->text().trimmed()); });
    updateValueFields();
    updateSummary();
}

void FilterBar::setTable(const TableInfo &table)
{
    m_columns.clear();
    m_column->clear();
    m_textColumn->clear();
    for (int c = 0; c < table.columns.size(); ++c) {
        const ColumnInfo &column = table.columns[c];
        m_columns << column.name;
        m_column->addItem(column.name, c);
        if (column.type == QLatin1String("text") || column.type.startsWith(QLatin1String("character")))
            m_textColumn->addItem(column.name, c);
    }
    // Prefer the column with a full-text index (messages.content); otherwise the first text column.
    const int content = m_textColumn->findText(QStringLiteral("content"));
    if (content >= 0)
        m_textColumn->setCurrentIndex(content);
    m_textColumn->setVisible(m_textColumn->count() > 0);
    m_search->setVisible(m_textColumn->count() > 0);
}

void FilterBar::updateValueFields()
{
    const auto op = ColumnFilter::Op(m_op->currentData().toInt());
    const bool noValue = op == ColumnFilter::Op::IsNull || op == ColumnFilter::Op::IsNotNull;
    m_value->setEnabled(!noValue);
    m_value2->setVisible(op == ColumnFilter::Op::Between);
}

void FilterBar::addFromControls()
{
    ColumnFilter filter;
    filter.column = m_column->currentData().toInt();
    filter.op = ColumnFilter::Op(m_op->currentData().toInt());
    if (filter.op != ColumnFilter::Op::IsNull && filter.op != ColumnFilter::Op::IsNotNull)
        filter.value = m_value->text();
    if (filter.op == ColumnFilter::Op::Between)
        filter.value2 = m_value2->text();
    addFilter(filter);
    m_value->clear();
    m_value2->clear();
}

void FilterBar::addFilter(const ColumnFilter &filter)
{
    m_filters << filter;
    updateSummary();
    Q_EMIT filtersChanged(m_filters);
}

void FilterBar::clear()
{
    const bool had = !m_filters.isEmpty() || !m_where->text().isEmpty() || !m_search->text().isEmpty();
    m_filters.clear();
    m_where->clear();
    m_search->clear();
    updateSummary();
    if (had) {
        Q_EMIT filtersChanged(m_filters);
        Q_EMIT whereChanged(QString());
        Q_EMIT fullTextChanged(m_textColumn->currentData().toInt(), QString());
    }
}

QString FilterBar::describe(const ColumnFilter &filter, const QString &columnName)
{
    QString text = columnName + QLatin1Char(' ') + opLabel(filter.op);
    if (filter.value.isValid())
        text += QStringLiteral(" '%1'").arg(filter.value.toString());
    if (filter.value2.isValid())
        text += tr(" and '%1'").arg(filter.value2.toString());
    return text;
}

void FilterBar::updateSummary()
{
    QStringList parts;
    for (const ColumnFilter &filter : std::as_const(m_filters))
        parts << describe(filter, m_columns.value(filter.column));
    m_summary->setText(parts.isEmpty() ? QString() : tr("Showing rows where %1").arg(parts.join(tr(" and "))));
    m_summary->setVisible(!parts.isEmpty());
}
