#pragma once

#include <QWizard>

class JobProgressWidget;
class WizardPage;

// What the backup and restore wizards share: a last page that runs the job with progress, log and Cancel,
// is complete once the job has ended, and a close that cancels a running job first and closes once it has
// stopped (never leaving a child process or a partial file behind).
class JobWizard : public QWizard
{
    Q_OBJECT
public:
    using QWizard::QWizard;
    void reject() override;

protected:
    // Adds the last page; call from the subclass's constructor after its own pages.
    void addJobPage(const QString &title);
    // The job ended: show the outcome, allow Finish, and close if the user asked to while it ran.
    void jobEnded(bool ok, const QString &text);
    JobProgressWidget *progress() const { return m_progress; }
    bool onJobPage() const;

    virtual void startJob() = 0;
    virtual void cancelJob() = 0;
    virtual bool jobRunning() const = 0;
    virtual void dropJob() = 0; // delete the job (and with it any child process)

private:
    JobProgressWidget *m_progress = nullptr;
    WizardPage *m_page = nullptr;
    bool m_ended = false;
    bool m_closeWhenStopped = false;
};
