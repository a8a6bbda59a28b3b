#include "application.h"
#include "commandline.h"
#include "unixsignalwatcher.h"
#include "version.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

namespace {

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("saytruth"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SayTruth"));
    QApplication::setApplicationName(QStringLiteral("saytruth-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("SayTruth Studio"));
    QApplication::setApplicationVersion(QStringLiteral(SAYTRUTH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("saytruth-studio"));
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
