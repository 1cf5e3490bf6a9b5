#include "demo/demoworkspace.h"
#include "models/roles.h"
#include "review/actionitemmodel.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;

// The action-item list across meetings, filtered by owner and state, under the model tester
// while the workspace changes.
class TestActionItemModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void filters_data();
    void filters();
    void markingDoneIsUndoable();
    void followsNewItems();

private:
    qint64 ownerId(const QString &name);
    std::unique_ptr<Workspace> m_ws;
    QString m_error;
};

// The demo as of 21 Nov 2026 has three action items: Emma's (done), Farid's (due 5 days ago,
// open: overdue) and Deepak's (due in 20 days, open).
void TestActionItemModel::init()
{
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws, qPrintable(m_error));
    QVERIFY2(DemoWorkspace::fill(m_ws->connection(), QDate(2026, 11, 21), &m_error),
             qPrintable(m_error));
}

qint64 TestActionItemModel::ownerId(const QString &name)
{
    for (const Owner &o : OwnerRepository(m_ws->connection()).all())
        if (o.name == name)
            return o.id;
    return -1;
}

void TestActionItemModel::filters_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("owners"); // expected rows' owners, in order
    using S = ActionItemModel::State;
    QTest::newRow("all") << QString() << int(S::Any)
                         << QStringList{QStringLiteral("Emma Schulz"),
                                        QStringLiteral("Farid Haddad"),
                                        QStringLiteral("Deepak Rao")};
    QTest::newRow("open") << QString() << int(S::Open)
                          << QStringList{QStringLiteral("Farid Haddad"),
                                         QStringLiteral("Deepak Rao")};
    QTest::newRow("done") << QString() << int(S::Done)
                          << QStringList{QStringLiteral("Emma Schulz")};
    QTest::newRow("overdue") << QString() << int(S::Overdue)
                             << QStringList{QStringLiteral("Farid Haddad")};
    QTest::newRow("owner_deepak") << QStringLiteral("Deepak Rao") << int(S::Any)
                                  << QStringList{QStringLiteral("Deepak Rao")};
    QTest::newRow("owner_deepak_overdue")
        << QStringLiteral("Deepak Rao") << int(S::Overdue) << QStringList{};
    QTest::newRow("owner_without_items")
        << QStringLiteral("Alice Martin") << int(S::Any) << QStringList{};
}

void TestActionItemModel::filters()
{
    QFETCH(QString, owner);
    QFETCH(int, state);
    QFETCH(QStringList, owners);
    ActionItemModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 11, 21));
    QCOMPARE(model.rowCount(), 3);
    if (!owner.isEmpty())
        model.setOwnerFilter(ownerId(owner));
    model.setStateFilter(ActionItemModel::State(state));
    QStringList got;
    for (int row = 0; row < model.rowCount(); ++row) {
        got << model.index(row, ActionItemModel::OwnerColumn).data().toString();
        QVERIFY(!model.index(row, ActionItemModel::MeetingColumn).data().toString().isEmpty());
        QVERIFY(!model.index(row, ActionItemModel::KpiColumn).data().toString().isEmpty());
    }
    QCOMPARE(got, owners);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex state = model.index(row, ActionItemModel::StateColumn);
        const bool overdue = state.data(OverdueRole).toBool();
        QCOMPARE(state.data().toString(),
                 state.data(DoneRole).toBool() ? QStringLiteral("Done")
                     : overdue                 ? QStringLiteral("Overdue")
                                               : QStringLiteral("Open"));
    }
    model.setOwnerFilter(0);
    model.setStateFilter(ActionItemModel::State::Any);
    QCOMPARE(model.rowCount(), 3);
}

void TestActionItemModel::markingDoneIsUndoable()
{
    ActionItemModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 11, 21));
    model.setStateFilter(ActionItemModel::State::Overdue);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex state = model.index(0, ActionItemModel::StateColumn);
    QVERIFY(model.flags(state) & Qt::ItemIsUserCheckable);
    const qint64 id = state.data(IdRole).toLongLong();
    QVERIFY(model.setData(state, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.rowCount(), 0); // done: no longer overdue
    QVERIFY(ReviewRepository(m_ws->connection()).note(id)->done);
    m_ws->undoStack()->undo();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!ReviewRepository(m_ws->connection()).note(id)->done);
    QVERIFY(!model.setData(model.index(0, ActionItemModel::TextColumn), Qt::Checked,
                           Qt::CheckStateRole));
}

void TestActionItemModel::followsNewItems()
{
    ActionItemModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 11, 21));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ReviewNote n;
    n.kind = NoteKind::ActionItem;
    n.text = QStringLiteral("Earliest of all");
    n.ownerId = ownerId(QStringLiteral("Alice Martin"));
    n.dueDate = QDate(2026, 1, 1);
    QVERIFY2(m_ws->addNote(&n, &m_error), qPrintable(m_error));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(0, ActionItemModel::TextColumn).data().toString(),
             QStringLiteral("Earliest of all"));
    // A plain note is not an action item.
    ReviewNote plain;
    plain.text = QStringLiteral("Just a note");
    QVERIFY(m_ws->addNote(&plain, &m_error));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(m_ws->removeOwner(n.ownerId, &m_error));
    QCOMPARE(model.index(0, ActionItemModel::OwnerColumn).data().toString(), QString());
}

QTEST_GUILESS_MAIN(TestActionItemModel)
#include "tst_actionitemmodel.moc"
