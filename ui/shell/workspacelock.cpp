#include "shell/workspacelock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>

namespace Needle {

namespace {

WorkspaceLock::Ask &asker()
{
    static WorkspaceLock::Ask a;
    return a;
}

} // namespace

WorkspaceLock::WorkspaceLock(const QString &workspacePath)
{
    if (!workspacePath.contains(QLatin1String("://")))
        m_lock = std::make_unique<QLockFile>(QFileInfo(workspacePath).absoluteFilePath()
                                             + QStringLiteral(".lock"));
    // Stale only when its process is gone, never by age: with Qt's default (30 s) a lock could read
    // as stale while its window was still open, and a clock set ahead (faketime +3 years in CI)
    // made every lock stale, so tst_mainwindow::openElsewhere failed.
    if (m_lock)
        m_lock->setStaleLockTime(0);
}

WorkspaceLock::~WorkspaceLock() = default;

bool WorkspaceLock::acquire(QString *holder)
{
    if (!m_lock || m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString app;
    if (m_lock->error() != QLockFile::LockFailedError || !m_lock->getLockInfo(&pid, &host, &app))
        return true; // no lock can be written here: nothing to say
    if (pid == QCoreApplication::applicationPid()) {
        m_lock.reset(); // another window of this very Needle: nothing to say either
        return true;
    }
    *holder =
        QCoreApplication::translate("Needle::WorkspaceLock", "process %1 on %2").arg(pid).arg(host);
    m_lock.reset(); // not ours: never removed by us
    return false;
}

void WorkspaceLock::setAsk(Ask ask)
{
    asker() = std::move(ask);
}

bool WorkspaceLock::ask(QWidget *parent, const QString &message)
{
    if (asker())
        return asker()(parent, message);
    QMessageBox box(QMessageBox::Question,
                    QCoreApplication::translate("Needle::WorkspaceLock", "Workspace already open"),
                    message, QMessageBox::Cancel, parent);
    QPushButton *open =
        box.addButton(QCoreApplication::translate("Needle::WorkspaceLock", "&Open Here Too"),
                      QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == open;
}

} // namespace Needle
