#pragma once

#include "commandline.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>

class CredentialStore;
class DemoDatabase;
class MainWindow;
class ProfileStore;

// Wires the pieces together for one run of the app: stores, the main window, demo mode, and what the
// command line asked for. Holds no logic of its own beyond that.
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(const CommandLineOptions &options, QObject *parent = nullptr);
    ~Application() override;

    void start();
    MainWindow *mainWindow() const { return m_window.get(); }
    DemoDatabase *demo() const { return m_demo.get(); }

private:
    // Starts the demo database (once for the run) and connects window to it.
    void startDemo(MainWindow *window);
    void connectFromUri();
    void connectFromProfile(const QString &name);
    void reportReady();

    CommandLineOptions m_options;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DemoDatabase> m_demo;
    QElapsedTimer m_clock;
};
