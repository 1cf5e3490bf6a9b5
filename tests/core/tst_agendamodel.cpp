#include "review/agendamodel.h"
#include "review/reviewsession.h"
#include "reviewfixture.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;

// Editing a meeting's agenda before and during the meeting: through ReviewSession and through
// AgendaModel (moveRows, drag and drop as MIME data, skip, add), each change saved at once and
// undoable, the model checked by QAbstractItemModelTester.
class TestAgendaModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void sessionEditsAreUndoable();
    void undoKeepsTimeAndTheItemOnScreen();
    void moveRows_data();
    void moveRows();
    void dragAndDrop_data();
    void dragAndDrop();
    void dropFromAnotherMeetingIsRefused();
    void skipAndAdd();
    void planBeforeTheMeeting();
    void undoAfterTheMeetingLeftTheScreen();

private:
    bool start(ReviewSession *session);
    // The agenda by KPI key, space-separated.
    QString order(const ReviewSession &session) const;
    QString storedOrder(qint64 meetingId) const;
    QString keyOf(qint64 kpiId) const;
    std::unique_ptr<Workspace> m_ws;
    QDateTime m_now;
    QString m_error;
};

void TestAgendaModel::init()
{
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws && ReviewFixture::fill(m_ws.get(), &m_error), qPrintable(m_error));
    m_now = QDateTime(QDate(2026, 11, 5), QTime(10, 0), Qt::UTC);
}

bool TestAgendaModel::start(ReviewSession *session)
{
    session->setClock([this] { return m_now; });
    MeetingSetup setup;
    setup.title = QStringLiteral("October review");
    setup.date = QDate(2026, 11, 5);
    setup.periodFrom = ReviewFixture::periodFrom();
    setup.periodTo = ReviewFixture::periodTo();
    return session->start(setup, &m_error);
}

QString TestAgendaModel::keyOf(qint64 kpiId) const
{
    const auto k = KpiRepository(m_ws->connection()).byId(kpiId);
    return k ? k->key : QStringLiteral("?");
}

QString TestAgendaModel::order(const ReviewSession &session) const
{
    QStringList keys;
    for (int i = 0; i < session.itemCount(); ++i)
        keys << keyOf(session.item(i).kpiId)
                + (session.item(i).skipped ? QStringLiteral("-") : QString());
    return keys.join(QLatin1Char(' '));
}

QString TestAgendaModel::storedOrder(qint64 meetingId) const
{
    const auto m = ReviewRepository(m_ws->connection()).meeting(meetingId);
    QStringList keys;
    for (const AgendaItem &item : m->agenda)
        keys << keyOf(item.kpiId) + (item.skipped ? QStringLiteral("-") : QString());
    return keys.join(QLatin1Char(' '));
}

static const QString initial = QStringLiteral("revenue churn signups legacy nps activation csat");

void TestAgendaModel::sessionEditsAreUndoable()
{
    ReviewSession session(m_ws.get());
    QVERIFY2(start(&session), qPrintable(m_error));
    QUndoStack *stack = m_ws->undoStack();
    QCOMPARE(order(session), initial);
    QVERIFY(session.moveItem(5, 1));
    QVERIFY(session.setSkipped(3, true));
    QVERIFY(session.addKpi(ReviewFixture::kpiId(m_ws.get(), "old_metric")));
    const QString edited =
        QStringLiteral("revenue old_metric activation churn signups- legacy nps csat");
    QCOMPARE(order(session), edited);
    QCOMPARE(storedOrder(session.meeting().id), edited);
    QCOMPARE(stack->count(), 3);
    QCOMPARE(stack->undoText(), QStringLiteral("Add Old metric to the agenda"));

    stack->undo();
    QCOMPARE(order(session), QStringLiteral("revenue activation churn signups- legacy nps csat"));
    stack->undo();
    QCOMPARE(order(session), QStringLiteral("revenue activation churn signups legacy nps csat"));
    stack->undo();
    QCOMPARE(order(session), initial);
    QCOMPARE(storedOrder(session.meeting().id), initial); // undo is saved at once too
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(order(session), edited);
    QCOMPARE(storedOrder(session.meeting().id), edited);

    // Navigation is not an edit.
    QVERIFY(session.next());
    QCOMPARE(stack->count(), 3);
}

void TestAgendaModel::undoKeepsTimeAndTheItemOnScreen()
{
    ReviewSession session(m_ws.get());
    QVERIFY2(start(&session), qPrintable(m_error));
    QVERIFY(session.jumpTo(2)); // signups
    m_now = m_now.addSecs(120);
    QVERIFY(session.moveItem(2, 0));
    QCOMPARE(session.currentIndex(), 0);
    m_now = m_now.addSecs(30);
    m_ws->undoStack()->undo();
    QCOMPARE(order(session), initial);
    QCOMPARE(session.currentIndex(), 2); // signups is still on screen
    QCOMPARE(keyOf(session.currentKpiId()), QStringLiteral("signups"));
    QCOMPARE(session.secondsOnItem(2), 150);
    // Undoing an added KPI that is on screen shows the item that takes its place.
    const qint64 old = ReviewFixture::kpiId(m_ws.get(), "old_metric");
    QVERIFY(session.addKpi(old));
    QVERIFY(session.jumpTo(3));
    QCOMPARE(session.currentKpiId(), old);
    QSignalSpy current(&session, &ReviewSession::currentChanged);
    m_ws->undoStack()->undo();
    QCOMPARE(session.indexOf(old), -1);
    QCOMPARE(current.count(), 1);
    QCOMPARE(session.currentIndex(), 3);
    QCOMPARE(ReviewRepository(m_ws->connection()).meeting(session.meeting().id)->currentItem, 3);
}

void TestAgendaModel::moveRows_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("destination");
    QTest::addColumn<bool>("moved");
    QTest::addColumn<QString>("expected");
    QTest::newRow("down_one") << 0 << 1 << 2 << true
                              << "churn revenue signups legacy nps activation csat";
    QTest::newRow("up_one") << 1 << 1 << 0 << true
                            << "churn revenue signups legacy nps activation csat";
    QTest::newRow("to_the_end") << 1 << 1 << 7 << true
                                << "revenue signups legacy nps activation csat churn";
    QTest::newRow("block_up") << 4 << 2 << 1 << true
                              << "revenue nps activation churn signups legacy csat";
    QTest::newRow("block_down") << 0 << 3 << 6 << true
                                << "legacy nps activation revenue churn signups csat";
    QTest::newRow("onto_itself") << 2 << 1 << 2 << false << initial;
    QTest::newRow("behind_itself") << 2 << 1 << 3 << false << initial;
    QTest::newRow("into_its_block") << 1 << 3 << 2 << false << initial;
    QTest::newRow("past_the_end") << 1 << 1 << 8 << false << initial;
    QTest::newRow("too_many") << 5 << 3 << 0 << false << initial;
}

void TestAgendaModel::moveRows()
{
    QFETCH(int, first);
    QFETCH(int, count);
    QFETCH(int, destination);
    QFETCH(bool, moved);
    QFETCH(QString, expected);
    ReviewSession session(m_ws.get());
    QVERIFY2(start(&session), qPrintable(m_error));
    QVERIFY(session.next()); // churn on screen
    AgendaModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.moveRows(QModelIndex(), first, count, QModelIndex(), destination), moved);
    QCOMPARE(moves.count(), moved ? 1 : 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(order(session), expected);
    QCOMPARE(storedOrder(session.meeting().id), expected);
    QCOMPARE(keyOf(session.currentKpiId()), QStringLiteral("churn"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        QCOMPARE(i.data(KpiIdRole).toLongLong(), session.item(row).kpiId);
        QVERIFY(i.data().toString().startsWith(
            KpiRepository(m_ws->connection()).byId(session.item(row).kpiId)->name));
        QCOMPARE(i.data(AgendaModel::CurrentRole).toBool(), row == session.currentIndex());
    }
    QCOMPARE(m_ws->undoStack()->count(), moved ? 1 : 0);
    if (moved) {
        m_ws->undoStack()->undo(); // the model follows (a reset)
        QCOMPARE(resets.count(), 1);
        QCOMPARE(order(session), initial);
        QCOMPARE(model.index(first, 0).data(KpiIdRole).toLongLong(), session.item(first).kpiId);
    }
}

void TestAgendaModel::dragAndDrop_data()
{
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<int>("row"); // where the drop lands between items (-1: on parent or end)
    QTest::addColumn<int>("onItem"); // dropped onto this item (-1: none)
    QTest::addColumn<QString>("expected");
    QTest::newRow("first_to_third")
        << QList<int>{0} << 3 << -1 << "churn signups revenue legacy nps activation csat";
    QTest::newRow("last_to_top") << QList<int>{6} << 0 << -1
                                 << "csat revenue churn signups legacy nps activation";
    QTest::newRow("onto_an_item") << QList<int>{5} << -1 << 1
                                  << "revenue activation churn signups legacy nps csat";
    QTest::newRow("below_the_last")
        << QList<int>{2} << -1 << -1 << "revenue churn legacy nps activation csat signups";
    QTest::newRow("two_apart_up") << QList<int>{3, 5} << 1 << -1
                                  << "revenue legacy activation churn signups nps csat";
    QTest::newRow("two_apart_down")
        << QList<int>{0, 2} << 5 << -1 << "churn legacy nps revenue signups activation csat";
    QTest::newRow("onto_itself") << QList<int>{2} << 2 << -1 << initial;
}

void TestAgendaModel::dragAndDrop()
{
    QFETCH(QList<int>, rows);
    QFETCH(int, row);
    QFETCH(int, onItem);
    QFETCH(QString, expected);
    ReviewSession session(m_ws.get());
    QVERIFY2(start(&session), qPrintable(m_error));
    AgendaModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QModelIndexList dragged;
    for (int r : rows)
        dragged << model.index(r, 0);
    QVERIFY(model.flags(dragged.first()) & Qt::ItemIsDragEnabled);
    QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    std::unique_ptr<QMimeData> data(model.mimeData(dragged));
    QVERIFY(data);
    QVERIFY(data->hasFormat(AgendaModel::mimeType()));
    const QModelIndex parent = onItem >= 0 ? model.index(onItem, 0) : QModelIndex();
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, row, 0, parent));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    QCOMPARE(order(session), expected);
    QCOMPARE(storedOrder(session.meeting().id), expected);
    QCOMPARE(model.rowCount(), 7);
    // What a view does after a move (remove the source rows) changes nothing.
    QVERIFY(!model.removeRows(rows.first(), 1));
    QCOMPARE(model.rowCount(), 7);
    // One drop is one undo step, however many items it moved.
    if (expected != initial) {
        QCOMPARE(m_ws->undoStack()->count(), 1);
        m_ws->undoStack()->undo();
        QCOMPARE(order(session), initial);
    }
}

void TestAgendaModel::dropFromAnotherMeetingIsRefused()
{
    ReviewSession first(m_ws.get());
    ReviewSession second(m_ws.get());
    QVERIFY2(start(&first) && start(&second), qPrintable(m_error));
    AgendaModel a(&first);
    AgendaModel b(&second);
    std::unique_ptr<QMimeData> data(a.mimeData({a.index(0, 0)}));
    QVERIFY(!b.canDropMimeData(data.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QVERIFY(!b.dropMimeData(data.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QMimeData garbage;
    garbage.setData(AgendaModel::mimeType(), QByteArray("not rows"));
    QVERIFY(!a.dropMimeData(&garbage, Qt::MoveAction, 3, 0, QModelIndex()));
    QCOMPARE(order(first), initial);
    QCOMPARE(order(second), initial);
}

void TestAgendaModel::skipAndAdd()
{
    ReviewSession session(m_ws.get());
    QVERIFY2(start(&session), qPrintable(m_error));
    AgendaModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex nps = model.index(4, 0);
    QCOMPARE(nps.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.flags(nps) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(nps, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(nps.data(AgendaModel::SkippedRole).toBool(), true);
    QVERIFY(nps.data().toString().endsWith(QLatin1String(" (skipped)")));
    QCOMPARE(storedOrder(session.meeting().id),
             QStringLiteral("revenue churn signups legacy nps- activation csat"));
    QVERIFY(!model.setData(nps, Qt::Unchecked, Qt::CheckStateRole)); // already skipped
    QVERIFY(!model.setData(nps, QStringLiteral("x"), Qt::EditRole));
    QVERIFY(session.next()); // churn on screen: an added KPI goes after it

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const qint64 old = ReviewFixture::kpiId(m_ws.get(), "old_metric");
    QVERIFY(model.addKpi(old));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.index(2, 0).data(KpiIdRole).toLongLong(), old);
    QCOMPARE(model.index(2, 0).data(AgendaModel::ReasonRole).toString(),
             reasonText(AgendaReason::Added));
    QVERIFY(model.index(3, 0).data().toString().startsWith(QStringLiteral("Signups — ")));
    QVERIFY(!model.addKpi(999));
    // Adding a skipped KPI puts it back instead.
    QVERIFY(model.addKpi(ReviewFixture::kpiId(m_ws.get(), "nps")));
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(storedOrder(session.meeting().id),
             QStringLiteral("revenue churn old_metric signups legacy nps activation csat"));
    QCOMPARE(m_ws->undoStack()->count(), 3);
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(storedOrder(session.meeting().id),
             QStringLiteral("revenue churn signups legacy nps- activation csat"));
}

void TestAgendaModel::planBeforeTheMeeting()
{
    qint64 id = 0;
    {
        ReviewSession planner(m_ws.get());
        planner.setClock([this] { return m_now; });
        MeetingSetup setup;
        setup.title = QStringLiteral("Planned review");
        setup.date = QDate(2026, 11, 12);
        setup.periodFrom = ReviewFixture::periodFrom();
        setup.periodTo = ReviewFixture::periodTo();
        QVERIFY2(planner.plan(setup, &m_error), qPrintable(m_error));
        QVERIFY(!planner.isRunning());
        id = planner.meeting().id;
    }
    auto stored = ReviewRepository(m_ws->connection()).meeting(id);
    QCOMPARE(stored->status, MeetingStatus::Planned);
    QVERIFY(!stored->startedAt.isValid());
    {
        // The agenda is edited days before: no clock runs, the meeting stays planned.
        ReviewSession editor(m_ws.get());
        editor.setClock([this] { return m_now; });
        QVERIFY2(editor.openAgenda(id, &m_error), qPrintable(m_error));
        AgendaModel model(&editor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.moveRows(QModelIndex(), 6, 1, QModelIndex(), 0));
        QVERIFY(model.setSkipped(3, true));
        m_now = m_now.addSecs(600);
        QCOMPARE(editor.secondsOnItem(0), 0);
    }
    stored = ReviewRepository(m_ws->connection()).meeting(id);
    QCOMPARE(stored->status, MeetingStatus::Planned);
    QVERIFY(!stored->startedAt.isValid());
    const QString planned = QStringLiteral("csat revenue churn signups- legacy nps activation");
    QCOMPARE(storedOrder(id), planned);

    // On the day it starts with the edited agenda.
    ReviewSession meeting(m_ws.get());
    meeting.setClock([this] { return m_now; });
    QVERIFY2(meeting.open(id, &m_error), qPrintable(m_error));
    QVERIFY(meeting.isRunning());
    QCOMPARE(order(meeting), planned);
    QVERIFY(meeting.finish(&m_error));
    ReviewSession late(m_ws.get());
    QVERIFY(!late.openAgenda(id, &m_error)); // a closed meeting's agenda stays as it was
    QVERIFY(m_error.contains(QLatin1String("Planned review")));
    QVERIFY(!late.openAgenda(9999, &m_error));
}

void TestAgendaModel::undoAfterTheMeetingLeftTheScreen()
{
    qint64 id = 0;
    {
        ReviewSession session(m_ws.get());
        QVERIFY2(start(&session), qPrintable(m_error));
        QVERIFY(session.moveItem(0, 6));
        id = session.meeting().id;
    }
    // The step has nothing left to act on: undoing it leaves the saved agenda alone.
    const QString saved = storedOrder(id);
    QCOMPARE(m_ws->undoStack()->count(), 1);
    m_ws->undoStack()->undo();
    QCOMPARE(storedOrder(id), saved);
    QCOMPARE(m_ws->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
