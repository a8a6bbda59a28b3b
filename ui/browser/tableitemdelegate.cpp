#include "tableitemdelegate.h"

#include "catalog/catalogtypes.h"
#include "common/colours.h"
#include "table/pendingchanges.h"
#include "table/tabledatamodel.h"

#include <QComboBox>
#include <QRegularExpression>

TableItemDelegate::TableItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QStringList TableItemDelegate::choicesFromCheck(const QString &definition, const QString &column)
{
    // pg_get_constraintdef writes IN lists as: CHECK (((visibility)::text = ANY ((ARRAY['public'::character
    // varying, 'private'::character varying])::text[]))) — take the literals when the check is about column.
    if (!definition.contains(QLatin1String("ANY")) && !definition.contains(QLatin1String(" IN ")))
        return {};
    static const QRegularExpression columnRef(QStringLiteral("^CHECK \\(+\"?(\\w+)\"?\\)?"));
    const auto match = columnRef.match(definition);
    if (!match.hasMatch() || match.captured(1) != column)
        return {};
    if (definition.count(QStringLiteral(" OR ")) > 0 || definition.count(QStringLiteral(" AND ")) > 0)
        return {};
    QStringList values;
    static const QRegularExpression literal(QStringLiteral("'((?:[^']|'')*)'"));
    for (auto it = literal.globalMatch(definition); it.hasNext();)
        values << it.next().captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
    return values;
}

void TableItemDelegate::setTable(const TableInfo &table)
{
    m_choices.clear();
    m_foreignKeys.clear();
    for (const ConstraintInfo &fk : table.foreignKeys()) {
        for (int c = 0; c < table.columns.size(); ++c) {
            if (fk.columns == QStringList {table.columns[c].name})
                m_foreignKeys.insert(c);
        }
    }
    for (int c = 0; c < table.columns.size(); ++c) {
        if (!table.columns[c].enumLabels.isEmpty()) {
            m_choices.insert(c, table.columns[c].enumLabels);
            continue;
        }
        for (const ConstraintInfo &constraint : table.constraints) {
            if (constraint.type != ConstraintInfo::Type::Check
                || constraint.columns != QStringList {table.columns[c].name})
                continue;
            const QStringList choices = choicesFromCheck(constraint.definition, table.columns[c].name);
            if (!choices.isEmpty())
                m_choices.insert(c, choices);
        }
    }
}

void TableItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = RowState(index.data(TableDataModel::RowStateRole).toInt());
    if (index.data(TableDataModel::IsMaskedRole).toBool())
        option->text = QString(8, QChar(0x2022));
    else if (index.data(TableDataModel::IsNullRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    } else if (const QString name = index.data(TableDataModel::ForeignDisplayRole).toString(); !name.isEmpty()) {
        option->text = QStringLiteral("%1 · %2").arg(option->text, name);
    }
    switch (state) {
    case RowState::Modified:
        option->backgroundBrush = Colours::rowBackground(index.data(TableDataModel::ErrorRole).toString().isEmpty()
                ? Colours::RowMark::Modified
                : Colours::RowMark::Failed,
            option->palette);
        break;
    case RowState::Inserted:
        option->backgroundBrush = Colours::rowBackground(Colours::RowMark::Inserted, option->palette);
        break;
    case RowState::Deleted:
        option->backgroundBrush = Colours::rowBackground(Colours::RowMark::Deleted, option->palette);
        option->font.setStrikeOut(true);
        break;
    case RowState::Clean:
        break;
    }
}

QWidget *TableItemDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_foreignKeys.contains(index.column())) {
        // A searchable picker replaces the inline editor: ids are chosen by name, never typed blind.
        Q_EMIT foreignKeyEditRequested(index);
        return nullptr;
    }
    const QStringList choices = m_choices.value(index.column());
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    combo->addItems(choices);
    return combo;
}

void TableItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(index.data(Qt::EditRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void TableItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}
