#pragma once

#include <QComboBox>
#include <QString>

// What kubetargeteditor.cpp and kubetargeteditortargets.cpp share: the item roles of the target and port lists, and
// reading and setting an editable combo.
namespace KubeTargetEditorParts {

constexpr int ValueRole = Qt::UserRole; // "svc/name" in the target list, the port's name or number in the port list
constexpr int PresetRole = Qt::UserRole + 1; // the preset's index in the target list, -1 for plain objects

// The value of an editable combo: the chosen item's, or the first word of what was typed ("svc/x — 5432").
inline QString comboValue(const QComboBox *combo)
{
    const int index = combo->currentIndex();
    if (index >= 0 && combo->itemText(index) == combo->currentText())
        return combo->itemData(index, ValueRole).toString();
    return combo->currentText().trimmed().section(QLatin1Char(' '), 0, 0);
}

// Chooses the item whose text, else value, is this; else leaves it typed.
inline void selectOrType(QComboBox *combo, const QString &text, const QString &value)
{
    int index = text.isEmpty() ? -1 : combo->findText(text);
    if (index < 0 && !value.isEmpty())
        index = combo->findData(value, ValueRole);
    combo->setCurrentIndex(index);
    if (index < 0)
        combo->setEditText(value);
}

} // namespace KubeTargetEditorParts
