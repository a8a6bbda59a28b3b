#pragma once

#include "settings/preferences.h"

#include <QLocale>

class QCoreApplication;

// Which language the app speaks, and installing it: Qt's own translations and ours, compiled into the binary
// under :/i18n. The user's choice in the Preferences, else the system's languages; English (which has its own
// file, for its plurals) when none of those is translated.
namespace TranslationLoader {

QLocale localeFor(Preferences::Language language, const QLocale &system = QLocale::system());
// Installs the translators for locale on app (which owns them); the language loaded, e.g. "de" or "en".
QString install(QCoreApplication &app, const QLocale &locale);

} // namespace TranslationLoader
