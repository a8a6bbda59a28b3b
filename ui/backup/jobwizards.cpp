#include "jobwizards.h"

#include "backupwizard.h"
#include "database/databaseconnection.h"
#include "restorewizard.h"

BackupWizard *JobWizards::openBackup(DatabaseConnection *connection, QWidget *parent)
{
    if (!connection || !connection->session()->isConnected())
        return nullptr;
    auto *wizard
        = new BackupWizard(connection->profile(), connection->password(), connection->catalog()->snapshot(), parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

RestoreWizard *JobWizards::openRestore(DatabaseConnection *connection, QWidget *parent)
{
    if (!connection || !connection->session()->isConnected())
        return nullptr;
    auto *wizard = new RestoreWizard(connection->profile(), connection->password(), parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}
