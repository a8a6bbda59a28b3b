#include "commandline.h"

#include <QCommandLineParser>

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("SayTruth Studio: a desktop client for the SayTruth PostgreSQL database."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"), tr("Connect with the saved profile <name>."), tr("name"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), tr("Start on the built-in demo database (a private PostgreSQL server)."));
    const QCommandLineOption demoReset(
        QStringLiteral("demo-reset"), tr("Delete the demo database and create it anew (implies --demo)."));
    const QCommandLineOption demoScale(QStringLiteral("demo-scale"),
        tr("Demo data size when it is created: <n> × (1,000 users, 20,000 messages). Default 1."), tr("n"),
        QStringLiteral("1"));
    const QCommandLineOption demoDir(
        QStringLiteral("demo-dir"), tr("Keep the demo database in <directory>."), tr("directory"));
    const QCommandLineOption table(QStringLiteral("table"), tr("Open the table <name> once connected."), tr("name"));
    const QCommandLineOption dashboard(
        QStringLiteral("dashboard"), tr("Open the monitoring dashboard once connected (e.g. for a second screen)."));
    parser.addOptions({profile, demo, demoReset, demoScale, demoDir, table, dashboard});
    parser.addPositionalArgument(QStringLiteral("uri"),
        tr("A postgresql:// connection string to connect to, or a Kubernetes address:\n"
           "k8s://[context@]namespace/[svc/|pod/]name[:port]/[database][?secret=name&user-key=k&password-key=k&"
           "user=u&sslmode=m&kubeconfig=file&kind=production|development]\n"
           "(a port-forward run by the app; credentials from the Secret, default postgres-secret)."),
        QStringLiteral("[URI]"));

    Result result;
    if (!parser.parse(arguments)) {
        result.status = Status::Error;
        result.text = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.status = Status::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.status = Status::ShowVersion;
        result.text
            = QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
        return result;
    }
    CommandLineOptions &options = result.options;
    const QStringList positional = parser.positionalArguments();
    const bool wantsDemo
        = parser.isSet(demo) || parser.isSet(demoReset) || parser.isSet(demoScale) || parser.isSet(demoDir);
    const int choices = int(!positional.isEmpty()) + int(parser.isSet(profile)) + int(wantsDemo);
    if (positional.size() > 1 || choices > 1) {
        result.status = Status::Error;
        result.text = tr("Give one of a connection URI, --profile or --demo, not several.");
        return result;
    }
    bool scaleOk = false;
    options.demoScale = parser.value(demoScale).toInt(&scaleOk);
    if (!scaleOk || options.demoScale < 1 || options.demoScale > 10000) {
        result.status = Status::Error;
        result.text = tr("--demo-scale takes a whole number from 1 to 10000.");
        return result;
    }
    if (!positional.isEmpty()) {
        options.mode = CommandLineOptions::Mode::Uri;
        options.uri = positional.first();
    } else if (parser.isSet(profile)) {
        options.mode = CommandLineOptions::Mode::Profile;
        options.profileName = parser.value(profile);
    } else if (wantsDemo) {
        options.mode = CommandLineOptions::Mode::Demo;
    }
    options.demoReset = parser.isSet(demoReset);
    options.demoDirectory = parser.value(demoDir);
    options.table = parser.value(table);
    options.dashboard = parser.isSet(dashboard);
    return result;
}
