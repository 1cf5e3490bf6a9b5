// bench_analysis: how well and how fast Needle's analysis works (figures in docs/analysis.md).
//
// 1. Detection quality on independent noise: seeded series (trend, weekly and yearly
//    seasonality, multiplicative Gaussian noise) at daily, weekly and monthly cadences with
//    injected spikes, dips and level shifts; the full analysis runs on each and its flags are
//    matched against what was injected. The old detector (before issue 16) runs beside it.
// 2. Detection quality on realistic series (benchseries.h): autocorrelated, skewed, near-100 %
//    and small-count KPIs with holidays and missing days; precision and recall per cadence and
//    kind, false flags per KPI-year on the same series without events; old detector, new
//    detector and the analyst's pipeline of issue 16 side by side.
// 3. Short histories: the realistic series over 42 and 90 days, 40 weeks, 40 months.
// 4. Speed: a workspace file of 200 daily KPIs x 5,000 values (1M values), independent-noise
//    or realistic series, checked on one thread: reading, analysis, the full check; the old and
//    new detectors timed in turn on the same values; --rounds N repeats it (medians).
//
// Usage: bench_analysis [--seed N] [--series N] [--real-series N] [--short-series N]
//        [--analyst-z Z] [--kpis N] [--values N] [--workspace FILE]
//        [--workspace-series noise|realistic] [--rounds N]
//        (--series: per cadence, independent noise; --real-series, --short-series: per kind and
//        cadence; --workspace: write the speed workspace there once and reuse it on later runs)

#include "analysis/detection.h"
#include "analysis/kpianalysis.h"
#include "analysis/rollup.h"
#include "benchseries.h"
#include "olddetection.h"
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
#include <functional>
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

// The old detector through the product's roll-up, as analyzeKpi called it before issue 16:
// the complete periods' values into the detector with the old options. Flagged periods.
Detection::Options oldOptions(Sensitivity s, int season)
{
    Detection::Options o;
    o.seasonLength = season;
    if (s == Sensitivity::Low) {
        o.threshold = 4.5;
        o.alpha = 0.01;
        o.shiftThreshold = 6.5;
    } else if (s == Sensitivity::High) {
        o.threshold = 3.0;
        o.alpha = 0.1;
        o.shiftThreshold = 4.0;
    }
    return o;
}

int seasonOf(Cadence c)
{
    return c == Cadence::Daily ? 7 : c == Cadence::Weekly ? 52 : c == Cadence::Monthly ? 12 : 4;
}

struct Rolled
{
    QVector<QDate> periods;
    QVector<double> values;
};

Rolled completePeriods(const Kpi &k, const Series &s, const QDate &asOf)
{
    Rolled r;
    const QVector<RolledPoint> points = rollUp(s, granularityOf(k.cadence), k.aggregation, asOf);
    for (const RolledPoint &p : points)
        if (p.period <= asOf && std::isfinite(p.value) && !p.partial) {
            r.periods << p.period;
            r.values << p.value;
        }
    return r;
}

QVector<QDate> oldFlags(const Kpi &k, const Series &s, const QDate &asOf)
{
    const Rolled r = completePeriods(k, s, asOf);
    QVector<QDate> out;
    for (const Detection::Flag &f :
         OldDetection::detect(r.values, oldOptions(k.sensitivity, seasonOf(k.cadence))))
        out << r.periods.at(f.index);
    return out;
}

QVector<QDate> newFlags(const Kpi &k, const Series &s, const QDate &asOf)
{
    QVector<QDate> out;
    for (const Anomaly &an : analyzeKpi(k, s, {}, {}, {}, asOf, QLocale::c()).anomalies)
        out << an.period;
    return out;
}

struct Score
{
    int flags = 0, truePositives = 0, events = 0, found = 0;
    int spikes = 0, spikesFound = 0, shifts = 0, shiftsFound = 0;
    int holidayFlags = 0, holidays = 0, cleanFlags = 0; // holidays: holiday periods with a value
    double kpiYears = 0;
    void add(const Score &o)
    {
        flags += o.flags, truePositives += o.truePositives, events += o.events, found += o.found;
        spikes += o.spikes, spikesFound += o.spikesFound, shifts += o.shifts;
        shiftsFound += o.shiftsFound, holidayFlags += o.holidayFlags, cleanFlags += o.cleanFlags;
        holidays += o.holidays;
        kpiYears += o.kpiYears;
    }
    double precision() const { return flags ? double(truePositives) / flags : 1; }
    double recall() const { return events ? double(found) / events : 1; }
    double perYear() const { return kpiYears > 0 ? cleanFlags / kpiYears : 0; }
};

void quality(int seriesPerCadence, quint64 seed)
{
    const Cadenced cadences[] = {
        {"daily", Cadence::Daily, 730, 6, 0.7},
        {"weekly", Cadence::Weekly, 260, 3, 0.7},
        {"monthly", Cadence::Monthly, 72, 2, 0.5},
    };
    std::printf("Detection on generated series, independent noise (seed %llu, %d series per "
                "cadence)\n\n",
                static_cast<unsigned long long>(seed), seriesPerCadence);
    std::printf("%-8s %-4s %7s %7s %7s %9s %7s %8s %8s\n", "cadence", "rule", "length", "events",
                "flags", "precision", "recall", "spikes", "shifts");
    for (const Cadenced &c : cadences) {
        DemoRandom rnd(seed + quint64(c.cadence) * 1000003);
        Score sc[2];
        for (int s = 0; s < seriesPerCadence; ++s) {
            const Generated g = generate(c, rnd);
            Kpi k;
            k.id = 1;
            k.key = QStringLiteral("k");
            k.cadence = c.cadence;
            k.aggregation = Aggregation::Last;
            k.ownerId = 1;
            const QDate asOf = g.series.dates.last().addMonths(1);
            for (int rule = 0; rule < 2; ++rule) {
                const QVector<QDate> flags =
                    rule == 0 ? oldFlags(k, g.series, asOf) : newFlags(k, g.series, asOf);
                QVector<bool> matched(g.events.size(), false);
                for (const QDate &period : flags) {
                    ++sc[rule].flags;
                    const int idx =
                        int(std::lower_bound(g.series.dates.cbegin(), g.series.dates.cend(), period)
                            - g.series.dates.cbegin());
                    bool hit = false;
                    for (int e = 0; e < g.events.size(); ++e) {
                        const Event &ev = g.events.at(e);
                        // A shift may be dated a period or two off; a spike must be exact.
                        if (std::abs(idx - ev.index) <= (ev.shift ? 2 : 0)) {
                            hit = true;
                            matched[e] = true;
                        }
                    }
                    sc[rule].truePositives += hit;
                    if (!hit && rule == 1 && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                        std::printf("  false flag %s at %d of %d\n", c.name, idx,
                                    int(g.series.size()));
                }
                for (int e = 0; e < g.events.size(); ++e) {
                    ++sc[rule].events;
                    sc[rule].found += matched.at(e);
                    (g.events.at(e).shift ? sc[rule].shifts : sc[rule].spikes) += 1;
                    (g.events.at(e).shift ? sc[rule].shiftsFound : sc[rule].spikesFound) +=
                        matched.at(e);
                }
            }
        }
        for (int rule = 0; rule < 2; ++rule)
            std::printf("%-8s %-4s %7d %7d %7d %9.3f %7.3f %4d/%-4d %3d/%-4d\n", c.name,
                        rule ? "new" : "old", c.length, sc[rule].events, sc[rule].flags,
                        sc[rule].precision(), sc[rule].recall(), sc[rule].spikesFound,
                        sc[rule].spikes, sc[rule].shiftsFound, sc[rule].shifts);
    }
    std::printf("\n");
}

// Scores one method's flags (grid indices) on one realistic series: flags on holidays count
// neither way; a flag is right on an injected spike or dip, or from 2 periods before a
// temporary level shift to 2 after its end.
Score scoreReal(const Bench::RealSeries &s, const QVector<int> &flags,
                const QVector<int> &cleanFlags, const char *method, const char *cadence)
{
    Score sc;
    QVector<bool> matched(s.events.size(), false);
    const bool verbose = qEnvironmentVariableIsSet("BENCH_VERBOSE");
    for (int idx : flags) {
        if (idx >= 0 && idx < s.length && s.holiday.at(idx)) {
            ++sc.holidayFlags;
            continue;
        }
        ++sc.flags;
        bool hit = false;
        for (int e = 0; e < s.events.size(); ++e) {
            const Bench::Injected &ev = s.events.at(e);
            const int tolerance = ev.shift ? 2 : 0;
            if (idx >= ev.index - tolerance && idx <= ev.end + tolerance)
                hit = matched[e] = true;
        }
        sc.truePositives += hit;
        if (!hit && verbose) {
            int nearest = 9999;
            for (const Bench::Injected &ev : s.events)
                if (std::abs(idx - ev.index) < std::abs(nearest))
                    nearest = idx - ev.index;
            std::printf("  %s %s %s: false flag at %d, nearest event %+d\n", method, cadence,
                        Bench::kindName(s.kind), idx, nearest);
        }
    }
    for (int e = 0; e < s.events.size(); ++e) {
        const bool shift = s.events.at(e).shift;
        ++sc.events;
        sc.found += matched.at(e);
        (shift ? sc.shifts : sc.spikes) += 1;
        (shift ? sc.shiftsFound : sc.spikesFound) += matched.at(e);
        if (!matched.at(e) && verbose)
            std::printf("  %s %s %s: missed %s at %d\n", method, cadence, Bench::kindName(s.kind),
                        shift ? "shift" : "spike", s.events.at(e).index);
    }
    for (int idx : cleanFlags)
        sc.cleanFlags += !(idx >= 0 && idx < s.length && s.holiday.at(idx));
    for (int i = 0; i < s.length; ++i)
        sc.holidays += s.holiday.at(i) && !s.missing.at(i);
    sc.kpiYears = s.years;
    return sc;
}

QVector<int> toGrid(Cadence c, const QVector<QDate> &periods)
{
    QVector<int> out;
    for (const QDate &p : periods)
        out << Bench::gridIndex(c, p);
    return out;
}

void printScore(const char *cadence, const char *kind, const char *method, const Score &sc)
{
    std::printf("%-8s %-8s %-12s %6d %6d %9.3f %7.3f %5d/%-5d %4d/%-4d %8.2f %5d/%d\n", cadence,
                kind, method, sc.events, sc.flags, sc.precision(), sc.recall(), sc.spikesFound,
                sc.spikes, sc.shiftsFound, sc.shifts, sc.perYear(), sc.holidayFlags, sc.holidays);
}

// Realistic series: old rules, new rules and the analyst's pipeline (at the z > 10 and
// at a lower threshold, the stronger of the two anchors) on the same series.
void realistic(int seriesPerKind, quint64 seed, double analystZ)
{
    const Cadence cadences[] = {Cadence::Daily, Cadence::Weekly, Cadence::Monthly};
    const char *cadenceNames[] = {"daily", "weekly", "monthly"};
    const Bench::Kind kinds[] = {Bench::Kind::Autocorrelated, Bench::Kind::Skewed,
                                 Bench::Kind::NearHundred, Bench::Kind::SmallCount};
    const QByteArray lowName = "analyst z>" + QByteArray::number(analystZ);
    const char *methods[] = {"old", "new", "analyst z>10", lowName.constData()};
    std::printf("Detection on realistic generated series (seed %llu, %d series per kind and "
                "cadence)\n"
                "false/yr: flags per KPI-year on the same series without events; hol: holidays "
                "flagged / holidays with a value (not scored)\n\n",
                static_cast<unsigned long long>(seed), seriesPerKind);
    std::printf("%-8s %-8s %-12s %6s %6s %9s %7s %11s %9s %8s %6s\n", "cadence", "kind", "method",
                "events", "flags", "precision", "recall", "spikes", "shifts", "false/yr", "hol");
    for (int ci = 0; ci < 3; ++ci) {
        const Cadence c = cadences[ci];
        Score total[4];
        for (Bench::Kind kind : kinds) {
            DemoRandom rnd(seed + quint64(c) * 1000003 + quint64(kind) * 7919);
            Score byKind[4];
            for (int s = 0; s < seriesPerKind; ++s) {
                const Bench::RealSeries r = Bench::generateReal(kind, c, rnd);
                const QDate asOf = Bench::gridDate(c, r.length);
                byKind[0].add(scoreReal(r, toGrid(c, oldFlags(r.kpi, r.injected, asOf)),
                                        toGrid(c, oldFlags(r.kpi, r.clean, asOf)), methods[0],
                                        cadenceNames[ci]));
                byKind[1].add(scoreReal(r, toGrid(c, newFlags(r.kpi, r.injected, asOf)),
                                        toGrid(c, newFlags(r.kpi, r.clean, asOf)), methods[1],
                                        cadenceNames[ci]));
                byKind[2].add(scoreReal(r, Bench::analystFlags(r, r.injected, 10),
                                        Bench::analystFlags(r, r.clean, 10), methods[2],
                                        cadenceNames[ci]));
                byKind[3].add(scoreReal(r, Bench::analystFlags(r, r.injected, analystZ),
                                        Bench::analystFlags(r, r.clean, analystZ), methods[3],
                                        cadenceNames[ci]));
            }
            for (int m = 0; m < 4; ++m) {
                printScore(cadenceNames[ci], Bench::kindName(kind), methods[m], byKind[m]);
                total[m].add(byKind[m]);
            }
        }
        for (int m = 0; m < 4; ++m)
            printScore(cadenceNames[ci], "all", methods[m], total[m]);
        std::printf("\n");
    }
}

// Short histories (a KPI tracked for weeks or months): old rules and this build, all kinds. The
// false-alarm budget is set for years of history; this shows what it gives on a few weeks.
void shortHistories(int seriesPerKind, quint64 seed)
{
    struct Length
    {
        const char *name;
        Cadence cadence;
        int length;
    };
    const Length lengths[] = {{"daily", Cadence::Daily, 42},
                              {"daily", Cadence::Daily, 90},
                              {"weekly", Cadence::Weekly, 40},
                              {"monthly", Cadence::Monthly, 40}};
    const Bench::Kind kinds[] = {Bench::Kind::Autocorrelated, Bench::Kind::Skewed,
                                 Bench::Kind::NearHundred, Bench::Kind::SmallCount};
    const char *methods[] = {"old", "new"};
    std::printf("Short histories (realistic series, seed %llu, %d series per kind; all kinds)\n\n",
                static_cast<unsigned long long>(seed), seriesPerKind);
    std::printf("%-8s %-8s %-12s %6s %6s %9s %7s %11s %9s %8s %6s\n", "cadence", "periods",
                "method", "events", "flags", "precision", "recall", "spikes", "shifts", "false/yr",
                "hol");
    for (const Length &l : lengths) {
        Score total[2];
        for (Bench::Kind kind : kinds) {
            DemoRandom rnd(seed + quint64(l.cadence) * 1000003 + quint64(kind) * 7919 + 17);
            for (int s = 0; s < seriesPerKind; ++s) {
                const Bench::RealSeries r = Bench::generateReal(kind, l.cadence, rnd, l.length);
                const QDate asOf = Bench::gridDate(l.cadence, r.length);
                const Cadence c = l.cadence;
                total[0].add(scoreReal(r, toGrid(c, oldFlags(r.kpi, r.injected, asOf)),
                                       toGrid(c, oldFlags(r.kpi, r.clean, asOf)), methods[0],
                                       l.name));
                total[1].add(scoreReal(r, toGrid(c, newFlags(r.kpi, r.injected, asOf)),
                                       toGrid(c, newFlags(r.kpi, r.clean, asOf)), methods[1],
                                       l.name));
            }
        }
        for (int m = 0; m < 2; ++m)
            printScore(l.name, qPrintable(QString::number(l.length)), methods[m], total[m]);
    }
    std::printf("\n");
}

// The speed workspace: `kpis` daily KPIs of `values` days, from the independent-noise generator
// or (`realistic`) from the realistic one, the four kinds in turn with their units (currency,
// duration, percent, count), so every scale (log, logit, Anscombe) is exercised.
bool writeWorkspace(const QString &path, int kpis, int values, quint64 seed, bool realistic)
{
    QString error;
    auto db = Database::open(path, Database::Mode::CreateNew, &error);
    if (!db) {
        std::printf("cannot create %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    Sql::WriteTransaction tx(db->connection());
    tx.begin(&error);
    KpiRepository kpiRepo(db->connection());
    MeasurementRepository valueRepo(db->connection());
    DemoRandom rnd(seed);
    const Cadenced daily{"daily", Cadence::Daily, values, values / 100, 0.5};
    const Bench::Kind kinds[] = {Bench::Kind::Autocorrelated, Bench::Kind::Skewed,
                                 Bench::Kind::NearHundred, Bench::Kind::SmallCount};
    for (int i = 0; i < kpis; ++i) {
        Kpi k;
        Series s;
        if (realistic) {
            const Bench::RealSeries r =
                Bench::generateReal(kinds[i % 4], Cadence::Daily, rnd, values);
            k = r.kpi;
            s = r.injected;
        } else {
            k.cadence = Cadence::Daily;
            k.aggregation = Aggregation::Sum;
            s = generate(daily, rnd).series;
        }
        k.id = 0;
        k.ownerId = 0; // no owners in this workspace
        k.key = QStringLiteral("kpi_%1").arg(i);
        k.name = QStringLiteral("KPI %1").arg(i);
        if (!kpiRepo.insert(&k, &error)) {
            std::printf("%s\n", qPrintable(error));
            return false;
        }
        for (int j = 0; j < s.size(); ++j) {
            Measurement m;
            m.kpiId = k.id;
            m.date = s.dates.at(j);
            m.value = s.values.at(j);
            valueRepo.put(m, &error);
        }
    }
    return tx.commit(&error);
}

struct Timing
{
    double wall = 0, cpu = 0; // ms
};

// Times f(): wall and this thread's CPU time.
template <typename F>
Timing timed(F f)
{
    QElapsedTimer t;
    t.start();
    const double cpu = threadCpuMs();
    f();
    return Timing{double(t.nsecsElapsed()) / 1e6, threadCpuMs() - cpu};
}

// One round: read, analyse, the full check; then the detector alone with the old rules and the
// new on the same rolled-up values of every KPI (in turn, the order swapped every round).
struct Round
{
    Timing read, analyse, check, oldDetector, newDetector;
    int anomalies = 0, oldFlags = 0, newFlags = 0;
    qsizetype json = 0;
};

Round timeRound(Database &db, const QDate &asOf, int round)
{
    Round r;
    AnalysisOptions options;
    options.asOf = asOf;
    options.locale = QLocale::c();
    QVector<KpiInput> inputs;
    r.read = timed([&] { inputs = readKpiInputs(db.connection()); });
    r.analyse = timed([&] {
        for (const KpiAnalysis &a : analyzeKpis(inputs, options))
            r.anomalies += int(a.anomalies.size());
    });
    r.check = timed([&] {
        CheckReport report;
        QString error;
        CheckReport::build(db.connection(), asOf, {}, {}, QLocale::c(), &report, &error);
        r.json = QJsonDocument(report.toJson()).toJson().size();
    });
    QVector<Rolled> rolled;
    for (const KpiInput &in : inputs)
        rolled << completePeriods(in.kpi, in.series, asOf);
    auto run = [&](bool old) {
        int count = 0;
        for (int i = 0; i < inputs.size(); ++i) {
            const Kpi &k = inputs.at(i).kpi;
            const int season = seasonOf(k.cadence);
            const QVector<double> &v = rolled.at(i).values;
            count +=
                int(old ? OldDetection::detect(v, oldOptions(k.sensitivity, season)).size()
                        : Detection::detect(v, Detection::Options::forKpi(k, season, 365.25, v))
                              .size());
        }
        (old ? r.oldFlags : r.newFlags) = count;
    };
    for (int turn = 0; turn < 2; ++turn) {
        const bool old = (turn + round) % 2 == 0;
        (old ? r.oldDetector : r.newDetector) = timed([&] { run(old); });
    }
    return r;
}

double medianOf(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0
        : v.size() % 2 ? v.at(v.size() / 2)
                       : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

void printRounds(const QVector<Round> &rounds)
{
    struct Row
    {
        const char *name;
        std::function<Timing(const Round &)> get;
    };
    const Row rows[] = {
        {"read the workspace", [](const Round &r) { return r.read; }},
        {"analyse every KPI", [](const Round &r) { return r.analyse; }},
        {"full check, read to JSON", [](const Round &r) { return r.check; }},
        {"detector alone, old rules", [](const Round &r) { return r.oldDetector; }},
        {"detector alone, new rules", [](const Round &r) { return r.newDetector; }},
        // The check as it would be with the old detector: this round's check less the new
        // detector's time plus the old one's (the rest of the check is the same code).
        {"full check, old detector *",
         [](const Round &r) {
             return Timing{r.check.wall - r.newDetector.wall + r.oldDetector.wall,
                           r.check.cpu - r.newDetector.cpu + r.oldDetector.cpu};
         }},
    };
    std::printf("%-28s %9s %9s   wall ms per round / CPU ms per round\n", "", "wall ms", "CPU ms");
    for (const Row &row : rows) {
        QVector<double> wall, cpu;
        QByteArray walls, cpus;
        for (const Round &r : rounds) {
            wall << row.get(r).wall;
            cpu << row.get(r).cpu;
            walls += QByteArray::number(row.get(r).wall, 'f', 0) + ' ';
            cpus += QByteArray::number(row.get(r).cpu, 'f', 0) + ' ';
        }
        std::printf("%-28s %9.0f %9.0f   %s/ %s\n", row.name, medianOf(wall), medianOf(cpu),
                    walls.constData(), cpus.constData());
    }
    const Round &last = rounds.last();
    std::printf("(medians; %d anomalies over the whole history, %lld bytes of JSON; detector "
                "alone: %d flags old, %d new; * derived)\n",
                last.anomalies, static_cast<long long>(last.json), last.oldFlags, last.newFlags);
}

void speed(int kpis, int values, quint64 seed, const QString &keep, bool realistic, int rounds)
{
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.needle")) : keep;
    if (!QFile::exists(path) && !writeWorkspace(path, kpis, values, seed, realistic))
        return;
    const QDate asOf =
        realistic ? Bench::gridDate(Cadence::Daily, values) : dateAt(Cadence::Daily, values);
    QString error;
    auto db = Database::open(path, Database::Mode::ReadOnly, &error);
    if (!db) {
        std::printf("cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return;
    }
    std::printf("Speed: %d daily KPIs x %d values (%d values, %s series), as of %s, one thread, "
                "%d rounds\nload average before: %s\n\n",
                kpis, values, kpis * values, realistic ? "realistic" : "independent-noise",
                qPrintable(asOf.toString(Qt::ISODate)), rounds, loadAverage().constData());
    QVector<Round> all;
    for (int round = 0; round < rounds; ++round)
        all << timeRound(*db, asOf, round);
    printRounds(all);
    std::printf("load average after: %s\n", loadAverage().constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    quint64 seed = 20261124;
    int series = 100, realSeries = 40, shortSeries = 40, kpis = 200, values = 5000;
    double analystZ = 5;
    QString workspace; // --workspace FILE: written once, then reused (for profiling the check)
    bool realisticWorkspace = false; // --workspace-series realistic
    int rounds = 1;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i).startsWith(QLatin1String("--analysis")))
            ++i;
        if (args.at(i) == QLatin1String("--seed"))
            seed = args.at(i + 1).toULongLong();
        else if (args.at(i) == QLatin1String("--series"))
            series = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--real-series"))
            realSeries = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--short-series"))
            shortSeries = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--analyst-z"))
            analystZ = args.at(i + 1).toDouble();
        else if (args.at(i) == QLatin1String("--kpis"))
            kpis = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--values"))
            values = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--workspace"))
            workspace = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--workspace-series"))
            realisticWorkspace = args.at(i + 1) == QLatin1String("realistic");
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = std::max(1, args.at(i + 1).toInt());
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
    if (series > 0)
        quality(series, seed);
    if (realSeries > 0)
        realistic(realSeries, seed, analystZ);
    if (shortSeries > 0)
        shortHistories(shortSeries, seed);
    if (kpis > 0)
        speed(kpis, values, seed, workspace, realisticWorkspace, rounds);
    return 0;
}
