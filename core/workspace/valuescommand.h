#pragma once

#include "workspace/workspace.h"

#include <QUndoCommand>
#include <QVector>

namespace Needle {

// One undoable edit of stored values: one or many (KPI, date) pairs, each with its value
// before and after. Applied by the Workspace before it is pushed.
class ValuesCommand : public QUndoCommand
{
public:
    ValuesCommand(Workspace *workspace, QVector<ValueChange> changes, const QString &text);

    void undo() override;
    void redo() override;

private:
    Workspace *m_workspace;
    QVector<ValueChange> m_changes;
    bool m_applied = true;
};

} // namespace Needle
