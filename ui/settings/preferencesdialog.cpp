#include "preferencesdialog.h"

#include "common/preferredfonts.h"
#include "ui_preferencesdialog.h"

#include <QLocale>
#include <QPushButton>

namespace {

// The family and size the controls show for a font; a font left as shown keeps what the settings said.
QFont chosenFont(const QFontComboBox *family, const QSpinBox *size)
{
    QFont font = family->currentFont();
    font.setPointSize(size->value());
    return font;
}

bool sameFont(const QFont &a, const QFont &b)
{
    return a.family() == b.family() && a.pointSize() == b.pointSize();
}

} // namespace

PreferencesDialog::PreferencesDialog(Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_preferences(preferences)
{
    m_ui->setupUi(this);
    for (int milliseconds : Preferences::dashboardIntervalsMs())
        m_ui->dashboardIntervalCombo->addItem(tr("every %n s", nullptr, milliseconds / 1000), milliseconds);
    // The languages by their own names, as language menus show them.
    const QString systemLanguage = QLocale::system().nativeLanguageName(); // empty for the C locale
    m_ui->languageCombo->addItem(
        systemLanguage.isEmpty() ? tr("System default") : tr("System default (%1)").arg(systemLanguage),
        int(Preferences::Language::System));
    m_ui->languageCombo->addItem(QStringLiteral("English"), int(Preferences::Language::English));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), int(Preferences::Language::German));
    m_ui->pageSizeSpin->setRange(Preferences::MinPageSize, Preferences::MaxPageSize);
    m_ui->tabWidthSpin->setRange(Preferences::MinTabWidth, Preferences::MaxTabWidth);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { showValues(Preferences::Values {}); });
    showValues(m_preferences->values());
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::showValues(const Preferences::Values &values)
{
    m_shown = values;
    const QFont grid = PreferredFonts::grid(values);
    m_ui->gridFontCombo->setCurrentFont(grid);
    m_ui->gridSizeSpin->setValue(grid.pointSize());
    const QFont editor = PreferredFonts::editor(values);
    m_ui->editorFontCombo->setCurrentFont(editor);
    m_ui->editorSizeSpin->setValue(editor.pointSize());
    m_ui->tabWidthSpin->setValue(values.tabWidth);
    m_ui->lineNumbersCheck->setChecked(values.lineNumbers);
    m_ui->autoCompletionCheck->setChecked(values.autoCompletion);
    m_ui->pageSizeSpin->setValue(values.pageSize);
    m_ui->dashboardIntervalCombo->setCurrentIndex(m_ui->dashboardIntervalCombo->findData(values.dashboardIntervalMs));
    m_ui->confirmCloseCheck->setChecked(values.confirmCloseUnsaved);
    m_ui->confirmWritesCheck->setChecked(values.confirmUnfilteredWrites);
    m_ui->confirmSignalsCheck->setChecked(values.confirmSessionSignals);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(int(values.language)));
}

Preferences::Values PreferencesDialog::chosen() const
{
    Preferences::Values values = m_shown;
    const QFont grid = chosenFont(m_ui->gridFontCombo, m_ui->gridSizeSpin);
    if (!sameFont(grid, PreferredFonts::grid(m_shown)))
        values.gridFont = PreferredFonts::describe(grid, PreferredFonts::defaultGrid());
    const QFont editor = chosenFont(m_ui->editorFontCombo, m_ui->editorSizeSpin);
    if (!sameFont(editor, PreferredFonts::editor(m_shown)))
        values.editorFont = PreferredFonts::describe(editor, PreferredFonts::defaultEditor());
    values.tabWidth = m_ui->tabWidthSpin->value();
    values.lineNumbers = m_ui->lineNumbersCheck->isChecked();
    values.autoCompletion = m_ui->autoCompletionCheck->isChecked();
    values.pageSize = m_ui->pageSizeSpin->value();
    values.dashboardIntervalMs = m_ui->dashboardIntervalCombo->currentData().toInt();
    values.confirmCloseUnsaved = m_ui->confirmCloseCheck->isChecked();
    values.confirmUnfilteredWrites = m_ui->confirmWritesCheck->isChecked();
    values.confirmSessionSignals = m_ui->confirmSignalsCheck->isChecked();
    values.language = Preferences::Language(m_ui->languageCombo->currentData().toInt());
    return values;
}

void PreferencesDialog::accept()
{
    m_preferences->setValues(chosen());
    QDialog::accept();
}
