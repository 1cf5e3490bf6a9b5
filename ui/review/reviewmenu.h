#pragma once

#include <QtGlobal>

class QWidget;

namespace Needle {

class MainWindow;
class Workspace;
struct MeetingSetup;

// Adds the Review menu to the main window: Start meeting (F5), Resume meeting, Edit agenda,
// Export minutes, Action items.
// Its actions follow the open workspace.
void addReviewMenu(MainWindow *window);

// Asks which unfinished meeting to resume (or, with forAgenda, whose agenda to edit); 0 when
// there is none or the user cancels.
qint64 chooseUnfinishedMeeting(Workspace *workspace, QWidget *parent, bool forAgenda = false);

// Shows a planned or unfinished meeting's agenda to edit; returns the meeting's id when the user
// chose to start it from there, 0 otherwise (errors are shown).
qint64 editAgenda(Workspace *workspace, qint64 meetingId, QWidget *parent);

// Saves a new meeting as planned with its proposed agenda and shows the agenda to edit; returns
// the meeting's id when the user chose to start it from there, 0 otherwise.
qint64 planMeeting(Workspace *workspace, const MeetingSetup &setup, QWidget *parent);

} // namespace Needle
