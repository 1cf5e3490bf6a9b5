#pragma once

#include <QString>
#include <functional>
#include <memory>

class QLockFile;
class QWidget;

namespace Needle {

// Whether a workspace file is open in another Needle (issue 19, item 10): a lock file beside it
// (NAME.needle.lock) held while a window has it open. A PostgreSQL workspace, or a folder where
// no lock file can be written, takes no lock (opening is never refused for want of one).
class WorkspaceLock
{
public:
    explicit WorkspaceLock(const QString &workspacePath);
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    // Takes the lock; false when another process holds it, with *holder saying which
    // ("process 4242 on ana-laptop").
    bool acquire(QString *holder);

    // Asks whether to open a workspace another Needle has open; tests replace the question.
    using Ask = std::function<bool(QWidget *parent, const QString &message)>;
    static void setAsk(Ask ask);
    static bool ask(QWidget *parent, const QString &message);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Needle
