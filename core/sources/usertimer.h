#pragma once

#include <QString>
#include <QStringList>

namespace Needle {

// The schedule of run-due for one workspace: a systemd user timer
// (Persistent=true, so a run missed while the machine was off happens at the
// next start) and its service, in $XDG_CONFIG_HOME/systemd/user; or, without
// systemd, the crontab line that does the same.
class UserTimer
{
public:
    UserTimer(const QString &workspacePath, const QString &needleProgram, qint64 everySeconds);

    QString unitName() const; // "needle-run-due-<hash of the workspace path>"
    QString onCalendar() const; // "*:0/15", "hourly", "daily", ...
    QString serviceText() const;
    QString timerText() const;
    QString crontabLine() const;

    static QString unitFolder(); // $XDG_CONFIG_HOME/systemd/user (~/.config/systemd/user)
    bool install(QStringList *written, QString *errorMessage) const;
    bool remove(QStringList *removed, QString *errorMessage) const;

private:
    QString m_workspace;
    QString m_program;
    qint64 m_every;
};

} // namespace Needle
