// bench_realdata: Needle's anomaly detector on a real, public, labelled data set, the Numenta
// Anomaly Benchmark (NAB, https://github.com/numenta/NAB, MIT licence). The data are not part of
// Needle: pass the path of a NAB checkout (or of a copy of its data/ and labels/ folders).
//
// Each real series (data/real*/*.csv: timestamp,value at 5-minute or similar steps) is rolled up
// as a KPI tool would:
//   daily:  the raw values go into analyzeKpi as a daily KPI with the average aggregation (the
//           product's own path: roll-up, seasonal medians over the week, ESD, level shifts);
//   hourly: hourly averages go into the same detector (Detection::detect) with a daily cycle of
//           24 periods; Needle has no hourly cadence, so this is the detector core alone.
// Flags are scored against NAB's labelled windows (labels/combined_windows.json): a flag whose
// period overlaps a window is a true positive and finds that window; precision is counted over
// flags (points), recall over windows. "Chance" is the share of the flagged periods' time covered
// by windows: the precision of flags thrown at random.
//
// Usage: bench_realdata NAB_DIR [--verbose]

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
        std::printf("  %-7s %-58s flags %3d, windows found %d/%d\n", mode, qPrintable(name),
                    int(flags.size()), hits, int(windows.size()));
    }
}

// Daily: the product's path, a daily KPI averaging the raw values of each day. `old`: the
// detector before issue 16 on the same roll-up, as analyzeKpi called it then.
QVector<Flagged> daily(const Raw &raw, bool old)
{
    Kpi k;
    k.id = 1;
    k.key = QStringLiteral("nab");
    k.cadence = Cadence::Daily;
    k.aggregation = Aggregation::Average;
    k.ownerId = 1;
    Series s;
    for (int i = 0; i < raw.times.size(); ++i) {
        s.dates << QDateTime::fromSecsSinceEpoch(raw.times.at(i), Qt::UTC).date();
        s.values << raw.values.at(i);
    }
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

// --dump: every day of a series that has daily flags: the raw values it averages, the mean, in a
// labelled window or not, and this build's flag on it (kind, score, expected).
void dumpDaily(const QString &name, const Raw &raw, const QVector<Window> &windows)
{
    Kpi k;
    k.id = 1;
    k.key = QStringLiteral("nab");
    k.cadence = Cadence::Daily;
    k.aggregation = Aggregation::Average;
    k.ownerId = 1;
    Series s;
    for (int i = 0; i < raw.times.size(); ++i) {
        s.dates << QDateTime::fromSecsSinceEpoch(raw.times.at(i), Qt::UTC).date();
        s.values << raw.values.at(i);
    }
    const QDate asOf = s.dates.last().addDays(1);
    const KpiAnalysis a = analyzeKpi(k, s, {}, {}, {}, asOf, QLocale::c());
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
                     "usage: bench_realdata NAB_DIR [--verbose]\n"
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
    // [0]: the detector before issue 16, [1]: this build.
    QMap<QString, Tally> dailyTally[2], hourlyTally[2];
    Tally dailyAll[2], hourlyAll[2];
    int days = 0, hours = 0;
    for (auto it = windowsByFile.constBegin(); it != windowsByFile.constEnd(); ++it) {
        const QString file = it.key();
        if (!file.startsWith(QLatin1String("real")))
            continue; // the artificial series are not real data
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
            dumpDaily(file, raw, windows);
            continue;
        }
        const QString group = file.section(QLatin1Char('/'), 0, 0);
        const qint64 first = raw.times.first(), last = raw.times.last();
        days += int((last / 86400) - (first / 86400) + 1);
        hours += int((last / 3600) - (first / 3600) + 1);
        for (int rule = 0; rule < 2; ++rule) {
            const char *dailyName = rule ? "daily" : "daily-old";
            const char *hourlyName = rule ? "hourly" : "hourly-old";
            const QVector<Flagged> d = daily(raw, rule == 0);
            const QVector<Flagged> h = hourly(raw, rule == 0);
            score(d, windows, first, last, &dailyTally[rule][group], verbose, file, dailyName);
            score(d, windows, first, last, &dailyAll[rule], false, file, dailyName);
            score(h, windows, first, last, &hourlyTally[rule][group], verbose, file, hourlyName);
            score(h, windows, first, last, &hourlyAll[rule], false, file, hourlyName);
        }
    }
    std::printf("\nNAB real series: %d series, %d days, %d hours\n", dailyAll[1].series, days,
                hours);
    for (int rule = 0; rule < 2; ++rule)
        for (const auto &[mode, tallies, all] :
             {std::tuple{"daily (analyzeKpi, daily KPI, average)", &dailyTally[rule],
                         &dailyAll[rule]},
              std::tuple{"hourly (detector, 24-hour cycle)", &hourlyTally[rule],
                         &hourlyAll[rule]}}) {
            std::printf("\n%s: %s\n%-20s %6s %7s %6s %9s %7s %7s\n",
                        rule ? "this build" : "before issue 16", mode, "group", "series", "windows",
                        "flags", "precision", "recall", "chance");
            for (auto g = tallies->constBegin(); g != tallies->constEnd(); ++g)
                printRow(g.key(), g.value());
            printRow(QStringLiteral("all"), *all);
        }
    return 0;
}
