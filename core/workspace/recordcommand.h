#pragma once

#include "workspace/workspace.h"

#include <QUndoCommand>
#include <optional>

namespace Needle {

// One undoable edit of one record (owner, KPI, target, benchmark, note, verdict): before and
// after, either of which may be missing (a creation, a removal). The edit is applied by the
// Workspace before the command is pushed, so the first redo() does nothing. A child of a
// CompoundCommand is applied with its siblings in one write.
template <typename Record>
class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(Workspace *workspace, std::optional<Record> before, std::optional<Record> after,
                  const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_workspace(workspace), m_before(std::move(before)),
          m_after(std::move(after))
    {}

    void undo() override
    {
        if (!m_workspace->restoringUndoStack())
            applyRecord(m_workspace, m_after, m_before);
    }
    void redo() override
    {
        if (m_workspace->restoringUndoStack())
            return;
        if (m_applied) {
            m_applied = false;
            return;
        }
        applyRecord(m_workspace, m_before, m_after);
    }

private:
    Workspace *m_workspace;
    std::optional<Record> m_before;
    std::optional<Record> m_after;
    bool m_applied = true;
};

} // namespace Needle
