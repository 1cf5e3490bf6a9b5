#include "workspace/valuescommand.h"

namespace Needle {

ValuesCommand::ValuesCommand(Workspace *workspace, QVector<ValueChange> changes,
                             const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_changes(std::move(changes))
{}

void ValuesCommand::undo()
{
    if (m_workspace->restoringUndoStack())
        return;
    QString error;
    if (!m_workspace->applyValues(m_changes, false, &error))
        m_workspace->reportFailure(error);
}

void ValuesCommand::redo()
{
    if (m_workspace->restoringUndoStack())
        return;
    if (m_applied) {
        m_applied = false;
        return;
    }
    QString error;
    if (!m_workspace->applyValues(m_changes, true, &error))
        m_workspace->reportFailure(error);
}

} // namespace Needle
