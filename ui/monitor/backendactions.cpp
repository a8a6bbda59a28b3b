#include "backendactions.h"

#include "settings/preferences.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace BackendActions {

static QString tr(const char *text)
{
    return QCoreApplication::translate("BackendActions", text);
}

static QString describe(const ActivityRow &row)
{
    QString text = tr("Session %1 of %2").arg(row.pid).arg(row.user.isEmpty() ? tr("an unknown role") : row.user);
    if (!row.application.isEmpty())
        text += tr(", application “%1”").arg(row.application);
    if (!row.client.isEmpty())
        text += tr(", client %1").arg(row.client);
    if (!row.state.isEmpty())
        text += QStringLiteral(", ") + row.state;
    return text;
}

bool confirmAndSend(
    QWidget *parent, SessionsModel *model, const ConnectionProfile &profile, int pid, SessionsModel::Signal signal)
{
    const ActivityRow *row = model->sessionOfPid(pid);
    if (!row || row->own)
        return false;
    // Production always asks; elsewhere the user may have said not to.
    if (!profile.isProduction() && !Preferences::shared()->values().confirmSessionSignals) {
        model->signalBackend(pid, signal);
        return true;
    }
    const bool cancel = signal == SessionsModel::Signal::Cancel;
    QString question = cancel ? tr("Cancel the query that session %1 runs now? The session stays connected; its "
                                   "transaction, if any, is rolled back.")
                                    .arg(pid)
                              : tr("Terminate session %1? Its connection is closed and any open transaction is "
                                   "rolled back.")
                                    .arg(pid);
    QMessageBox box(QMessageBox::Question, cancel ? tr("Cancel query") : tr("Terminate session"), question,
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("backendActionQuestion"));
    if (profile.isProduction()) {
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("This is the PRODUCTION database %1.").arg(profile.displayTarget()) + QStringLiteral("\n\n")
            + describe(*row) + QStringLiteral("\n\n") + question);
    }
    if (!row->query.isEmpty())
        box.setDetailedText(row->query);
    QPushButton *yes = box.addButton(cancel ? tr("Cancel query") : tr("Terminate session"), QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(tr("Keep it running"), QMessageBox::RejectRole);
    box.setDefaultButton(profile.isProduction() ? no : yes);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    model->signalBackend(pid, signal);
    return true;
}

} // namespace BackendActions
