#pragma once

#include "settings/preferences.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

// Edit → Preferences…: fonts, the SQL editor, the table browser's page size, the dashboard's refresh, which
// questions are asked outside production, and the language. OK keeps the choices in Preferences, whose
// changed() signal reaches the open windows; Cancel keeps nothing.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Preferences *preferences, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // What the controls say now.
    Preferences::Values chosen() const;
    void accept() override;

private:
    void showValues(const Preferences::Values &values);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Preferences *m_preferences;
    Preferences::Values m_shown; // what showValues() put up: a font left alone keeps its text (maybe "default")
};
