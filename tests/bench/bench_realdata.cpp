// bench_realdata: Needle's anomaly detector on a real, public, labelled data set, the Numenta
// Anomaly Benchmark (NAB, https://github.com/numenta/NAB, MIT licence). The data are not part of
// Needle: pass the path of a NAB checkout (or of a copy of its data/ and labels/ folders).
//
// Each series (data/*/*.csv: timestamp,value at 5-minute or similar steps) is rolled up as a KPI
// tool would:
//   daily:  the raw values go into analyzeKpi as a daily KPI with the average aggregation (the
//           product's own path: roll-up, seasonal medians over the week, ESD, level shifts);
//           every day, the series' last day counted as complete (as measured since issue 16);
//   daily, whole days: the same without a first day the feed starts after 01:00 or a last day
//           it stops before 23:00 (an average of a few hours is not a day's value);
//   hourly: hourly averages go into the same detector (Detection::detect) with a daily cycle of
//           24 periods; Needle has no hourly cadence, so this is the detector core alone.
// Precision and recall (the real series only, data/real*): a flag whose period overlaps a
// labelled window (labels/combined_windows.json) is a true positive and finds that window;
// precision is counted over flags (points), recall over windows. "Chance" is the share of the
// flagged periods' time covered by windows: the precision of flags thrown at random.
// NAB's own score (every series, the artificial ones too, as NAB scores them): see nabScore().
//
// Usage: bench_realdata NAB_DIR [--verbose] [--dump [--whole-days]] [--detections FILE]
// (--detections: every detected row, for NAB's own scorer: tests/bench/nab_score.py)

#include "analysis/detection.h"
#include "analysis/kpianalysis.h"
#include "analysis/rollup.h"
#include "olddetection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <cmath>
#include <cstdio>

using namespace Needle;

namespace {

struct Window
{
    qint64 start = 0, end = 0; // seconds since the epoch, UTC, inclusive
};

struct Raw
{
    QVector<qint64> times; // seconds since the epoch, UTC
    QVector<double> values;
};

qint64 parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeSpec(Qt::UTC);
    return t.isValid() ? t.toSecsSinceEpoch() : -1;
}

bool readCsv(const QString &path, Raw *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    f.readLine(); // header
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        const int comma = int(line.indexOf(','));
        if (comma < 0)
            continue;
        const qint64 t = parseTime(QString::fromLatin1(line.left(comma)));
        bool ok = false;
        const double v = line.mid(comma + 1).toDouble(&ok);
        if (t < 0 || !ok || !std::isfinite(v))
            continue;
        out->times << t;
        out->values << v;
    }
    return !out->times.isEmpty();
}

// One flagged period [start, end) in seconds.
struct Flagged
{
    qint64 start = 0, end = 0;
};

struct Tally
{
    int series = 0, windows = 0, windowsFound = 0, flags = 0, truePositives = 0;
    double spanSeconds = 0, windowSeconds = 0; // for the chance level
};

// Scores one series' flags against its windows.
void score(const QVector<Flagged> &flags, const QVector<Window> &windows, qint64 first, qint64 last,
           Tally *t, bool verbose, const QString &name, const char *mode)
{
    ++t->series;
    t->windows += int(windows.size());
    QVector<bool> found(windows.size(), false);
    for (const Flagged &f : flags) {
        ++t->flags;
        bool hit = false;
        for (int w = 0; w < windows.size(); ++w)
            if (f.start <= windows.at(w).end && f.end > windows.at(w).start) {
                hit = true;
                found[w] = true;
            }
        t->truePositives += hit;
    }
    for (bool b : found)
        t->windowsFound += b;
    double covered = 0;
    for (const Window &w : windows)
        covered += double(std::min(w.end, last) - std::max(w.start, first));
    t->windowSeconds += std::max(0.0, covered);
    t->spanSeconds += double(last - first);
    if (verbose) {
        int hits = 0;
        for (bool b : found)
            hits += b;
        std::printf("  %-11s %-58s flags %3d, windows found %d/%d\n", mode, qPrintable(name),
                    int(flags.size()), hits, int(windows.size()));
    }
}

// The raw values as the values of a daily KPI averaging each day; `wholeDays`: without a first
// day the feed starts after 01:00 or a last day it stops before 23:00.
Series dailySeries(const Raw &raw, bool wholeDays)
{
    Series s;
    const QDateTime first = QDateTime::fromSecsSinceEpoch(raw.times.first(), Qt::UTC);
    const QDateTime last = QDateTime::fromSecsSinceEpoch(raw.times.last(), Qt::UTC);
    const bool dropFirst = wholeDays && first.time() >= QTime(1, 0);
    const bool dropLast = wholeDays && last.time() < QTime(23, 0);
    for (int i = 0; i < raw.times.size(); ++i) {
        const QDate day = QDateTime::fromSecsSinceEpoch(raw.times.at(i), Qt::UTC).date();
        if ((dropFirst && day == first.date()) || (dropLast && day == last.date()))
            continue;
        s.dates << day;
        s.values << raw.values.at(i);
    }
    return s;
}

Kpi dailyKpi()
{
    Kpi k;
    k.id = 1;
    k.key = QStringLiteral("nab");
    k.cadence = Cadence::Daily;
    k.aggregation = Aggregation::Average;
    k.ownerId = 1;
    return k;
}

// Daily: the product's path, a daily KPI averaging the raw values of each day. `old`: the
// detector before issue 16 on the same roll-up, as analyzeKpi called it then.
QVector<Flagged> daily(const Raw &raw, bool old, bool wholeDays)
{
    const Kpi k = dailyKpi();
    const Series s = dailySeries(raw, wholeDays);
    if (s.dates.isEmpty())
        return {};
    // The last day counts as complete: the as-of date is the day after the last value.
    const QDate asOf = s.dates.last().addDays(1);
    QVector<QDate> periods;
    if (old) {
        QVector<QDate> days;
        QVector<double> values;
        for (const RolledPoint &p : rollUp(s, Granularity::Day, k.aggregation, asOf))
            if (!p.partial && p.period <= asOf) {
                days << p.period;
                values << p.value;
            }
        Detection::Options o;
        o.seasonLength = 7;
        for (const Detection::Flag &f : OldDetection::detect(values, o))
            periods << days.at(f.index);
    } else {
        for (const Anomaly &an : analyzeKpi(k, s, {}, {}, {}, asOf, QLocale::c()).anomalies)
            periods << an.period;
    }
    QVector<Flagged> out;
    for (const QDate &period : periods) {
        const qint64 start = QDateTime(period, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        out << Flagged{start, start + 86400};
    }
    return out;
}

// Hourly: hourly averages (hours without a value left out) into the detector, a 24-hour cycle.
QVector<Flagged> hourly(const Raw &raw, bool old)
{
    QVector<qint64> hours;
    QVector<double> means;
    double sum = 0;
    int count = 0;
    for (int i = 0; i <= raw.times.size(); ++i) {
        const qint64 h = i < raw.times.size() ? raw.times.at(i) / 3600 : -1;
        if (count > 0 && h != hours.last()) {
            means << sum / count;
            sum = 0;
            count = 0;
        }
        if (h < 0)
            break;
        if (count == 0)
            hours << h;
        sum += raw.values.at(i);
        ++count;
    }
    Detection::Options o = Detection::Options::forSensitivity(Sensitivity::Normal, 24);
    if (old) {
        o = Detection::Options();
        o.seasonLength = 24;
    }
    QVector<Flagged> out;
    for (const Detection::Flag &f :
         old ? OldDetection::detect(means, o) : Detection::detect(means, o))
        out << Flagged{hours.at(f.index) * 3600, hours.at(f.index) * 3600 + 3600};
    return out;
}

// NAB's scoring profiles (config/profiles.json at ea702d7).
struct NabProfile
{
    const char *name;
    double tp, fp, fn;
};
constexpr NabProfile NabProfiles[] = {
    {"standard", 1.0, 0.11, 1.0},
    {"reward_low_FP_rate", 1.0, 0.22, 1.0},
    {"reward_low_FN_rate", 1.0, 0.11, 2.0},
};
constexpr int NabProfileCount = 3;

// NAB's scaled sigmoid (nab/sweeper.py): 0.987 at a window's left edge (-1), 0 at its right
// edge, falling to -1 past it.
double scaledSigmoid(double position)
{
    return position > 3.0 ? -1.0 : 2.0 / (1.0 + std::exp(5.0 * position)) - 1.0;
}

// A period's flag raised at the last row of its period: when a day's (hour's) value is known.
QVector<bool> detectionRows(const Raw &raw, const QVector<Flagged> &flags)
{
    QVector<bool> detected(raw.times.size(), false);
    for (const Flagged &f : flags) {
        const auto end = std::lower_bound(raw.times.cbegin(), raw.times.cend(), f.end);
        if (end != raw.times.cbegin() && *(end - 1) >= f.start)
            detected[int(end - raw.times.cbegin()) - 1] = true;
    }
    return detected;
}

// One file's raw NAB score under a profile, as nab/sweeper.py computes it (calcSweepScore, then
// calcScoreByThreshold at a threshold that keeps exactly the detected rows): the first 15 % of
// the rows (at most 750) are probationary and not scored; a window scores its best detection,
// tp * scaledSigmoid(position) / scaledSigmoid(-1) (earlier is better), or -fn without one;
// a detection outside every window costs fp * scaledSigmoid(distance past the previous window
// / (its width - 1)), or -fp before the first window. *nullScore: the same without detections
// (NAB's null detector).
double nabScore(const Raw &raw, const QVector<bool> &detected, const QVector<Window> &windows,
                const NabProfile &p, double *nullScore)
{
    const int n = int(raw.times.size());
    const double probation = std::min(std::floor(0.15 * n), 0.15 * 5000);
    const double maxTp = scaledSigmoid(-1.0);
    double fpSum = 0, windowSum = 0;
    *nullScore = 0;
    int prevRight = -1, prevWidth = 0, w = 0;
    for (int i = 0; i < n;) {
        const bool entering = w < windows.size() && raw.times.at(i) >= windows.at(w).start;
        if (!entering) {
            if (detected.at(i) && i >= probation)
                fpSum += p.fp
                    * (prevRight < 0
                           ? -1.0
                           : scaledSigmoid(std::abs(prevRight - i) / double(prevWidth - 1)));
            ++i;
            continue;
        }
        int right = i;
        while (right + 1 < n && raw.times.at(right + 1) <= windows.at(w).end)
            ++right;
        const int width = right - i + 1;
        double best = -p.fn;
        bool scorable = false;
        for (int j = i; j <= right; ++j) {
            if (j < probation)
                continue;
            scorable = true;
            if (detected.at(j))
                best =
                    std::max(best, scaledSigmoid(-(right - j + 1) / double(width)) * p.tp / maxTp);
        }
        if (scorable) {
            windowSum += best;
            *nullScore -= p.fn;
        }
        prevRight = right;
        prevWidth = width;
        i = right + 1;
        ++w;
    }
    return windowSum + fpSum;
}

// --dump: every day (--whole-days: of the whole days) of a series that has daily flags: the number
// of raw values it averages, the mean, in a labelled window or not, and this build's flag on it
// (kind, score, expected).
void dumpDaily(const QString &name, const Raw &raw, const QVector<Window> &windows, bool wholeDays)
{
    const Series s = dailySeries(raw, wholeDays);
    const QDate asOf = s.dates.last().addDays(1);
    const KpiAnalysis a = analyzeKpi(dailyKpi(), s, {}, {}, {}, asOf, QLocale::c());
    if (a.anomalies.isEmpty())
        return;
    std::printf("\n%s\n", qPrintable(name));
    QMap<QDate, int> counts;
    for (const QDate &d : s.dates)
        ++counts[d];
    for (const RolledPoint &p : a.points) {
        const qint64 start = QDateTime(p.period, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        bool inWindow = false;
        for (const Window &w : windows)
            inWindow |= start <= w.end && start + 86400 > w.start;
        QString flag;
        for (const Anomaly &an : a.anomalies)
            if (an.period == p.period)
                flag = QStringLiteral("%1 %2 score %3 expected %4 [%5, %6]")
                           .arg(an.kind == AnomalyKind::LevelShift ? QStringLiteral("SHIFT")
                                                                   : QStringLiteral("SPIKE"),
                                storageName(an.method))
                           .arg(an.score, 0, 'f', 1)
                           .arg(an.expected, 0, 'g', 5)
                           .arg(an.low, 0, 'g', 5)
                           .arg(an.high, 0, 'g', 5);
        std::printf("  %s %-3s %4d %12.5g %s %s\n", qPrintable(p.period.toString(Qt::ISODate)),
                    qPrintable(p.period.toString(QStringLiteral("ddd"))), counts.value(p.period),
                    p.value, inWindow ? "W" : ".", qPrintable(flag));
    }
}

void printRow(const QString &name, const Tally &t)
{
    const double precision = t.flags ? double(t.truePositives) / t.flags : 0;
    const double recall = t.windows ? double(t.windowsFound) / t.windows : 0;
    const double chance = t.spanSeconds > 0 ? t.windowSeconds / t.spanSeconds : 0;
    std::printf("%-20s %6d %7d %6d %9.3f %7.3f %7.3f\n", qPrintable(name), t.series, t.windows,
                t.flags, precision, recall, chance);
}

enum Mode { Daily, DailyWhole, Hourly, ModeCount };
const char *const ModeNames[] = {
    "daily (analyzeKpi, daily KPI, average; every day)",
    "daily, whole days (the feed's partial first and last day left out)",
    "hourly (detector, 24-hour cycle)"};
const char *const ModeShort[] = {"daily", "daily-whole", "hourly"};

// Every tally of one run: [rule][mode], rule 0 the detector before issue 16, 1 this build.
struct Results
{
    QMap<QString, Tally> groups[2][ModeCount];
    Tally all[2][ModeCount];
    double nab[2][ModeCount][NabProfileCount] = {};
    double nabNull[NabProfileCount] = {};
    int nabFiles = 0, nabWindows = 0, days = 0, hours = 0;
    FILE *detections = nullptr; // --detections FILE: "mode rule file row" per detected row
};

// One series: both rules in every mode, precision and recall (real series) and NAB's score.
void runSeries(const QString &file, const Raw &raw, const QVector<Window> &windows, bool verbose,
               Results *r)
{
    const bool real = file.startsWith(QLatin1String("real"));
    const QString group = file.section(QLatin1Char('/'), 0, 0);
    const qint64 first = raw.times.first(), last = raw.times.last();
    ++r->nabFiles;
    r->nabWindows += int(windows.size());
    if (real) {
        r->days += int((last / 86400) - (first / 86400) + 1);
        r->hours += int((last / 3600) - (first / 3600) + 1);
    }
    for (int rule = 0; rule < 2; ++rule)
        for (int mode = 0; mode < ModeCount; ++mode) {
            const QVector<Flagged> flags =
                mode == Hourly ? hourly(raw, rule == 0) : daily(raw, rule == 0, mode == DailyWhole);
            const QByteArray name = QByteArray(ModeShort[mode]) + (rule ? "" : "-old");
            if (real) {
                score(flags, windows, first, last, &r->groups[rule][mode][group], verbose, file,
                      name.constData());
                score(flags, windows, first, last, &r->all[rule][mode], false, file, "");
            }
            const QVector<bool> detected = detectionRows(raw, flags);
            if (r->detections)
                for (int i = 0; i < detected.size(); ++i)
                    if (detected.at(i))
                        std::fprintf(r->detections, "%s %d %s %d\n", ModeShort[mode], rule,
                                     qPrintable(file), i);
            for (int p = 0; p < NabProfileCount; ++p) {
                double null = 0;
                r->nab[rule][mode][p] += nabScore(raw, detected, windows, NabProfiles[p], &null);
                if (rule == 0 && mode == 0)
                    r->nabNull[p] += null;
            }
        }
}

void printResults(const Results &r)
{
    std::printf("\nNAB real series: %d series, %d days, %d hours\n", r.all[1][Daily].series, r.days,
                r.hours);
    for (int rule = 0; rule < 2; ++rule)
        for (int mode = 0; mode < ModeCount; ++mode) {
            std::printf("\n%s: %s\n%-20s %6s %7s %6s %9s %7s %7s\n",
                        rule ? "this build" : "before issue 16", ModeNames[mode], "group", "series",
                        "windows", "flags", "precision", "recall", "chance");
            for (auto g = r.groups[rule][mode].constBegin(); g != r.groups[rule][mode].constEnd();
                 ++g)
                printRow(g.key(), g.value());
            printRow(QStringLiteral("all"), r.all[rule][mode]);
        }
    std::printf("\nNAB score (nab/sweeper.py's rules; every series: %d files, %d windows; a flag "
                "raised at the last row of its day or hour; 0 = no detections, 100 = every "
                "window at its start)\n%-12s %-16s %9s %19s %19s\n",
                r.nabFiles, r.nabWindows, "mode", "rule", NabProfiles[0].name, NabProfiles[1].name,
                NabProfiles[2].name);
    for (int mode = 0; mode < ModeCount; ++mode)
        for (int rule = 0; rule < 2; ++rule) {
            std::printf("%-12s %-16s", ModeShort[mode], rule ? "this build" : "before issue 16");
            for (int p = 0; p < NabProfileCount; ++p) {
                const double perfect = r.nabWindows * NabProfiles[p].tp;
                const double normalised =
                    100 * (r.nab[rule][mode][p] - r.nabNull[p]) / (perfect - r.nabNull[p]);
                std::printf(" %*.1f", p ? 19 : 9, normalised);
            }
            std::printf("\n");
        }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
                     "usage: bench_realdata NAB_DIR [--verbose] [--dump]\n"
                     "NAB_DIR holds data/ and labels/combined_windows.json of the Numenta Anomaly "
                     "Benchmark (https://github.com/numenta/NAB)\n");
        return 2;
    }
    const QDir nab(args.at(1));
    const bool verbose = args.contains(QLatin1String("--verbose"));
    QFile labels(nab.filePath(QStringLiteral("labels/combined_windows.json")));
    if (!labels.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(labels.fileName()));
        return 1;
    }
    const QJsonObject windowsByFile = QJsonDocument::fromJson(labels.readAll()).object();
    Results results;
    const int detectionsAt = int(args.indexOf(QLatin1String("--detections")));
    if (detectionsAt > 0 && detectionsAt + 1 < args.size())
        results.detections = std::fopen(qPrintable(args.at(detectionsAt + 1)), "w");
    for (auto it = windowsByFile.constBegin(); it != windowsByFile.constEnd(); ++it) {
        const QString file = it.key();
        Raw raw;
        if (!readCsv(nab.filePath(QStringLiteral("data/") + file), &raw)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
            return 1;
        }
        QVector<Window> windows;
        for (const QJsonValue &w : it.value().toArray())
            windows << Window{parseTime(w.toArray().at(0).toString()),
                              parseTime(w.toArray().at(1).toString())};
        if (args.contains(QLatin1String("--dump"))) {
            if (file.startsWith(QLatin1String("real")))
                dumpDaily(file, raw, windows, args.contains(QLatin1String("--whole-days")));
            continue;
        }
        runSeries(file, raw, windows, verbose, &results);
    }
    if (!args.contains(QLatin1String("--dump")))
        printResults(results);
    if (results.detections)
        std::fclose(results.detections);
    return 0;
}
