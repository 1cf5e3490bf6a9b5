// bench_analysis: how well and how fast Needle's analysis works (figures in docs/analysis.md).
//
// 1. Detection quality: seeded series (trend, weekly and yearly seasonality, multiplicative
//    noise) at daily, weekly and monthly cadences with injected spikes, dips and level shifts;
//    the full analysis runs on each and its flags are matched against what was injected.
// 2. Speed: a workspace file of 200 daily KPIs x 5,000 values (1M values), checked on one
//    thread: reading plus analysis, and analysis alone.
//
// Usage: bench_analysis [--seed N] [--series N] [--kpis N] [--values N] [--workspace FILE]
//        (--workspace: write the speed workspace there once and reuse it on later runs)

#include "analysis/kpianalysis.h"
#include "analysis/workspaceanalyzer.h"
#include "cli/checkreport.h"
#include "demo/demoseries.h"
#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace Needle;

namespace {

// CPU time of this thread in milliseconds: what one thread costs, whatever else the machine runs.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

struct Event
{
    int index;
    bool shift;
};

struct Generated
{
    Series series;
    QVector<Event> events;
};

struct Cadenced
{
    const char *name;
    Cadence cadence;
    int length;
    int spikes; // per series
    double shiftChance; // probability of one level shift per series
};

QDate dateAt(Cadence c, int i)
{
    const QDate start(2020, 1, 6); // a Monday
    switch (c) {
    case Cadence::Daily:
        return start.addDays(i);
    case Cadence::Weekly:
        return start.addDays(7 * i);
    case Cadence::Monthly:
        return QDate(2015, 1, 1).addMonths(i);
    case Cadence::Quarterly:
        return QDate(2000, 1, 1).addMonths(3 * i);
    }
    return start;
}

// One series: level 1,000 drifting by up to +-40% over its length, a weekly pattern (daily),
// a yearly cycle of +-10%, 3% multiplicative noise; spikes and dips of 5 to 10 noise sigmas
// on single periods; a level shift of 5 to 9 sigmas that lasts to the end.
Generated generate(const Cadenced &c, DemoRandom &rnd)
{
    Generated g;
    const int n = c.length;
    const double noise = 0.03;
    const double drift = (rnd.uniform() - 0.5) * 0.8;
    const double weekly[7] = {1.0, 1.04, 1.06, 1.05, 0.98, 0.72, 0.65};
    const double periodsPerYear = c.cadence == Cadence::Daily ? 365.25
        : c.cadence == Cadence::Weekly                        ? 52.18
                                                              : 12;
    const double phase = rnd.uniform() * 2 * M_PI;
    QVector<double> factor(n, 1.0);
    // Level shift first, so spikes do not land on top of its first periods.
    int shiftAt = -1;
    if (rnd.uniform() < c.shiftChance) {
        shiftAt = n / 3 + int(rnd.uniform() * n / 2);
        const double size = (5 + rnd.uniform() * 4) * noise * (rnd.uniform() < 0.5 ? -1 : 1);
        for (int i = shiftAt; i < n; ++i)
            factor[i] *= 1 + size;
        g.events << Event{shiftAt, true};
    }
    QVector<bool> taken(n, false);
    for (int s = 0; s < c.spikes; ++s) {
        int at = 0;
        for (int tries = 0; tries < 50; ++tries) {
            at = 14 + int(rnd.uniform() * (n - 15));
            bool ok = !taken.at(at);
            for (int j = std::max(0, at - 3); j <= std::min(n - 1, at + 3); ++j)
                ok = ok && !taken.at(j) && (shiftAt < 0 || std::abs(j - shiftAt) > 3);
            if (ok)
                break;
        }
        taken[at] = true;
        const double size = (5 + rnd.uniform() * 5) * noise * (rnd.uniform() < 0.5 ? -1 : 1);
        factor[at] *= 1 + size;
        g.events << Event{at, false};
    }
    for (int i = 0; i < n; ++i) {
        const QDate d = dateAt(c.cadence, i);
        double v = 1000 * (1 + drift * i / n);
        if (c.cadence == Cadence::Daily)
            v *= weekly[d.dayOfWeek() - 1];
        v *= 1 + 0.1 * std::sin(2 * M_PI * i / periodsPerYear + phase);
        v *= 1 + noise * rnd.normal();
        v *= factor.at(i);
        g.series.dates << d;
        g.series.values << std::round(v * 10) / 10;
    }
    return g;
}

struct Score
{
    int flags = 0, truePositives = 0, events = 0, found = 0;
    int spikes = 0, spikesFound = 0, shifts = 0, shiftsFound = 0;
};

void quality(int seriesPerCadence, quint64 seed)
{
    const Cadenced cadences[] = {
        {"daily", Cadence::Daily, 730, 6, 0.7},
        {"weekly", Cadence::Weekly, 260, 3, 0.7},
        {"monthly", Cadence::Monthly, 72, 2, 0.5},
    };
    std::printf("Detection on generated series (seed %llu, %d series per cadence)\n\n",
                static_cast<unsigned long long>(seed), seriesPerCadence);
    std::printf("%-8s %7s %7s %7s %9s %7s %8s %8s\n", "cadence", "length", "events", "flags",
                "precision", "recall", "spikes", "shifts");
    for (const Cadenced &c : cadences) {
        DemoRandom rnd(seed + quint64(c.cadence) * 1000003);
        Score sc;
        for (int s = 0; s < seriesPerCadence; ++s) {
            const Generated g = generate(c, rnd);
            Kpi k;
            k.id = 1;
            k.key = QStringLiteral("k");
            k.cadence = c.cadence;
            k.aggregation = Aggregation::Last;
            k.ownerId = 1;
            const QDate asOf = g.series.dates.last().addMonths(1);
            const KpiAnalysis a = analyzeKpi(k, g.series, {}, {}, {}, asOf, QLocale::c());
            QVector<bool> matched(g.events.size(), false);
            for (const Anomaly &an : a.anomalies) {
                ++sc.flags;
                int idx = 0;
                while (idx < g.series.size() && g.series.dates.at(idx) < an.period)
                    ++idx;
                bool hit = false;
                for (int e = 0; e < g.events.size(); ++e) {
                    const Event &ev = g.events.at(e);
                    // A shift may be dated a period or two off; a spike must be exact.
                    const int tolerance = ev.shift ? 2 : 0;
                    if (std::abs(idx - ev.index) <= tolerance) {
                        hit = true;
                        matched[e] = true;
                    }
                }
                sc.truePositives += hit;
                if (!hit && qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
                    int nearest = 9999;
                    for (const Event &ev : g.events)
                        if (std::abs(idx - ev.index) < std::abs(nearest))
                            nearest = idx - ev.index;
                    std::printf(
                        "  false flag %s at %d of %d: %s %s score %.1f, nearest event %+d\n",
                        c.name, idx, int(g.series.size()), qPrintable(storageName(an.kind)),
                        qPrintable(storageName(an.method)), an.score, nearest);
                }
            }
            for (int e = 0; e < g.events.size(); ++e) {
                if (!matched.at(e) && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                    std::printf("  missed %s %s at %d of %d\n", c.name,
                                g.events.at(e).shift ? "shift" : "spike", g.events.at(e).index,
                                int(g.series.size()));
                ++sc.events;
                sc.found += matched.at(e);
                if (g.events.at(e).shift) {
                    ++sc.shifts;
                    sc.shiftsFound += matched.at(e);
                } else {
                    ++sc.spikes;
                    sc.spikesFound += matched.at(e);
                }
            }
        }
        const double precision = sc.flags ? double(sc.truePositives) / sc.flags : 1;
        const double recall = sc.events ? double(sc.found) / sc.events : 1;
        std::printf("%-8s %7d %7d %7d %9.3f %7.3f %4d/%-4d %3d/%-4d\n", c.name, c.length, sc.events,
                    sc.flags, precision, recall, sc.spikesFound, sc.spikes, sc.shiftsFound,
                    sc.shifts);
    }
    std::printf("\n");
}

void speed(int kpis, int values, quint64 seed, const QString &keep)
{
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.needle")) : keep;
    QString error;
    if (!QFile::exists(path)) {
        auto db = Database::open(path, Database::Mode::CreateNew, &error);
        if (!db) {
            std::printf("cannot create %s: %s\n", qPrintable(path), qPrintable(error));
            return;
        }
        Sql::WriteTransaction tx(db->connection());
        tx.begin(&error);
        KpiRepository kpiRepo(db->connection());
        MeasurementRepository valueRepo(db->connection());
        DemoRandom rnd(seed);
        const Cadenced daily{"daily", Cadence::Daily, values, values / 100, 0.5};
        for (int i = 0; i < kpis; ++i) {
            Kpi k;
            k.key = QStringLiteral("kpi_%1").arg(i);
            k.name = QStringLiteral("KPI %1").arg(i);
            k.cadence = Cadence::Daily;
            k.aggregation = Aggregation::Sum;
            if (!kpiRepo.insert(&k, &error)) {
                std::printf("%s\n", qPrintable(error));
                return;
            }
            const Generated g = generate(daily, rnd);
            for (int j = 0; j < g.series.size(); ++j) {
                Measurement m;
                m.kpiId = k.id;
                m.date = g.series.dates.at(j);
                m.value = g.series.values.at(j);
                valueRepo.put(m, &error);
            }
        }
        tx.commit(&error);
    }
    const QDate asOf = dateAt(Cadence::Daily, values);
    auto db = Database::open(path, Database::Mode::ReadOnly, &error);
    QElapsedTimer t;
    AnalysisOptions options;
    options.asOf = asOf;
    options.locale = QLocale::c();

    t.start();
    double cpu = threadCpuMs();
    const QVector<KpiInput> inputs = readKpiInputs(db->connection());
    const qint64 readMs = t.elapsed();
    const double readCpu = threadCpuMs() - cpu;
    t.restart();
    cpu = threadCpuMs();
    const QVector<KpiAnalysis> analyses = analyzeKpis(inputs, options);
    const qint64 analyseMs = t.elapsed();
    const double analyseCpu = threadCpuMs() - cpu;
    int flags = 0;
    for (const KpiAnalysis &a : analyses)
        flags += int(a.anomalies.size());
    t.restart();
    cpu = threadCpuMs();
    CheckReport report;
    CheckReport::build(db->connection(), asOf, {}, {}, QLocale::c(), &report, &error);
    const QByteArray json = QJsonDocument(report.toJson()).toJson();
    const qint64 checkMs = t.elapsed();
    const double checkCpu = threadCpuMs() - cpu;

    std::printf("Speed: %d daily KPIs x %d values (%d values), one thread\n\n", kpis, values,
                kpis * values);
    std::printf("%-28s %9s %9s\n", "", "wall ms", "CPU ms");
    std::printf("%-28s %9lld %9.0f\n", "read the workspace", static_cast<long long>(readMs),
                readCpu);
    std::printf("%-28s %9lld %9.0f  (%d anomalies over the whole history)\n", "analyse every KPI",
                static_cast<long long>(analyseMs), analyseCpu, flags);
    std::printf("%-28s %9lld %9.0f  (%lld bytes of JSON)\n", "full check, read to JSON",
                static_cast<long long>(checkMs), checkCpu, static_cast<long long>(json.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    quint64 seed = 20261124;
    int series = 100, kpis = 200, values = 5000;
    QString workspace; // --workspace FILE: written once, then reused (for profiling the check)
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i).startsWith(QLatin1String("--analysis")))
            ++i;
        if (args.at(i) == QLatin1String("--seed"))
            seed = args.at(i + 1).toULongLong();
        else if (args.at(i) == QLatin1String("--series"))
            series = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--kpis"))
            kpis = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--values"))
            values = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--workspace"))
            workspace = args.at(i + 1);
    }
    if (args.contains(QLatin1String("--analysis-only"))) {
        // The analysis alone on generated inputs, without a workspace (for profiling).
        DemoRandom rnd(seed);
        const Cadenced daily{"daily", Cadence::Daily, values, values / 100, 0.5};
        QVector<KpiInput> inputs;
        for (int i = 0; i < kpis; ++i) {
            KpiInput in;
            in.kpi.id = i + 1;
            in.kpi.key = QStringLiteral("kpi_%1").arg(i);
            in.kpi.cadence = Cadence::Daily;
            in.series = generate(daily, rnd).series;
            inputs << in;
        }
        AnalysisOptions options;
        options.asOf = dateAt(Cadence::Daily, values);
        options.locale = QLocale::c();
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        const QVector<KpiAnalysis> out = analyzeKpis(inputs, options);
        std::printf("analyse %d KPIs x %d values: %lld ms wall, %.0f ms CPU\n", kpis, values,
                    static_cast<long long>(t.elapsed()), threadCpuMs() - cpu);
        return 0;
    }
    quality(series, seed);
    if (kpis > 0)
        speed(kpis, values, seed, workspace);
    return 0;
}
