#pragma once

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QTimer>

class QProcess;

// One `kubectl port-forward` process: 127.0.0.1 only, to one pod port, on a chosen local port or (0) one
// kubectl picks, read back from its "Forwarding from 127.0.0.1:<port>" line. Reports the failures kubectl
// shows — exiting, "lost connection to pod", "an error occurred forwarding" — with kubectl's last words.
// Restarting is the supervisor's business (KubeForward); this class only runs one process.
class PortForward : public QObject
{
    Q_OBJECT
public:
    PortForward(const QString &program, const QStringList &globalArguments, const QProcessEnvironment &environment,
        QObject *parent = nullptr);
    ~PortForward() override;

    void start(const QString &ns, const QString &pod, int podPort, int localPort);
    void stop(); // ends kubectl; no signal follows
    bool isRunning() const;
    int localPort() const { return m_localPort; }
    QString lastWords() const { return m_lastWords; }
    qint64 processId() const;

Q_SIGNALS:
    void ready(int localPort);
    void failed(const QString &lastWords); // once per start

private:
    void readOutput();
    void readErrors();
    void fail(const QString &words);

    QString m_program;
    QTimer m_readyTimer; // until "Forwarding from"
    QStringList m_globalArguments;
    QProcessEnvironment m_environment;
    QProcess *m_process = nullptr;
    int m_localPort = 0;
    bool m_ready = false;
    bool m_failed = false;
    QString m_lastWords;
    QByteArray m_outputBuffer;
    QByteArray m_errorBuffer;
};
