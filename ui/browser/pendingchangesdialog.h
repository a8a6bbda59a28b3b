#pragma once

#include "table/pendingchanges.h"

#include <QDialog>

class QLineEdit;

// Shows what Save will do before it does it: each change with its before and after values and the script
// that will run, as the model gives it (TableDataModel::saveScript). On production it also asks for the
// reason kept in the audit log.
class PendingChangesDialog : public QDialog
{
    Q_OBJECT
public:
    PendingChangesDialog(
        const QList<PendingChange> &changes, const QString &script, bool askReason, QWidget *parent = nullptr);
    QString reason() const;

private:
    QLineEdit *m_reason = nullptr;
};
