#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Writes JSON values as block-style YAML (Kubernetes manifests), quoting every string that a YAML 1.1 or 1.2
// reader would take for something else (a number, a boolean, null, an alias, a comment, a mapping key).
// Multi-line strings become literal blocks ("|"), so shell scripts stay readable.
class YamlWriter
{
public:
    static QString write(const QJsonObject &object);
    // A string as one YAML scalar on one line: plain when that reads back as the same string, else
    // double-quoted.
    static QString scalar(const QString &text);
    // Whether text would read back as the same string when written plain.
    static bool isSafePlain(const QString &text);
};
