#include "import/undobatchcommand.h"

#include "storage/importrepository.h"
#include "storage/sql.h"
#include "workspace/importcommand.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace Needle {

UndoBatchCommand::UndoBatchCommand(Workspace *workspace, qint64 batchId, const QString &fileName)
    : QUndoCommand(
        QCoreApplication::translate("Needle::UndoBatchCommand", "Undo import of %1").arg(fileName)),
      m_workspace(workspace), m_batchId(batchId)
{}

void UndoBatchCommand::redo()
{
    m_error.clear();
    m_values.clear();
    if (!undoImportBatch(m_workspace->connection(), m_batchId, &m_values, &m_kept, &m_error,
                         &m_kpis)) {
        setObsolete(true); // nothing happened: nothing to undo later
        emit m_workspace->editFailed(m_error);
        return;
    }
    if (!m_kpis.isEmpty())
        m_workspace->notifyKpisReset();
    m_workspace->notifyValuesReset();
}

void UndoBatchCommand::undo()
{
    QString error;
    if (!redoImportBatch(m_workspace->connection(), m_batchId, m_values, m_kpis, &error)) {
        emit m_workspace->editFailed(error);
        return;
    }
    if (!m_kpis.isEmpty())
        m_workspace->notifyKpisReset();
    m_workspace->notifyValuesReset();
}

} // namespace Needle
