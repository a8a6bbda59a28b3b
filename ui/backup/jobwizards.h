#pragma once

class BackupWizard;
class DatabaseConnection;
class RestoreWizard;
class QWidget;

// Opens the backup or restore wizard for the connection (modeless; it deletes itself when closed, and a job
// still running is cancelled and cleaned up first). Null when there is no open connection.
namespace JobWizards {
BackupWizard *openBackup(DatabaseConnection *connection, QWidget *parent);
RestoreWizard *openRestore(DatabaseConnection *connection, QWidget *parent);
} // namespace JobWizards
