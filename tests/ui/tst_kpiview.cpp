#include "charts/kpichartview.h"
#include "dashboard/addvaluedialog.h"
#include "dashboard/kpidefinitionpanel.h"
#include "dashboard/kpivaluestable.h"
#include "dashboard/kpiview.h"
#include "demo/demoworkspace.h"
#include "models/measurementtablemodel.h"
#include "models/roles.h"
#include "models/reviewnotemodel.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QValueAxis>
#include <QtTest>

using namespace Needle;

// The KPI view over the demo workspace: chart, definition, values and notes agree with the
// workspace and follow its edits; screenshots in light and dark at two sizes are not blank.
class TestKpiView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartMatchesValues_data();
    void chartMatchesValues();
    void definition();
    void editValueAndUndo();
    void pasteAndDelete_data();
    void pasteAndDelete();
    void addValue_data();
    void addValue();
    void notesAppearAsMarkers();
    void settingsRemembered();
    void granularityPerKpi_data();
    void granularityPerKpi();
    void screenshot_data();
    void screenshot();

private:
    qint64 kpiId(const char *key)
    {
        return KpiRepository(m_ws->connection()).byKey(QString::fromLatin1(key))->id;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    KpiView *m_view = nullptr;
    QString m_error;
};

static const QDate kAsOf(2026, 11, 21);

void TestKpiView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NeedleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_kpiview"));
    QSettings().clear();
}

void TestKpiView::init()
{
    const QString path =
        m_dir.filePath(QStringLiteral("demo-%1.needle").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY2(DemoWorkspace::write(path, kAsOf, &m_error), qPrintable(m_error));
    m_ws = Workspace::open(path, &m_error);
    QVERIFY2(m_ws, qPrintable(m_error));
    m_view = new KpiView(m_ws.get());
    m_view->setAsOf(kAsOf);
    m_view->resize(1280, 800);
}

void TestKpiView::cleanup()
{
    delete m_view;
    m_view = nullptr;
    m_ws.reset();
}

void TestKpiView::chartMatchesValues_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<Granularity>("granularity");
    QTest::newRow("dau_daily") << QByteArray("dau") << Granularity::Day;
    QTest::newRow("mrr_monthly") << QByteArray("mrr") << Granularity::Month;
}

void TestKpiView::chartMatchesValues()
{
    QFETCH(QByteArray, key);
    QFETCH(Granularity, granularity);
    QAbstractItemModelTester tester(m_view->valuesTable()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->setGranularity(granularity);
    m_view->setPeriod(KpiView::Period::All);
    m_view->setKpi(kpiId(key.constData()));
    const KpiChart *chart = m_view->chartView()->kpiChart();
    // At the KPI's own cadence the chart has one point per stored value, as the table has rows.
    QCOMPARE(chart->chartData().points.size(), m_view->valuesTable()->model()->rowCount());
    QVERIFY(chart->chartData().points.size() > 30);
    QVERIFY(chart->targetSeries() || chart->targetBandSeries());
    QCOMPARE(chart->benchmarkSeries().size(), chart->chartData().benchmarks.size());
    m_view->setPeriod(KpiView::Period::Last90Days);
    QVERIFY(chart->chartData().points.size() <= 92);
    QVERIFY(chart->chartData().points.first().period
            >= periodStart(kAsOf.addDays(-89), granularity));
}

void TestKpiView::definition()
{
    m_view->setKpi(kpiId("mrr"));
    const KpiDefinitionPanel *panel = m_view->definitionPanel();
    QVERIFY(!panel->fieldText(QStringLiteral("Owner")).isEmpty());
    QCOMPARE(panel->fieldText(QStringLiteral("Formula")), QStringLiteral("Stored values"));
    QVERIFY(!panel->fieldText(QStringLiteral("Unit")).isEmpty());
    QVERIFY(!panel->fieldText(QStringLiteral("Latest")).isEmpty());
    QVERIFY(!panel->fieldText(QStringLiteral("Target")).isEmpty());
}

void TestKpiView::editValueAndUndo()
{
    m_view->setGranularity(Granularity::Day);
    m_view->setPeriod(KpiView::Period::Last90Days);
    m_view->setKpi(kpiId("dau"));
    QAbstractItemModel *model = m_view->valuesTable()->model();
    const int last = model->rowCount() - 1;
    const double before =
        model->index(last, MeasurementTableModel::ValueColumn).data(Qt::EditRole).toDouble();
    QVERIFY(model->setData(model->index(last, MeasurementTableModel::ValueColumn), 123456.0,
                           Qt::EditRole));
    const KpiChart *chart = m_view->chartView()->kpiChart();
    QTRY_COMPARE(chart->chartData().points.last().value, 123456.0);
    QVERIFY(chart->valueAxis()->max() >= 123456.0);
    m_ws->undoStack()->undo();
    QTRY_COMPARE(chart->chartData().points.last().value, before);
}

void TestKpiView::pasteAndDelete_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("changed");
    QTest::newRow("dates_and_values")
        << QStringLiteral("2026-11-19\t10\n2026-11-20\t20\n") << true << 2;
    QTest::newRow("with_header") << QStringLiteral("Date\tDAU\n2026-11-20\t30\r\n") << true << 1;
    QTest::newRow("column_onto_selection") << QStringLiteral("40\n50") << true << 2;
    QTest::newRow("not_a_number") << QStringLiteral("2026-11-20\tmany") << false << 0;
    QTest::newRow("not_a_date") << QStringLiteral("2026-11-20\t5\nyesterday\t6") << false << 0;
}

void TestKpiView::pasteAndDelete()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, changed);
    m_view->setKpi(kpiId("dau"));
    KpiValuesTable *table = m_view->valuesTable();
    const int rows = table->model()->rowCount();
    table->setCurrentIndex(table->model()->index(rows - 2, MeasurementTableModel::ValueColumn));
    const int undoBefore = m_ws->undoStack()->count();
    QString error;
    QCOMPARE(table->pasteText(text, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok) {
        QVERIFY(error.startsWith(QStringLiteral("Line ")));
        QCOMPARE(m_ws->undoStack()->count(), undoBefore);
        return;
    }
    QCOMPARE(m_ws->undoStack()->count(), undoBefore + 1); // one paste, one undo step
    QCOMPARE(table->model()->rowCount(), rows);
    const Series s =
        MeasurementRepository(m_ws->connection()).series(kpiId("dau"), kAsOf.addDays(-2), kAsOf);
    int seen = 0;
    for (double v : s.values)
        seen += v == 10 || v == 20 || v == 30 || v == 40 || v == 50;
    QCOMPARE(seen, changed);
    // Delete the last two rows as one step, then undo brings them back.
    table->selectionModel()->clearSelection();
    table->selectRow(rows - 1);
    table->selectionModel()->select(table->model()->index(rows - 2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY2(table->deleteSelected(&error), qPrintable(error));
    QCOMPARE(table->model()->rowCount(), rows - 2);
    m_ws->undoStack()->undo();
    QCOMPARE(table->model()->rowCount(), rows);
}

// A value added to a KPI without any (the button, Insert) or after the latest one: the dialog
// proposes the next period, the add is one undo step; computed KPIs take no values.
void TestKpiView::addValue_data()
{
    QTest::addColumn<QByteArray>("key"); // empty: a new KPI without values
    QTest::addColumn<bool>("canAdd");
    QTest::addColumn<QDate>("suggested");
    QTest::newRow("empty_kpi") << QByteArray() << true << QDate(2026, 11, 1);
    QTest::newRow("after_latest") << QByteArray("mrr") << true << QDate();
    QTest::newRow("computed") << QByteArray("ltv_cac") << false << QDate();
}

void TestKpiView::addValue()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, canAdd);
    QFETCH(QDate, suggested);
    qint64 id = 0;
    if (key.isEmpty()) {
        Kpi k;
        k.key = QStringLiteral("active_teams");
        k.name = QStringLiteral("Active teams");
        QVERIFY2(m_ws->addKpi(&k, &m_error), qPrintable(m_error));
        id = k.id;
    } else {
        const auto k = KpiRepository(m_ws->connection()).byKey(QString::fromLatin1(key));
        QVERIFY2(k, "the demo has the KPI");
        QCOMPARE(k->isComputed(), !canAdd);
        id = k->id;
    }
    m_view->show();
    m_view->setKpi(id);
    KpiValuesTable *table = m_view->valuesTable();
    QCOMPARE(table->canAddValue(), canAdd);
    QCOMPARE(m_view->addValueButton()->isEnabled(), canAdd);
    if (!canAdd)
        return;
    const int rows = table->model()->rowCount();
    std::unique_ptr<AddValueDialog> dialog = table->addValueDialog(kAsOf);
    if (!suggested.isValid()) { // the period after the latest value
        const Kpi k = *KpiRepository(m_ws->connection()).byId(id);
        const QDate latest = MeasurementRepository(m_ws->connection()).latest(id)->date;
        suggested =
            nextPeriod(periodStart(latest, granularityOf(k.cadence)), granularityOf(k.cadence));
        QVERIFY(suggested > latest);
    }
    QCOMPARE(dialog->date(), suggested);
    QVERIFY(dialog->hint().isEmpty());
    if (rows > 0) { // a date with a value: the dialog says the add replaces it
        dialog->setDate(MeasurementRepository(m_ws->connection()).latest(id)->date);
        QVERIFY(!dialog->hint().isEmpty());
    }
    dialog.reset();

    // Insert opens the dialog; accepting it adds the value as one undo step.
    const int undoBefore = m_ws->undoStack()->count();
    QTimer::singleShot(0, this, [] {
        auto *d = qobject_cast<AddValueDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        d->setValue(42);
        d->accept();
    });
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(table->model()->rowCount(), rows + 1);
    QCOMPARE(MeasurementRepository(m_ws->connection()).get(id, suggested)->value, 42.0);
    QCOMPARE(m_ws->undoStack()->count(), undoBefore + 1);
    QVERIFY(table->currentIndex().isValid());
    QCOMPARE(table->currentIndex().data(DateRole).toDate(), suggested);
    m_ws->undoStack()->undo();
    QCOMPARE(table->model()->rowCount(), rows);
}

void TestKpiView::notesAppearAsMarkers()
{
    m_view->setGranularity(Granularity::Day);
    m_view->setPeriod(KpiView::Period::Last90Days);
    m_view->setKpi(kpiId("dau"));
    const int notes = m_view->noteModel()->rowCount();
    QVERIFY(notes >= 1); // the demo has a note on DAU
    ReviewNote n;
    n.kpiId = kpiId("dau");
    n.period = kAsOf.addDays(-3);
    n.text = QStringLiteral("Checked the tracking");
    QVERIFY(m_ws->addNote(&n, &m_error));
    QCOMPARE(m_view->noteModel()->rowCount(), notes + 1);
    const KpiChart *chart = m_view->chartView()->kpiChart();
    const auto markerAtNote = [&] {
        if (!chart->noteSeries())
            return false;
        const QList<QPointF> points = chart->noteSeries()->points();
        return std::any_of(points.cbegin(), points.cend(),
                           [&](const QPointF &p) { return KpiChart::dateOf(p.x()) == n.period; });
    };
    QVERIFY(!markerAtNote());
    QTRY_VERIFY(markerAtNote()); // after the feed's next event-loop turn
}

// A KPI opens at its own cadence, or at the granularity last chosen for it: a daily view of
// one KPI does not carry over to a monthly one.
void TestKpiView::granularityPerKpi_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<Granularity>("chosen");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<Granularity>("secondOpensAt");
    QTest::newRow("daily_then_monthly")
        << QByteArray("dau") << Granularity::Day << QByteArray("mrr") << Granularity::Month;
    QTest::newRow("weekly_choice_then_daily")
        << QByteArray("mrr") << Granularity::Quarter << QByteArray("dau") << Granularity::Day;
}

void TestKpiView::granularityPerKpi()
{
    QFETCH(QByteArray, first);
    QFETCH(Granularity, chosen);
    QFETCH(QByteArray, second);
    QFETCH(Granularity, secondOpensAt);
    m_view->setKpi(kpiId(first.constData()));
    m_view->setGranularity(chosen);
    m_view->setKpi(kpiId(second.constData()));
    QCOMPARE(m_view->granularity(), secondOpensAt);
    QTRY_COMPARE(m_view->chartView()->kpiChart()->chartData().granularity, secondOpensAt);
    m_view->setKpi(kpiId(first.constData())); // back: the choice made for it
    QCOMPARE(m_view->granularity(), chosen);
}

void TestKpiView::settingsRemembered()
{
    m_view->setGranularity(Granularity::Week);
    m_view->setPeriod(KpiView::Period::YearToDate);
    auto *splitter = m_view->findChild<QSplitter *>();
    m_view->show();
    splitter->setSizes({900, 380});
    const QList<int> sizes = splitter->sizes();
    delete m_view;
    m_view = new KpiView(m_ws.get());
    m_view->resize(1280, 800);
    m_view->show();
    QCOMPARE(m_view->granularity(), Granularity::Week);
    QCOMPARE(m_view->period(), KpiView::Period::YearToDate);
    QCOMPARE(m_view->findChild<QSplitter *>()->sizes(), sizes);
}

void TestKpiView::screenshot_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QSize>("size");
    QTest::newRow("light_1280x800") << false << QSize(1280, 800);
    QTest::newRow("dark_1280x800") << true << QSize(1280, 800);
    QTest::newRow("light_900x600") << false << QSize(900, 600);
    QTest::newRow("dark_1920x1080") << true << QSize(1920, 1080);
}

void TestKpiView::screenshot()
{
    QFETCH(bool, dark);
    QFETCH(QSize, size);
    QSettings().clear();
    if (dark) {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2B, 0x2E, 0x33));
        p.setColor(QPalette::WindowText, QColor(0xE6, 0xE8, 0xEB));
        p.setColor(QPalette::Base, QColor(0x1E, 0x21, 0x26));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2F));
        p.setColor(QPalette::Text, QColor(0xE6, 0xE8, 0xEB));
        p.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3D));
        p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE8, 0xEB));
        p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA6, 0xAE));
        m_view->setPalette(p);
    }
    m_view->resize(size);
    m_view->setGranularity(Granularity::Day);
    m_view->setPeriod(KpiView::Period::Last12Months);
    m_view->setKpi(kpiId("dau"));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    const QImage image = m_view->grab().toImage();
    const QString name = QStringLiteral("kpiview-%1-%2x%3.png")
                             .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                             .arg(size.width())
                             .arg(size.height());
    QVERIFY(image.save(name));
    // Not blank: the chart area alone holds many colours (line, grid, text, markers).
    const QRect chartRect(m_view->chartView()->mapTo(m_view, QPoint(0, 0)),
                          m_view->chartView()->size());
    QSet<QRgb> colours;
    for (int y = chartRect.top(); y < chartRect.bottom(); y += 2)
        for (int x = chartRect.left(); x < chartRect.right(); x += 2)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 30, qPrintable(QString::number(colours.size())));
    QCOMPARE(m_view->chartView()->kpiChart()->chartPalette().isDark, dark);
}

QTEST_MAIN(TestKpiView)
#include "tst_kpiview.moc"
