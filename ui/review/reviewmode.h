#pragma once

#include "review/presentationwidget.h"
#include "review/presenterview.h"
#include "review/reviewsession.h"

#include <QObject>
#include <QPointer>

namespace Needle {

class Workspace;

// Runs a meeting on screen: the slides full screen on the chosen screen and, when there are two
// screens, the presenter view on the other. Ends when the presenter leaves (the meeting stays
// open to be resumed) or closes the meeting from its summary.
class ReviewMode : public QObject
{
    Q_OBJECT
public:
    explicit ReviewMode(Workspace *workspace, QObject *parent = nullptr);
    ~ReviewMode() override;

    bool start(const MeetingSetup &setup, int screenIndex, QString *errorMessage);
    bool open(qint64 meetingId, int screenIndex, QString *errorMessage);
    // Shows the windows; fullScreen false keeps them as ordinary windows (tests, screenshots).
    void show(int screenIndex, bool fullScreen = true);
    void leave();

    ReviewSession *session() const { return m_session; }
    PresentationWidget *presentation() const { return m_presentation; }
    PresenterView *presenter() const { return m_presenter; }

signals:
    void ended();

private:
    void createWindows();

    Workspace *m_workspace;
    ReviewSession *m_session;
    QPointer<PresentationWidget> m_presentation;
    QPointer<PresenterView> m_presenter;
};

} // namespace Needle
