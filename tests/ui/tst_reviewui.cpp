#include "../core/reviewfixture.h"
#include "demo/demoworkspace.h"
#include "review/actionitemmodel.h"
#include "review/actionitemswindow.h"
#include "review/agendaeditor.h"
#include "review/agendamodel.h"
#include "review/capturepanel.h"
#include "review/presentationwidget.h"
#include "review/presenterview.h"
#include "review/reviewsession.h"
#include "review/slidecontent.h"
#include "review/slidewidget.h"
#include "shell/mainwindow.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QListView>
#include <QtTest>

using namespace Needle;

// The review mode's windows, offscreen: presenter keys on the slides, capture panels, the
// summary at the end, the action-items window, the Review menu, and screenshots.
class TestReviewUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void keys_data();
    void keys();
    void escapeLeaves();
    void summaryClosesTheMeeting();
    void captureWithoutLeavingTheSlide_data();
    void captureWithoutLeavingTheSlide();
    void slideSaysWhatMatters();
    void slideNeverClipped_data();
    void slideNeverClipped();
    void screenshots();
    void actionItemsWindow();
    void reviewMenu();

private:
    void press(QWidget *w, const QString &keys);
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ReviewSession> m_session;
    QString m_error;
};

void TestReviewUi::init()
{
    m_session.reset();
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws && ReviewFixture::fill(m_ws.get(), &m_error), qPrintable(m_error));
    m_session = std::make_unique<ReviewSession>(m_ws.get());
    MeetingSetup setup;
    setup.title = QStringLiteral("October review");
    setup.date = QDate(2026, 11, 5);
    setup.periodFrom = ReviewFixture::periodFrom();
    setup.periodTo = ReviewFixture::periodTo();
    QVERIFY2(m_session->start(setup, &m_error), qPrintable(m_error));
}

// Keys by name, comma-separated; a single character is typed as that key.
void TestReviewUi::press(QWidget *w, const QString &keys)
{
    static const QHash<QString, Qt::Key> named = {{QStringLiteral("right"), Qt::Key_Right},
                                                  {QStringLiteral("left"), Qt::Key_Left},
                                                  {QStringLiteral("up"), Qt::Key_Up},
                                                  {QStringLiteral("down"), Qt::Key_Down},
                                                  {QStringLiteral("pagedown"), Qt::Key_PageDown},
                                                  {QStringLiteral("pageup"), Qt::Key_PageUp},
                                                  {QStringLiteral("space"), Qt::Key_Space},
                                                  {QStringLiteral("enter"), Qt::Key_Return},
                                                  {QStringLiteral("esc"), Qt::Key_Escape},
                                                  {QStringLiteral("home"), Qt::Key_Home},
                                                  {QStringLiteral("backspace"), Qt::Key_Backspace}};
    for (const QString &k : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (named.contains(k))
            QTest::keyClick(w, named.value(k));
        else
            QTest::keyClick(w, k.at(0).toLatin1());
    }
}

void TestReviewUi::keys_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("page");
    using P = PresentationWidget::Page;
    QTest::newRow("right") << "right" << 1 << int(P::Slide);
    QTest::newRow("space_space") << "space,space" << 2 << int(P::Slide);
    QTest::newRow("pagedown_pageup") << "pagedown,pagedown,pageup" << 1 << int(P::Slide);
    QTest::newRow("down_up") << "down,down,up" << 1 << int(P::Slide);
    QTest::newRow("left_at_start") << "left" << 0 << int(P::Slide);
    QTest::newRow("number_enter") << "5,enter" << 4 << int(P::Slide);
    QTest::newRow("two_digit_out_of_range") << "1,2,enter" << 0 << int(P::Slide);
    QTest::newRow("number_backspace") << "5,backspace,3,enter" << 2 << int(P::Slide);
    QTest::newRow("number_escape_cancels") << "5,esc,right" << 1 << int(P::Slide);
    QTest::newRow("black") << "b" << 0 << int(P::Black);
    QTest::newRow("black_again_returns") << "b,b" << 0 << int(P::Slide);
    QTest::newRow("period_blacks_too") << "." << 0 << int(P::Black);
    QTest::newRow("any_key_unblacks") << "b,right" << 1 << int(P::Slide);
    QTest::newRow("agenda") << "g" << 0 << int(P::Agenda);
    QTest::newRow("agenda_jump") << "g,down,down,enter" << 2 << int(P::Slide);
    QTest::newRow("agenda_escape") << "g,esc" << 0 << int(P::Slide);
    QTest::newRow("past_the_end_summary") << "7,enter,right" << 6 << int(P::Summary);
    QTest::newRow("summary_back") << "7,enter,right,left" << 6 << int(P::Slide);
    QTest::newRow("home") << "4,enter,home" << 0 << int(P::Slide);
    QTest::newRow("one_esc_stays") << "right,esc" << 1 << int(P::Slide);
    QTest::newRow("esc_then_key_disarms") << "esc,right,esc" << 1 << int(P::Slide);
}

void TestReviewUi::keys()
{
    QFETCH(QString, keys);
    QFETCH(int, index);
    QFETCH(int, page);
    PresentationWidget w(m_session.get());
    w.resize(1280, 720);
    w.show();
    press(&w, keys);
    QCOMPARE(m_session->currentIndex(), index);
    QCOMPARE(int(w.page()), page);
    QVERIFY(w.typedNumber().isEmpty());
    // The slide on screen is the session's current KPI.
    QCOMPARE(w.slide()->content().kpiId, m_session->currentKpiId());
}

void TestReviewUi::escapeLeaves()
{
    PresentationWidget w(m_session.get());
    w.show();
    QSignalSpy leave(&w, &PresentationWidget::leaveRequested);
    press(&w, QStringLiteral("b,esc"));
    QCOMPARE(leave.count(), 0); // Esc first brings the picture back
    press(&w, QStringLiteral("esc"));
    QCOMPARE(leave.count(), 0); // one Esc on a slide asks for a second
    press(&w, QStringLiteral("esc"));
    QCOMPARE(leave.count(), 1);
    QVERIFY(m_session->isRunning()); // leaving does not close the meeting
}

void TestReviewUi::summaryClosesTheMeeting()
{
    PresentationWidget w(m_session.get());
    w.show();
    press(&w, QStringLiteral("2,enter,d"));
    QTest::keyClicks(w.capturePanel()->textEdit(), QStringLiteral("Freeze legacy prices"));
    QTest::keyClick(w.capturePanel()->textEdit(), Qt::Key_Return);
    press(&w, QStringLiteral("7,enter,right"));
    QCOMPARE(w.page(), PresentationWidget::Page::Summary);
    QVERIFY2(w.summaryText().contains(QLatin1String("Freeze legacy prices")),
             qPrintable(w.summaryText()));
    QSignalSpy closed(&w, &PresentationWidget::meetingClosed);
    press(&w, QStringLiteral("enter"));
    QCOMPARE(closed.count(), 1);
    QCOMPARE(ReviewRepository(m_ws->connection()).meeting(m_session->meeting().id)->status,
             MeetingStatus::Closed);
}

void TestReviewUi::captureWithoutLeavingTheSlide_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("kind");
    QTest::newRow("note") << "n" << int(NoteKind::Note);
    QTest::newRow("decision") << "d" << int(NoteKind::Decision);
    QTest::newRow("action_item") << "a" << int(NoteKind::ActionItem);
}

void TestReviewUi::captureWithoutLeavingTheSlide()
{
    QFETCH(QString, key);
    QFETCH(int, kind);
    PresentationWidget w(m_session.get());
    w.resize(1280, 720);
    w.show();
    press(&w, QStringLiteral("right"));
    press(&w, key);
    CapturePanel *panel = w.capturePanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(w.page(), PresentationWidget::Page::Slide);
    if (NoteKind(kind) == NoteKind::ActionItem) {
        QVERIFY(panel->ownerBox()->isVisible());
        QCOMPARE(panel->ownerBox()->currentText(),
                 QStringLiteral("Ada Lovelace")); // the KPI's owner
        panel->dueEdit()->setDate(QDate(2026, 12, 1));
    }
    // Keys typed into the panel are text, not slide commands.
    QTest::keyClicks(panel->textEdit(), QStringLiteral("b g n 3"));
    QTest::keyClick(panel->textEdit(), Qt::Key_Up);
    QCOMPARE(w.page(), PresentationWidget::Page::Slide);
    QCOMPARE(m_session->currentIndex(), 1);
    QTest::keyClick(panel->textEdit(), Qt::Key_Return);
    QVERIFY(!panel->isVisible());
    const QVector<ReviewNote> notes =
        ReviewRepository(m_ws->connection()).notesForMeeting(m_session->meeting().id);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(int(notes.first().kind), kind);
    QCOMPARE(notes.first().text, QStringLiteral("b g n 3"));
    QCOMPARE(notes.first().kpiId, m_session->currentKpiId());
    if (NoteKind(kind) == NoteKind::ActionItem) {
        QCOMPARE(notes.first().dueDate, QDate(2026, 12, 1));
        // The open action item shows on the slide at once.
        QVERIFY(w.slide()->detailsText().contains(QLatin1String("b g n 3")));
    }
    // Esc closes an empty panel without saving; the slide keys work again.
    press(&w, key);
    QTest::keyClick(panel->textEdit(), Qt::Key_Escape);
    QVERIFY(!panel->isVisible());
    QCOMPARE(ReviewRepository(m_ws->connection()).notesForMeeting(m_session->meeting().id).size(),
             1);
    press(&w, QStringLiteral("right"));
    QCOMPARE(m_session->currentIndex(), 2);
}

void TestReviewUi::slideSaysWhatMatters()
{
    PresentationWidget w(m_session.get());
    w.show();
    press(&w, QStringLiteral("2,enter")); // churn: off track
    const SlideContent &c = w.slide()->content();
    QCOMPARE(c.name, QStringLiteral("Churn"));
    QCOMPARE(c.status, Status::OffTrack);
    QVERIFY(!c.statusText.isEmpty());
    QVERIFY(c.latestText.contains(QLatin1String("October 2026")));
    QCOMPARE(c.reason, QStringLiteral("Off track"));
    // Verdict on a KPI with nothing flagged: the panel says so and saves nothing.
    press(&w, QStringLiteral("v"));
    QTest::keyClick(w.capturePanel()->textEdit(), Qt::Key_Return);
    QVERIFY(w.capturePanel()->isVisible());
    QVERIFY(ReviewRepository(m_ws->connection()).verdicts().isEmpty());
}

// However much a slide has to say, none of it is cut: at a projector's 1024x768 and at
// 1920x1080, with a long status, action items, verdicts and benchmark gaps.
void TestReviewUi::slideNeverClipped_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("items"); // of each kind
    QTest::newRow("1024x768_short") << QSize(1024, 768) << 1;
    QTest::newRow("1024x768_long") << QSize(1024, 768) << 6;
    QTest::newRow("1920x1080_long") << QSize(1920, 1080) << 6;
    QTest::newRow("1024x768_very_long") << QSize(1024, 768) << 10;
}

void TestReviewUi::slideNeverClipped()
{
    QFETCH(QSize, size);
    QFETCH(int, items);
    SlideContent c = buildSlideContent(m_ws.get(), m_session->meeting(), m_session->currentKpiId());
    c.statusText = QStringLiteral("Off track: 16.1 MADs above the expected 2.41 % for October, "
                                  "the third month in a row (3.50 % in September)");
    c.reason = QStringLiteral("Off track and flagged twice");
    for (int i = 0; i < items; ++i) {
        c.trend << QStringLiteral("Rising by 0.12 pts a month since March; at this pace it "
                                  "reaches 3.9 % by December (80 % interval 3.4 to 4.4 %).");
        c.benchmarks << QStringLiteral("27 % worse than the SaaS median of 2.0 % (industry "
                                       "survey, June 2026)");
        SummaryEntry e;
        e.note.text = QStringLiteral("Call every account that cancelled in October and write "
                                     "down the reason they give, then group the reasons");
        e.note.dueDate = QDate(2026, 11, 30);
        e.ownerName = QStringLiteral("Emma Schulz");
        e.overdue = i % 2 == 0;
        c.openActionItems << e;
        SlideAnomaly a;
        a.period = QDate(2026, 10, 1);
        a.reason = QStringLiteral("16.1 MADs above the expected 2.41 % for a month like this");
        a.judged = i % 2 == 1;
        a.verdictText = QStringLiteral("Known cause: the price change of 1 October reached "
                                       "every annual plan at once");
        c.anomalies << a;
    }
    SlideWidget slide(m_ws.get());
    slide.resize(size);
    slide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&slide));
    slide.showSlide(c, m_session->meeting());
    QCoreApplication::processEvents();
    QVERIFY2(slide.textFits(), qPrintable(slide.detailsText().left(200)));
    if (items == 1)
        QVERIFY(slide.chartShown()); // the chart gives way to text only when it must
    QCOMPARE(slide.detailsText().contains(QStringLiteral("Known cause")), items > 1);
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
    QVERIFY(slide.grab().save(QStringLiteral("screenshots/slide-%1.png")
                                  .arg(QString::fromLatin1(QTest::currentDataTag()))));
    // A smaller window with the same text: it still fits.
    if (items < 10) {
        slide.resize(size * 3 / 4);
        QCoreApplication::processEvents();
        QVERIFY(slide.textFits());
    }
}

void TestReviewUi::screenshots()
{
    // The demo, as of 21 November 2026, reviewing October: richer slides than the fixture.
    m_session.reset();
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws, qPrintable(m_error));
    QVERIFY2(DemoWorkspace::fill(m_ws->connection(), QDate(2026, 11, 21), &m_error),
             qPrintable(m_error));
    m_session = std::make_unique<ReviewSession>(m_ws.get());
    MeetingSetup setup = ReviewSession::proposedSetup(m_ws.get(), QDate(2026, 11, 21));
    QVERIFY2(m_session->start(setup, &m_error), qPrintable(m_error));
    QVERIFY(
        m_session->addDecision(QStringLiteral("Hold the price of the legacy plans."), &m_error));

    PresentationWidget slides(m_session.get());
    slides.resize(1600, 900);
    slides.show();
    PresenterView presenter(m_session.get(), &slides);
    presenter.resize(1200, 700);
    presenter.show();
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
    QTest::qWait(50); // let the layouts settle as the event loop would
    QVERIFY(slides.grab().save(QStringLiteral("screenshots/review-slide.png")));
    QVERIFY(presenter.grab().save(QStringLiteral("screenshots/review-presenter.png")));
    QVERIFY(!presenter.notesList()
                 ->findItems(QStringLiteral("Hold the price"), Qt::MatchContains)
                 .isEmpty());
    QCOMPARE(presenter.agendaEditor()->model()->rowCount(), m_session->itemCount());
    // The agenda's selection follows the item on screen.
    QCOMPARE(presenter.agendaEditor()->view()->currentIndex().row(), m_session->currentIndex());
    press(&slides, QStringLiteral("right,right"));
    QCOMPARE(presenter.agendaEditor()->view()->currentIndex().row(), 2);
    press(&slides, QStringLiteral("home"));
    QCOMPARE(presenter.agendaEditor()->view()->currentIndex().row(), 0);
    press(&slides, QStringLiteral("g"));
    QTest::qWait(20);
    QVERIFY(slides.grab().save(QStringLiteral("screenshots/review-agenda.png")));
    press(&slides, QStringLiteral("esc,a"));
    QTest::qWait(20);
    QVERIFY(slides.grab().save(QStringLiteral("screenshots/review-capture.png")));
    // Keys pressed on the presenter view drive the slides, but not under an open capture
    // panel: there Esc closes the panel first.
    QVERIFY(slides.capturePanel()->isVisible());
    QTest::keyClick(&presenter, Qt::Key_Right);
    QCOMPARE(m_session->currentIndex(), 0);
    QTest::keyClick(&presenter, Qt::Key_Escape);
    QVERIFY(!slides.capturePanel()->isVisible());
    QCOMPARE(slides.page(), PresentationWidget::Page::Slide);
    QTest::keyClick(&presenter, Qt::Key_Right);
    QCOMPARE(m_session->currentIndex(), 1);
    QVERIFY(presenter.timerText().contains(QLatin1String("0:0")));
    // A KPI the previous meeting decided on: the slide says so.
    press(&slides, QStringLiteral("2,enter"));
    QTest::qWait(20);
    QVERIFY2(slides.slide()->detailsText().contains(QLatin1String("Decided on")),
             qPrintable(slides.slide()->detailsText()));
    QVERIFY(slides.grab().save(QStringLiteral("screenshots/review-slide-followup.png")));
    // The summary after the last item.
    press(&slides, QStringLiteral("2,1,enter,right"));
    QCOMPARE(slides.page(), PresentationWidget::Page::Summary);
    QVERIFY(slides.summaryText().contains(QLatin1String("Hold the price of the legacy plans.")));
    QTest::qWait(20);
    QVERIFY(slides.grab().save(QStringLiteral("screenshots/review-summary.png")));
}

void TestReviewUi::actionItemsWindow()
{
    QVERIFY(m_session->next());
    QVERIFY(
        m_session->addActionItem(QStringLiteral("Call accounts"), 1, QDate(2026, 1, 1), &m_error));
    QVERIFY(
        m_session->addActionItem(QStringLiteral("Write the FAQ"), 2, QDate(2099, 1, 1), &m_error));
    ActionItemsWindow window(m_ws.get());
    window.model()->setToday(QDate(2026, 6, 1)); // "overdue" is judged on a fixed day
    window.show();
    QTableView *view = window.view();
    QCOMPARE(view->model()->rowCount(), 2); // open ones by default
    window.stateFilter()->setCurrentIndex(
        window.stateFilter()->findData(int(ActionItemModel::State::Overdue)));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ActionItemModel::TextColumn).data().toString(),
             QStringLiteral("Call accounts"));
    window.stateFilter()->setCurrentIndex(
        window.stateFilter()->findData(int(ActionItemModel::State::Any)));
    window.ownerFilter()->setCurrentIndex(
        window.ownerFilter()->findText(QStringLiteral("Bob Marley")));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ActionItemModel::OwnerColumn).data().toString(),
             QStringLiteral("Bob Marley"));
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
    window.ownerFilter()->setCurrentIndex(0);
    QVERIFY(window.grab().save(QStringLiteral("screenshots/review-action-items.png")));
}

void TestReviewUi::reviewMenu()
{
    MainWindow window;
    QAction *start = nullptr;
    QAction *minutes = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions()) {
                if (a->shortcut() == QKeySequence(Qt::Key_F5))
                    start = a;
                if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Export minutes")))
                    minutes = a;
            }
    QVERIFY(start);
    QVERIFY(!start->isEnabled()); // no workspace yet
    QVERIFY2(minutes, "Review > Export minutes as PDF... is missing");
    QVERIFY(!minutes->isEnabled());
}

QTEST_MAIN(TestReviewUi)
#include "tst_reviewui.moc"
