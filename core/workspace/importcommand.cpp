#include "workspace/importcommand.h"

#include "storage/importrepository.h"
#include "storage/sql.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace Needle {

bool undoImportBatch(const QSqlDatabase &db, qint64 batchId, QVector<Measurement> *removed,
                     qint64 *keptValues, QString *errorMessage, QVector<Kpi> *removedKpis)
{
    Sql::WriteTransaction tx(db);
    return tx.begin(errorMessage)
        && ImportRepository(db).undoBatch(batchId, removed, keptValues, errorMessage, removedKpis)
        && tx.commit(errorMessage);
}

bool redoImportBatch(const QSqlDatabase &db, qint64 batchId, const QVector<Measurement> &values,
                     const QVector<Kpi> &kpis, QString *errorMessage)
{
    Sql::WriteTransaction tx(db);
    return tx.begin(errorMessage)
        && ImportRepository(db).redoBatch(batchId, values, errorMessage, kpis)
        && tx.commit(errorMessage);
}

ImportCommand::ImportCommand(Workspace *workspace, qint64 batchId, const QString &fileName)
    : QUndoCommand(QCoreApplication::translate("Needle::ImportCommand", "Import %1").arg(fileName)),
      m_workspace(workspace), m_batchId(batchId)
{}

void ImportCommand::undo()
{
    QString error;
    qint64 kept = 0;
    if (!undoImportBatch(m_workspace->connection(), m_batchId, &m_values, &kept, &error, &m_kpis)) {
        emit m_workspace->editFailed(error);
        return;
    }
    if (!m_kpis.isEmpty())
        m_workspace->notifyKpisReset();
    m_workspace->notifyValuesReset();
}

void ImportCommand::redo()
{
    if (m_applied) { // the import wrote the batch before the command was pushed
        m_applied = false;
        return;
    }
    QString error;
    if (!redoImportBatch(m_workspace->connection(), m_batchId, m_values, m_kpis, &error)) {
        emit m_workspace->editFailed(error);
        return;
    }
    m_values.clear();
    if (!m_kpis.isEmpty())
        m_workspace->notifyKpisReset();
    m_kpis.clear();
    m_workspace->notifyValuesReset();
}

void ImportCommand::pushImported(Workspace *workspace, qint64 batchId, const QString &fileName,
                                 bool kpisCreated)
{
    if (kpisCreated)
        workspace->notifyKpisReset();
    workspace->notifyValuesReset();
    if (batchId > 0)
        workspace->undoStack()->push(new ImportCommand(workspace, batchId, fileName));
}

} // namespace Needle
