#include "storage/kpirepository.h"
#include "storage/sql.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;

// Edits of several records are one write: when a step in the middle fails (a trigger planted
// in the database refuses it, as a constraint or a server would), the workspace, its change
// log and the undo stack are as they were, and no change event goes out. The same for an undo
// or redo the database refuses half-way. Ids of new records come from the database.
class TestCompoundEdits : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void failedEditChangesNothing_data();
    void failedEditChangesNothing();
    void failedUndoChangesNothing_data();
    void failedUndoChangesNothing();
    void idsComeFromTheDatabase();

private:
    QString dump() const; // every row of the tables an edit may touch
    void plant(const QString &trigger);
    bool runEdit(const QString &edit, QString *error);
    std::unique_ptr<Workspace> m_ws;
    QString m_error;
    qint64 m_owner = 0, m_a = 0, m_b = 0;
};

void TestCompoundEdits::init()
{
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws, qPrintable(m_error));
    Owner o;
    o.name = QStringLiteral("Ada");
    QVERIFY2(m_ws->addOwner(&o, &m_error), qPrintable(m_error));
    m_owner = o.id;
    for (const char *key : {"a", "b"}) {
        Kpi k;
        k.key = QLatin1String(key);
        k.name = k.key.toUpper();
        k.ownerId = m_owner;
        k.omtm = k.key == QLatin1String("a");
        QVERIFY2(m_ws->addKpi(&k, &m_error), qPrintable(m_error));
        (k.omtm ? m_a : m_b) = k.id;
    }
    ReviewNote n;
    n.kind = NoteKind::ActionItem;
    n.kpiId = m_b;
    n.ownerId = m_owner;
    n.text = QStringLiteral("Call");
    QVERIFY2(m_ws->addNote(&n, &m_error), qPrintable(m_error));
    m_ws->undoStack()->clear();
}

QString TestCompoundEdits::dump() const
{
    QStringList rows;
    for (const char *table : {"owner", "kpi", "review_note", "change_log"}) {
        QSqlQuery q(m_ws->connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))))
            return q.lastError().text();
        while (q.next()) {
            QStringList cells{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return rows.join(QLatin1Char('\n'));
}

void TestCompoundEdits::plant(const QString &trigger)
{
    QSqlQuery q(m_ws->connection());
    QVERIFY2(q.exec(trigger), qPrintable(q.lastError().text()));
}

bool TestCompoundEdits::runEdit(const QString &edit, QString *error)
{
    if (edit == QLatin1String("remove_owner"))
        return m_ws->removeOwner(m_owner, error);
    Kpi b = *KpiRepository(m_ws->connection()).byId(m_b);
    b.omtm = true; // moves the flag from a to b
    return m_ws->updateKpi(b, error);
}

void TestCompoundEdits::failedEditChangesNothing_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("trigger"); // refuses one step of the edit

    QTest::newRow("remove_owner_refused_at_the_owner")
        << "remove_owner"
        << "CREATE TRIGGER t BEFORE DELETE ON owner BEGIN SELECT RAISE(ABORT, 'planted'); END";
    QTest::newRow("remove_owner_refused_at_the_action_item")
        << "remove_owner"
        << "CREATE TRIGGER t BEFORE UPDATE ON review_note BEGIN SELECT RAISE(ABORT, 'planted'); "
           "END";
    QTest::newRow("remove_owner_refused_at_its_change_log")
        << "remove_owner"
        << "CREATE TRIGGER t BEFORE INSERT ON change_log WHEN NEW.entity = 'owner' BEGIN "
           "SELECT RAISE(ABORT, 'planted'); END";
    QTest::newRow("omtm_move_refused_at_the_new_kpi")
        << "move_omtm"
        << "CREATE TRIGGER t BEFORE UPDATE ON kpi WHEN NEW.omtm = 1 BEGIN SELECT "
           "RAISE(ABORT, 'planted'); END";
}

void TestCompoundEdits::failedEditChangesNothing()
{
    QFETCH(QString, edit);
    QFETCH(QString, trigger);
    plant(trigger);
    const QString before = dump();
    QSignalSpy changed(m_ws.get(), &Workspace::changed);
    QString error;
    QVERIFY(!runEdit(edit, &error));
    QVERIFY2(error.contains(QLatin1String("planted")), qPrintable(error));
    QCOMPARE(dump(), before);
    QCOMPARE(m_ws->undoStack()->count(), 0);
    QVERIFY(!m_ws->undoStack()->canRedo());
    QCOMPARE(changed.count(), 0);
    QVERIFY(!Sql::inTransaction(m_ws->connection()));
}

void TestCompoundEdits::failedUndoChangesNothing_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("trigger"); // planted after the edit: refuses a step of its undo
    QTest::addColumn<bool>("redo"); // undo first, then plant and redo

    // The undo gives the owner back first and its KPIs last: refused at the last step.
    QTest::newRow("undo_remove_owner_refused_at_a_kpi")
        << "remove_owner"
        << "CREATE TRIGGER t BEFORE UPDATE ON kpi BEGIN SELECT RAISE(ABORT, 'planted'); END"
        << false;
    QTest::newRow("undo_omtm_move_refused_at_the_old_kpi")
        << "move_omtm"
        << "CREATE TRIGGER t BEFORE UPDATE ON kpi WHEN NEW.omtm = 1 AND NEW.key = 'a' BEGIN "
           "SELECT RAISE(ABORT, 'planted'); END"
        << false;
    QTest::newRow("redo_remove_owner_refused_at_the_owner")
        << "remove_owner"
        << "CREATE TRIGGER t BEFORE DELETE ON owner BEGIN SELECT RAISE(ABORT, 'planted'); END"
        << true;
}

void TestCompoundEdits::failedUndoChangesNothing()
{
    QFETCH(QString, edit);
    QFETCH(QString, trigger);
    QFETCH(bool, redo);
    QString error;
    QVERIFY2(runEdit(edit, &error), qPrintable(error));
    if (redo)
        m_ws->undo();
    plant(trigger);
    const QString before = dump();
    const int index = m_ws->undoStack()->index();
    QSignalSpy changed(m_ws.get(), &Workspace::changed);
    QSignalSpy failed(m_ws.get(), &Workspace::editFailed);
    redo ? m_ws->redo() : m_ws->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QLatin1String("planted")));
    QCOMPARE(dump(), before);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_ws->undoStack()->index(), index); // the stack says what the workspace holds
    QCOMPARE(m_ws->undoStack()->count(), 1);
    QVERIFY(!Sql::inTransaction(m_ws->connection()));
    // Once the database accepts it again, the same step works.
    plant(QStringLiteral("DROP TRIGGER t"));
    redo ? m_ws->redo() : m_ws->undo();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_ws->undoStack()->index(), redo ? index + 1 : index - 1);
}

// An id the database chose, not one the client guessed: with a trigger refusing explicit
// ids (as a PostgreSQL GENERATED ALWAYS identity does), every kind of record is still created,
// and its id is the row's. (In a BEFORE INSERT trigger SQLite shows an id it will choose
// itself as -1.)
void TestCompoundEdits::idsComeFromTheDatabase()
{
    for (const char *table : {"owner", "kpi", "target", "benchmark", "review_note"})
        plant(QStringLiteral("CREATE TRIGGER explicit_%1 BEFORE INSERT ON %1 WHEN NEW.id > 0 "
                             "BEGIN SELECT RAISE(ABORT, 'explicit id'); END")
                  .arg(QLatin1String(table)));
    Owner o;
    o.name = QStringLiteral("Grace");
    QVERIFY2(m_ws->addOwner(&o, &m_error), qPrintable(m_error));
    Kpi k;
    k.key = QStringLiteral("c");
    k.name = QStringLiteral("C");
    QVERIFY2(m_ws->addKpi(&k, &m_error), qPrintable(m_error));
    Target t;
    t.kpiId = k.id;
    t.value = 3;
    t.effectiveFrom = QDate(2024, 1, 1);
    QVERIFY2(m_ws->addTarget(&t, &m_error), qPrintable(m_error));
    Benchmark b;
    b.kpiId = k.id;
    b.label = QStringLiteral("median");
    b.value = 2;
    QVERIFY2(m_ws->addBenchmark(&b, &m_error), qPrintable(m_error));
    ReviewNote n;
    n.text = QStringLiteral("x");
    QVERIFY2(m_ws->addNote(&n, &m_error), qPrintable(m_error));
    QSqlQuery q(m_ws->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM owner")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), o.id);
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM kpi WHERE id = %1").arg(k.id)) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("C"));
    QVERIFY(t.id > 0 && b.id > 0 && n.id > 0);
    // Undo and redo bring the same record back, with its id.
    m_ws->undo();
    m_ws->undo();
    m_ws->undo();
    for (const char *table : {"owner", "kpi", "target", "benchmark", "review_note"})
        plant(QStringLiteral("DROP TRIGGER explicit_%1").arg(QLatin1String(table)));
    m_ws->redo();
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM target")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), t.id);
}

QTEST_MAIN(TestCompoundEdits)
#include "tst_compoundedits.moc"
