#include "cli/uicommands.h"
#include "import/importcontroller.h"
#include "shell/instancelink.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QFileInfo>

namespace Needle {

namespace {

// A file given on the command line or handed over by a second `needle FILE`: a spreadsheet is
// imported (into the open workspace, else the most recent one), a workspace opened.
void openFile(MainWindow &window, const QString &path)
{
    if (ImportController::isSpreadsheet(path)) {
        const QStringList recent = RecentFiles::list();
        if (!window.workspace() && !recent.isEmpty())
            window.openWorkspace(recent.first());
        window.importController()->importFiles({path});
    } else if (!path.isEmpty() && !(window.workspace() && window.workspace()->filePath() == path)) {
        window.openWorkspace(path);
    }
}

QString absolute(const QString &path)
{
    return path.isEmpty() || path.contains(QLatin1String("://"))
        ? path
        : QFileInfo(path).absoluteFilePath();
}

} // namespace

int runGui(const CommandLine &cl)
{
    // Headless runs (tests, scripts) never hand over nor listen.
    const QString platform = QGuiApplication::platformName();
    const bool shared =
        platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
    const QString path = absolute(cl.workspace);
    if (shared && InstanceLink::handOver(path))
        return 0; // the running Needle opens it
    MainWindow window;
    window.show();
    InstanceLink link;
    if (shared && link.listen())
        QObject::connect(&link, &InstanceLink::fileReceived, &window,
                         [&window](const QString &handed) {
                             openFile(window, handed);
                             window.showNormal();
                             window.raise();
                             window.activateWindow();
                         });
    openFile(window, path);
    return QApplication::exec();
}

} // namespace Needle
