#include "review/reviewmode.h"

#include "review/presentationwidget.h"
#include "review/presenterview.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWindow>

namespace Needle {

ReviewMode::ReviewMode(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_session(new ReviewSession(workspace, this))
{}

ReviewMode::~ReviewMode()
{
    delete m_presenter;
    delete m_presentation;
}

bool ReviewMode::start(const MeetingSetup &setup, int screenIndex, QString *errorMessage)
{
    if (!m_session->start(setup, errorMessage))
        return false;
    createWindows();
    show(screenIndex);
    return true;
}

bool ReviewMode::open(qint64 meetingId, int screenIndex, QString *errorMessage)
{
    if (!m_session->open(meetingId, errorMessage))
        return false;
    createWindows();
    show(screenIndex);
    return true;
}

void ReviewMode::createWindows()
{
    m_presentation = new PresentationWidget(m_session);
    m_presentation->setAttribute(Qt::WA_DeleteOnClose, false);
    m_presentation->setWindowTitle(m_session->meeting().title);
    connect(m_presentation, &PresentationWidget::leaveRequested, this, &ReviewMode::leave);
    connect(m_presentation, &PresentationWidget::meetingClosed, this, &ReviewMode::leave);
    if (QGuiApplication::screens().size() > 1)
        m_presenter = new PresenterView(m_session, m_presentation);
}

void ReviewMode::show(int screenIndex, bool fullScreen)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *slides = screens.value(screenIndex, QGuiApplication::primaryScreen());
    // On its screen before it is shown: with two X screens a window moved to the other screen
    // once shown is recreated there and never mapped (issue 19, item 29).
    m_presentation->setScreen(slides);
    m_presentation->setGeometry(QRect(slides->geometry().topLeft(), QSize(1280, 720)));
    m_presentation->show();
    if (fullScreen)
        m_presentation->showFullScreen();
    m_presentation->activateWindow();
    m_presentation->setFocus();
    if (m_presenter) {
        QScreen *other = nullptr;
        for (QScreen *s : screens)
            if (s != slides && !other)
                other = s;
        if (other) {
            m_presenter->setScreen(other);
            m_presenter->setGeometry(QRect(other->geometry().topLeft(), QSize(1100, 700)));
        } else {
            m_presenter->resize(1100, 700);
        }
        m_presenter->show();
        if (fullScreen)
            m_presenter->showMaximized();
    }
}

void ReviewMode::leave()
{
    m_session->saveTime();
    if (m_presenter)
        m_presenter->hide();
    if (m_presentation)
        m_presentation->hide();
    emit ended();
}

} // namespace Needle
