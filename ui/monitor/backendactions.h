#pragma once

#include "connection/connectionprofile.h"
#include "monitor/sessionsmodel.h"

class QWidget;

// Cancel query and Terminate session as the user asks for them: confirmed first (on a production profile
// the question names the session: pid, user, application, client and what it runs, and No is the
// default), then handed to the model's verb. The dashboard's own session is never offered.
namespace BackendActions {

// Asks, and on yes calls model->signalBackend(pid, signal); false when nothing was sent.
bool confirmAndSend(
    QWidget *parent, SessionsModel *model, const ConnectionProfile &profile, int pid, SessionsModel::Signal signal);

} // namespace BackendActions
