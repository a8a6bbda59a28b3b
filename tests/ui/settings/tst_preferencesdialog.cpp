#include "common/preferredfonts.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "console/sqleditor.h"
#include "mainwindow/mainwindow.h"
#include "settings/preferencesdialog.h"

#include <Qsci/qscilexer.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The Preferences dialog, driven as a user would: OK keeps what the controls say and tells the open windows
// (an editor, a grid), Cancel keeps nothing, Restore Defaults puts the defaults up, fonts left alone stay "the
// default", and Tools → Preferences… opens it.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void okKeepsTheChoicesAndTellsTheWindows();
    void cancelKeepsNothing();
    void restoreDefaults();
    void okWithoutChangesChangesNothing();
    void openWindowsFollow();
    void menuOpensTheDialog();

private:
    static void click(PreferencesDialog &dialog, QDialogButtonBox::StandardButton which);
    static void typeInto(QSpinBox *spin, int value);
    static void toggle(QCheckBox *check);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
};

// What QCOMPARE prints for a difference.
char *toString(const Preferences::Values &values)
{
    return QTest::toString(QStringLiteral("grid %1; editor %2; tab %3, lines %4, completion %5; page %6; every %7 ms; "
                                          "ask %8 %9 %10; language %11")
                               .arg(values.gridFont, values.editorFont)
                               .arg(values.tabWidth)
                               .arg(values.lineNumbers)
                               .arg(values.autoCompletion)
                               .arg(values.pageSize)
                               .arg(values.dashboardIntervalMs)
                               .arg(values.confirmCloseUnsaved)
                               .arg(values.confirmUnfilteredWrites)
                               .arg(values.confirmSessionSignals)
                               .arg(Preferences::languageCode(values.language)));
}

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPreferencesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_preferences = std::make_unique<Preferences>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestPreferencesDialog::click(PreferencesDialog &dialog, QDialogButtonBox::StandardButton which)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QVERIFY(buttons && buttons->button(which));
    QTest::mouseClick(buttons->button(which), Qt::LeftButton);
}

void TestPreferencesDialog::typeInto(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

void TestPreferencesDialog::toggle(QCheckBox *check)
{
    QVERIFY(check);
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
}

void TestPreferencesDialog::okKeepsTheChoicesAndTellsTheWindows()
{
    PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(m_preferences.get(), &Preferences::changed);
    typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("tabWidthSpin")), 8);
    typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("pageSizeSpin")), 2000);
    toggle(dialog.findChild<QCheckBox *>(QStringLiteral("lineNumbersCheck")));
    toggle(dialog.findChild<QCheckBox *>(QStringLiteral("confirmWritesCheck")));
    auto *interval = dialog.findChild<QComboBox *>(QStringLiteral("dashboardIntervalCombo"));
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_Down); // 2 s → 5 s
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    language->setFocus();
    QTest::keyClick(language, Qt::Key_End); // Deutsch
    click(dialog, QDialogButtonBox::Ok);

    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(changed.count(), 1);
    Preferences::Values expected;
    expected.tabWidth = 8;
    expected.pageSize = 2000;
    expected.lineNumbers = false;
    expected.confirmUnfilteredWrites = false;
    expected.dashboardIntervalMs = 5000;
    expected.language = Preferences::Language::German;
    QCOMPARE(m_preferences->values(), expected);
    QCOMPARE(changed.first().first().value<Preferences::Values>(), expected);
}

void TestPreferencesDialog::cancelKeepsNothing()
{
    Preferences::Values kept;
    kept.tabWidth = 2;
    m_preferences->setValues(kept);
    PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(m_preferences.get(), &Preferences::changed);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("tabWidthSpin"))->value(), 2);
    typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("tabWidthSpin")), 12);
    toggle(dialog.findChild<QCheckBox *>(QStringLiteral("confirmCloseCheck")));
    QCOMPARE(dialog.chosen().tabWidth, 12);
    click(dialog, QDialogButtonBox::Cancel);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_preferences->values(), kept);
}

void TestPreferencesDialog::restoreDefaults()
{
    Preferences::Values kept;
    kept.tabWidth = 2;
    kept.autoCompletion = false;
    kept.confirmSessionSignals = false;
    kept.editorFont = QFont(PreferredFonts::defaultEditor().family(), 21).toString();
    m_preferences->setValues(kept);
    PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("editorSizeSpin"))->value(), 21);
    click(dialog, QDialogButtonBox::RestoreDefaults);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.chosen(), Preferences::Values {});
    click(dialog, QDialogButtonBox::Ok);
    QCOMPARE(m_preferences->values(), Preferences::Values {});
}

void TestPreferencesDialog::okWithoutChangesChangesNothing()
{
    PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    QSignalSpy changed(m_preferences.get(), &Preferences::changed);
    click(dialog, QDialogButtonBox::Ok);
    QCOMPARE(changed.count(), 0);
    // Fonts never touched stay "the default", so a later change of the system's font is followed.
    QVERIFY(m_preferences->values().gridFont.isEmpty());
    QVERIFY(m_preferences->values().editorFont.isEmpty());
}

void TestPreferencesDialog::openWindowsFollow()
{
    // What the console and the grids do: follow the application's Preferences.
    Preferences *shared = Preferences::shared();
    SqlEditor editor;
    editor.applyPreferences(shared->values());
    connect(shared, &Preferences::changed, &editor, &SqlEditor::applyPreferences);
    QTableView grid;
    PreferredFonts::followInGrid(&grid);
    QVERIFY(editor.lineNumbersShown());
    QVERIFY(editor.marginWidth(0) > 0);
    QCOMPARE(editor.tabWidth(), 4);

    PreferencesDialog dialog(shared);
    dialog.show();
    const int gridSize = PreferredFonts::defaultGrid().pointSize() + 3;
    const int editorSize = PreferredFonts::defaultEditor().pointSize() + 5;
    typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("gridSizeSpin")), gridSize);
    typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("editorSizeSpin")), editorSize);
    typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("tabWidthSpin")), 3);
    toggle(dialog.findChild<QCheckBox *>(QStringLiteral("lineNumbersCheck")));
    toggle(dialog.findChild<QCheckBox *>(QStringLiteral("autoCompletionCheck")));
    click(dialog, QDialogButtonBox::Ok);

    QCOMPARE(grid.font().pointSize(), gridSize);
    QCOMPARE(editor.lexer()->font(0).pointSize(), editorSize);
    QVERIFY(editor.lexer()->font(1).bold()); // key words stay bold in the new size
    QCOMPARE(editor.tabWidth(), 3);
    QCOMPARE(editor.indentationWidth(), 3);
    QVERIFY(!editor.lineNumbersShown());
    QCOMPARE(editor.marginWidth(0), 0);
    QVERIFY(!editor.automaticCompletion());

    // Back to the defaults: the editor shows its line numbers again.
    shared->setValues(Preferences::Values {});
    QVERIFY(editor.lineNumbersShown());
    QVERIFY(editor.marginWidth(0) > 0);
    QCOMPARE(grid.font().pointSize(), PreferredFonts::defaultGrid().pointSize());
}

void TestPreferencesDialog::menuOpensTheDialog()
{
    ProfileStore profiles(m_dir->filePath(QStringLiteral("profiles.json")));
    CredentialStore credentials;
    credentials.setKeychainEnabled(false);
    MainWindow window(&profiles, &credentials);
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    action->trigger();
    auto *dialog = window.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal());
    dialog->reject();
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
