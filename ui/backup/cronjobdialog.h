#pragma once

#include "backup/backupplan.h"
#include "backup/cronjobmanifest.h"
#include "connection/connectionprofile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Scheduling the chosen backup the seed's way: a Kubernetes CronJob (CronJobManifest) for kubectl apply -f,
// its credentials taken from the cluster's Secret by reference. Shows the manifest as it is edited; saves or
// copies it.
class CronJobDialog : public QDialog
{
    Q_OBJECT
public:
    CronJobDialog(
        const ConnectionProfile &profile, const BackupOptions &options, int serverMajor, QWidget *parent = nullptr);

    QString yaml() const; // empty while the choices are not valid

private:
    CronJobSpec spec() const;
    void update();
    void save();

    ConnectionProfile m_profile;
    BackupOptions m_options;
    int m_serverMajor;
    QComboBox *m_namespace = nullptr;
    QLineEdit *m_schedule = nullptr;
    QSpinBox *m_keep = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_claim = nullptr;
    QLabel *m_error = nullptr;
    QPlainTextEdit *m_preview = nullptr;
};
