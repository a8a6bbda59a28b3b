#pragma once

#include <QWizardPage>
#include <functional>

// A wizard page whose behaviour the wizard gives it as functions, so that one wizard class holds the flow
// (which job runs when, what is complete) instead of a subclass per page.
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

    std::function<void()> onEnter; // initializePage()
    std::function<bool()> complete; // isComplete(); unset: the default (mandatory fields)
    std::function<bool()> onLeave; // validatePage() when going forward; false stays on the page

    void initializePage() override
    {
        if (onEnter)
            onEnter();
    }
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return onLeave ? onLeave() : true; }
    // Tell the wizard that complete() may answer differently now.
    void updateComplete() { Q_EMIT completeChanged(); }
};
