#pragma once

#include "table/pendingchanges.h"

#include <QDialog>

class QLineEdit;

// Shows what Save will do before it does it: each change with its before and after values and the SQL
// that will run (values bound, shown beside it). On production it also asks for the reason kept in the
// audit log.
class PendingChangesDialog : public QDialog
{
    Q_OBJECT
public:
    PendingChangesDialog(const QList<PendingChange> &changes, bool askReason, QWidget *parent = nullptr);
    QString reason() const;

private:
    QLineEdit *m_reason = nullptr;
};
