#include "review/followup.h"
#include "review/meetingsummary.h"
#include "review/reviewsession.h"
#include "reviewfixture.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;

// A meeting driven through ReviewSession without a window: agenda edits, navigation, the timer,
// capture, and what the next meeting sees of it.
class TestReviewSession : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void startBuildsAndSavesTheAgenda();
    void navigation_data();
    void navigation();
    void agendaEdits();
    void timerBooksTimePerItem();
    void capture();
    void captureRejectsIncompleteInput_data();
    void captureRejectsIncompleteInput();
    void reopenResumesWhereItStopped();
    void followUpAcrossMeetings();
    void summary();
    void proposedSetup();

private:
    bool startMeeting(ReviewSession *session, const QDate &date = QDate(2026, 11, 5));
    qint64 owner() { return OwnerRepository(m_ws->connection()).all().first().id; }
    std::unique_ptr<Workspace> m_ws;
    QDateTime m_now;
    QString m_error;
};

void TestReviewSession::init()
{
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws && ReviewFixture::fill(m_ws.get(), &m_error), qPrintable(m_error));
    m_now = QDateTime(QDate(2026, 11, 5), QTime(10, 0), Qt::UTC);
}

bool TestReviewSession::startMeeting(ReviewSession *session, const QDate &date)
{
    session->setClock([this] { return m_now; });
    MeetingSetup setup;
    setup.title = QStringLiteral("October review");
    setup.date = date;
    setup.attendees = QStringList{QStringLiteral("Ada Lovelace")};
    setup.periodFrom = ReviewFixture::periodFrom();
    setup.periodTo = ReviewFixture::periodTo();
    return session->start(setup, &m_error);
}

void TestReviewSession::startBuildsAndSavesTheAgenda()
{
    ReviewSession session(m_ws.get());
    QSignalSpy saved(m_ws.get(), &Workspace::changed);
    QVERIFY2(startMeeting(&session), qPrintable(m_error));
    QVERIFY(session.isRunning());
    QCOMPARE(session.itemCount(), 7);
    QCOMPARE(session.currentIndex(), 0);
    QCOMPARE(session.currentKpiId(), ReviewFixture::kpiId(m_ws.get(), "revenue"));
    QCOMPARE(saved.count(), 1);
    const auto stored = ReviewRepository(m_ws->connection()).meeting(session.meeting().id);
    QVERIFY(stored);
    QCOMPARE(stored->status, MeetingStatus::Running);
    QCOMPARE(stored->agenda, session.meeting().agenda);
    QCOMPARE(stored->startedAt, m_now);
    QCOMPARE(m_ws->undoStack()->count(), 0); // meeting state is not an undoable edit

    MeetingSetup bad;
    bad.title = QStringLiteral("x");
    bad.date = QDate(2026, 11, 5);
    bad.periodFrom = QDate(2026, 10, 31);
    bad.periodTo = QDate(2026, 10, 1);
    ReviewSession other(m_ws.get());
    QVERIFY(!other.start(bad, &m_error));
    QVERIFY(!m_error.isEmpty());
    QVERIFY(!other.isOpen());
}

void TestReviewSession::navigation_data()
{
    QTest::addColumn<QString>("steps"); // n next, p previous, digits: jump to that index
    QTest::addColumn<QList<int>>("skipped");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("lastStepMoved");
    QTest::newRow("next") << "n" << QList<int>{} << 1 << true;
    QTest::newRow("next_twice") << "nn" << QList<int>{} << 2 << true;
    QTest::newRow("previous_at_start") << "p" << QList<int>{} << 0 << false;
    QTest::newRow("next_passes_skipped") << "n" << QList<int>{1, 2} << 3 << true;
    QTest::newRow("previous_passes_skipped") << "4p" << QList<int>{2, 3} << 1 << true;
    QTest::newRow("next_at_end") << "6n" << QList<int>{} << 6 << false;
    QTest::newRow("end_when_rest_skipped") << "4n" << QList<int>{5, 6} << 4 << false;
    QTest::newRow("jump") << "5" << QList<int>{} << 5 << true;
    QTest::newRow("jump_to_skipped") << "3" << QList<int>{3} << 3 << true;
    QTest::newRow("jump_out_of_range") << "9" << QList<int>{} << 0 << false;
}

void TestReviewSession::navigation()
{
    QFETCH(QString, steps);
    QFETCH(QList<int>, skipped);
    QFETCH(int, expected);
    QFETCH(bool, lastStepMoved);
    ReviewSession session(m_ws.get());
    QVERIFY2(startMeeting(&session), qPrintable(m_error));
    for (int i : skipped)
        QVERIFY(session.setSkipped(i, true));
    QSignalSpy current(&session, &ReviewSession::currentChanged);
    bool moved = false;
    for (QChar c : steps) {
        if (c == QLatin1Char('n'))
            moved = session.next();
        else if (c == QLatin1Char('p'))
            moved = session.previous();
        else
            moved = session.jumpTo(c.digitValue());
    }
    QCOMPARE(moved, lastStepMoved);
    QCOMPARE(session.currentIndex(), expected);
    QVERIFY(!session.item(expected).skipped);
    // The current item is in the workspace at once.
    QCOMPARE(ReviewRepository(m_ws->connection()).meeting(session.meeting().id)->currentItem,
             expected);
    QCOMPARE(session.isAtEnd(), expected == 6 || (skipped == QList<int>{5, 6} && expected == 4));
    QVERIFY(current.count() <= steps.size());
}

void TestReviewSession::agendaEdits()
{
    ReviewSession session(m_ws.get());
    QVERIFY2(startMeeting(&session), qPrintable(m_error));
    const qint64 churn = ReviewFixture::kpiId(m_ws.get(), "churn");
    const qint64 archived = ReviewFixture::kpiId(m_ws.get(), "old_metric");
    QVERIFY(session.next()); // on churn
    QCOMPARE(session.currentKpiId(), churn);

    // Reordering keeps the item on screen.
    QVERIFY(session.moveItem(1, 4));
    QCOMPARE(session.currentIndex(), 4);
    QCOMPARE(session.currentKpiId(), churn);
    QVERIFY(!session.moveItem(0, 7));

    // Adding puts the KPI right after the current item; adding it twice does nothing.
    QVERIFY(session.addKpi(archived));
    QCOMPARE(session.item(5).kpiId, archived);
    QCOMPARE(session.item(5).reason, QStringLiteral("added"));
    QCOMPARE(session.itemCount(), 8);
    QVERIFY(!session.addKpi(archived));
    QVERIFY(!session.addKpi(999));

    // Hiding the rest skips the KPIs with nothing to discuss, and brings them back.
    session.setRestHidden(true);
    int hidden = 0;
    for (int i = 0; i < session.itemCount(); ++i)
        hidden += session.item(i).skipped;
    QCOMPARE(hidden, 2);
    session.setRestHidden(false);
    for (int i = 0; i < session.itemCount(); ++i)
        QVERIFY(!session.item(i).skipped);

    // Removing the item on screen shows the next one.
    QVERIFY(session.removeItem(4));
    QCOMPARE(session.itemCount(), 7);
    QCOMPARE(session.currentKpiId(), archived);
    QCOMPARE(session.indexOf(churn), -1);

    const auto stored = ReviewRepository(m_ws->connection()).meeting(session.meeting().id);
    QCOMPARE(stored->agenda, session.meeting().agenda);
    QCOMPARE(stored->currentItem, session.currentIndex());
}

void TestReviewSession::timerBooksTimePerItem()
{
    ReviewSession session(m_ws.get());
    QVERIFY2(startMeeting(&session), qPrintable(m_error));
    m_now = m_now.addSecs(90);
    QCOMPARE(session.secondsOnItem(0), 90); // running, not booked yet
    QCOMPARE(session.item(0).secondsSpent, 0);
    QVERIFY(session.next());
    QCOMPARE(session.item(0).secondsSpent, 90);
    m_now = m_now.addSecs(30);
    QVERIFY(session.saveTime(&m_error)); // what the periodic save does
    QCOMPARE(ReviewRepository(m_ws->connection())
                 .meeting(session.meeting().id)
                 ->agenda.at(1)
                 .secondsSpent,
             30);
    m_now = m_now.addSecs(15);
    QVERIFY(session.previous());
    QCOMPARE(session.item(1).secondsSpent, 45);
    m_now = m_now.addSecs(60);
    QCOMPARE(session.secondsOnItem(0), 150);
    QCOMPARE(session.elapsedSeconds(), 195);
    QCOMPARE(session.totalSecondsOnItems(), 195);
    QVERIFY2(session.finish(&m_error), qPrintable(m_error));
    m_now = m_now.addSecs(600); // a closed meeting's clock stands still
    QCOMPARE(session.elapsedSeconds(), 195);
    QCOMPARE(session.secondsOnItem(0), 150);
    const auto stored = ReviewRepository(m_ws->connection()).meeting(session.meeting().id);
    QCOMPARE(stored->status, MeetingStatus::Closed);
    QCOMPARE(stored->agenda.at(0).secondsSpent, 150);
    QCOMPARE(stored->startedAt.secsTo(stored->endedAt), 195);
    QVERIFY(!session.finish(&m_error));
}

void TestReviewSession::capture()
{
    ReviewSession session(m_ws.get());
    QVERIFY2(startMeeting(&session), qPrintable(m_error));
    QVERIFY(session.next());
    const qint64 churn = session.currentKpiId();
    QSignalSpy captured(&session, &ReviewSession::captured);
    QVERIFY2(session.addNote(QStringLiteral("  Churn rose after the price change. "), &m_error),
             qPrintable(m_error));
    QVERIFY(session.addDecision(QStringLiteral("Freeze prices for legacy plans."), &m_error));
    QVERIFY(session.addActionItem(QStringLiteral("Call the ten largest accounts."), owner(),
                                  QDate(2026, 11, 20), &m_error));
    QVERIFY2(session.judgeAnomaly(QDate(2026, 10, 1), Verdict::KnownCause,
                                  QStringLiteral("Price change"), &m_error),
             qPrintable(m_error));
    QCOMPARE(captured.count(), 3);

    const QVector<ReviewNote> notes =
        ReviewRepository(m_ws->connection()).notesForMeeting(session.meeting().id);
    QCOMPARE(notes.size(), 3);
    for (const ReviewNote &n : notes) {
        QCOMPARE(n.kpiId, churn);
        QCOMPARE(n.meetingId, session.meeting().id);
        QCOMPARE(n.period, ReviewFixture::periodFrom());
    }
    QCOMPARE(notes.at(0).text, QStringLiteral("Churn rose after the price change."));
    QCOMPARE(notes.at(1).kind, NoteKind::Decision);
    QCOMPARE(notes.at(2).kind, NoteKind::ActionItem);
    QCOMPARE(notes.at(2).ownerId, owner());
    QCOMPARE(notes.at(2).dueDate, QDate(2026, 11, 20));
    QCOMPARE(session.notesOnCurrent().size(), 3);
    const QVector<AnomalyVerdict> verdicts = ReviewRepository(m_ws->connection()).verdicts(churn);
    QCOMPARE(verdicts.size(), 1);
    QCOMPARE(verdicts.first().verdict, Verdict::KnownCause);
    QCOMPARE(verdicts.first().meetingId, session.meeting().id);

    // Captures are ordinary edits: undo takes the verdict back out of the workspace.
    QCOMPARE(m_ws->undoStack()->count(), 4);
    m_ws->undoStack()->undo();
    QVERIFY(ReviewRepository(m_ws->connection()).verdicts(churn).isEmpty());

    QVERIFY(session.next());
    QVERIFY(session.notesOnCurrent().isEmpty());
}

void TestReviewSession::captureRejectsIncompleteInput_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("withOwner");
    QTest::addColumn<QDate>("due");
    QTest::newRow("empty_note") << int(NoteKind::Note) << QStringLiteral("   ") << false << QDate();
    QTest::newRow("empty_decision") << int(NoteKind::Decision) << QString() << false << QDate();
    QTest::newRow("action_without_owner")
        << int(NoteKind::ActionItem) << QStringLiteral("Do it") << false << QDate(2026, 12, 1);
    QTest::newRow("action_without_due_date")
        << int(NoteKind::ActionItem) << QStringLiteral("Do it") << true << QDate();
}

void TestReviewSession::captureRejectsIncompleteInput()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(bool, withOwner);
    QFETCH(QDate, due);
    ReviewSession session(m_ws.get());
    QVERIFY2(startMeeting(&session), qPrintable(m_error));
    m_error.clear();
    bool ok = true;
    switch (NoteKind(kind)) {
    case NoteKind::Note:
        ok = session.addNote(text, &m_error);
        break;
    case NoteKind::Decision:
        ok = session.addDecision(text, &m_error);
        break;
    case NoteKind::ActionItem:
        ok = session.addActionItem(text, withOwner ? owner() : 0, due, &m_error);
        break;
    }
    QVERIFY(!ok);
    QVERIFY(!m_error.isEmpty());
    QVERIFY(ReviewRepository(m_ws->connection()).notes().isEmpty());
    QCOMPARE(m_ws->undoStack()->count(), 0);
}

void TestReviewSession::reopenResumesWhereItStopped()
{
    qint64 id = 0;
    {
        ReviewSession session(m_ws.get());
        QVERIFY2(startMeeting(&session), qPrintable(m_error));
        QVERIFY(session.jumpTo(3));
        m_now = m_now.addSecs(40);
        id = session.meeting().id;
    } // the destructor books the running time
    ReviewSession again(m_ws.get());
    again.setClock([this] { return m_now; });
    QVERIFY2(again.open(id, &m_error), qPrintable(m_error));
    QVERIFY(again.isRunning());
    QCOMPARE(again.currentIndex(), 3);
    QCOMPARE(again.item(3).secondsSpent, 40);
    QVERIFY(!again.open(4242, &m_error));
    QVERIFY(m_error.contains(QLatin1String("4242")));
}

void TestReviewSession::followUpAcrossMeetings()
{
    const qint64 churn = ReviewFixture::kpiId(m_ws.get(), "churn");
    qint64 firstId = 0;
    {
        ReviewSession first(m_ws.get());
        QVERIFY2(startMeeting(&first, QDate(2026, 10, 5)), qPrintable(m_error));
        QVERIFY(first.jumpTo(first.indexOf(churn)));
        QVERIFY(first.addDecision(QStringLiteral("Freeze prices."), &m_error));
        QVERIFY(first.addActionItem(QStringLiteral("Call accounts."), owner(), QDate(2026, 10, 20),
                                    &m_error));
        QVERIFY(first.addActionItem(QStringLiteral("Write the FAQ."), owner(), QDate(2026, 12, 20),
                                    &m_error));
        QVERIFY(first.finish(&m_error));
        firstId = first.meeting().id;
    }
    ReviewSession second(m_ws.get());
    QVERIFY2(startMeeting(&second, QDate(2026, 11, 5)), qPrintable(m_error));
    FollowUp followUp(m_ws->connection());
    const std::optional<ReviewMeeting> previous = followUp.previousMeeting(second.meeting());
    QVERIFY(previous);
    QCOMPARE(previous->id, firstId);
    QVERIFY(!followUp.previousMeeting(*previous));
    QCOMPARE(followUp.entries(previous->id, NoteKind::Decision, churn).size(), 1);
    QCOMPARE(
        followUp.entries(previous->id, NoteKind::Decision, ReviewFixture::kpiId(m_ws.get(), "nps"))
            .size(),
        0);
    QVector<ReviewNote> open = followUp.openActionItems(churn);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.first().text, QStringLiteral("Call accounts.")); // earliest due first
    const QVector<ReviewNote> overdue = followUp.overdueActionItems(QDate(2026, 11, 5));
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue.first().text, QStringLiteral("Call accounts."));

    // Done in the second meeting: no longer open, no longer overdue.
    ReviewNote done = overdue.first();
    done.done = true;
    QVERIFY(m_ws->updateNote(done, &m_error));
    QCOMPARE(followUp.openActionItems(churn).size(), 1);
    QVERIFY(followUp.overdueActionItems(QDate(2026, 11, 5)).isEmpty());
    QCOMPARE(followUp.overdueActionItems(QDate(2026, 12, 21)).size(), 1);
}

void TestReviewSession::summary()
{
    ReviewSession session(m_ws.get());
    QVERIFY2(startMeeting(&session), qPrintable(m_error));
    QVERIFY(session.setSkipped(6, true));
    m_now = m_now.addSecs(120);
    QVERIFY(session.next());
    QVERIFY(session.addDecision(QStringLiteral("Freeze prices."), &m_error));
    QVERIFY(session.addActionItem(QStringLiteral("Call accounts."), owner(), QDate(2026, 11, 1),
                                  &m_error));
    QVERIFY(session.judgeAnomaly(QDate(2026, 10, 1), Verdict::Confirmed,
                                 QStringLiteral("Real rise"), &m_error));
    QVERIFY(session.next());
    QVERIFY(session.addNote(QStringLiteral("Signups slowed in October."), &m_error));
    m_now = m_now.addSecs(300);
    QVERIFY(session.finish(&m_error));

    const std::optional<MeetingSummary> s = MeetingSummary::build(
        m_ws->connection(), session.meeting().id, QDate(2026, 11, 5), &m_error);
    QVERIFY2(s, qPrintable(m_error));
    QCOMPARE(s->decisions.size(), 1);
    QCOMPARE(s->decisions.first().kpiName, QStringLiteral("Churn"));
    QCOMPARE(s->actionItems.size(), 1);
    QCOMPARE(s->actionItems.first().ownerName, QStringLiteral("Ada Lovelace"));
    QVERIFY(s->actionItems.first().overdue);
    QCOMPARE(s->anomalies.size(), 1);
    QCOMPARE(s->anomalies.first().verdict.verdict, Verdict::Confirmed);
    QCOMPARE(s->notes.size(), 1);
    QCOMPARE(s->kpis.size(), 7);
    QCOMPARE(s->kpis.at(1).kpiName, QStringLiteral("Churn"));
    QCOMPARE(s->kpis.at(1).decisions.size(), 1);
    QCOMPARE(s->kpis.at(1).anomalies.size(), 1);
    QCOMPARE(s->kpis.at(0).secondsSpent, 120);
    // Discussed: the first item (120 s on screen), Churn (entries, no time) and the third (a note
    // and 300 s); items 4 to 6 were never shown: not discussed (issue 15).
    QCOMPARE(s->discussed, 3);
    QCOMPARE(s->skipped, 1);
    QCOMPARE(s->notDiscussed, 3);
    QVERIFY(s->kpis.at(1).discussed);
    QVERIFY(!s->kpis.at(3).discussed);
    QCOMPARE(s->durationSeconds, 420);
    const QString text = s->toText();
    QVERIFY(text.contains(QLatin1String("Freeze prices.")));
    QVERIFY(text.contains(QLatin1String("Ada Lovelace")));
    QVERIFY(text.contains(QLatin1String("Real rise")));
    QVERIFY(text.startsWith(QLatin1String("# October review")));
    QVERIFY(!MeetingSummary::build(m_ws->connection(), 777, QDate(2026, 11, 5), &m_error));
}

void TestReviewSession::proposedSetup()
{
    const MeetingSetup setup = ReviewSession::proposedSetup(m_ws.get(), QDate(2026, 1, 14));
    QCOMPARE(setup.periodFrom, QDate(2025, 12, 1));
    QCOMPARE(setup.periodTo, QDate(2025, 12, 31));
    QCOMPARE(setup.date, QDate(2026, 1, 14));
    QCOMPARE(setup.attendees,
             (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Bob Marley")}));
    QVERIFY(!setup.title.isEmpty());
}

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
