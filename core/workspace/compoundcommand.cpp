#include "workspace/compoundcommand.h"

#include "workspace/workspace.h"

namespace Needle {

CompoundCommand::CompoundCommand(Workspace *workspace, const QString &text)
    : QUndoCommand(text), m_workspace(workspace)
{}

void CompoundCommand::undo()
{
    if (!m_workspace->restoringUndoStack())
        run(false);
}

void CompoundCommand::redo()
{
    if (m_workspace->restoringUndoStack())
        return;
    if (m_applied) { // the children skip their first redo too
        m_applied = false;
        QUndoCommand::redo();
        return;
    }
    run(true);
}

void CompoundCommand::run(bool forward)
{
    Workspace::Write write(m_workspace);
    QString error;
    if (!write.begin(&error)) {
        m_workspace->reportFailure(error);
        return;
    }
    if (forward)
        QUndoCommand::redo();
    else
        QUndoCommand::undo();
    if (!write.commit(&error))
        m_workspace->reportFailure(error);
}

} // namespace Needle
