#include "passwordfile.h"

#include <QDir>

PasswordFile::PasswordFile(const QString &password)
{
    if (password.isEmpty())
        return;
    // XDG_RUNTIME_DIR is private to the user and in memory on systemd machines; /tmp otherwise.
    QString directory = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (directory.isEmpty() || !QDir(directory).exists())
        directory = QDir::tempPath();
    m_file = std::make_unique<QTemporaryFile>(QDir(directory).filePath(QStringLiteral("saytruth-pgpass-XXXXXX")));
    // QTemporaryFile creates the file with mode 0600 before anything is written to it.
    if (!m_file->open()) {
        m_ok = false;
        m_error = m_file->errorString();
        return;
    }
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = QStringLiteral("*:*:*:*:%1\n").arg(escape(password)).toUtf8();
    if (m_file->write(line) != line.size() || !m_file->flush()) {
        m_ok = false;
        m_error = m_file->errorString();
    }
}

PasswordFile::~PasswordFile() = default; // QTemporaryFile removes the file

QProcessEnvironment PasswordFile::apply(QProcessEnvironment environment) const
{
    if (m_file) {
        environment.remove(QStringLiteral("PGPASSWORD"));
        environment.insert(QStringLiteral("PGPASSFILE"), m_file->fileName());
    }
    return environment;
}

QString PasswordFile::escape(const QString &field)
{
    QString escaped = field;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return escaped;
}
