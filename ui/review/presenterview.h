#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

namespace Needle {

class AgendaEditor;
class PresentationWidget;
class ReviewSession;

// What the person running the meeting sees on the second screen: the timer (meeting and this
// KPI), the item on screen and the next one, the agenda to edit (drag,
// Alt+Up/Down, Delete to skip, add a KPI; double-click jumps) and the notes,
// decisions and action items taken on the current KPI. Its keys drive the slides.
class PresenterView : public QWidget
{
    Q_OBJECT
public:
    PresenterView(ReviewSession *session, PresentationWidget *presentation,
                  QWidget *parent = nullptr);

    AgendaEditor *agendaEditor() const { return m_agenda; }
    QListWidget *notesList() const { return m_notes; }
    QString timerText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void updateTimer();

    ReviewSession *m_session;
    PresentationWidget *m_presentation;
    QLabel *m_title;
    QLabel *m_timer;
    QLabel *m_current;
    QLabel *m_next;
    AgendaEditor *m_agenda;
    QListWidget *m_notes;
    QTimer *m_tick;
};

} // namespace Needle
