#include "serveruser.h"

#include <QDir>
#include <QFileInfo>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

ServerUser ServerUser::forCurrentProcess()
{
    ServerUser user;
    user.m_uid = geteuid();
    user.m_gid = getegid();
    if (const passwd *self = getpwuid(user.m_uid))
        user.m_name = QString::fromLocal8Bit(self->pw_name);
    if (user.m_uid != 0)
        return user;
    for (const char *candidate : {"postgres", "nobody"}) {
        if (const passwd *pw = getpwnam(candidate)) {
            user.m_name = QString::fromLatin1(candidate);
            user.m_uid = pw->pw_uid;
            user.m_gid = pw->pw_gid;
            user.m_switched = true;
            break;
        }
    }
    return user;
}

void ServerUser::applyTo(QProcess &process) const
{
    if (!m_switched)
        return;
    const uid_t uid = m_uid;
    const gid_t gid = m_gid;
    // Runs in the forked child before exec: only async-signal-safe calls here.
    process.setChildProcessModifier([uid, gid] {
        if (setgroups(0, nullptr) != 0 || setgid(gid) != 0 || setuid(uid) != 0)
            _exit(126);
    });
}

bool ServerUser::takeOwnership(const QString &path) const
{
    if (!m_switched)
        return true;
    return chown(QFile::encodeName(path).constData(), m_uid, m_gid) == 0;
}

bool ServerUser::canReach(const QString &path, QString *blockingDirectory) const
{
    if (!m_switched)
        return true;
    // Walk the parents by name: they need not exist yet below the first existing one.
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (;;) {
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
        struct stat st
        {
        };
        if (stat(QFile::encodeName(current).constData(), &st) != 0)
            continue;
        const bool traversable = (st.st_uid == m_uid && (st.st_mode & S_IXUSR))
            || (st.st_gid == m_gid && (st.st_mode & S_IXGRP)) || (st.st_mode & S_IXOTH);
        if (!traversable) {
            if (blockingDirectory)
                *blockingDirectory = current;
            return false;
        }
    }
    return true;
}
