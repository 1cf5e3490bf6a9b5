#include "review/reviewmenu.h"

#include "pdf/exportpdfdialog.h"
#include "review/actionitemswindow.h"
#include "review/reviewmode.h"
#include "review/startmeetingdialog.h"
#include "shell/mainwindow.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

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
} // namespace

qint64 chooseUnfinishedMeeting(Workspace *workspace, QWidget *parent)
{
    QStringList labels;
    QVector<qint64> ids;
    const QLocale locale;
    for (const ReviewMeeting &m : ReviewRepository(workspace->connection()).meetings()) {
        if (m.status == MeetingStatus::Closed)
            continue;
        labels << QCoreApplication::translate("Needle::ReviewMenu", "%1 (%2, %3)")
                      .arg(m.title, locale.toString(m.date, QLocale::ShortFormat),
                           displayName(m.status));
        ids << m.id;
    }
    if (ids.isEmpty()) {
        QMessageBox::information(parent, QCoreApplication::translate("Needle::ReviewMenu", "Resume meeting"),
                                 QCoreApplication::translate("Needle::ReviewMenu", "There is no unfinished meeting in this workspace."));
        return 0;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, QCoreApplication::translate("Needle::ReviewMenu", "Resume meeting"),
                                                 QCoreApplication::translate("Needle::ReviewMenu", "Meeting to resume:"), labels, 0, false, &ok);
    return ok ? ids.value(labels.indexOf(chosen)) : 0;
}

// Any meeting of the workspace, newest first, for its minutes.
static qint64 chooseMeeting(Workspace *workspace, QWidget *parent)
{
    QStringList labels;
    QVector<qint64> ids;
    const QLocale locale;
    QVector<ReviewMeeting> meetings = ReviewRepository(workspace->connection()).meetings();
    std::sort(meetings.begin(), meetings.end(),
              [](const ReviewMeeting &a, const ReviewMeeting &b) { return a.date > b.date; });
    for (const ReviewMeeting &m : meetings) {
        labels << QCoreApplication::translate("Needle::ReviewMenu", "%1 (%2, %3)")
                      .arg(m.title, locale.toString(m.date, QLocale::ShortFormat),
                           displayName(m.status));
        ids << m.id;
    }
    const QString title = QCoreApplication::translate("Needle::ReviewMenu", "Export minutes");
    if (ids.isEmpty()) {
        QMessageBox::information(parent, title,
                                 QCoreApplication::translate("Needle::ReviewMenu", "There is no meeting in this workspace yet."));
        return 0;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title,
                                                 QCoreApplication::translate("Needle::ReviewMenu", "Meeting:"), labels, 0, false, &ok);
    return ok ? ids.value(labels.indexOf(chosen)) : 0;
}

void addReviewMenu(MainWindow *window)
{
    QMenu *menu = window->menuBar()->addMenu(QCoreApplication::translate("Needle::ReviewMenu", "&Review"));
    QAction *start = menu->addAction(QCoreApplication::translate("Needle::ReviewMenu", "&Start meeting..."));
    start->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *resume = menu->addAction(QCoreApplication::translate("Needle::ReviewMenu", "&Resume meeting..."));
    QAction *minutes = menu->addAction(QCoreApplication::translate("Needle::ReviewMenu", "Export &minutes as PDF..."));
    menu->addSeparator();
    QAction *actions = menu->addAction(QCoreApplication::translate("Needle::ReviewMenu", "&Action items"));
    actions->setShortcut(QKeySequence(QCoreApplication::translate("Needle::ReviewMenu", "Ctrl+Shift+A")));
    auto *actionsWindow = new QPointer<ActionItemsWindow>;
    QObject::connect(menu, &QObject::destroyed, [actionsWindow] { delete actionsWindow; });

    auto update = [=](Workspace *ws) {
        for (QAction *a : {start, resume, minutes, actions})
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
        if (dialog.exec() != QDialog::Accepted)
            return;
        auto *mode = new ReviewMode(ws, window);
        QString error;
        if (!mode->start(dialog.setup(), dialog.screenIndex(), &error)) {
            delete mode;
            QMessageBox::warning(window, QCoreApplication::translate("Needle::ReviewMenu", "Start meeting"), error);
            return;
        }
        runMode(window, mode);
    });
    QObject::connect(resume, &QAction::triggered, window, [window] {
        Workspace *ws = window->workspace();
        const qint64 id = ws ? chooseUnfinishedMeeting(ws, window) : 0;
        if (id == 0)
            return;
        auto *mode = new ReviewMode(ws, window);
        QString error;
        if (!mode->open(id, 0, &error)) {
            delete mode;
            QMessageBox::warning(window, QCoreApplication::translate("Needle::ReviewMenu", "Resume meeting"), error);
            return;
        }
        runMode(window, mode);
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
