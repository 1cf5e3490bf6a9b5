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

namespace {
WorkspaceChange batchChange(qint64 batchId, WorkspaceChange::Kind kind, bool kpisChanged)
{
    WorkspaceChange change;
    change.add(WorkspaceChange::Record::Import, kind, batchId);
    change.addReset(WorkspaceChange::Record::Value);
    if (kpisChanged)
        change.addReset(WorkspaceChange::Record::Kpi);
    return change;
}
} // namespace

void ImportCommand::undo()
{
    if (m_workspace->restoringUndoStack())
        return;
    QString error;
    qint64 kept = 0;
    Workspace::Write write(m_workspace);
    if (!write.begin(&error)
        || !undoImportBatch(m_workspace->connection(), m_batchId, &m_values, &kept, &error,
                            &m_kpis)) {
        write.rollback();
        m_workspace->reportFailure(error);
        return;
    }
    m_workspace->noteChange(
        batchChange(m_batchId, WorkspaceChange::Kind::Removed, !m_kpis.isEmpty()));
    if (!write.commit(&error))
        m_workspace->reportFailure(error);
}

void ImportCommand::redo()
{
    if (m_workspace->restoringUndoStack())
        return;
    if (m_applied) { // the import wrote the batch before the command was pushed
        m_applied = false;
        return;
    }
    QString error;
    Workspace::Write write(m_workspace);
    if (!write.begin(&error)
        || !redoImportBatch(m_workspace->connection(), m_batchId, m_values, m_kpis, &error)) {
        write.rollback();
        m_workspace->reportFailure(error);
        return;
    }
    m_workspace->noteChange(
        batchChange(m_batchId, WorkspaceChange::Kind::Inserted, !m_kpis.isEmpty()));
    if (!write.commit(&error)) {
        m_workspace->reportFailure(error);
        return;
    }
    m_values.clear();
    m_kpis.clear();
}

void ImportCommand::pushImported(Workspace *workspace, qint64 batchId, const QString &fileName,
                                 bool kpisCreated)
{
    workspace->notifyChanged(batchChange(batchId, WorkspaceChange::Kind::Inserted, kpisCreated));
    if (batchId > 0)
        workspace->undoStack()->push(new ImportCommand(workspace, batchId, fileName));
}

} // namespace Needle
