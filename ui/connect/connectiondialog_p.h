#pragma once

#include "common/colours.h"
#include "common/tonestyle.h"

#include <QComboBox>
#include <QLabel>
#include <optional>

// Small helpers that connectiondialog.cpp and connectiondialoguri.cpp share.
namespace ConnectionDialogParts {

inline void styleLabel(QLabel *label, const QString &text, std::optional<Colours::Tone> tone)
{
    label->setText(text);
    if (tone)
        ToneStyle::apply(label, *tone);
    else
        ToneStyle::clear(label);
}

inline void setComboData(QComboBox *combo, const QVariant &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value.toString(), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace ConnectionDialogParts
