#include "charts/kpichartview.h"

#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

// The chart on screen: zoom, pan, read-out, the context menu and the image exports.
class TestKpiChartView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exports_data();
    void exports();
    void exportToUnwritablePlaceFails();
    void zoomPanReset();
    void hoverReadOut();
    void contextMenu();
    void followsDarkPalette();

private:
    KpiChartView *m_view = nullptr;
};

void TestKpiChartView::init()
{
    KpiChartData data;
    data.kpi.key = QStringLiteral("revenue");
    data.kpi.name = QStringLiteral("Revenue");
    data.granularity = Granularity::Day;
    for (QDate d(2025, 1, 1); d <= QDate(2025, 12, 31); d = d.addDays(1))
        data.points.append({d, 1000 + d.dayOfYear() * 3.0, false});
    Target t;
    t.value = 1800;
    t.effectiveFrom = QDate(2025, 1, 1);
    data.targets = {t};
    m_view = new KpiChartView;
    m_view->resize(800, 450);
    m_view->setData(data);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestKpiChartView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestKpiChartView::exports_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<?xml");
}

void TestKpiChartView::exports()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, signature);
    // In the build folder, to look at.
    const QString path = QStringLiteral("kpichartview-export.") + suffix;
    QFile::remove(path);
    QString error;
    const bool ok = suffix == QLatin1String("png") ? m_view->exportPng(path, &error)
                                                   : m_view->exportSvg(path, &error);
    QVERIFY2(ok, qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 2000);
    QVERIFY(bytes.startsWith(signature));
    if (suffix == QLatin1String("svg")) {
        // Vector output: the line is a path and the title is text, not a bitmap.
        QVERIFY(bytes.count("<polyline") + bytes.count("<path") > 20);
        QVERIFY(bytes.contains("<text"));
        QVERIFY(bytes.contains("Revenue"));
        QVERIFY(!bytes.contains("<image"));
    } else {
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1600, 900));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }
}

void TestKpiChartView::exportToUnwritablePlaceFails()
{
    QString error;
    QVERIFY(!m_view->exportPng(QStringLiteral("/nonexistent-dir/chart.png"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/chart.png")));
    QVERIFY(!m_view->exportSvg(QStringLiteral("/nonexistent-dir/chart.svg"), &error));
}

void TestKpiChartView::zoomPanReset()
{
    KpiChart *chart = m_view->kpiChart();
    QDateTimeAxis *axis = chart->timeAxis();
    const qint64 fullMin = axis->min().toMSecsSinceEpoch();
    const qint64 fullMax = axis->max().toMSecsSinceEpoch();
    QSignalSpy zoomed(chart, &KpiChart::zoomChanged);
    m_view->zoomBy(4, m_view->width() / 2.0);
    QVERIFY(zoomed.count() >= 1);
    const qint64 span = axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch();
    QVERIFY(span < (fullMax - fullMin) / 3);
    // Zoomed in, every day of the range is drawn again.
    QVERIFY(chart->valueSeries()->count() >= 80);
    const qint64 before = axis->min().toMSecsSinceEpoch();
    m_view->panBy(-100); // drag to the left: later dates come in
    QVERIFY(axis->min().toMSecsSinceEpoch() > before);
    QTest::keyClick(m_view, Qt::Key_0);
    QCOMPARE(axis->min().toMSecsSinceEpoch(), fullMin);
    QCOMPARE(axis->max().toMSecsSinceEpoch(), fullMax);
}

void TestKpiChartView::hoverReadOut()
{
    QSignalSpy readOut(m_view, &KpiChartView::readOutChanged);
    const QRectF plot = m_view->kpiChart()->plotArea();
    QTest::mouseMove(m_view->viewport(), plot.center().toPoint());
    QTRY_VERIFY(!readOut.isEmpty());
    QVERIFY2(readOut.last().first().toString().contains(QStringLiteral("Target")),
             qPrintable(readOut.last().first().toString()));
}

void TestKpiChartView::contextMenu()
{
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(nullptr));
    QStringList texts;
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions)
        if (!a->isSeparator())
            texts << a->text();
    QCOMPARE(texts.size(), 4);
    QVERIFY(!actions.first()->isEnabled()); // nothing to reset before zooming
    m_view->copyToClipboard();
}

void TestKpiChartView::followsDarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    m_view->setPalette(dark);
    QVERIFY(m_view->kpiChart()->chartPalette().isDark);
    const QImage image = m_view->toImage(1.0);
    QCOMPARE(image.pixelColor(3, 3), ChartPalette::dark().background);
}

QTEST_MAIN(TestKpiChartView)
#include "tst_kpichartview.moc"
