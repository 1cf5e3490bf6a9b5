#include "cli/uicommands.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"

#include <QApplication>

namespace Needle {

int runGui(const CommandLine &cl)
{
    MainWindow window;
    window.show();
    if (!cl.workspace.isEmpty())
        window.openWorkspace(cl.workspace);
    return QApplication::exec();
}

} // namespace Needle
