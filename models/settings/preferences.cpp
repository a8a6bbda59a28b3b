#include "preferences.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <memory>

namespace {

const QString GridFontKey = QStringLiteral("preferences/gridFont");
const QString EditorFontKey = QStringLiteral("preferences/editorFont");
const QString TabWidthKey = QStringLiteral("preferences/tabWidth");
const QString LineNumbersKey = QStringLiteral("preferences/lineNumbers");
const QString AutoCompletionKey = QStringLiteral("preferences/autoCompletion");
const QString PageSizeKey = QStringLiteral("preferences/pageSize");
const QString ConfirmCloseKey = QStringLiteral("preferences/confirmCloseUnsaved");
const QString ConfirmWritesKey = QStringLiteral("preferences/confirmUnfilteredWrites");
const QString ConfirmSignalsKey = QStringLiteral("preferences/confirmSessionSignals");
const QString LanguageKey = QStringLiteral("preferences/language");

std::unique_ptr<QSettings> open(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

// A number that is not one (a hand-edited file) is the default, not 0.
int readInt(const QSettings &settings, const QString &key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? value : fallback;
}

bool readBool(const QSettings &settings, const QString &key, bool fallback)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return fallback;
}

} // namespace

Preferences::Preferences(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_file(settingsFile)
{ }

Preferences *Preferences::shared()
{
    static QPointer<Preferences> instance;
    if (!instance)
        instance = new Preferences({}, QCoreApplication::instance());
    return instance;
}

Preferences::Values Preferences::values() const
{
    const std::unique_ptr<QSettings> settings = open(m_file);
    const Values defaults;
    Values values;
    values.gridFont = settings->value(GridFontKey).toString();
    values.editorFont = settings->value(EditorFontKey).toString();
    values.tabWidth = readInt(*settings, TabWidthKey, defaults.tabWidth);
    values.lineNumbers = readBool(*settings, LineNumbersKey, defaults.lineNumbers);
    values.autoCompletion = readBool(*settings, AutoCompletionKey, defaults.autoCompletion);
    values.pageSize = readInt(*settings, PageSizeKey, defaults.pageSize);
    values.dashboardIntervalMs = readInt(*settings, dashboardIntervalKey(), defaults.dashboardIntervalMs);
    values.confirmCloseUnsaved = readBool(*settings, ConfirmCloseKey, defaults.confirmCloseUnsaved);
    values.confirmUnfilteredWrites = readBool(*settings, ConfirmWritesKey, defaults.confirmUnfilteredWrites);
    values.confirmSessionSignals = readBool(*settings, ConfirmSignalsKey, defaults.confirmSessionSignals);
    values.language = languageFromCode(settings->value(LanguageKey).toString());
    return clamped(values);
}

void Preferences::setValues(const Values &wanted)
{
    const Values values = clamped(wanted);
    const Values before = this->values();
    {
        const std::unique_ptr<QSettings> settings = open(m_file);
        settings->setValue(GridFontKey, values.gridFont);
        settings->setValue(EditorFontKey, values.editorFont);
        settings->setValue(TabWidthKey, values.tabWidth);
        settings->setValue(LineNumbersKey, values.lineNumbers);
        settings->setValue(AutoCompletionKey, values.autoCompletion);
        settings->setValue(PageSizeKey, values.pageSize);
        settings->setValue(dashboardIntervalKey(), values.dashboardIntervalMs);
        settings->setValue(ConfirmCloseKey, values.confirmCloseUnsaved);
        settings->setValue(ConfirmWritesKey, values.confirmUnfilteredWrites);
        settings->setValue(ConfirmSignalsKey, values.confirmSessionSignals);
        settings->setValue(LanguageKey, languageCode(values.language));
    }
    if (values != before)
        Q_EMIT changed(values);
}

Preferences::Values Preferences::clamped(Values values)
{
    values.gridFont = values.gridFont.trimmed();
    values.editorFont = values.editorFont.trimmed();
    values.tabWidth = qBound(MinTabWidth, values.tabWidth, MaxTabWidth);
    values.pageSize = qBound(MinPageSize, values.pageSize, MaxPageSize);
    // The nearest of the dashboard's own choices, so its toolbar can show it.
    const QList<int> intervals = dashboardIntervalsMs();
    int nearest = intervals.first();
    for (int interval : intervals) {
        if (qAbs(qint64(interval) - values.dashboardIntervalMs) < qAbs(qint64(nearest) - values.dashboardIntervalMs))
            nearest = interval;
    }
    values.dashboardIntervalMs = nearest;
    return values;
}

QList<int> Preferences::dashboardIntervalsMs()
{
    return {1000, 2000, 5000, 10000, 30000, 60000};
}

QString Preferences::dashboardIntervalKey()
{
    return QStringLiteral("dashboard/refreshIntervalMs");
}

QString Preferences::languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::German:
        return QStringLiteral("de");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences::Language Preferences::languageFromCode(const QString &code)
{
    if (code == QLatin1String("en"))
        return Language::English;
    if (code == QLatin1String("de"))
        return Language::German;
    return Language::System;
}
