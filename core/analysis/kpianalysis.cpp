#include "analysis/kpianalysis.h"

#include "analysis/detection.h"
#include "analysis/forecasting.h"
#include "analysis/sentences.h"
#include "analysis/statistics.h"
#include "analysis/status.h"

#include <algorithm>
#include <cmath>

namespace Needle {

namespace {

int seasonLengthOf(Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return 7; // weekly seasonality
    case Granularity::Week:
        return 52; // yearly
    case Granularity::Month:
        return 12;
    case Granularity::Quarter:
        return 4;
    }
    return 0;
}

// Window of the trend: recent history at the KPI's cadence.
int trendWindow(Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return 90;
    case Granularity::Week:
        return 26;
    case Granularity::Month:
        return 24;
    case Granularity::Quarter:
        return 12;
    }
    return 24;
}

KpiAnalysis analyzeCore(const KpiInput &input, const QVector<RolledPoint> &rolled,
                        const AnalysisOptions &options);

bool higherIsGood(const Kpi &kpi)
{
    return kpi.direction != Direction::LowerIsBetter;
}

// Whether moving from `from` to `to` is good for the KPI (bands: towards the band).
bool isGoodMove(const Kpi &kpi, const std::optional<Target> &target, double from, double to)
{
    if (kpi.direction == Direction::WithinBand) {
        if (!target)
            return false;
        const double low = target->isBand() ? *target->low : target->value.value_or(0);
        const double high = target->isBand() ? *target->high : target->value.value_or(0);
        auto distance = [&](double v) { return v < low ? low - v : (v > high ? v - high : 0.0); };
        return distance(to) < distance(from) || (distance(to) == 0 && distance(from) == 0);
    }
    return higherIsGood(kpi) ? to > from : to < from;
}

Change makeChange(const Kpi &kpi, const std::optional<Target> &target, const RolledPoint &latest,
                  const RolledPoint &previous, bool yearAgo, const QLocale &locale)
{
    Change c;
    c.valid = true;
    c.period = previous.period;
    c.previous = previous.value;
    c.delta = latest.value - previous.value;
    c.relative = previous.value != 0 ? c.delta / std::fabs(previous.value) : qQNaN();
    c.good = c.delta != 0 && isGoodMove(kpi, target, previous.value, latest.value);
    c.sentence = Sentences::change(kpi, c, yearAgo, locale);
    return c;
}

void analyzeDataQuality(KpiAnalysis &a, const Kpi &kpi, Granularity g, const QLocale &locale)
{
    a.noOwner = kpi.ownerId <= 0;
    if (a.lastValueDate.isValid()) {
        // Stale: the next value was due 1 cadence period after the last one; allow half more.
        const qint64 periodDays = g == Granularity::Day ? 1
            : g == Granularity::Week                    ? 7
            : g == Granularity::Month                   ? 30
                                                        : 91;
        const QDate lastPeriodEnd = periodEnd(a.lastValueDate, g);
        a.stale = lastPeriodEnd.daysTo(a.asOf) > qint64(std::ceil(1.5 * periodDays));
    }
    // Flatline: the latest complete periods repeat one value far longer than ever before.
    QVector<double> v;
    v.reserve(a.points.size());
    for (const RolledPoint &p : std::as_const(a.points))
        if (!p.partial)
            v << p.value;
    const int n = int(v.size());
    int run = 0;
    for (int i = n - 1; i >= 0 && v.at(i) == v.last(); --i)
        ++run;
    int longestBefore = n - run > 0 ? 1 : 0, current = 1;
    for (int i = 1; i < n - run; ++i) {
        current = v.at(i) == v.at(i - 1) ? current + 1 : 1;
        longestBefore = std::max(longestBefore, current);
    }
    a.flatlineLength = run;
    const int minimum = g == Granularity::Day ? 7 : 4;
    a.flatline = n - run >= 6 && run >= minimum && run > 2 * longestBefore;
    a.qualitySentences = Sentences::quality(kpi, a, locale);
}

} // namespace

QVector<Anomaly> KpiAnalysis::anomaliesBetween(const QDate &from, const QDate &to,
                                               bool includeDismissed) const
{
    QVector<Anomaly> out;
    for (const Anomaly &an : anomalies)
        if ((!from.isValid() || an.period >= from) && (!to.isValid() || an.period <= to)
            && (includeDismissed || an.isOpen()))
            out << an;
    return out;
}

std::optional<Target> targetInForce(const QVector<Target> &targets, const QDate &date)
{
    std::optional<Target> best;
    for (const Target &t : targets)
        if (t.effectiveFrom <= date && (!best || t.effectiveFrom >= best->effectiveFrom))
            best = t;
    return best;
}

bool targetApplies(const Kpi &kpi, Granularity g)
{
    return g == granularityOf(kpi.cadence) || kpi.aggregation != Aggregation::Sum;
}

QVector<Anomaly> KpiAnalysis::countedAnomalies(const QDate &from, const QDate &to) const
{
    const QDate first = from.isValid() ? from : anomalyWindowFrom();
    const QDate last = to.isValid() ? to : asOf;
    QVector<Anomaly> out;
    for (const Anomaly &an : anomalies)
        if (an.period >= first && an.period <= last && an.counts())
            out << an;
    return out;
}

double KpiAnalysis::attention() const
{
    double score = 0;
    if (!error.isEmpty())
        score += 90;
    switch (status) {
    case Status::OffTrack:
        score += 100;
        break;
    case Status::AtRisk:
        score += 60;
        break;
    case Status::NoData:
        score += 20;
        break;
    case Status::NoTarget:
    case Status::OnTrack:
        break;
    }
    if (pace.valid && pace.status == Status::OffTrack)
        score += 30;
    if (stale)
        score += 40;
    if (flatline)
        score += 35;
    if (noOwner)
        score += 5;
    // Recent open bad anomalies weigh most: one severity step is worth 10.
    for (const Anomaly &an : countedAnomalies())
        if (!an.good)
            score += 10 * (int(an.severity) + 1);
    if (trend.valid && !trend.good && trend.direction != Trend::Direction::Flat)
        score += 10 * trend.confidence;
    return score;
}

KpiAnalysis analyzeKpi(const KpiInput &input, const AnalysisOptions &options)
{
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const Granularity g = granularityOf(input.kpi.cadence);
    KpiAnalysis a =
        analyzeCore(input, rollUp(input.series, g, input.kpi.aggregation, asOf), options);
    a.lastValueDate = QDate();
    for (int i = input.series.size() - 1; i >= 0; --i)
        if (input.series.dates.at(i) <= asOf) {
            a.lastValueDate = input.series.dates.at(i);
            break;
        }
    analyzeDataQuality(a, input.kpi, g, options.locale);
    return a;
}

KpiAnalysis analyzeKpi(const Kpi &kpi, const Series &series, const QVector<Target> &targets,
                       const QVector<Benchmark> &benchmarks,
                       const QVector<AnomalyVerdict> &verdicts, const QDate &asOf,
                       const QLocale &locale)
{
    KpiInput in{kpi, series, targets, benchmarks, verdicts};
    AnalysisOptions o;
    o.asOf = asOf;
    o.locale = locale;
    return analyzeKpi(in, o);
}

KpiAnalysis analyzePoints(const KpiInput &input, const QVector<RolledPoint> &points,
                          const AnalysisOptions &options)
{
    KpiAnalysis a = analyzeCore(input, points, options);
    analyzeDataQuality(a, input.kpi, granularityOf(input.kpi.cadence), options.locale);
    return a;
}

namespace {

// The complete periods on a regular grid from the first to the last, NaN where a period has no
// value (a feed down for a few days); pointOf maps a grid position to its point (-1: none).
// A history with more gaps than values stays as it is.
QVector<double> periodGrid(const QVector<RolledPoint> &points, int count, Granularity g,
                           QVector<int> *pointOf)
{
    QVector<double> grid;
    pointOf->clear();
    for (int i = 0; i < count; ++i) {
        if (i > 0 && grid.size() <= 2 * count) {
            for (QDate p = nextPeriod(points.at(i - 1).period, g); p < points.at(i).period;
                 p = nextPeriod(p, g)) {
                grid << qQNaN();
                *pointOf << -1;
                if (grid.size() > 2 * count)
                    break;
            }
        }
        grid << points.at(i).value;
        *pointOf << i;
    }
    if (grid.size() > 2 * count) {
        grid.clear();
        pointOf->clear();
        for (int i = 0; i < count; ++i) {
            grid << points.at(i).value;
            *pointOf << i;
        }
    }
    return grid;
}

// How many earlier periods the value at i beats in a row (is below, for `low`, or above);
// *wholeHistory when it beats every earlier one.
int recordRun(const QVector<double> &grid, int i, bool low, bool *wholeHistory)
{
    int j = i - 1, beaten = 0;
    for (; j >= 0; --j) {
        if (!std::isfinite(grid.at(j))) {
            ++beaten;
            continue;
        }
        if (low ? grid.at(j) <= grid.at(i) : grid.at(j) >= grid.at(i))
            break;
        ++beaten;
    }
    *wholeHistory = j < 0;
    return beaten;
}

QVector<Anomaly> findAnomalies(const KpiInput &input, const QVector<RolledPoint> &complete,
                               int completeCount, const std::optional<Target> &target,
                               const AnalysisOptions &options)
{
    const Kpi &kpi = input.kpi;
    const Granularity g = granularityOf(kpi.cadence);
    QVector<int> pointOf;
    const QVector<double> grid = periodGrid(complete, completeCount, g, &pointOf);
    const double perYear = g == Granularity::Day ? 365.25
        : g == Granularity::Week                 ? 52.18
        : g == Granularity::Month                ? 12
                                                 : 4;
    const auto detection = Detection::Options::forKpi(kpi, seasonLengthOf(g), perYear, grid);
    QVector<Anomaly> out;
    for (const Detection::Flag &f : Detection::detect(grid, detection)) {
        const int point = pointOf.at(f.index);
        if (point < 0)
            continue;
        Anomaly an;
        an.period = complete.at(point).period;
        an.value = complete.at(point).value;
        an.expected = f.expected;
        an.low = f.low;
        an.high = f.high;
        an.score = std::fabs(f.score);
        an.kind = f.kind;
        an.method = f.method;
        an.good = isGoodMove(kpi, target, f.expected, an.value);
        const double threshold = detection.threshold;
        an.severity = an.score >= 2 * threshold ? Severity::High
            : an.score >= 1.4 * threshold       ? Severity::Medium
                                                : Severity::Low;
        if (f.kind != AnomalyKind::Spike && an.severity == Severity::Low)
            an.severity = Severity::Medium;
        for (const AnomalyVerdict &v : input.verdicts)
            if (periodStart(v.period, g) == an.period)
                an.verdict = v;
        if ((!options.reasonsFrom.isValid() || an.period >= options.reasonsFrom)
            && (!options.reasonsTo.isValid() || an.period <= options.reasonsTo)) {
            Sentences::AnomalyContext context;
            context.scale = detection.scale.resolved(grid);
            context.recordLow = an.value < an.expected;
            context.recordPeriods =
                recordRun(grid, f.index, context.recordLow, &context.wholeHistory);
            an.reason = Sentences::anomaly(kpi, an, f, g, context, options.locale);
        }
        out << an;
    }
    return out;
}

KpiAnalysis analyzeCore(const KpiInput &input, const QVector<RolledPoint> &rolled,
                        const AnalysisOptions &options)
{
    const Kpi &kpi = input.kpi;
    const QLocale &locale = options.locale;
    const Granularity g = granularityOf(kpi.cadence);
    KpiAnalysis a;
    a.kpiId = kpi.id;
    a.key = kpi.key;
    a.asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    if (std::all_of(rolled.cbegin(), rolled.cend(), [&](const RolledPoint &p) {
            return p.period <= a.asOf && std::isfinite(p.value);
        })) {
        a.points = rolled; // shared, not copied
    } else {
        a.points.reserve(rolled.size());
        for (const RolledPoint &p : rolled)
            if (p.period <= a.asOf && std::isfinite(p.value))
                a.points << p;
    }
    // Const access only: a non-const one would copy the list it shares with `rolled`.
    if (!a.points.isEmpty() && a.points.constLast().partial)
        a.current = a.points.constLast();
    // The complete periods: all but a partial last one (indexes into a.points, no copy).
    const QVector<RolledPoint> &complete = a.points;
    const int completeCount = int(a.points.size()) - (a.current ? 1 : 0);
    if (completeCount > 0)
        a.latest = complete.at(completeCount - 1);
    if (!a.points.isEmpty())
        a.lastValueDate = std::min(periodEnd(a.points.constLast().period, g), a.asOf);

    const QDate targetDate = a.latest ? periodEnd(a.latest->period, g) : a.asOf;
    a.target = targetInForce(input.targets, targetDate);
    a.status = a.latest ? statusOf(a.latest->value, a.target, kpi.direction) : Status::NoData;
    a.statusSentence = Sentences::status(kpi, a, locale);
    if (!a.latest)
        return a;
    const RolledPoint &latest = *a.latest;

    for (const Benchmark &b : input.benchmarks) {
        BenchmarkGap gap;
        gap.benchmark = b;
        const double raw = latest.value - b.value;
        gap.gap = kpi.direction == Direction::LowerIsBetter ? -raw : raw;
        if (kpi.direction == Direction::WithinBand)
            gap.gap = -std::fabs(raw);
        gap.relative = b.value != 0 ? gap.gap / std::fabs(b.value) : qQNaN();
        gap.sentence = Sentences::benchmark(kpi, gap, locale);
        a.benchmarkGaps << gap;
    }

    if (completeCount >= 2)
        a.vsPrevious =
            makeChange(kpi, a.target, latest, complete.at(completeCount - 2), false, locale);
    const QDate lastYear = latest.period.addYears(-1);
    for (int i = completeCount - 1; i >= 0 && complete.at(i).period >= lastYear; --i)
        if (complete.at(i).period == lastYear)
            a.vsLastYear = makeChange(kpi, a.target, latest, complete.at(i), true, locale);

    QVector<double> values(completeCount);
    for (int i = 0; i < completeCount; ++i)
        values[i] = complete.at(i).value;

    const int window = std::min(int(values.size()), trendWindow(g));
    if (window >= 3) {
        const Stats::Line line = Stats::theilSen(values.mid(values.size() - window));
        Trend &t = a.trend;
        t.valid = true;
        t.points = window;
        t.slope = line.slope;
        t.intercept = line.intercept;
        t.slopeLow = line.slopeLow;
        t.slopeHigh = line.slopeHigh;
        t.confidence = line.confidence;
        // Flat when the slope is not clearly signed or moves less than 1% of the level a year.
        const double level = std::fabs(Stats::median(values.mid(values.size() - window)));
        const double perYear = std::fabs(line.slope)
            * (g == Granularity::Day         ? 365
                   : g == Granularity::Week  ? 52
                   : g == Granularity::Month ? 12
                                             : 4);
        const bool meaningful =
            line.confidence >= 0.8 && (level == 0 ? line.slope != 0 : perYear >= 0.01 * level);
        t.direction = !meaningful ? Trend::Direction::Flat
            : line.slope > 0      ? Trend::Direction::Rising
                                  : Trend::Direction::Falling;
        t.good = t.direction != Trend::Direction::Flat
            && isGoodMove(kpi, a.target, latest.value, latest.value + line.slope);
        t.sentence = Sentences::trend(kpi, t, g, locale);
    }

    // Forecast: to the deadline of the target in force at the as-of date, at least 6 periods.
    const std::optional<Target> nowTarget = targetInForce(input.targets, a.asOf);
    int horizon = options.forecastHorizon > 0 ? options.forecastHorizon : 6;
    QDate deadline;
    if (nowTarget && nowTarget->deadline.isValid()
        && nowTarget->deadline > periodEnd(latest.period, g)) {
        deadline = nowTarget->deadline;
        int h = 0;
        for (QDate p = latest.period; p < periodStart(deadline, g) && h < 2000;
             p = nextPeriod(p, g))
            ++h;
        if (options.forecastHorizon <= 0)
            horizon = std::max(horizon, h);
    }
    const Forecasting::Result fc = Forecasting::forecast(values, seasonLengthOf(g), horizon);
    if (fc.valid) {
        a.forecast.valid = true;
        a.forecast.model = fc.model;
        a.forecast.backtestError = fc.backtestError;
        QDate p = latest.period;
        for (int h = 0; h < fc.mean.size(); ++h) {
            p = nextPeriod(p, g);
            a.forecast.points << ForecastPoint{p, fc.mean.at(h), fc.low.at(h), fc.high.at(h)};
            if (deadline.isValid() && p == periodStart(deadline, g))
                a.forecast.atDeadline = a.forecast.points.last();
        }
    }
    if (a.forecast.atDeadline && nowTarget) {
        Pace &pace = a.pace;
        pace.valid = true;
        pace.deadline = deadline;
        pace.projected = *a.forecast.atDeadline;
        pace.target = nowTarget->isBand() ? (*nowTarget->low + *nowTarget->high) / 2
                                          : nowTarget->value.value_or(0);
        pace.status = statusOf(pace.projected.value, nowTarget, kpi.direction);
        pace.sentence = Sentences::pace(kpi, pace, *nowTarget, locale);
    }

    // Anomalies over the whole history of complete periods.
    a.anomalies = findAnomalies(input, complete, completeCount, a.target, options);
    return a;
}

} // namespace

} // namespace Needle
