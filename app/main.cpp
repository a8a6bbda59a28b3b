#include "application.h"
#include "backup/archivepacker.h"
#include "backup/copydatasizes.h"
#include "commandline.h"
#include "jobcommand.h"
#include "translationloader.h"
#include "unixsignalwatcher.h"
#include "version.h"

#include <QApplication>
#include <cstdio>
#include <cstring>
#include <optional>

namespace {

// The language chosen in the Preferences (read once: a new choice takes effect on the next start).
void installTranslations(QCoreApplication &app)
{
    TranslationLoader::install(app, TranslationLoader::localeFor(Preferences().values().language));
}

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SayTruth"));
    QCoreApplication::setApplicationName(QStringLiteral("saytruth-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAYTRUTH_VERSION));
}

// "saytruth-studio backup …" and "restore …": no window, no display needed (cron, ssh, CI).
int runJob(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setNames();
    installTranslations(app);
    const JobCommand::Parsed parsed = JobCommand::parse(QCoreApplication::arguments());
    switch (parsed.status) {
    case JobCommand::Status::ShowHelp:
        std::printf("%s\n", qPrintable(parsed.text));
        return 0;
    case JobCommand::Status::Error:
        std::fprintf(stderr, "saytruth-studio: %s\nTry saytruth-studio %s --help.\n", qPrintable(parsed.text), argv[1]);
        return 2;
    case JobCommand::Status::Run:
        break;
    }
    return JobCommand::run(parsed.request);
}

// --help and --version need no display (ssh, a package check): answered before the window system is touched.
// Anything else, a mistake included, is left to the parse under QApplication, which removes Qt's own options
// (-platform, -style) first.
std::optional<int> answerWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setNames();
    installTranslations(app);
    const CommandLine::Result parsed = CommandLine::parse(QCoreApplication::arguments());
    if (parsed.status != CommandLine::Status::ShowHelp && parsed.status != CommandLine::Status::ShowVersion)
        return std::nullopt;
    std::printf("%s\n", qPrintable(parsed.text));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The default backup's last stage (pg_dump | saytruth-studio pack-archive --zstd=1 --output=FILE): nothing
    // but a pipe and a file, started once per backup, so it starts before Qt does.
    if (argc > 1 && std::strcmp(argv[1], "pack-archive") == 0)
        return ArchivePacker::command(argc, argv);
    // The restore's check: pg_restore --file=- | saytruth-studio copy-sizes --report=FILE (rows and bytes of
    // every table the backup holds, whatever its format).
    if (argc > 1 && std::strcmp(argv[1], "copy-sizes") == 0)
        return CopyDataSizes::command(argc, argv);
    if (argc > 1 && JobCommand::isJobCommand({QString(), QString::fromLocal8Bit(argv[1])}))
        return runJob(argc, argv);
    if (argc > 1) {
        if (const std::optional<int> answered = answerWithoutDisplay(argc, argv))
            return *answered;
    }
    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("SayTruth Studio"));
    // Wayland's app_id and the dock's match with the installed org.saytruth.Studio.desktop (its StartupWMClass is
    // the X11 class, which Qt takes from the application name).
    QApplication::setDesktopFileName(QStringLiteral(SAYTRUTH_APP_ID));
    installTranslations(app);

    const CommandLine::Result parsed = CommandLine::parse(QApplication::arguments());
    switch (parsed.status) {
    case CommandLine::Status::ShowHelp:
    case CommandLine::Status::ShowVersion:
        std::printf("%s\n", qPrintable(parsed.text));
        return 0;
    case CommandLine::Status::Error:
        std::fprintf(stderr, "saytruth-studio: %s\nTry saytruth-studio --help.\n", qPrintable(parsed.text));
        return 2;
    case CommandLine::Status::Run:
        break;
    }
    UnixSignalWatcher signals_;
    QObject::connect(&signals_, &UnixSignalWatcher::terminationRequested, &app, &QApplication::quit);
    Application application(parsed.options);
    application.start();
    return app.exec();
}
