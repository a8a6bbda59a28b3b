#include "rowdetailpanel.h"

#include "table/tabledatamodel.h"

#include <QEvent>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// Writes the text back when the editor loses focus, like a line edit's editingFinished.
class DetailEditor : public QPlainTextEdit
{
public:
    std::function<void()> onFinished;
    using QPlainTextEdit::QPlainTextEdit;

protected:
    void focusOutEvent(QFocusEvent *event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        if (onFinished && document()->isModified())
            onFinished();
    }
};

} // namespace

RowDetailPanel::RowDetailPanel(TableDataModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("rowDetailPanel"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    contentLayout->addLayout(m_form);
    contentLayout->addStretch(1); // rows stay together at the top
    scroll->setWidget(content);
    setMinimumWidth(280);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RowDetailPanel::rebuild);
    connect(m_model, &TableDataModel::fullValueReady, this, [this](int row, int column, const QVariant &value) {
        if (row != m_row || column >= m_editors.size())
            return;
        m_filling = true;
        m_editors[column]->setPlainText(value.isNull() ? QString() : value.toString());
        m_editors[column]->document()->setModified(false);
        m_filling = false;
    });
    rebuild();
}

void RowDetailPanel::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        auto *editor = new DetailEditor(this);
        editor->setObjectName(QStringLiteral("detail_%1").arg(m_model->headerData(column, Qt::Horizontal).toString()));
        editor->setTabChangesFocus(true);
        // Long text gets room to read; everything else one line.
        const QString type = m_model->headerData(column, Qt::Horizontal, TableDataModel::ColumnTypeRole).toString();
        const bool longText = type == QLatin1String("text") || type.startsWith(QLatin1String("json"));
        const int lines = longText ? 8 : 1;
        editor->setFixedHeight(editor->fontMetrics().lineSpacing() * lines + 2 * editor->frameWidth()
            + int(editor->document()->documentMargin() * 2));
        editor->setLineWrapMode(longText ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
        editor->setVerticalScrollBarPolicy(longText ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
        editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        editor->onFinished = [this, column] {
            commit(column);
        };
        m_form->addRow(m_model->headerData(column, Qt::Horizontal).toString(), editor);
        m_editors << editor;
    }
    m_row = -1;
}

void RowDetailPanel::showRow(int row)
{
    m_row = row;
    m_model->keepRowLoaded(row); // edits here must find the row however far the grid scrolls
    m_filling = true;
    for (int column = 0; column < m_editors.size(); ++column) {
        const QModelIndex index = m_model->index(row, column);
        QPlainTextEdit *editor = m_editors[column];
        const bool masked = index.data(TableDataModel::IsMaskedRole).toBool();
        editor->setPlainText(masked                               ? QString(8, QChar(0x2022))
                : index.data(TableDataModel::IsNullRole).toBool() ? QString()
                                                                  : index.data(Qt::EditRole).toString());
        editor->setPlaceholderText(
            index.data(TableDataModel::IsNullRole).toBool() ? QStringLiteral("NULL") : QString());
        editor->setReadOnly(masked || !(index.flags() & Qt::ItemIsEditable));
        editor->document()->setModified(false);
        if (index.data(TableDataModel::IsTruncatedRole).toBool())
            m_model->fetchFullValue(row, column);
    }
    m_filling = false;
}

void RowDetailPanel::commit(int column)
{
    if (m_filling || m_row < 0 || m_row >= m_model->rowCount())
        return;
    m_model->setData(m_model->index(m_row, column), m_editors[column]->toPlainText());
    m_editors[column]->document()->setModified(false);
}
