#include "workspace/valuescommand.h"

namespace Needle {

ValuesCommand::ValuesCommand(Workspace *workspace, QVector<ValueChange> changes,
                             const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_changes(std::move(changes))
{}

void ValuesCommand::undo()
{
    QString error;
    if (!m_workspace->applyValues(m_changes, false, &error))
        emit m_workspace->editFailed(error);
}

void ValuesCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    QString error;
    if (!m_workspace->applyValues(m_changes, true, &error))
        emit m_workspace->editFailed(error);
}

} // namespace Needle
