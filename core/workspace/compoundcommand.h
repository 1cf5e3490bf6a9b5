#pragma once

#include <QUndoCommand>

namespace Needle {

class Workspace;

// One undo step made of several record edits (its children): removing an owner with the KPIs
// and action items it leaves, moving the one metric that matters. Undo and redo apply all
// children in one write transaction, so either every child is applied or none is, and the
// workspace emits one change event. Applied by the Workspace before it is pushed.
class CompoundCommand : public QUndoCommand
{
public:
    CompoundCommand(Workspace *workspace, const QString &text);

    void undo() override;
    void redo() override;

private:
    void run(bool forward);

    Workspace *m_workspace;
    bool m_applied = true;
};

} // namespace Needle
