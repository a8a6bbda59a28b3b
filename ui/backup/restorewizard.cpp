#include "restorewizard.h"

#include "backup/restorejob.h"
#include "jobprogresswidget.h"
#include "wizardpage.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

RestoreWizard::RestoreWizard(const ConnectionProfile &profile, const QString &password, QWidget *parent)
    : JobWizard(parent)
    , m_profile(profile)
    , m_password(password)
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore into %1").arg(profile.displayTarget()));
    addPage(createSourcePage());
    addPage(m_checkPage = createCheckPage());
    addJobPage(tr("Restoring"));
    resize(720, 560);
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::setPath(const QString &path)
{
    m_path->setText(path);
}

WizardPage *RestoreWizard::createSourcePage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("What to restore, and where"));
    page->setSubTitle(tr("The format is read from the file's content, whatever its name."));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("restorePath"));
    m_path->setAccessibleName(tr("Backup to restore"));
    auto *chooseFile = new QPushButton(tr("File…"), page);
    auto *chooseFolder = new QPushButton(tr("Folder…"), page);
    chooseFile->setAccessibleName(tr("Choose a backup file"));
    chooseFolder->setAccessibleName(tr("Choose a backup folder"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(chooseFile);
    pathRow->addWidget(chooseFolder);
    m_intoCurrent = new QRadioButton(tr("Into %1 (the connected database)").arg(m_profile.database), page);
    m_intoCurrent->setObjectName(QStringLiteral("intoCurrent"));
    auto *intoNew = new QRadioButton(tr("Into a new database, created for it:"), page);
    intoNew->setObjectName(QStringLiteral("intoNew"));
    m_newDatabase = new QLineEdit(page);
    m_newDatabase->setObjectName(QStringLiteral("newDatabase"));
    m_newDatabase->setAccessibleName(tr("New database name"));
    m_newDatabase->setEnabled(false);
    m_intoCurrent->setChecked(true);
    m_clean = new QCheckBox(tr("Drop objects that exist before creating them (clean, if exists)"), page);
    m_clean->setObjectName(QStringLiteral("restoreClean"));
    m_single = new QCheckBox(tr("All or nothing (one transaction)"), page);
    m_stopOnError = new QCheckBox(tr("Stop at the first error"), page);
    m_stopOnError->setChecked(true);
    m_stopOnError->setToolTip(
        tr("Plain SQL always stops at the first error: a failed COPY would otherwise run its data as commands."));
    m_dataOnly = new QCheckBox(tr("Data only"), page);
    m_noOwner = new QCheckBox(tr("No owners"), page);
    m_noPrivileges = new QCheckBox(tr("No privileges"), page);
    m_jobs = new QSpinBox(page);
    m_jobs->setRange(1, 16);
    m_jobs->setValue(2);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->addRow(tr("Backup:"), pathRow);
    layout->addLayout(form);
    layout->addWidget(m_intoCurrent);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(intoNew);
    newRow->addWidget(m_newDatabase, 1);
    layout->addLayout(newRow);
    for (QCheckBox *box : {m_clean, m_single, m_stopOnError, m_dataOnly, m_noOwner, m_noPrivileges})
        layout->addWidget(box);
    m_toolFolder = new QLineEdit(page);
    m_toolFolder->setObjectName(QStringLiteral("toolFolder"));
    m_toolFolder->setPlaceholderText(
        tr("optional: a folder with pg_restore and psql, searched before the installed ones"));
    auto *jobsForm = new QFormLayout;
    jobsForm->addRow(tr("Parallel jobs:"), m_jobs);
    jobsForm->addRow(tr("PostgreSQL programs:"), m_toolFolder);
    layout->addLayout(jobsForm);
    layout->addStretch();
    connect(intoNew, &QRadioButton::toggled, m_newDatabase, &QWidget::setEnabled);
    connect(intoNew, &QRadioButton::toggled, page, &WizardPage::updateComplete);
    connect(m_newDatabase, &QLineEdit::textChanged, page, &WizardPage::updateComplete);
    connect(m_path, &QLineEdit::textChanged, page, &WizardPage::updateComplete);
    connect(chooseFile, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Backup file"), m_path->text());
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString chosen
            = QFileDialog::getExistingDirectory(this, tr("Backup folder (directory format)"), m_path->text());
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    page->complete = [this] {
        return !m_path->text().trimmed().isEmpty()
            && (m_intoCurrent->isChecked() || !m_newDatabase->text().trimmed().isEmpty());
    };
    return page;
}

RestoreOptions RestoreWizard::options() const
{
    RestoreOptions options;
    options.path = m_path->text().trimmed();
    options.createDatabase = !m_intoCurrent->isChecked();
    options.clean = m_clean->isChecked();
    options.singleTransaction = m_single->isChecked();
    options.exitOnError = m_stopOnError->isChecked();
    options.dataOnly = m_dataOnly->isChecked();
    options.noOwner = m_noOwner->isChecked();
    options.noPrivileges = m_noPrivileges->isChecked();
    options.jobs = m_jobs->value();
    return options;
}

ConnectionProfile RestoreWizard::target() const
{
    ConnectionProfile target = m_profile;
    if (!m_intoCurrent->isChecked())
        target.database = m_newDatabase->text().trimmed();
    return target;
}

WizardPage *RestoreWizard::createCheckPage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("Check"));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("Restore"));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("restoreSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contents = new QListWidget(page);
    m_contents->setObjectName(QStringLiteral("restoreContents"));
    m_contents->setAccessibleName(tr("Contents of the backup"));
    m_confirmLabel = new QLabel(page);
    m_confirmLabel->setWordWrap(true);
    m_confirm = new QLineEdit(page);
    m_confirm->setObjectName(QStringLiteral("confirmDatabase"));
    m_confirm->setAccessibleName(tr("Database name, typed to confirm"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_contents, 1);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QLineEdit::textChanged, page, &WizardPage::updateComplete);
    page->onEnter = [this] {
        prepareJob();
    };
    page->complete = [this] {
        return m_prepared && (!target().isProduction() || m_confirm->text() == target().database);
    };
    return page;
}

void RestoreWizard::prepareJob()
{
    m_prepared = false;
    m_contents->clear();
    const ConnectionProfile into = target();
    m_confirmLabel->setVisible(into.isProduction());
    m_confirm->setVisible(into.isProduction());
    m_confirm->clear();
    m_confirmLabel->setText(tr("%1 is a production database. Type its name to restore into it.").arg(into.database));
    m_summary->setText(tr("Reading the whole file once to check it…"));
    m_job = std::make_unique<RestoreJob>(into, m_password, options());
    m_job->setToolDirectory(m_toolFolder->text().trimmed());
    connect(m_job.get(), &RestoreJob::prepared, this, [this] {
        m_prepared = true;
        const RestoreFacts &facts = m_job->facts();
        QStringList lines;
        lines << tr("%1: %2, %3, read completely without error.")
                     .arg(options().path, DumpFile::formatName(facts.file.format, facts.file.wrapper),
                         QLocale().formattedDataSize(facts.fileBytes));
        if (!facts.file.archiveVersion.isEmpty())
            lines << tr("Archive format %1.").arg(facts.file.archiveVersion);
        if (!facts.file.dumpedBy.isEmpty())
            lines << tr("Written by pg_dump %1.").arg(facts.file.dumpedBy);
        if (const QString summary = facts.dataSummary(); !summary.isEmpty())
            lines << summary;
        lines << tr("Using %1 — %2").arg(facts.tool.program, facts.tool.reason);
        if (!facts.databaseExists)
            lines << tr("The database %1 will be created.").arg(target().database);
        else if (facts.databaseHasTables && !options().clean)
            lines << tr(
                "Warning: %1 already holds tables, and clean is off; objects that exist will make the restore fail.")
                         .arg(target().database);
        lines << facts.notes;
        m_summary->setText(lines.join(QLatin1Char('\n')));
        for (const DumpTable &table : facts.tables) {
            m_contents->addItem(table.bytes > 0 || table.rows > 0
                    ? tr("Table data: %1 — %Ln row(s), %2", nullptr, int(qMin<qint64>(table.rows, INT_MAX)))
                          .arg(table.name, QLocale().formattedDataSize(table.bytes))
                    : tr("Table data: %1").arg(table.name));
        }
        for (const MetaCommand &command : facts.metaCommands)
            m_contents->addItem(tr("Line %1: %2").arg(command.line).arg(command.text));
        m_checkPage->updateComplete();
    });
    connect(m_job.get(), &RestoreJob::finished, this, [this](const RestoreResult &result) {
        if (!m_prepared) {
            m_summary->setText(tr("Cannot restore this file: %1").arg(result.error.toString()));
            return;
        }
        switch (result.outcome) {
        case RestoreResult::Outcome::Restored:
            jobEnded(true, tr("Restored into %1.").arg(target().database));
            break;
        case RestoreResult::Outcome::Cancelled:
            jobEnded(false, tr("Cancelled."));
            break;
        case RestoreResult::Outcome::Failed:
            jobEnded(false, tr("Failed: %1").arg(result.error.toString()));
            break;
        }
    });
    connect(m_job.get(), &RestoreJob::logLine, this, [this](const QString &line) { progress()->appendLog(line); });
    connect(m_job.get(), &RestoreJob::progressChanged, this,
        [this](const DumpProgress &progress) { this->progress()->showProgress(progress); });
    m_job->prepare();
}

void RestoreWizard::startJob()
{
    m_job->run();
}

void RestoreWizard::cancelJob()
{
    if (m_job)
        m_job->cancel();
}

bool RestoreWizard::jobRunning() const
{
    return m_job && m_prepared && m_job->isRunning();
}

void RestoreWizard::dropJob()
{
    m_job.reset();
}
