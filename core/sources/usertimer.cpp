#include "sources/usertimer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::UserTimer", text);
}

// systemd's quoting of one ExecStart argument.
QString systemdQuoted(const QString &arg)
{
    QString s = arg;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    s.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString shellQuoted(const QString &arg)
{
    QString s = arg;
    s.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    s.replace(QLatin1Char('%'),
              QStringLiteral("\\%")); // cron reads % as a new line
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

bool writeFile(const QString &path, const QString &text, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *errorMessage = QCoreApplication::translate("Needle::UserTimer", "Cannot write %1: %2")
                            .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

UserTimer::UserTimer(const QString &workspacePath, const QString &needleProgram,
                     qint64 everySeconds)
    : m_workspace(QFileInfo(workspacePath).absoluteFilePath()),
      m_program(QFileInfo(needleProgram).absoluteFilePath()), m_every(everySeconds)
{}

QString UserTimer::unitName() const
{
    const QByteArray hash =
        QCryptographicHash::hash(m_workspace.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QStringLiteral("needle-run-due-") + QString::fromLatin1(hash);
}

QString UserTimer::onCalendar() const
{
    const qint64 minutes = m_every / 60;
    if (minutes < 60)
        return QStringLiteral("*:0/%1").arg(qMax<qint64>(1, minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return hours == 1 ? QStringLiteral("hourly") : QStringLiteral("0/%1:00").arg(hours);
    return hours < 24 * 7 ? QStringLiteral("daily") : QStringLiteral("weekly");
}

QString UserTimer::serviceText() const
{
    return QStringLiteral("[Unit]\n"
                          "Description=Needle: run the due refreshes and exports of %1\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%2 run-due %3\n")
        .arg(m_workspace, systemdQuoted(m_program), systemdQuoted(m_workspace));
}

QString UserTimer::timerText() const
{
    return QStringLiteral("[Unit]\n"
                          "Description=Needle: run-due for %1\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=%2\n"
                          "Persistent=true\n"
                          "RandomizedDelaySec=30\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(m_workspace, onCalendar());
}

QString UserTimer::crontabLine() const
{
    const qint64 minutes = qMax<qint64>(1, m_every / 60);
    QString when;
    if (minutes < 60)
        when = QStringLiteral("*/%1 * * * *").arg(minutes);
    else if (minutes < 24 * 60)
        when = QStringLiteral("0 */%1 * * *").arg(minutes / 60);
    else if (minutes < 7 * 24 * 60)
        when = QStringLiteral("0 0 * * *");
    else
        when = QStringLiteral("0 0 * * 1");
    return QStringLiteral("%1 %2 run-due %3")
        .arg(when, shellQuoted(m_program), shellQuoted(m_workspace));
}

QString UserTimer::unitFolder()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/systemd/user");
}

bool UserTimer::install(QStringList *written, QString *errorMessage) const
{
    const QString folder = unitFolder();
    if (!QDir().mkpath(folder)) {
        *errorMessage = tr("Cannot create the folder %1.").arg(folder);
        return false;
    }
    const QString base = QDir(folder).filePath(unitName());
    if (!writeFile(base + QStringLiteral(".service"), serviceText(), errorMessage)
        || !writeFile(base + QStringLiteral(".timer"), timerText(), errorMessage))
        return false;
    *written << base + QStringLiteral(".service") << base + QStringLiteral(".timer");
    return true;
}

bool UserTimer::remove(QStringList *removed, QString *errorMessage) const
{
    const QString base = QDir(unitFolder()).filePath(unitName());
    for (const QString &ext : {QStringLiteral(".timer"), QStringLiteral(".service")}) {
        const QString path = base + ext;
        if (!QFile::exists(path))
            continue;
        if (!QFile::remove(path)) {
            *errorMessage = tr("Cannot remove %1.").arg(path);
            return false;
        }
        *removed << path;
    }
    return true;
}

} // namespace Needle
