#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardview.h"
#include "dashboardfixture.h"
#include "editing/benchmarksdialog.h"
#include "editing/changelogdialog.h"
#include "editing/kpidialog.h"
#include "editing/targetsdialog.h"
#include "models/roles.h"
#include "shell/mainwindow.h"
#include "storage/benchmarkrepository.h"
#include "storage/kpirepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

// Edits through the dialogs as a user makes them, and their undo and redo from the Edit menu.
class TestEditing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void newKpiAndUndo();
    void formulaCheckedAsTyped_data();
    void formulaCheckedAsTyped();
    void targetChangesStatusAndUndo();
    void benchmarkAndChangeLog();
    void changeLogInWords_data();
    void changeLogInWords();

private:
    QAction *editAction(const QString &textStart) const;
    qint64 idOf(const QString &key) const
    {
        const auto k = KpiRepository(m_window->workspace()->connection()).byKey(key);
        return k ? k->id : 0;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditing::init()
{
    QVERIFY(m_dir.isValid());
    static int count = 0;
    const QString path = m_dir.filePath(QStringLiteral("w%1.needle").arg(++count));
    DashboardFixture::make(path); // written and closed
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openWorkspace(path));
    m_window->dashboard()->model()->setAsOf(QDate(2026, 11, 21));
}

void TestEditing::cleanup()
{
    m_window.reset();
}

QAction *TestEditing::editAction(const QString &textStart) const
{
    for (QAction *menu : m_window->menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text().remove(QLatin1Char('&')).startsWith(textStart))
                    return a;
    return nullptr;
}

void TestEditing::newKpiAndUndo()
{
    Workspace *ws = m_window->workspace();
    KpiDialog dialog(ws, std::nullopt, m_window.get());
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Active teams"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("key"))->text(),
             QStringLiteral("active_teams"));
    QVERIFY(dialog.problem().isEmpty());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(idOf(QStringLiteral("active_teams")) > 0);

    DashboardModel *model = m_window->dashboard()->model();
    QSignalSpy reloaded(model, &DashboardModel::reloaded);
    QTRY_VERIFY(model->rowOfKpi(idOf(QStringLiteral("active_teams"))) >= 0);

    QAction *undo = editAction(QStringLiteral("Undo"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    undo->trigger();
    QCOMPARE(idOf(QStringLiteral("active_teams")), 0);
    QTRY_COMPARE(model->tileCount(), 4);

    QAction *redo = editAction(QStringLiteral("Redo"));
    QVERIFY(redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+Z"))));
    redo->trigger();
    QVERIFY(idOf(QStringLiteral("active_teams")) > 0);
    QTRY_COMPARE(model->tileCount(), 5);
}

void TestEditing::formulaCheckedAsTyped_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<bool>("valid");
    QTest::newRow("measured") << QString() << true;
    QTest::newRow("known_keys") << QStringLiteral("revenue / signups") << true;
    QTest::newRow("unknown_key") << QStringLiteral("revenue / visitors") << false;
    QTest::newRow("syntax_error") << QStringLiteral("revenue / (") << false;
    QTest::newRow("refers_to_itself") << QStringLiteral("margin * 2") << false;
}

void TestEditing::formulaCheckedAsTyped()
{
    QFETCH(QString, formula);
    QFETCH(bool, valid);
    KpiDialog dialog(m_window->workspace(), std::nullopt, m_window.get());
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Margin"));
    dialog.findChild<QLineEdit *>(QStringLiteral("formula"))->setText(formula);
    QCOMPARE(dialog.problem().isEmpty(), valid);
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(),
             valid);
    const QString check = dialog.findChild<QLabel *>(QStringLiteral("formulaCheck"))->text();
    QCOMPARE(check.startsWith(QStringLiteral("✗")), !valid);
}

void TestEditing::targetChangesStatusAndUndo()
{
    Workspace *ws = m_window->workspace();
    DashboardModel *model = m_window->dashboard()->model();
    const qint64 revenue = idOf(QStringLiteral("revenue"));
    auto status = [&] {
        return model->index(model->rowOfKpi(revenue)).data(StatusRole).toString();
    };
    QCOMPARE(status(), QStringLiteral("at_risk"));

    TargetsDialog dialog(ws, *KpiRepository(ws->connection()).byId(revenue), m_window.get());
    QAbstractItemModelTester tester(dialog.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.table()->model()->rowCount(), 1);
    TargetForm form(*KpiRepository(ws->connection()).byId(revenue), Target(), &dialog);
    Target t = form.target();
    t.value = 900; // a lower target from October on
    t.effectiveFrom = QDate(2026, 10, 1);
    QVERIFY(dialog.saveTarget(t));
    QCOMPARE(dialog.table()->model()->rowCount(), 2);
    QTRY_COMPARE(status(), QStringLiteral("on_track"));

    editAction(QStringLiteral("Undo"))->trigger();
    QCOMPARE(dialog.table()->model()->rowCount(), 1);
    QTRY_COMPARE(status(), QStringLiteral("at_risk"));
}

void TestEditing::benchmarkAndChangeLog()
{
    Workspace *ws = m_window->workspace();
    const Kpi churn = *KpiRepository(ws->connection()).byKey(QStringLiteral("churn"));
    BenchmarksDialog dialog(ws, churn, m_window.get());
    Benchmark b;
    b.label = QStringLiteral("SaaS median");
    b.value = 3.1;
    b.source = QStringLiteral("Industry survey");
    b.asOf = QDate(2026, 6, 30);
    QVERIFY(dialog.saveBenchmark(b));
    QCOMPARE(BenchmarkRepository(ws->connection()).forKpi(churn.id).size(), 1);
    DashboardModel *model = m_window->dashboard()->model();
    QTRY_COMPARE(
        model->index(model->rowOfKpi(churn.id)).data(DashboardModel::BenchmarkTextRole).toString(),
        QStringLiteral("SaaS median 3.1 %"));

    ChangeLogDialog log(ws, churn.id, churn.name, m_window.get());
    QAbstractItemModelTester tester(log.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = log.model()->rowCount();
    QVERIFY(before >= 1);
    QCOMPARE(log.model()->index(0, ChangeLogModel::WhatColumn).data().toString(),
             QStringLiteral("Benchmark"));
    // A new record reads as its fields in words, not as the stored JSON.
    const QString created = log.model()->index(0, ChangeLogModel::ToColumn).data().toString();
    QVERIFY2(created.contains(QStringLiteral("Label: SaaS median")), qPrintable(created));
    QVERIFY2(created.contains(QStringLiteral("Benchmark value: 3.1")), qPrintable(created));
    QVERIFY2(created.contains(QStringLiteral("Source: Industry survey")), qPrintable(created));
    QVERIFY2(!created.contains(QLatin1Char('{')) && !created.contains(QStringLiteral("as_of")),
             qPrintable(created));
    editAction(QStringLiteral("Undo"))->trigger();
    QVERIFY(BenchmarkRepository(ws->connection()).forKpi(churn.id).isEmpty());
    QCOMPARE(log.model()->rowCount(), before + 1); // the undo is logged too
    QCOMPARE(log.model()->index(0, ChangeLogModel::FieldColumn).data().toString(),
             QStringLiteral("deleted"));
}

// One field of a KPI changed: the log names the field and its values as the dialogs do.
void TestEditing::changeLogInWords_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("direction") << "Direction"
                               << "Lower is better"
                               << "Higher is better";
    QTest::newRow("owner") << "Owner"
                           << "No owner"
                           << "Ana";
    QTest::newRow("omtm") << "One metric that matters"
                          << "No"
                          << "Yes";
    QTest::newRow("source") << "Data source"
                            << ""
                            << "Billing export";
    QTest::newRow("cadence") << "Cadence"
                             << "Monthly"
                             << "Weekly";
}

void TestEditing::changeLogInWords()
{
    QFETCH(QString, field);
    QFETCH(QString, from);
    QFETCH(QString, to);
    Workspace *ws = m_window->workspace();
    Kpi churn = *KpiRepository(ws->connection()).byKey(QStringLiteral("churn"));
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row == QLatin1String("direction"))
        churn.direction = Direction::HigherIsBetter;
    else if (row == QLatin1String("owner"))
        churn.ownerId = KpiRepository(ws->connection()).byKey(QStringLiteral("revenue"))->ownerId;
    else if (row == QLatin1String("omtm"))
        churn.omtm = true;
    else if (row == QLatin1String("source"))
        churn.sourceNote = QStringLiteral("Billing export");
    else
        churn.cadence = Cadence::Weekly;
    QString error;
    QVERIFY2(ws->updateKpi(churn, &error), qPrintable(error));
    ChangeLogDialog log(ws, churn.id, churn.name, m_window.get());
    ChangeLogModel *model = log.model();
    QVERIFY(model->rowCount() >= 1);
    QCOMPARE(model->index(0, ChangeLogModel::WhatColumn).data().toString(),
             QStringLiteral("Definition"));
    QCOMPARE(model->index(0, ChangeLogModel::FieldColumn).data().toString(), field);
    QCOMPARE(model->index(0, ChangeLogModel::FromColumn).data().toString(), from);
    QCOMPARE(model->index(0, ChangeLogModel::ToColumn).data().toString(), to);
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
