#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardview.h"
#include "dashboardfixture.h"
#include "editing/benchmarksdialog.h"
#include "editing/changelogdialog.h"
#include "editing/kpiactions.h"
#include "editing/kpidialog.h"
#include "editing/targetsdialog.h"
#include "models/roles.h"
#include "shell/mainwindow.h"
#include "storage/benchmarkrepository.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/targetrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
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
    void newKpiDialogDefaults_data();
    void newKpiDialogDefaults();
    void formulaCheckedAsTyped_data();
    void formulaCheckedAsTyped();
    void targetChangesStatusAndUndo();
    void newTargetAppliesToHistory_data();
    void newTargetAppliesToHistory();
    void benchmarkAndChangeLog();
    void deleteKpiAndUndo_data();
    void deleteKpiAndUndo();
    void changeLogInWords_data();
    void changeLogInWords();
    void changeLogTolerance_data();
    void changeLogTolerance();

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

// An untouched New KPI dialog shows no error (OK waits for a name); a blank KPI has the same
// defaults as a library one; library KPIs the workspace has are marked.
void TestEditing::newKpiDialogDefaults_data()
{
    QTest::addColumn<QString>("start"); // library key, empty: blank
    QTest::addColumn<bool>("marked");
    QTest::newRow("blank") << QString() << false;
    QTest::newRow("library_have") << QStringLiteral("signups") << true;
    QTest::newRow("library_new") << QStringLiteral("mrr") << false;
}

void TestEditing::newKpiDialogDefaults()
{
    QFETCH(QString, start);
    QFETCH(bool, marked);
    KpiDialog dialog(m_window->workspace(), std::nullopt, m_window.get());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(dialog.problem(), QString());
    QVERIFY(!ok->isEnabled());
    auto *library = dialog.findChild<QComboBox *>(QStringLiteral("library"));
    auto *sensitivity = dialog.findChild<QComboBox *>(QStringLiteral("sensitivity"));
    QCOMPARE(sensitivity->currentText(), displayName(Sensitivity::Normal));
    if (!start.isEmpty()) {
        const int index = library->findData(start);
        QVERIFY(index > 0);
        QCOMPARE(library->itemText(index).contains(QStringLiteral("already in this workspace")),
                 marked);
        library->setCurrentIndex(index);
        QCOMPARE(sensitivity->currentText(), displayName(Sensitivity::Normal));
        QVERIFY(ok->isEnabled() || marked); // a taken key is refused, with a reason
        QCOMPARE(dialog.problem().isEmpty(), !marked);
        return;
    }
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Active teams"));
    QVERIFY(ok->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->clear();
    dialog.findChild<QLineEdit *>(QStringLiteral("key"))->setText(QStringLiteral("x y"));
    QVERIFY(!dialog.problem().isEmpty()); // typed and invalid: now it says why
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
    QTRY_COMPARE(status(), QStringLiteral("at_risk")); // once the analysis has arrived

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

// A new target starts where it applies to the values there are (a first one: the start of
// the history; a new phase: the latest period), and the form says which periods it covers.
void TestEditing::newTargetAppliesToHistory_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QString>("coverage");
    QTest::addColumn<QString>("status");
    QTest::newRow("first_target_daily")
        << QStringLiteral("signups") << QDate(2026, 10, 1)
        << QStringLiteral("Applies to every period with values") << QStringLiteral("on_track");
    QTest::newRow("new_phase_monthly")
        << QStringLiteral("revenue") << QDate(2026, 10, 1)
        << QStringLiteral("Applies to 1 of the 2 periods with values (October 2026). It also "
                          "applies to every later period.")
        << QStringLiteral("on_track");
    QTest::newRow("no_values") << QStringLiteral("ratio") << QDate(2026, 11, 1)
                               << QStringLiteral("The KPI has no values yet") << QString();
}

void TestEditing::newTargetAppliesToHistory()
{
    QFETCH(QString, key);
    QFETCH(QDate, from);
    QFETCH(QString, coverage);
    QFETCH(QString, status);
    Workspace *ws = m_window->workspace();
    const qint64 id = idOf(key);
    TargetsDialog dialog(ws, *KpiRepository(ws->connection()).byId(id), m_window.get());
    std::unique_ptr<TargetForm> form = dialog.newTargetForm(QDate(2026, 11, 21));
    Target t = form->target();
    QCOMPARE(t.effectiveFrom, from);
    QVERIFY2(form->coverageText().contains(coverage), qPrintable(form->coverageText()));
    // A date after the latest value covers nothing yet, and the form says so.
    form->setEffectiveFrom(QDate(2027, 1, 1));
    if (!status.isEmpty())
        QVERIFY2(
            form->coverageText().startsWith(QStringLiteral("Applies to no period with values yet")),
            qPrintable(form->coverageText()));
    if (status.isEmpty())
        return;
    t.value = 1; // low enough for every KPI here to be on track
    QVERIFY(dialog.saveTarget(t));
    DashboardModel *model = m_window->dashboard()->model();
    QTRY_COMPARE(model->index(model->rowOfKpi(id)).data(StatusRole).toString(), status);
}

// Delete on a tile or a row of the KPI table removes the KPI (after a question), with its
// values, as one undo step; the KPI menu has the action; Cancel keeps everything.
void TestEditing::deleteKpiAndUndo_data()
{
    QTest::addColumn<bool>("fromTable");
    QTest::addColumn<bool>("answer");
    QTest::newRow("tile") << false << true;
    QTest::newRow("table_row") << true << true;
    QTest::newRow("cancelled") << false << false;
}

void TestEditing::deleteKpiAndUndo()
{
    QFETCH(bool, fromTable);
    QFETCH(bool, answer);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    Workspace *ws = m_window->workspace();
    const qint64 churn = idOf(QStringLiteral("churn"));
    auto *actions = m_window->findChild<KpiActions *>();
    QVERIFY(actions);
    QStringList questions;
    actions->setConfirm([&](const QString &q) {
        questions << q;
        return answer;
    });
    QAction *remove = editAction(QStringLiteral("Delete KPI"));
    QVERIFY(remove);
    QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
    QAbstractItemView *view = m_window->dashboard()->listView();
    if (fromTable) {
        auto *tabs = m_window->centralWidget()->findChild<QTabWidget *>();
        for (QTableView *t : tabs->findChildren<QTableView *>())
            if (t->accessibleName() == QLatin1String("KPIs"))
                view = t;
        tabs->setCurrentWidget(view->parentWidget());
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->index(row, 0).data(KpiIdRole).toLongLong() == churn)
                view->setCurrentIndex(view->model()->index(row, 0));
    } else {
        m_window->dashboard()->selectKpi(churn);
    }
    QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QVERIFY(remove->isEnabled());
    const int undoBefore = ws->undoStack()->count();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(QStringLiteral("\"Churn\" with its 2 value")),
             qPrintable(questions.first()));
    if (!answer) {
        QVERIFY(idOf(QStringLiteral("churn")) > 0);
        QCOMPARE(ws->undoStack()->count(), undoBefore);
        return;
    }
    QCOMPARE(idOf(QStringLiteral("churn")), 0);
    QCOMPARE(ws->undoStack()->count(), undoBefore + 1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Undo")),
             qPrintable(m_window->statusBar()->currentMessage()));
    DashboardModel *model = m_window->dashboard()->model();
    QTRY_COMPARE(model->rowOfKpi(churn), -1);
    editAction(QStringLiteral("Undo"))->trigger();
    QVERIFY(idOf(QStringLiteral("churn")) > 0);
    QCOMPARE(MeasurementRepository(ws->connection()).series(idOf(QStringLiteral("churn"))).size(),
             2);
    QTRY_VERIFY(model->rowOfKpi(idOf(QStringLiteral("churn"))) >= 0);
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

// The tolerance reads in the change log as the target dialog shows it: in percent.
void TestEditing::changeLogTolerance_data()
{
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<QString>("text");
    QTest::newRow("ten") << 0.1 << QStringLiteral("10 %");
    QTest::newRow("two_and_a_half") << 0.025 << QStringLiteral("2.5 %");
}

void TestEditing::changeLogTolerance()
{
    QFETCH(double, tolerance);
    QFETCH(QString, text);
    Workspace *ws = m_window->workspace();
    const qint64 churn = idOf(QStringLiteral("churn"));
    Target t = TargetRepository(ws->connection()).forKpi(churn).constFirst();
    t.tolerance = tolerance;
    QString error;
    QVERIFY2(ws->updateTarget(t, &error), qPrintable(error));
    ChangeLogDialog log(ws, churn, QStringLiteral("Churn"), m_window.get());
    ChangeLogModel *model = log.model();
    QCOMPARE(model->index(0, ChangeLogModel::FieldColumn).data().toString(),
             QStringLiteral("Tolerance"));
    QCOMPARE(model->index(0, ChangeLogModel::FromColumn).data().toString(), QStringLiteral("5 %"));
    QCOMPARE(model->index(0, ChangeLogModel::ToColumn).data().toString(), text);
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
