// needle review WORKSPACE [--meeting ID]: straight into the review-meeting mode.

#include "cli/commands.h"
#include "cli/uicommands.h"
#include "review/reviewmenu.h"
#include "review/reviewmode.h"
#include "review/startmeetingdialog.h"
#include "shell/theme.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

namespace Needle {

int runReview(const CommandLine &cl)
{
    QTextStream err(stderr);
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(cl.workspace, &error);
    if (!ws) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    Theme::applySaved();
    ReviewMode mode(ws.get());
    bool ok = false;
    if (cl.meeting > 0) {
        ok = mode.open(cl.meeting, StartMeetingDialog::rememberedScreen(), &error);
    } else {
        StartMeetingDialog dialog(ws.get());
        const int result = dialog.exec();
        if (result == StartMeetingDialog::PlanResult) {
            const qint64 id = planMeeting(ws.get(), dialog.setup(), nullptr);
            if (id == 0)
                return ExitOk; // planned; Resume meeting or --meeting starts it later
            ok = mode.open(id, dialog.screenIndex(), &error);
        } else if (result == QDialog::Accepted) {
            ok = mode.start(dialog.setup(), dialog.screenIndex(), &error);
        } else {
            return ExitOk;
        }
    }
    if (!ok) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    QObject::connect(&mode, &ReviewMode::ended, qApp, &QCoreApplication::quit);
    return QApplication::exec();
}

} // namespace Needle
