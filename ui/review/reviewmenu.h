#pragma once

#include <QtGlobal>

class QWidget;

namespace Needle {

class MainWindow;
class Workspace;

// Adds the Review menu to the main window: Start meeting (F5), Resume meeting, Action items.
// Its actions follow the open workspace.
void addReviewMenu(MainWindow *window);

// Asks which unfinished meeting to resume; 0 when there is none or the user cancels.
qint64 chooseUnfinishedMeeting(Workspace *workspace, QWidget *parent);

} // namespace Needle
