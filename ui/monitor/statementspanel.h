#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class StatementsModel;
struct Error;

// The dashboard's statements table (pg_stat_statements, by total time), or, when the extension is missing
// or not loaded, a panel that says exactly what to change. Reset clears the statistics (confirmed).
class StatementsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatementsPanel(StatementsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLabel *unavailableLabel() const { return m_unavailable; }
    QPushButton *createExtensionButton() const { return m_create; }

Q_SIGNALS:
    void queryActivated(const QString &sql);
    void message(const QString &text, bool isError);

private:
    void updateAvailability();
    void askReset();

    StatementsModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_unavailable;
    QTableView *m_view;
    QLabel *m_info;
    QPushButton *m_reset;
    QPushButton *m_create;
};
