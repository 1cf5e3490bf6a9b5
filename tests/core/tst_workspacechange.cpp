#include "storage/changelogrepository.h"
#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <functional>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;
using R = WorkspaceChange::Record;
using K = WorkspaceChange::Kind;

// The one change event: each committed edit, undo and redo emits exactly one, naming the
// records it touched; a refused or rolled-back edit emits none.
class TestWorkspaceChange : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void oneEventPerEdit_data();
    void oneEventPerEdit();
    void mergesParts();
    void touchesKpi_data();
    void touchesKpi();

private:
    Kpi addKpi(const QString &key, qint64 ownerId = 0, bool omtm = false);
    std::unique_ptr<Workspace> m_ws;
    QString m_error;
    qint64 m_owner = 0;
    qint64 m_a = 0, m_b = 0;
    qint64 m_note = 0;
};

Kpi TestWorkspaceChange::addKpi(const QString &key, qint64 ownerId, bool omtm)
{
    Kpi k;
    k.key = key;
    k.name = key.toUpper();
    k.cadence = Cadence::Daily;
    k.ownerId = ownerId;
    k.omtm = omtm;
    if (!m_ws->addKpi(&k, &m_error))
        qWarning("%s", qPrintable(m_error));
    return k;
}

// Two KPIs owned by Ada (a is the one metric that matters), an action item of hers on a,
// values on a.
void TestWorkspaceChange::init()
{
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws, qPrintable(m_error));
    Owner o;
    o.name = QStringLiteral("Ada");
    QVERIFY2(m_ws->addOwner(&o, &m_error), qPrintable(m_error));
    m_owner = o.id;
    m_a = addKpi(QStringLiteral("a"), m_owner, true).id;
    m_b = addKpi(QStringLiteral("b"), m_owner).id;
    QVERIFY(m_a > 0 && m_b > m_a);
    ReviewNote n;
    n.kind = NoteKind::ActionItem;
    n.kpiId = m_a;
    n.ownerId = m_owner;
    n.text = QStringLiteral("Call");
    QVERIFY2(m_ws->addNote(&n, &m_error), qPrintable(m_error));
    m_note = n.id;
    QVERIFY(m_ws->setValue(m_a, QDate(2024, 1, 5), 1, &m_error));
    QVERIFY(m_ws->setValue(m_a, QDate(2024, 1, 9), 2, &m_error));
    m_ws->undoStack()->clear();
}

enum class Step { Edit, Undo, UndoRedo };
Q_DECLARE_METATYPE(Step)

namespace {
// A readable form of an event's parts, ids by name (names(record, id); "new" when unknown).
QString describe(const WorkspaceChange &c, const std::function<QString(R, qint64)> &names)
{
    static const char *records[] = {"owner",   "kpi",     "target", "benchmark", "value", "note",
                                    "verdict", "meeting", "source", "import",    "folder"};
    static const char *kinds[] = {"inserted", "updated", "removed", "reset"};
    QStringList parts;
    for (const WorkspaceChange::Part &p : c.parts) {
        QString s = QStringLiteral("%1 %2").arg(QLatin1String(records[int(p.record)]),
                                                QLatin1String(kinds[int(p.kind)]));
        QStringList ids;
        for (qint64 id : p.ids)
            ids << names(p.record, id);
        if (!ids.isEmpty())
            s += QLatin1Char(' ') + ids.join(QLatin1Char(','));
        if (p.record == R::Value)
            s += QStringLiteral(" %1 %2..%3")
                     .arg(names(R::Kpi, p.kpiId), p.from.toString(Qt::ISODate),
                          p.to.toString(Qt::ISODate));
        parts << s;
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

void TestWorkspaceChange::oneEventPerEdit_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("expected"); // empty: no event

    QTest::newRow("rename_owner") << 0 << Step::Edit << "owner updated ada";
    QTest::newRow("remove_owner_is_one_event")
        << 1 << Step::Edit << "kpi updated a,b; note updated note; owner removed ada";
    QTest::newRow("undo_remove_owner_is_one_event")
        << 1 << Step::Undo << "owner inserted ada; note updated note; kpi updated b,a";
    QTest::newRow("redo_remove_owner_is_one_event")
        << 1 << Step::UndoRedo << "kpi updated a,b; note updated note; owner removed ada";
    QTest::newRow("omtm_moves_in_one_event") << 2 << Step::Edit << "kpi updated a,b";
    QTest::newRow("paste_over_two_kpis")
        << 3 << Step::Edit
        << "value updated a 2024-01-02..2024-01-07; value updated b 2024-01-03..2024-01-03";
    QTest::newRow("remove_kpi_with_its_values")
        << 4 << Step::Edit
        << "kpi removed a; note updated note; value updated a 2024-01-05..2024-01-09";
    QTest::newRow("undo_remove_kpi")
        << 4 << Step::Undo
        << "kpi inserted a; note updated note; value updated a 2024-01-05..2024-01-09";
    QTest::newRow("add_note") << 5 << Step::Edit << "note inserted new";
    QTest::newRow("refused_edit_no_event") << 6 << Step::Edit << "";
    QTest::newRow("unchanged_edit_no_event") << 7 << Step::Edit << "";
    QTest::newRow("meeting_saved") << 8 << Step::Edit << "meeting inserted new";
}

void TestWorkspaceChange::oneEventPerEdit()
{
    QFETCH(int, edit);
    QFETCH(Step, step);
    QFETCH(QString, expected);
    QString error;
    const auto run = [&]() -> bool {
        switch (edit) {
        case 0: {
            Owner o = *OwnerRepository(m_ws->connection()).byId(m_owner);
            o.name = QStringLiteral("Ada L");
            return m_ws->updateOwner(o, &error);
        }
        case 1:
            return m_ws->removeOwner(m_owner, &error);
        case 2: {
            Kpi b = *KpiRepository(m_ws->connection()).byId(m_b);
            b.omtm = true;
            return m_ws->updateKpi(b, &error);
        }
        case 3: {
            QVector<Measurement> values;
            for (auto [kpi, day] : {std::pair{m_a, 2}, {m_b, 3}, {m_a, 7}}) {
                Measurement m;
                m.kpiId = kpi;
                m.date = QDate(2024, 1, day);
                m.value = day;
                values << m;
            }
            return m_ws->setValues(values, QStringLiteral("Paste"), &error);
        }
        case 4:
            return m_ws->removeKpi(m_a, &error);
        case 5: {
            ReviewNote n;
            n.text = QStringLiteral("x");
            return m_ws->addNote(&n, &error);
        }
        case 6: {
            Owner o;
            o.name = QStringLiteral("ada"); // taken
            return !m_ws->addOwner(&o, &error);
        }
        case 7:
            return m_ws->updateOwner(*OwnerRepository(m_ws->connection()).byId(m_owner), &error);
        case 8: {
            ReviewMeeting m;
            m.title = QStringLiteral("Weekly");
            m.date = QDate(2024, 1, 10);
            return m_ws->saveMeeting(&m, &error);
        }
        }
        return false;
    };

    QSignalSpy spy(m_ws.get(), &Workspace::changed);
    QVERIFY2(run(), qPrintable(error));
    if (step != Step::Edit) {
        spy.clear();
        m_ws->undoStack()->undo();
        if (step == Step::UndoRedo) {
            spy.clear();
            m_ws->undoStack()->redo();
        }
    }
    if (expected.isEmpty()) {
        QCOMPARE(spy.count(), 0);
        return;
    }
    QCOMPARE(spy.count(), 1);
    const WorkspaceChange change = qvariant_cast<WorkspaceChange>(spy.first().at(0));
    const auto names = [this](R record, qint64 id) {
        if (record == R::Owner && id == m_owner)
            return QStringLiteral("ada");
        if (record == R::Note && id == m_note)
            return QStringLiteral("note");
        if (record == R::Kpi && (id == m_a || id == m_b))
            return id == m_a ? QStringLiteral("a") : QStringLiteral("b");
        return QStringLiteral("new");
    };
    const QString text = describe(change, names);
    QCOMPARE(text, expected);
}

void TestWorkspaceChange::mergesParts()
{
    WorkspaceChange c;
    c.add(R::Target, K::Inserted, 7, 1);
    c.add(R::Target, K::Inserted, 8, 1);
    c.add(R::Target, K::Inserted, 7, 1);
    c.addValues(1, QDate(2024, 3, 1), QDate(2024, 3, 1));
    c.addValues(1, QDate(2024, 1, 1), QDate(2024, 1, 2));
    c.addReset(R::Value);
    c.addReset(R::Value);
    QCOMPARE(c.parts.size(), 3);
    QCOMPARE(c.ids(R::Target, K::Inserted), (QVector<qint64>{7, 8}));
    QCOMPARE(c.parts.at(1).from, QDate(2024, 1, 1));
    QCOMPARE(c.parts.at(1).to, QDate(2024, 3, 1));
    QVERIFY(c.isReset(R::Value));
    QVERIFY(!c.isReset(R::Target));
}

void TestWorkspaceChange::touchesKpi_data()
{
    QTest::addColumn<int>("record");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<qint64>("kpiId");
    QTest::addColumn<bool>("touches3");

    QTest::newRow("kpi_3_updated")
        << int(R::Kpi) << int(K::Updated) << qint64(3) << qint64(3) << true;
    QTest::newRow("kpi_4_updated")
        << int(R::Kpi) << int(K::Updated) << qint64(4) << qint64(4) << false;
    QTest::newRow("target_of_3") << int(R::Target) << int(K::Inserted) << qint64(9) << qint64(3)
                                 << true;
    QTest::newRow("target_9_of_4")
        << int(R::Target) << int(K::Inserted) << qint64(3) << qint64(4) << false;
    QTest::newRow("values_reset") << int(R::Value) << int(K::Reset) << qint64(0) << qint64(0)
                                  << true;
    QTest::newRow("owner_3") << int(R::Owner) << int(K::Updated) << qint64(3) << qint64(0) << false;
    QTest::newRow("note_on_3") << int(R::Note) << int(K::Inserted) << qint64(1) << qint64(3)
                               << false;
}

void TestWorkspaceChange::touchesKpi()
{
    QFETCH(int, record);
    QFETCH(int, kind);
    QFETCH(qint64, id);
    QFETCH(qint64, kpiId);
    QFETCH(bool, touches3);
    WorkspaceChange c;
    if (K(kind) == K::Reset)
        c.addReset(R(record));
    else
        c.add(R(record), K(kind), id, kpiId);
    QCOMPARE(c.touchesKpi(3), touches3);
}

QTEST_MAIN(TestWorkspaceChange)
#include "tst_workspacechange.moc"
