// How fast the dashboard opens and reacts (offscreen). Not run by ctest: figures in docs/ui.md.
//   cmake -B build -DNEEDLE_BUILD_BENCH=ON && cmake --build build --target bench_dashboard
//   QT_QPA_PLATFORM=offscreen build/tests/bench_dashboard [--dir DIR] [--periods N]
// --dir keeps the workspaces in DIR and reuses them on the next run; --periods N runs only the
// period changes, N rounds (for a profiler: valgrind --tool=callgrind
// --toggle-collect='*changePeriods*' build/tests/bench_dashboard --dir /tmp/b --periods 1).

#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardview.h"
#include "demo/demoworkspace.h"
#include "domain/measurement.h"
#include "storage/measurementrepository.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <cmath>

using namespace Needle;

namespace {

QTextStream out(stdout);

// Paints the view into an image the way the screen would: a full layout and paint.
void paint(DashboardView *view)
{
    QCoreApplication::processEvents();
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    view->render(&image);
}

double openAndPaint(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(path, &error);
    if (!ws) {
        out << error << Qt::endl;
        return -1;
    }
    DashboardView view(ws.get());
    view.resize(1400, 900);
    view.show();
    paint(&view);
    return timer.nsecsElapsed() / 1e6;
}

// 200 KPIs with five years of daily values (365,200 values), written with one statement.
bool writeLarge(const QString &path, QString *error)
{
    std::unique_ptr<Workspace> ws = Workspace::create(path, error);
    if (!ws)
        return false;
    QVector<qint64> ids;
    for (int i = 0; i < 200; ++i) {
        Kpi k;
        k.key = QStringLiteral("kpi_%1").arg(i);
        k.name = QStringLiteral("Metric %1").arg(i);
        k.category = Category(i % 4);
        k.cadence = i % 3 == 0 ? Cadence::Daily : (i % 3 == 1 ? Cadence::Weekly : Cadence::Monthly);
        k.aggregation = i % 2 ? Aggregation::Sum : Aggregation::Average;
        if (!ws->addKpi(&k, error))
            return false;
        ids << k.id;
        Target t;
        t.kpiId = k.id;
        t.value = 100 + i;
        t.effectiveFrom = QDate(2021, 1, 1);
        if (!ws->addTarget(&t, error))
            return false;
    }
    QSqlDatabase db = ws->connection();
    db.transaction();
    MeasurementRepository repo(db);
    const QDate end(2026, 11, 21);
    const QDate start = end.addYears(-5);
    QRandomGenerator rng(42);
    for (qint64 id : std::as_const(ids)) {
        for (QDate d = start; d <= end; d = d.addDays(1)) {
            Measurement m;
            m.kpiId = id;
            m.date = d;
            m.value = 100 + id + 10 * std::sin(d.dayOfYear() / 58.0) + rng.bounded(5.0);
            if (!repo.put(m, error))
                return false;
        }
    }
    return db.commit();
}

// Every preset but "custom" in turn, each followed by a paint; prints the times.
Q_NEVER_INLINE void changePeriods(DashboardView *view, QComboBox *period)
{
    for (int i = 0; i < period->count(); ++i) {
        if (period->itemData(i).toString() == QLatin1String("custom"))
            continue;
        QElapsedTimer timer;
        timer.start();
        period->setCurrentIndex(i);
        paint(view);
        out << "200 KPIs, period " << period->itemText(i)
            << " and repaint: " << timer.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype dirAt = args.indexOf(QStringLiteral("--dir"));
    const qsizetype periodsAt = args.indexOf(QStringLiteral("--periods"));
    const int rounds =
        periodsAt > 0 && periodsAt + 1 < args.size() ? args.at(periodsAt + 1).toInt() : 0;
    QTemporaryDir temporary;
    const QDir dir(dirAt > 0 && dirAt + 1 < args.size() ? args.at(dirAt + 1) : temporary.path());
    QString error;
    const QString demo = dir.filePath(QStringLiteral("demo.needle"));
    const QString large = dir.filePath(QStringLiteral("large.needle"));
    if ((!QFile::exists(demo) && !DemoWorkspace::write(demo, QDate::currentDate(), &error))
        || (!QFile::exists(large) && !writeLarge(large, &error))) {
        out << error << Qt::endl;
        return 1;
    }
    if (rounds <= 0) {
        out << "demo workspace, open to a painted dashboard: " << openAndPaint(demo) << " ms"
            << Qt::endl;
        out << "200 KPIs x 5 years daily, open to a painted dashboard: " << openAndPaint(large)
            << " ms" << Qt::endl;
    }

    std::unique_ptr<Workspace> ws = Workspace::open(large, &error);
    DashboardView view(ws.get());
    view.model()->setAsOf(QDate(2026, 11, 21));
    view.resize(1400, 900);
    view.show();
    paint(&view);
    auto *period = view.findChild<QComboBox *>(QStringLiteral("periodCombo"));
    for (int round = 0; round < std::max(1, rounds); ++round)
        changePeriods(&view, period);
    if (rounds > 0)
        return 0;
    auto *category = view.findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    QElapsedTimer timer;
    timer.start();
    category->setCurrentIndex(1);
    paint(&view);
    out << "200 KPIs, category filter and repaint: " << timer.nsecsElapsed() / 1e6 << " ms"
        << Qt::endl;
    timer.restart();
    view.findChild<QLineEdit *>(QStringLiteral("filterText"))->setText(QStringLiteral("Metric 1"));
    paint(&view);
    out << "200 KPIs, text filter and repaint: " << timer.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    return 0;
}
