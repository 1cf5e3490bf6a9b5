#pragma once

#include "review/slidecontent.h"

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace Needle {

class AgendaModel;
class CapturePanel;
class ReviewSession;
class SlideWidget;

// The slides of a running meeting, one KPI each, driven by the keys presenter remotes send:
// arrows, Page Up/Down and space move; B (or .) blacks the screen; a number then Enter jumps;
// G shows the agenda (Up and Down choose, Enter shows, Alt+Up and Alt+Down move the chosen
// item, Delete skips it or brings it back); N, D, A and V capture a note, decision, action item or
// verdict in a panel at the foot of the slide; Esc leaves. After the last item comes the meeting's
// summary, where Enter closes the meeting.
class PresentationWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Slide, Agenda, Summary, Black };

    explicit PresentationWidget(ReviewSession *session, QWidget *parent = nullptr);

    Page page() const { return m_page; }
    QString typedNumber() const { return m_typed; }
    SlideWidget *slide() const { return m_slide; }
    CapturePanel *capturePanel() const { return m_capture; }
    QListView *agendaList() const { return m_agenda; }
    AgendaModel *agendaModel() const { return m_agendaModel; }
    QString summaryText() const;
    QString timerText() const;

    void showPage(Page page);
    // Handles one presenter key; the presenter view forwards its keys here.
    bool handleKey(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

signals:
    void leaveRequested();
    void meetingClosed();
    void pageChanged(Needle::PresentationWidget::Page page);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    static QString slideKeys();
    static QString agendaKeys();
    void refreshSlide();
    void refreshAgenda();
    int agendaRow() const;
    void setAgendaRow(int row);
    void refreshSummary();
    void updateHeader();
    void forward();
    void back();
    void openCapture(int mode);
    void showMessage(const QString &message);

    ReviewSession *m_session;
    Page m_page = Page::Slide;
    Page m_beforeBlack = Page::Slide;
    QString m_typed;
    QStackedWidget *m_pages;
    SlideWidget *m_slide;
    CapturePanel *m_capture;
    AgendaModel *m_agendaModel;
    QListView *m_agenda;
    QTextBrowser *m_summary;
    QLabel *m_position;
    QLabel *m_timer;
    QLabel *m_hint;
    QLabel *m_message;
    QTimer *m_tick;
    QTimer *m_messageTimer;
    bool m_leaveArmed = false; // Esc was pressed once on a slide: the next one leaves
};

} // namespace Needle
