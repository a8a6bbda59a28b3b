#pragma once

#include "connection/connectionprofile.h"

#include "jobwizard.h"

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class RestoreJob;
struct RestoreOptions;
class WizardPage;

// Restoring a backup file into the connected server in three steps: the file and the target (the connected
// database, or a new one created for it) with the options; the check (the format read from the content,
// every byte read once, what the file holds, psql commands found in plain SQL, the tool chosen, a warning for
// a database that already holds tables, and for production the database name typed to confirm); and the run.
class RestoreWizard : public JobWizard
{
    Q_OBJECT
public:
    RestoreWizard(const ConnectionProfile &profile, const QString &password, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    RestoreOptions options() const;
    ConnectionProfile target() const;
    void setPath(const QString &path); // for the command line and tests: the file chosen

protected:
    void startJob() override;
    void cancelJob() override;
    bool jobRunning() const override;
    void dropJob() override;

private:
    WizardPage *createSourcePage();
    WizardPage *createCheckPage();
    void prepareJob();

    ConnectionProfile m_profile;
    QString m_password;
    std::unique_ptr<RestoreJob> m_job;
    bool m_prepared = false;

    QLineEdit *m_path = nullptr;
    QRadioButton *m_intoCurrent = nullptr;
    QLineEdit *m_newDatabase = nullptr;
    QCheckBox *m_clean = nullptr;
    QCheckBox *m_single = nullptr;
    QCheckBox *m_stopOnError = nullptr;
    QCheckBox *m_dataOnly = nullptr;
    QCheckBox *m_noOwner = nullptr;
    QCheckBox *m_noPrivileges = nullptr;
    QSpinBox *m_jobs = nullptr;
    QLineEdit *m_toolFolder = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_contents = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    WizardPage *m_checkPage = nullptr;
};
