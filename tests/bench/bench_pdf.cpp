// Times the PDF export: the demo workspace (21 KPIs) and a generated workspace of 200 daily KPIs
// with 5,000 values each (1M values). Prints the time to build the document, to paint and write
// the PDF, the page count, the file size and the peak memory. Usage: bench_pdf [folder]
#include "demo/demoworkspace.h"
#include "pdf/pdfexporter.h"
#include "pdf/reportcharts.h"
#include "report/snapshotbuilder.h"
#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/targetrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>

using namespace Needle;

namespace {

// CPU time of this process in ms: what the export costs, whatever else the machine is doing.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

long peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

bool makeLarge(const QString &path, const QDate &asOf)
{
    QString error;
    auto db = Database::open(path, Database::Mode::CreateNew, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    QSqlDatabase c = db->connection();
    c.transaction();
    KpiRepository kpis(c);
    TargetRepository targets(c);
    // One prepared statement in one transaction: the fast bulk path DESIGN section 3 measured.
    QSqlQuery insert(c);
    insert.prepare(
        QStringLiteral("INSERT INTO measurement (kpi_id, date, value) VALUES (?, ?, ?)"));
    for (int k = 0; k < 200; ++k) {
        Kpi kpi;
        kpi.key = QStringLiteral("kpi_%1").arg(k, 3, 10, QLatin1Char('0'));
        kpi.name =
            QStringLiteral("Generated KPI number %1 with a name long enough to wrap in the table")
                .arg(k);
        kpi.cadence = Cadence::Daily;
        kpi.aggregation = Aggregation::Sum;
        kpi.direction = k % 3 ? Direction::HigherIsBetter : Direction::LowerIsBetter;
        if (!kpis.insert(&kpi, &error))
            return false;
        Target t;
        t.kpiId = kpi.id;
        t.value = 1000 + k;
        t.effectiveFrom = asOf.addYears(-20);
        if (!targets.insert(&t, &error))
            return false;
        for (int d = 0; d < 5000; ++d) {
            insert.addBindValue(kpi.id);
            insert.addBindValue(asOf.addDays(-d).toString(Qt::ISODate));
            insert.addBindValue(1000 + k + 100 * std::sin(d / 7.0) + (d * 37 % 101) - 50);
            if (!insert.exec())
                return false;
        }
    }
    return c.commit();
}

void measure(const char *label, const QString &path, const QDate &asOf, const QString &out)
{
    QString error;
    const auto db = Database::open(path, Database::Mode::ReadOnly, &error);
    ReportOptions options;
    options.asOf = asOf;
    options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    options = options.resolved();
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = cpuMs();
    ReportDocument document;
    if (!SnapshotBuilder::build(db->connection(), QFileInfo(path).completeBaseName(), options,
                                &document, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    const qint64 built = timer.restart();
    if (!PdfExporter::write(
            document, options,
            reportChartRenderer(chartDataSource(db->connection()), document, options), out,
            &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    const qint64 written = timer.elapsed();
    std::printf("%-28s build %6lld ms  paint+write %6lld ms  total %6lld ms (CPU %6lld ms)  "
                "%d KPIs  %7.1f KiB  peak RSS %ld MiB\n",
                label, built, written, built + written, cpuMs() - cpuStart,
                int(document.series.size()), QFileInfo(out).size() / 1024.0, peakKiB() / 1024);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path();
    const QDate asOf(2026, 6, 30);
    QString error;
    const QString demo = dir + QStringLiteral("/bench-demo.needle");
    QFile::remove(demo);
    if (!DemoWorkspace::write(demo, asOf, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    measure("demo (21 KPIs), first run", demo, asOf, dir + QStringLiteral("/bench-demo.pdf"));
    measure("demo (21 KPIs)", demo, asOf, dir + QStringLiteral("/bench-demo.pdf"));

    const QString large = dir + QStringLiteral("/bench-large.needle");
    if (!QFileInfo::exists(large)) { // kept between runs in a given folder
        QElapsedTimer t;
        t.start();
        if (!makeLarge(large, asOf))
            return 1;
        std::printf("generated 200 KPIs x 5,000 values in %lld ms\n", t.elapsed());
    }
    measure("200 KPIs, 1M values", large, asOf, dir + QStringLiteral("/bench-large.pdf"));
    return 0;
}
