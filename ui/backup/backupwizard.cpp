#include "backupwizard.h"

#include "backup/backupjob.h"
#include "cronjobdialog.h"
#include "jobprogresswidget.h"
#include "wizardpage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString settingsKey(const ConnectionProfile &profile)
{
    return QStringLiteral("backup/lastFolder/") + (profile.name.isEmpty() ? profile.credentialKey() : profile.name);
}

} // namespace

BackupWizard::BackupWizard(const ConnectionProfile &profile, const QString &password,
    std::shared_ptr<const CatalogSnapshot> catalog, QWidget *parent)
    : JobWizard(parent)
    , m_profile(profile)
    , m_password(password)
    , m_catalog(std::move(catalog))
{
    setObjectName(QStringLiteral("backupWizard"));
    setWindowTitle(tr("Back up %1").arg(profile.displayTarget()));
    addPage(createScopePage());
    addPage(createFormatPage());
    addPage(m_reviewPage = createReviewPage());
    addJobPage(tr("Backing up"));
    resize(720, 560);
}

BackupWizard::~BackupWizard() = default;

QString BackupWizard::lastFolder(const ConnectionProfile &profile)
{
    const QString folder = QSettings().value(settingsKey(profile)).toString();
    return !folder.isEmpty() && QDir(folder).exists() ? folder : QDir::homePath();
}

WizardPage *BackupWizard::createScopePage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("What to back up"));
    page->setSubTitle(
        tr("Chosen tables bring their sequences with them; views and materialized views can be chosen like tables."));
    m_whole = new QRadioButton(tr("The whole database"), page);
    auto *chosen = new QRadioButton(tr("Chosen schemas and tables"), page);
    m_whole->setChecked(true);
    m_whole->setObjectName(QStringLiteral("wholeDatabase"));
    chosen->setObjectName(QStringLiteral("chosenObjects"));
    m_objects = new QTreeWidget(page);
    m_objects->setObjectName(QStringLiteral("backupObjects"));
    m_objects->setAccessibleName(tr("Schemas and tables to back up"));
    m_objects->setHeaderLabels({tr("Schema / table"), tr("Rows (about)")});
    m_objects->setEnabled(false);
    for (const SchemaInfo &schema : m_catalog ? m_catalog->schemas : QList<SchemaInfo> {}) {
        auto *schemaItem = new QTreeWidgetItem(m_objects, {schema.name});
        schemaItem->setFlags(schemaItem->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        schemaItem->setCheckState(0, Qt::Unchecked);
        for (const TableInfo &table : schema.tables) {
            auto *item = new QTreeWidgetItem(schemaItem,
                {table.name, table.estimatedRows >= 0 ? QLocale().toString(table.estimatedRows) : QString()});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setData(0, Qt::UserRole, table.qualifiedName());
        }
    }
    m_objects->expandAll();
    m_content = new QComboBox(page);
    m_content->setObjectName(QStringLiteral("backupContent"));
    m_content->addItem(tr("Schema and data"), int(BackupOptions::Content::SchemaAndData));
    m_content->addItem(tr("Schema only"), int(BackupOptions::Content::SchemaOnly));
    m_content->addItem(tr("Data only"), int(BackupOptions::Content::DataOnly));
    m_noOwner = new QCheckBox(tr("No owners (restore as whoever restores)"), page);
    m_noPrivileges = new QCheckBox(tr("No privileges (no GRANT/REVOKE)"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_whole);
    layout->addWidget(chosen);
    layout->addWidget(m_objects, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Content:"), m_content);
    layout->addLayout(form);
    layout->addWidget(m_noOwner);
    layout->addWidget(m_noPrivileges);
    connect(chosen, &QRadioButton::toggled, m_objects, &QWidget::setEnabled);
    connect(chosen, &QRadioButton::toggled, page, &WizardPage::updateComplete);
    connect(m_objects, &QTreeWidget::itemChanged, page, &WizardPage::updateComplete);
    page->complete = [this] {
        return m_whole->isChecked() || !options().tables.isEmpty() || !options().schemas.isEmpty();
    };
    return page;
}

WizardPage *BackupWizard::createFormatPage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("How to write it"));
    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("backupFormat"));
    m_format->addItem(
        tr("Custom archive, zstd-compressed (recommended: fast, small, selective restore)"), int(BackupFormat::Custom));
    m_format->addItem(tr("Directory archive (parallel jobs)"), int(BackupFormat::Directory));
    m_format->addItem(tr("Tar archive"), int(BackupFormat::Tar));
    m_format->addItem(tr("Plain SQL"), int(BackupFormat::Plain));
    m_format->addItem(tr("Plain SQL, gzip-compressed (as the seed's pg_dump | gzip)"), int(BackupFormat::PlainGzip));
    m_level = new QSpinBox(page);
    m_level->setObjectName(QStringLiteral("backupLevel"));
    m_jobs = new QSpinBox(page);
    m_jobs->setObjectName(QStringLiteral("backupJobs"));
    m_jobs->setRange(1, 16);
    m_jobs->setValue(2);
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("backupFile"));
    m_file->setAccessibleName(tr("Backup file"));
    auto *browse = new QPushButton(tr("Choose…"), page);
    browse->setAccessibleName(tr("Choose the backup file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_formatNote = new QLabel(page);
    m_formatNote->setWordWrap(true);
    m_deepVerify
        = new QCheckBox(tr("Deep check: restore it into a scratch database and compare every table's row count "
                           "(takes as long as a restore; needs the right to create databases)"),
            page);
    m_deepVerify->setObjectName(QStringLiteral("deepVerify"));
    m_toolFolder = new QLineEdit(page);
    m_toolFolder->setObjectName(QStringLiteral("toolFolder"));
    m_toolFolder->setPlaceholderText(tr("optional: a folder with pg_dump, searched before the installed ones"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Compression level:"), m_level);
    form->addRow(tr("Parallel jobs:"), m_jobs);
    form->addRow(tr("File:"), fileRow);
    form->addRow(m_formatNote);
    form->addRow(m_deepVerify);
    form->addRow(tr("PostgreSQL programs:"), m_toolFolder);
    connect(m_file, &QLineEdit::textChanged, page, &WizardPage::updateComplete);
    page->complete = [this] {
        return !m_file->text().trimmed().isEmpty();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, &BackupWizard::formatChanged);
    connect(browse, &QPushButton::clicked, this, &BackupWizard::chooseFile);
    m_file->setText(QDir(lastFolder(m_profile))
                        .filePath(BackupCommand::defaultFileName(
                            m_profile.database, BackupFormat::Custom, QDateTime::currentDateTime())));
    formatChanged();
    page->onLeave = [this] {
        const QFileInfo file(m_file->text());
        if (!file.dir().exists()) {
            QMessageBox::warning(this, windowTitle(), tr("The folder %1 does not exist.").arg(file.dir().path()));
            return false;
        }
        return true;
    };
    return page;
}

void BackupWizard::formatChanged()
{
    const auto format = BackupFormat(m_format->currentData().toInt());
    const bool zstd = format == BackupFormat::Custom;
    m_level->setRange(zstd ? 1 : 0, zstd ? 19 : 9);
    m_level->setValue(BackupCommand::defaultLevel(format));
    m_level->setEnabled(format != BackupFormat::Tar && format != BackupFormat::Plain);
    m_jobs->setEnabled(format == BackupFormat::Directory);
    // Keep the name the user typed, with the new format's ending.
    QString name = m_file->text();
    for (BackupFormat other : {BackupFormat::Custom, BackupFormat::Directory, BackupFormat::Tar,
             BackupFormat::PlainGzip, BackupFormat::Plain}) {
        const QString suffix = QLatin1Char('.') + BackupCommand::suffix(other);
        if (name.endsWith(suffix)) {
            name.chop(suffix.size());
            break;
        }
    }
    if (!name.isEmpty())
        m_file->setText(name + QLatin1Char('.') + BackupCommand::suffix(format));
    m_formatNote->setText(zstd ? tr("Restorable without this app too: zstd -dc FILE | pg_restore -d DATABASE")
            : format == BackupFormat::Directory
            ? tr("A folder with one compressed file per table; pg_dump writes tables in parallel.")
            : format == BackupFormat::PlainGzip
            ? tr("Restorable with: gunzip -c FILE | psql -X -v ON_ERROR_STOP=1 DATABASE")
            : QString());
}

void BackupWizard::chooseFile()
{
    const auto format = BackupFormat(m_format->currentData().toInt());
    const QString chosen = format == BackupFormat::Directory
        ? QFileDialog::getSaveFileName(
            this, tr("Backup folder"), m_file->text(), {}, nullptr, QFileDialog::ShowDirsOnly)
        : QFileDialog::getSaveFileName(
            this, tr("Backup file"), m_file->text(), {}, nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

BackupOptions BackupWizard::options() const
{
    BackupOptions options;
    options.format = BackupFormat(m_format ? m_format->currentData().toInt() : 0);
    options.compressLevel = m_level ? m_level->value() : -1;
    options.jobs = m_jobs ? m_jobs->value() : 2;
    options.content = BackupOptions::Content(m_content->currentData().toInt());
    options.noOwner = m_noOwner->isChecked();
    options.noPrivileges = m_noPrivileges->isChecked();
    options.filePath = m_file ? QFileInfo(m_file->text()).absoluteFilePath() : QString();
    if (!m_whole->isChecked()) {
        for (int s = 0; s < m_objects->topLevelItemCount(); ++s) {
            const QTreeWidgetItem *schema = m_objects->topLevelItem(s);
            if (schema->checkState(0) == Qt::Checked) {
                options.schemas << schema->text(0);
                continue;
            }
            for (int t = 0; t < schema->childCount(); ++t)
                if (schema->child(t)->checkState(0) == Qt::Checked)
                    options.tables << schema->child(t)->data(0, Qt::UserRole).toString();
        }
    }
    return options;
}

WizardPage *BackupWizard::createReviewPage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("Review"));
    page->setSubTitle(
        tr("These commands will run. The password reaches them through a private file, never the command line."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("Back up"));
    m_tool = new QLabel(page);
    m_tool->setObjectName(QStringLiteral("backupTool"));
    m_tool->setWordWrap(true);
    m_commands = new QPlainTextEdit(page);
    m_commands->setObjectName(QStringLiteral("backupCommands"));
    m_commands->setAccessibleName(tr("Commands the backup runs"));
    m_commands->setReadOnly(true);
    auto *copy = new QPushButton(tr("Copy as shell script"), page);
    copy->setObjectName(QStringLiteral("copyScript"));
    auto *schedule = new QPushButton(tr("Schedule in Kubernetes…"), page);
    schedule->setObjectName(QStringLiteral("scheduleCronJob"));
    schedule->setToolTip(tr("Write a CronJob that runs this backup in the cluster every night, as the seed does."));
    connect(schedule, &QPushButton::clicked, this, [this] {
        const int major = m_job ? m_job->serverVersion().section(QLatin1Char('.'), 0, 0).toInt() : 0;
        auto *dialog = new CronJobDialog(m_profile, options(), major > 0 ? major : 15, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_tool);
    layout->addWidget(m_commands, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(schedule);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(copy, &QPushButton::clicked, this, &BackupWizard::copyScript);
    page->onEnter = [this] {
        prepareJob();
    };
    page->complete = [this] {
        return m_prepared;
    };
    page->onLeave = [this] {
        if (!QFileInfo::exists(m_job->plan().finalPath))
            return true;
        QMessageBox question(QMessageBox::Question, windowTitle(),
            tr("%1 exists already. Replace it once the new backup is verified?").arg(m_job->plan().finalPath),
            QMessageBox::Yes | QMessageBox::No, this);
        question.setObjectName(QStringLiteral("overwriteQuestion"));
        question.setDefaultButton(QMessageBox::No);
        if (question.exec() != QMessageBox::Yes)
            return false;
        m_job->setOverwrite(true);
        return true;
    };
    return page;
}

void BackupWizard::prepareJob()
{
    m_prepared = false;
    m_tool->setText(tr("Checking the server and the installed PostgreSQL tools…"));
    m_commands->clear();
    m_job = std::make_unique<BackupJob>(m_profile, m_password, options());
    m_job->setDeepVerify(m_deepVerify->isChecked());
    m_job->setToolDirectory(m_toolFolder->text().trimmed());
    connect(m_job.get(), &BackupJob::prepared, this, [this] {
        m_prepared = true;
        QString text = tr("Server: PostgreSQL %1. Using %2 — %3")
                           .arg(m_job->serverVersion(), m_job->tool().program, m_job->tool().reason);
        if (!m_job->warning().isEmpty())
            text += QStringLiteral("\n\n⚠ ") + m_job->warning();
        m_tool->setText(text);
        m_commands->setPlainText(QStringLiteral("PGPASSWORD='***' ") + BackupCommand::commandLines(m_job->plan()));
        m_reviewPage->updateComplete();
    });
    connect(m_job.get(), &BackupJob::finished, this, [this](const BackupResult &result) {
        if (!m_prepared) {
            m_tool->setText(tr("Cannot back up: %1").arg(result.error.toString()));
            return;
        }
        switch (result.outcome) {
        case BackupResult::Outcome::Verified:
            QSettings().setValue(settingsKey(m_profile), QFileInfo(result.file).absolutePath());
            jobEnded(
                true, tr("Verified and saved as %1 (%2).").arg(result.file, QLocale().formattedDataSize(result.bytes)));
            break;
        case BackupResult::Outcome::Cancelled:
            jobEnded(false, tr("Cancelled. Nothing was kept."));
            break;
        case BackupResult::Outcome::Failed:
            jobEnded(false, tr("Failed, and nothing was kept: %1").arg(result.error.toString()));
            break;
        }
    });
    connect(m_job.get(), &BackupJob::logLine, this, [this](const QString &line) { progress()->appendLog(line); });
    connect(m_job.get(), &BackupJob::progressChanged, this,
        [this](const DumpProgress &progress) { this->progress()->showProgress(progress); });
    m_job->prepare();
}

void BackupWizard::copyScript()
{
    if (m_job && m_prepared)
        QGuiApplication::clipboard()->setText(BackupCommand::shellScript(m_job->plan()));
}

void BackupWizard::startJob()
{
    m_job->run();
}

void BackupWizard::cancelJob()
{
    if (m_job)
        m_job->cancel();
}

bool BackupWizard::jobRunning() const
{
    return m_job && m_prepared && m_job->isRunning();
}

void BackupWizard::dropJob()
{
    m_job.reset();
}
