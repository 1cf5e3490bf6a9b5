#pragma once

#include "domain/kpi.h"
#include "domain/measurement.h"

#include <QUndoCommand>
#include <QVector>

namespace Needle {

class Workspace;

// "Undo import" in the import history, as an edit on the undo stack: redo takes the batch's
// values back out (restoring what they replaced), undo writes them again.
class UndoBatchCommand : public QUndoCommand
{
public:
    UndoBatchCommand(Workspace *workspace, qint64 batchId, const QString &fileName);

    void undo() override;
    void redo() override;
    bool failed() const { return !m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    qint64 keptValues() const { return m_kept; }

private:
    bool apply(bool undoBatch, QString *error);

    Workspace *m_workspace;
    qint64 m_batchId;
    QVector<Measurement> m_values;
    QVector<Kpi> m_kpis; // created by the batch, removed with it
    qint64 m_kept = 0;
    QString m_error;
};

} // namespace Needle
