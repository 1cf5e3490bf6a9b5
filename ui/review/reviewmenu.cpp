#include "review/reviewmenu.h"

#include "domain/datetext.h"

#include "pdf/exportpdfdialog.h"
#include "review/agendadialog.h"
#include "review/actionitemswindow.h"
#include "review/reviewmode.h"
#include "review/startmeetingdialog.h"
#include "shell/mainwindow.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QAction>
#include <algorithm>
#include <QCoreApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>

namespace Needle {

namespace {
void runMode(MainWindow *window, ReviewMode *mode)
{
    QObject::connect(mode, &ReviewMode::ended, window, [window, mode] {
        mode->deleteLater();
        window->activateWindow();
    });
    QObject::connect(window, &MainWindow::workspaceChanged, mode, &QObject::deleteLater);
}
void resumeMeeting(MainWindow *window, Workspace *ws, qint64 id, int screen)
{
    auto *mode = new ReviewMode(ws, window);
    QString error;
    if (!mode->open(id, screen, &error)) {
        delete mode;
        QMessageBox::warning(
            window, QCoreApplication::translate("Needle::ReviewMenu", "Resume meeting"), error);
        return;
    }
    runMode(window, mode);
}
} // namespace

qint64 chooseUnfinishedMeeting(Workspace *workspace, QWidget *parent, bool forAgenda)
{
    const QString title = forAgenda
        ? QCoreApplication::translate("Needle::ReviewMenu", "Edit agenda")
        : QCoreApplication::translate("Needle::ReviewMenu", "Resume meeting");
    QStringList labels;
    QVector<qint64> ids;
    const QLocale locale;
    for (const ReviewMeeting &m : WorkspaceReader(workspace).meetings()) {
        if (m.status == MeetingStatus::Closed)
            continue;
        labels << QCoreApplication::translate("Needle::ReviewMenu", "%1 (%2, %3)")
                      .arg(m.title, DateText::day(m.date, locale), displayName(m.status));
        ids << m.id;
    }
    if (ids.isEmpty()) {
        QMessageBox::information(
            parent, title,
            QCoreApplication::translate("Needle::ReviewMenu",
                                        "There is no unfinished meeting in this workspace."));
        return 0;
    }
    bool ok = false;
    const QString prompt = forAgenda
        ? QCoreApplication::translate("Needle::ReviewMenu", "Meeting:")
        : QCoreApplication::translate("Needle::ReviewMenu", "Meeting to resume:");
    const QString chosen = QInputDialog::getItem(parent, title, prompt, labels, 0, false, &ok);
    return ok ? ids.value(labels.indexOf(chosen)) : 0;
}

qint64 editAgenda(Workspace *workspace, qint64 meetingId, QWidget *parent)
{
    AgendaDialog dialog(workspace, parent);
    QString error;
    if (!dialog.open(meetingId, &error)) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("Needle::ReviewMenu", "Edit agenda"), error);
        return 0;
    }
    return dialog.exec() == AgendaDialog::StartResult ? meetingId : 0;
}

qint64 planMeeting(Workspace *workspace, const MeetingSetup &setup, QWidget *parent)
{
    qint64 id = 0;
    {
        ReviewSession planner(workspace);
        QString error;
        if (!planner.plan(setup, &error)) {
            QMessageBox::warning(
                parent, QCoreApplication::translate("Needle::ReviewMenu", "Start meeting"), error);
            return 0;
        }
        id = planner.meeting().id;
    }
    return editAgenda(workspace, id, parent);
}

// Any meeting of the workspace, newest first, for its minutes.
static qint64 chooseMeeting(Workspace *workspace, QWidget *parent)
{
    QStringList labels;
    QVector<qint64> ids;
    const QLocale locale;
    QVector<ReviewMeeting> meetings = WorkspaceReader(workspace).meetings();
    std::sort(meetings.begin(), meetings.end(),
              [](const ReviewMeeting &a, const ReviewMeeting &b) { return a.date > b.date; });
    for (const ReviewMeeting &m : meetings) {
        labels << QCoreApplication::translate("Needle::ReviewMenu", "%1 (%2, %3)")
                      .arg(m.title, DateText::day(m.date, locale), displayName(m.status));
        ids << m.id;
    }
    const QString title = QCoreApplication::translate("Needle::ReviewMenu", "Export minutes");
    if (ids.isEmpty()) {
        QMessageBox::information(
            parent, title,
            QCoreApplication::translate("Needle::ReviewMenu",
                                        "There is no meeting in this workspace yet."));
        return 0;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, title, QCoreApplication::translate("Needle::ReviewMenu", "Meeting:"), labels, 0,
        false, &ok);
    return ok ? ids.value(labels.indexOf(chosen)) : 0;
}

void addReviewMenu(MainWindow *window)
{
    QMenu *menu =
        window->menuBar()->addMenu(QCoreApplication::translate("Needle::ReviewMenu", "&Review"));
    QAction *start =
        menu->addAction(QCoreApplication::translate("Needle::ReviewMenu", "&Start meeting..."));
    start->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *resume =
        menu->addAction(QCoreApplication::translate("Needle::ReviewMenu", "&Resume meeting..."));
    QAction *agenda =
        menu->addAction(QCoreApplication::translate("Needle::ReviewMenu", "Edit &agenda..."));
    QAction *minutes = menu->addAction(
        QCoreApplication::translate("Needle::ReviewMenu", "Export &minutes as PDF..."));
    menu->addSeparator();
    QAction *actions =
        menu->addAction(QCoreApplication::translate("Needle::ReviewMenu", "&Action items"));
    actions->setShortcut(
        QKeySequence(QCoreApplication::translate("Needle::ReviewMenu", "Ctrl+Shift+A")));
    auto *actionsWindow = new QPointer<ActionItemsWindow>;
    QObject::connect(menu, &QObject::destroyed, [actionsWindow] { delete actionsWindow; });

    auto update = [=](Workspace *ws) {
        for (QAction *a : {start, resume, agenda, minutes, actions})
            a->setEnabled(ws != nullptr);
        if (*actionsWindow)
            (*actionsWindow)->deleteLater();
    };
    update(window->workspace());
    QObject::connect(window, &MainWindow::workspaceChanged, menu, update);

    QObject::connect(start, &QAction::triggered, window, [window] {
        Workspace *ws = window->workspace();
        if (!ws)
            return;
        StartMeetingDialog dialog(ws, window);
        const int result = dialog.exec();
        if (result == StartMeetingDialog::PlanResult) {
            if (const qint64 id = planMeeting(ws, dialog.setup(), window))
                resumeMeeting(window, ws, id, dialog.screenIndex());
            return;
        }
        if (result != QDialog::Accepted)
            return;
        auto *mode = new ReviewMode(ws, window);
        QString error;
        if (!mode->start(dialog.setup(), dialog.screenIndex(), &error)) {
            delete mode;
            QMessageBox::warning(
                window, QCoreApplication::translate("Needle::ReviewMenu", "Start meeting"), error);
            return;
        }
        runMode(window, mode);
    });
    QObject::connect(resume, &QAction::triggered, window, [window] {
        Workspace *ws = window->workspace();
        const qint64 id = ws ? chooseUnfinishedMeeting(ws, window) : 0;
        if (id != 0)
            resumeMeeting(window, ws, id, StartMeetingDialog::rememberedScreen());
    });
    QObject::connect(agenda, &QAction::triggered, window, [window] {
        Workspace *ws = window->workspace();
        const qint64 id = ws ? chooseUnfinishedMeeting(ws, window, true) : 0;
        if (id != 0 && editAgenda(ws, id, window) == id)
            resumeMeeting(window, ws, id, StartMeetingDialog::rememberedScreen());
    });
    QObject::connect(minutes, &QAction::triggered, window, [window] {
        Workspace *ws = window->workspace();
        const qint64 id = ws ? chooseMeeting(ws, window) : 0;
        if (id != 0)
            ExportPdfDialog::exportMinutes(ws, id, window);
    });
    QObject::connect(actions, &QAction::triggered, window, [window, actionsWindow] {
        if (!window->workspace())
            return;
        if (!*actionsWindow) {
            *actionsWindow = new ActionItemsWindow(window->workspace(), window);
            (*actionsWindow)->setAttribute(Qt::WA_DeleteOnClose);
        }
        (*actionsWindow)->show();
        (*actionsWindow)->raise();
        (*actionsWindow)->activateWindow();
    });
}

} // namespace Needle
