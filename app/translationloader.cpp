#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace TranslationLoader {

QLocale localeFor(Preferences::Language language, const QLocale &system)
{
    switch (language) {
    case Preferences::Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Preferences::Language::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case Preferences::Language::System:
        break;
    }
    return system;
}

QString install(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    const QString prefix = QStringLiteral("saytruth");
    const QString separator = QStringLiteral("_");
    const QString directory = QStringLiteral(":/i18n");
    auto *own = new QTranslator(&app);
    if (!own->load(locale, prefix, separator, directory)
        && !own->load(QLocale(QLocale::English, QLocale::UnitedStates), prefix, separator, directory)) {
        delete own;
        return {};
    }
    app.installTranslator(own);
    return own->language();
}

} // namespace TranslationLoader
