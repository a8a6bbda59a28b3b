#include "jobwizard.h"

#include "jobprogresswidget.h"
#include "wizardpage.h"

#include <QVBoxLayout>

void JobWizard::addJobPage(const QString &title)
{
    m_page = new WizardPage(this);
    m_page->setTitle(title);
    m_progress = new JobProgressWidget(m_page);
    auto *layout = new QVBoxLayout(m_page);
    layout->addWidget(m_progress);
    connect(m_progress, &JobProgressWidget::cancelRequested, this, [this] { cancelJob(); });
    m_page->onEnter = [this] {
        startJob();
    };
    m_page->complete = [this] {
        return m_ended;
    };
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    addPage(m_page);
}

bool JobWizard::onJobPage() const
{
    return currentPage() == m_page;
}

void JobWizard::jobEnded(bool ok, const QString &text)
{
    m_ended = true;
    m_progress->showOutcome(ok, text);
    m_page->updateComplete();
    if (m_closeWhenStopped)
        QWizard::reject();
}

void JobWizard::reject()
{
    if (onJobPage() && jobRunning()) {
        m_closeWhenStopped = true;
        cancelJob();
        return;
    }
    dropJob();
    QWizard::reject();
}
