#include "workspace/undobatchcommand.h"

#include "workspace/importcommand.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace Needle {

UndoBatchCommand::UndoBatchCommand(Workspace *workspace, qint64 batchId, const QString &fileName)
    : QUndoCommand(
        QCoreApplication::translate("Needle::UndoBatchCommand", "Undo import of %1").arg(fileName)),
      m_workspace(workspace), m_batchId(batchId)
{}

// One write: the batch's undo and the change event, or neither.
bool UndoBatchCommand::apply(bool undoBatch, QString *error)
{
    Workspace::Write write(m_workspace);
    const QSqlDatabase db = m_workspace->connection();
    if (!write.begin(error))
        return false;
    if (undoBatch) {
        m_values.clear();
        if (!undoImportBatch(db, m_batchId, &m_values, &m_kept, error, &m_kpis))
            return false;
    } else if (!redoImportBatch(db, m_batchId, m_values, m_kpis, error)) {
        return false;
    }
    WorkspaceChange change;
    change.add(WorkspaceChange::Record::Import,
               undoBatch ? WorkspaceChange::Kind::Removed : WorkspaceChange::Kind::Inserted,
               m_batchId);
    change.addReset(WorkspaceChange::Record::Value);
    if (!m_kpis.isEmpty())
        change.addReset(WorkspaceChange::Record::Kpi);
    m_workspace->noteChange(change);
    return write.commit(error);
}

void UndoBatchCommand::redo()
{
    m_error.clear();
    if (m_workspace->restoringUndoStack())
        return;
    if (!apply(true, &m_error)) {
        setObsolete(true); // nothing happened: the stack drops the command
        emit m_workspace->editFailed(m_error);
    }
}

void UndoBatchCommand::undo()
{
    if (m_workspace->restoringUndoStack())
        return;
    QString error;
    if (!apply(false, &error))
        m_workspace->reportFailure(error);
}

} // namespace Needle
