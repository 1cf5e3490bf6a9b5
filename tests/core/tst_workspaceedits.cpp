#include "storage/benchmarkrepository.h"
#include "storage/changelogrepository.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"
#include "storage/targetrepository.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;

// Every kind of edit: applied, undone, redone, and written to the change log each time.
class TestWorkspaceEdits : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void owner();
    void kpi();
    void kpiRemovalRestoresDependents();
    void omtmMoves();
    void target();
    void benchmark();
    void values();
    void note();
    void verdict();
    void rejectedEditsChangeNothing_data();
    void rejectedEditsChangeNothing();

private:
    Kpi makeKpi(const QString &key);
    int logCount() const
    {
        return ChangeLogRepository(m_ws->connection()).entries(0, 100000).size();
    }
    std::unique_ptr<Workspace> m_ws;
    QString m_error;
};

Kpi TestWorkspaceEdits::makeKpi(const QString &key)
{
    Kpi k;
    k.key = key;
    k.name = key.toUpper();
    k.cadence = Cadence::Daily;
    return k;
}

void TestWorkspaceEdits::init()
{
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws, qPrintable(m_error));
    m_ws->setUserName(QStringLiteral("tester"));
}

void TestWorkspaceEdits::owner()
{
    Owner o;
    o.name = QStringLiteral("Ada");
    QSignalSpy added(m_ws.get(), &Workspace::changed);
    QVERIFY2(m_ws->addOwner(&o, &m_error), qPrintable(m_error));
    QCOMPARE(added.count(), 1);
    Owner changed = o;
    changed.team = QStringLiteral("Growth");
    QVERIFY(m_ws->updateOwner(changed, &m_error));
    OwnerRepository repo(m_ws->connection());
    QCOMPARE(repo.byId(o.id)->team, QStringLiteral("Growth"));
    m_ws->undoStack()->undo();
    QCOMPARE(repo.byId(o.id)->team, QString());
    m_ws->undoStack()->undo();
    QVERIFY(!repo.byId(o.id));
    m_ws->undoStack()->redo();
    m_ws->undoStack()->redo();
    QCOMPARE(repo.byId(o.id)->team, QStringLiteral("Growth"));
    const auto log = ChangeLogRepository(m_ws->connection()).entries();
    QCOMPARE(log.size(), 6); // created, team, undo team, undo create, redo create, redo team
    QCOMPARE(log.first().field, QStringLiteral("team"));
    QCOMPARE(log.first().newValue, QStringLiteral("Growth"));
    QCOMPARE(log.first().who, QStringLiteral("tester"));
}

void TestWorkspaceEdits::kpi()
{
    Kpi k = makeKpi(QStringLiteral("dau"));
    QVERIFY2(m_ws->addKpi(&k, &m_error), qPrintable(m_error));
    Kpi renamed = k;
    renamed.name = QStringLiteral("Daily active users");
    QSignalSpy changed(m_ws.get(), &Workspace::changed);
    QVERIFY(m_ws->updateKpi(renamed, &m_error));
    QCOMPARE(changed.count(), 1);
    KpiRepository repo(m_ws->connection());
    QCOMPARE(repo.byId(k.id)->name, QStringLiteral("Daily active users"));
    m_ws->undoStack()->undo();
    QCOMPARE(repo.byId(k.id)->name, QStringLiteral("DAU"));
    m_ws->undoStack()->redo();
    QCOMPARE(repo.byId(k.id)->name, QStringLiteral("Daily active users"));
    const auto log = ChangeLogRepository(m_ws->connection()).entries(k.id);
    QCOMPARE(log.first().field, QStringLiteral("name"));
    QCOMPARE(log.first().oldValue, QStringLiteral("DAU"));
}

void TestWorkspaceEdits::kpiRemovalRestoresDependents()
{
    Kpi k = makeKpi(QStringLiteral("mrr"));
    QVERIFY(m_ws->addKpi(&k, &m_error));
    QVERIFY(m_ws->setValue(k.id, QDate(2024, 1, 1), 10, &m_error));
    Target t;
    t.kpiId = k.id;
    t.value = 20;
    t.effectiveFrom = QDate(2024, 1, 1);
    QVERIFY(m_ws->addTarget(&t, &m_error));
    ReviewNote n;
    n.kpiId = k.id;
    n.text = QStringLiteral("keep");
    QVERIFY(m_ws->addNote(&n, &m_error));
    QVERIFY2(m_ws->removeKpi(k.id, &m_error), qPrintable(m_error));
    QVERIFY(!KpiRepository(m_ws->connection()).byId(k.id));
    QCOMPARE(MeasurementRepository(m_ws->connection()).count(), 0);
    m_ws->undoStack()->undo();
    QVERIFY(KpiRepository(m_ws->connection()).byId(k.id));
    QCOMPARE(MeasurementRepository(m_ws->connection()).get(k.id, QDate(2024, 1, 1))->value, 10.0);
    QCOMPARE(TargetRepository(m_ws->connection()).forKpi(k.id).size(), 1);
    QCOMPARE(ReviewRepository(m_ws->connection()).note(n.id)->kpiId, k.id);
}

void TestWorkspaceEdits::omtmMoves()
{
    Kpi a = makeKpi(QStringLiteral("a"));
    a.omtm = true;
    Kpi b = makeKpi(QStringLiteral("b"));
    QVERIFY(m_ws->addKpi(&a, &m_error));
    QVERIFY(m_ws->addKpi(&b, &m_error));
    b.omtm = true;
    QVERIFY2(m_ws->updateKpi(b, &m_error), qPrintable(m_error));
    KpiRepository repo(m_ws->connection());
    QVERIFY(!repo.byId(a.id)->omtm);
    QVERIFY(repo.byId(b.id)->omtm);
    m_ws->undoStack()->undo(); // one step restores both
    QVERIFY(repo.byId(a.id)->omtm);
    QVERIFY(!repo.byId(b.id)->omtm);
}

void TestWorkspaceEdits::target()
{
    Kpi k = makeKpi(QStringLiteral("nps"));
    QVERIFY(m_ws->addKpi(&k, &m_error));
    Target t;
    t.kpiId = k.id;
    t.low = 10;
    t.high = 20;
    t.effectiveFrom = QDate(2024, 1, 1);
    t.deadline = QDate(2024, 12, 31);
    QSignalSpy spy(m_ws.get(), &Workspace::changed);
    QVERIFY2(m_ws->addTarget(&t, &m_error), qPrintable(m_error));
    t.high = 30;
    QVERIFY(m_ws->updateTarget(t, &m_error));
    TargetRepository repo(m_ws->connection());
    QCOMPARE(*repo.byId(t.id)->high, 30.0);
    m_ws->undoStack()->undo();
    QCOMPARE(*repo.byId(t.id)->high, 20.0);
    QVERIFY(m_ws->removeTarget(t.id, &m_error));
    QVERIFY(!repo.byId(t.id));
    m_ws->undoStack()->undo();
    QCOMPARE(*repo.byId(t.id)->high, 20.0);
    QCOMPARE(spy.count(), 5);
    QVERIFY(logCount() >= 5);
}

void TestWorkspaceEdits::benchmark()
{
    Kpi k = makeKpi(QStringLiteral("churn"));
    QVERIFY(m_ws->addKpi(&k, &m_error));
    Benchmark b;
    b.kpiId = k.id;
    b.label = QStringLiteral("SaaS median");
    b.value = 3.5;
    b.source = QStringLiteral("Survey");
    QVERIFY(m_ws->addBenchmark(&b, &m_error));
    b.value = 3.0;
    QVERIFY(m_ws->updateBenchmark(b, &m_error));
    BenchmarkRepository repo(m_ws->connection());
    QCOMPARE(repo.byId(b.id)->value, 3.0);
    m_ws->undoStack()->undo();
    QCOMPARE(repo.byId(b.id)->value, 3.5);
    m_ws->undoStack()->undo();
    QVERIFY(!repo.byId(b.id));
}

void TestWorkspaceEdits::values()
{
    Kpi k = makeKpi(QStringLiteral("dau"));
    QVERIFY(m_ws->addKpi(&k, &m_error));
    QSignalSpy spy(m_ws.get(), &Workspace::changed);
    QVERIFY(m_ws->setValue(k.id, QDate(2024, 1, 1), 100, &m_error));
    QVERIFY(m_ws->setValue(k.id, QDate(2024, 1, 1), 120, &m_error));
    MeasurementRepository repo(m_ws->connection());
    QCOMPARE(repo.get(k.id, QDate(2024, 1, 1))->value, 120.0);
    m_ws->undoStack()->undo();
    QCOMPARE(repo.get(k.id, QDate(2024, 1, 1))->value, 100.0);
    m_ws->undoStack()->undo();
    QVERIFY(!repo.get(k.id, QDate(2024, 1, 1)));
    QCOMPARE(spy.count(), 4);
    QCOMPARE(qvariant_cast<WorkspaceChange>(spy.last().at(0)).parts.first().from,
             QDate(2024, 1, 1));
    const auto log = ChangeLogRepository(m_ws->connection()).entries(k.id);
    QCOMPARE(log.first().entity, QStringLiteral("value"));
    QCOMPARE(log.first().field, QStringLiteral("deleted"));
    // Setting the same value again is not an edit.
    QVERIFY(m_ws->setValue(k.id, QDate(2024, 1, 2), 5, &m_error));
    const int steps = m_ws->undoStack()->count();
    QVERIFY(m_ws->setValue(k.id, QDate(2024, 1, 2), 5, &m_error));
    QCOMPARE(m_ws->undoStack()->count(), steps);
    QVERIFY(m_ws->removeValue(k.id, QDate(2024, 1, 2), &m_error));
    QVERIFY(!repo.get(k.id, QDate(2024, 1, 2)));
    m_ws->undoStack()->undo();
    QCOMPARE(repo.get(k.id, QDate(2024, 1, 2))->value, 5.0);
}

void TestWorkspaceEdits::note()
{
    ReviewNote n;
    n.kind = NoteKind::ActionItem;
    n.text = QStringLiteral("Call customers");
    n.dueDate = QDate(2024, 2, 1);
    QVERIFY(m_ws->addNote(&n, &m_error));
    QCOMPARE(n.author, QStringLiteral("tester"));
    n.done = true;
    QVERIFY(m_ws->updateNote(n, &m_error));
    ReviewRepository repo(m_ws->connection());
    QVERIFY(repo.note(n.id)->done);
    m_ws->undoStack()->undo();
    QVERIFY(!repo.note(n.id)->done);
    QVERIFY(m_ws->removeNote(n.id, &m_error));
    QVERIFY(!repo.note(n.id));
    m_ws->undoStack()->undo();
    QVERIFY(repo.note(n.id));
}

void TestWorkspaceEdits::verdict()
{
    Kpi k = makeKpi(QStringLiteral("dau"));
    QVERIFY(m_ws->addKpi(&k, &m_error));
    AnomalyVerdict v;
    v.kpiId = k.id;
    v.period = QDate(2024, 3, 4);
    v.verdict = Verdict::KnownCause;
    v.explanation = QStringLiteral("Outage");
    QVERIFY(m_ws->setVerdict(&v, &m_error));
    AnomalyVerdict again = v;
    again.id = 0;
    again.verdict = Verdict::NotAnomaly;
    QVERIFY(m_ws->setVerdict(&again, &m_error)); // replaces the verdict on that period
    ReviewRepository repo(m_ws->connection());
    QCOMPARE(repo.verdicts(k.id).size(), 1);
    QCOMPARE(repo.verdicts(k.id).first().verdict, Verdict::NotAnomaly);
    m_ws->undoStack()->undo();
    QCOMPARE(repo.verdicts(k.id).first().verdict, Verdict::KnownCause);
}

void TestWorkspaceEdits::rejectedEditsChangeNothing_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("bad_key") << QStringLiteral("bad_key");
    QTest::newRow("duplicate_key") << QStringLiteral("duplicate_key");
    QTest::newRow("formula_unknown_key") << QStringLiteral("formula_unknown_key");
    QTest::newRow("formula_cycle") << QStringLiteral("formula_cycle");
    QTest::newRow("target_without_date") << QStringLiteral("target_without_date");
    QTest::newRow("value_not_finite") << QStringLiteral("value_not_finite");
    QTest::newRow("value_of_computed_kpi") << QStringLiteral("value_of_computed_kpi");
    QTest::newRow("empty_note") << QStringLiteral("empty_note");
}

void TestWorkspaceEdits::rejectedEditsChangeNothing()
{
    QFETCH(QString, edit);
    Kpi a = makeKpi(QStringLiteral("a"));
    Kpi b = makeKpi(QStringLiteral("b"));
    b.formula = QStringLiteral("a * 2");
    QVERIFY(m_ws->addKpi(&a, &m_error));
    QVERIFY2(m_ws->addKpi(&b, &m_error), qPrintable(m_error));
    const int steps = m_ws->undoStack()->count();
    const int logs = logCount();
    bool ok = true;
    if (edit == QLatin1String("bad_key")) {
        Kpi k = makeKpi(QStringLiteral("Bad Key"));
        ok = m_ws->addKpi(&k, &m_error);
    } else if (edit == QLatin1String("duplicate_key")) {
        Kpi k = makeKpi(QStringLiteral("a"));
        ok = m_ws->addKpi(&k, &m_error);
    } else if (edit == QLatin1String("formula_unknown_key")) {
        Kpi k = makeKpi(QStringLiteral("c"));
        k.formula = QStringLiteral("a / nothing");
        ok = m_ws->addKpi(&k, &m_error);
    } else if (edit == QLatin1String("formula_cycle")) {
        Kpi changed = a;
        changed.formula = QStringLiteral("b + 1");
        ok = m_ws->updateKpi(changed, &m_error);
    } else if (edit == QLatin1String("target_without_date")) {
        Target t;
        t.kpiId = a.id;
        t.value = 1;
        ok = m_ws->addTarget(&t, &m_error);
    } else if (edit == QLatin1String("value_not_finite")) {
        ok = m_ws->setValue(a.id, QDate(2024, 1, 1), qInf(), &m_error);
    } else if (edit == QLatin1String("value_of_computed_kpi")) {
        ok = m_ws->setValue(b.id, QDate(2024, 1, 1), 1, &m_error);
    } else if (edit == QLatin1String("empty_note")) {
        ReviewNote n;
        n.text = QStringLiteral("   ");
        ok = m_ws->addNote(&n, &m_error);
    }
    QVERIFY(!ok);
    QVERIFY(!m_error.isEmpty());
    QCOMPARE(m_ws->undoStack()->count(), steps);
    QCOMPARE(logCount(), logs);
}

QTEST_GUILESS_MAIN(TestWorkspaceEdits)
#include "tst_workspaceedits.moc"
