#pragma once

#include <QList>
#include <QObject>
#include <QString>

// The user's choices from the Preferences dialog, kept in QSettings: each one's key, default and bounds in one
// place. Values are read from the settings each time (the dashboard's toolbar writes its interval there too) and
// clamped, so a hand-edited or stale file never reaches a widget out of range. Widgets follow changed().
class Preferences : public QObject
{
    Q_OBJECT
public:
    enum class Language { System, English, German };

    struct Values
    {
        QString gridFont; // QFont::toString(); empty: the application's font
        QString editorFont; // QFont::toString(); empty: the system's fixed-width font
        int tabWidth = 4;
        bool lineNumbers = true;
        bool autoCompletion = true; // the list opens while typing (Ctrl+Space works either way)
        int pageSize = 500; // rows the table browser reads at a time
        int dashboardIntervalMs = 2000;
        bool confirmCloseUnsaved = true; // a table's pending edits, a console's unsaved file (nothing is written)
        // Outside production only: production always asks (risky statements with the name typed).
        bool confirmUnfilteredWrites = true; // UPDATE/DELETE without a filter
        bool confirmSessionSignals = true; // cancelling or terminating another session
        Language language = Language::System; // read once, at start

        bool operator==(const Values &other) const = default;
    };

    static constexpr int MinTabWidth = 1;
    static constexpr int MaxTabWidth = 16;
    static constexpr int MinPageSize = 50;
    static constexpr int MaxPageSize = 10000;

    // settingsFile empty: the application's QSettings; otherwise that INI file (for tests).
    explicit Preferences(const QString &settingsFile = {}, QObject *parent = nullptr);
    // The application's instance that open windows follow; created on first use as a child of the application.
    static Preferences *shared();

    Values values() const;
    // Keeps the values (clamped) and emits changed() when they differ from what was kept.
    void setValues(const Values &values);

    static Values clamped(Values values);
    // What the dashboard offers, and the key its toolbar keeps the user's choice under.
    static QList<int> dashboardIntervalsMs();
    static QString dashboardIntervalKey();
    static QString languageCode(Language language); // "system", "en", "de"
    static Language languageFromCode(const QString &code); // System for anything unknown

Q_SIGNALS:
    void changed(const Preferences::Values &values);

private:
    QString m_file;
};
