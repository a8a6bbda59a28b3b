#pragma once

#include "backup/backupplan.h"
#include "catalog/catalogtypes.h"
#include "connection/connectionprofile.h"

#include "jobwizard.h"

#include <memory>

class BackupJob;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTreeWidget;
class WizardPage;

// Backing up the connected database in four steps: what (whole database, chosen schemas or tables; schema,
// data or both; owners and privileges), how (format, compression, jobs, file name: <database>-YYYYMMDD-HHMM
// in the last folder used for this profile), review (the pg_dump chosen and why, the exact commands, copyable
// as a shell script), and the run (progress, log, cancel, and the verified result). The engine is BackupJob;
// this class only collects choices and shows what the job says.
class BackupWizard : public JobWizard
{
    Q_OBJECT
public:
    BackupWizard(const ConnectionProfile &profile, const QString &password,
        std::shared_ptr<const CatalogSnapshot> catalog, QWidget *parent = nullptr);
    ~BackupWizard() override;

    BackupOptions options() const;
    // The folder offered first: the last one used for this profile, or the home folder.
    static QString lastFolder(const ConnectionProfile &profile);

protected:
    void startJob() override;
    void cancelJob() override;
    bool jobRunning() const override;
    void dropJob() override;

private:
    WizardPage *createScopePage();
    WizardPage *createFormatPage();
    WizardPage *createReviewPage();
    void formatChanged();
    void chooseFile();
    void prepareJob();
    void copyScript();

    ConnectionProfile m_profile;
    QString m_password;
    std::shared_ptr<const CatalogSnapshot> m_catalog;
    std::unique_ptr<BackupJob> m_job;
    bool m_prepared = false;

    QRadioButton *m_whole = nullptr;
    QTreeWidget *m_objects = nullptr;
    QComboBox *m_content = nullptr;
    QCheckBox *m_noOwner = nullptr;
    QCheckBox *m_noPrivileges = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_level = nullptr;
    QSpinBox *m_jobs = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_formatNote = nullptr;
    QCheckBox *m_deepVerify = nullptr;
    QLineEdit *m_toolFolder = nullptr;
    QLabel *m_tool = nullptr;
    QPlainTextEdit *m_commands = nullptr;
    WizardPage *m_reviewPage = nullptr;
};
