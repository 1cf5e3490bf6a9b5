#include "cli/uicommands.h"
#include "import/importcontroller.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"

#include <QApplication>

namespace Needle {

int runGui(const CommandLine &cl)
{
    MainWindow window;
    window.show();
    if (ImportController::isSpreadsheet(cl.workspace)) {
        // "Open With" on a spreadsheet: into the most recent workspace, through the wizard.
        const QStringList recent = RecentFiles::list();
        if (!recent.isEmpty())
            window.openWorkspace(recent.first());
        window.importController()->importFiles({cl.workspace});
    } else if (!cl.workspace.isEmpty()) {
        window.openWorkspace(cl.workspace);
    }
    return QApplication::exec();
}

} // namespace Needle
