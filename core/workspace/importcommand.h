#pragma once

#include "domain/kpi.h"
#include "domain/measurement.h"

#include <QSqlDatabase>
#include <QUndoCommand>
#include <QVector>

namespace Needle {

class Workspace;

// Edit > Undo right after an import: undoes the batch (as undo-import does) and redoes it.
// The import itself is already written when the command is pushed.
class ImportCommand : public QUndoCommand
{
public:
    ImportCommand(Workspace *workspace, qint64 batchId, const QString &fileName);

    void undo() override;
    void redo() override;

    // Pushes the command for a batch a (possibly worker-thread) import wrote, and tells the
    // workspace's models to reload. Call on the workspace's thread.
    static void pushImported(Workspace *workspace, qint64 batchId, const QString &fileName,
                             bool kpisCreated);

private:
    Workspace *m_workspace;
    qint64 m_batchId;
    QVector<Measurement> m_values; // the batch's values while undone
    QVector<Kpi> m_kpis; // the KPIs it created, removed by the undo
    bool m_applied = true;
};

// undo-import: undoes a batch in its own transaction; false with a translated message when
// it does not exist, is already undone, or a later batch must be undone first.
bool undoImportBatch(const QSqlDatabase &db, qint64 batchId, QVector<Measurement> *removed,
                     qint64 *keptValues, QString *errorMessage,
                     QVector<Kpi> *removedKpis = nullptr);
// Redoes an undone batch in its own transaction (the KPIs the undo removed, then the values).
bool redoImportBatch(const QSqlDatabase &db, qint64 batchId, const QVector<Measurement> &values,
                     const QVector<Kpi> &kpis, QString *errorMessage);

} // namespace Needle
