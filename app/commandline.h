#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the user asked for on the command line:
//   saytruth-studio [URI | --profile NAME | --demo [--demo-reset] [--demo-scale N]] [--table NAME] [--dashboard]
struct CommandLineOptions
{
    enum class Mode { Default, Demo, Uri, Profile };
    Mode mode = Mode::Default; // Default: reopen the last profile, or show the connection dialog
    QString uri;
    QString profileName;
    QString table;
    bool dashboard = false; // open the monitoring dashboard once connected
    bool demoReset = false;
    int demoScale = 1;
    QString demoDirectory; // empty: LocalCluster::defaultDemoDirectory()
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Status { Run, ShowHelp, ShowVersion, Error };
    struct Result
    {
        Status status = Status::Run;
        CommandLineOptions options;
        QString text; // help or version text, or the error in words
    };

    // arguments includes the program name first, as QCoreApplication::arguments() gives it.
    static Result parse(const QStringList &arguments);
};
