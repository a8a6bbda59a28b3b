#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"
#include "monitor/refreshcadence.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <memory>

class BlockingTreeModel;
class DatabaseConnection;
class HeaderFigures;
class MonitorSampler;
class QComboBox;
class KubePanel;
class ReplicationModel;
class ReplicationPanel;
class QLabel;
class QTabWidget;
class QToolButton;
class Session;
class SessionsModel;
class SessionsPanel;
class StatementsModel;
class StoragePanel;
class TableMaintenance;
class TableSizesModel;
class TrendChart;
struct MonitorSample;

// The monitoring dashboard of one connection: header figures, charts of the last minutes, sessions,
// blocking, statements, tables and replication, on a Session of its own. Polls every interval (2 s by default)
// and never lets refreshes overlap; statements are read at a slower cadence (15 s by default), sizes on
// request, replication while its panel is shown. Both cadences are the user's choice on the toolbar, kept in
// QSettings. Polling stops while the tab is not visible or its window is minimised, and resumes by itself.
// When a refresh takes (or has been running for) more than a fifth of the interval, the interval backs off
// and says so.
class DashboardTab : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardTab(DatabaseConnection *connection, QWidget *parent = nullptr);
    ~DashboardTab() override;

    Session *session() const { return m_session.get(); }
    MonitorSampler *sampler() const { return m_sampler; }
    SessionsModel *sessionsModel() const { return m_sessions; }
    BlockingTreeModel *blockingModel() const { return m_blocking; }
    StatementsModel *statementsModel() const { return m_statements; }
    TableSizesModel *tableSizesModel() const { return m_tableSizes; }
    QTabWidget *panels() const { return m_panels; }
    TableMaintenance *maintenance() const { return m_maintenance; }
    KubePanel *kubePanel() const { return m_kubePanel; } // nullptr unless connected through Kubernetes
    HeaderFigures *figures() const { return m_figures; }
    SessionsPanel *sessionsPanel() const { return m_sessionsPanel; }
    ReplicationModel *replicationModel() const { return m_replication; }
    ReplicationPanel *replicationPanel() const { return m_replicationPanel; }

    void setInterval(int milliseconds);
    int interval() const { return m_cadence.chosen(); }
    const RefreshCadence &cadence() const { return m_cadence; }
    // How often the statements are read while polling (15 s by default).
    void setStatementsInterval(int milliseconds);
    int statementsInterval() const { return m_statementsEveryMs; }
    // The status line: the last refresh's cost, and when it is slow, the interval it backed off to.
    QString statusText() const;
    void setPaused(bool paused);
    // The timer runs: the tab is shown, its window not minimised, and the user has not paused it.
    bool isPolling() const { return m_timer.isActive(); }

Q_SIGNALS:
    void openInConsole(const QString &sql);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createCharts();
    void updatePolling();
    void tick();
    void onSampled(const MonitorSample &sample);
    void onFailed(const Error &error);
    void recordDuration(qint64 elapsedMs, const QString &status);
    void restoreSettings();
    void refreshShownPanel();
    void showMessage(const QString &text, bool isError);

    ConnectionProfile m_profile;
    std::unique_ptr<Session> m_session;
    MonitorSampler *m_sampler = nullptr;
    SessionsModel *m_sessions = nullptr;
    BlockingTreeModel *m_blocking = nullptr;
    StatementsModel *m_statements = nullptr;
    TableSizesModel *m_tableSizes = nullptr;
    TableMaintenance *m_maintenance = nullptr;
    KubePanel *m_kubePanel = nullptr;
    HeaderFigures *m_figures = nullptr;
    QList<TrendChart *> m_charts;
    QTabWidget *m_panels = nullptr;
    SessionsPanel *m_sessionsPanel = nullptr;
    ReplicationModel *m_replication = nullptr;
    ReplicationPanel *m_replicationPanel = nullptr;
    QComboBox *m_intervalBox = nullptr;
    QComboBox *m_statementsBox = nullptr;
    QToolButton *m_pause = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QTimer m_timer;
    QObject *m_watchedWindow = nullptr;
    RefreshCadence m_cadence;
    bool m_paused = false;
    int m_ticks = 0;
    bool m_statementsRead = false;
    int m_statementsEveryMs = 15000;
    QElapsedTimer m_statementsAge; // since the last statements refresh started
};
