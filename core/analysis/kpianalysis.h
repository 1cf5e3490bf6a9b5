#pragma once

#include "analysis/rollup.h"
#include "domain/anomalyverdict.h"
#include "domain/benchmark.h"
#include "domain/enums.h"
#include "domain/kpi.h"
#include "domain/measurement.h"
#include "domain/target.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QVector>
#include <optional>

namespace Needle {

// What analysis knows about one KPI on an as-of date (DESIGN section 4, issue 4): status against
// the target in force, pace toward a deadline, benchmark gaps, changes, trend, forecast, data
// quality and anomalies. Plain values: safe to copy between threads. Every sentence is
// translated and uses the locale's number format.

enum class Severity { Low, Medium, High };
QString storageName(Severity v); // low, medium, high
QString displayName(Severity v);

// How a flagged value departs from what was expected.
enum class AnomalyKind {
    Spike, // one (or very few) values far from the expected level
    LevelShift, // the level moved and stayed
    Run // a run rule: many values on one side of the centre line
};
QString storageName(AnomalyKind v); // spike, level_shift, run

// Which layer of the detector flagged it (how much history there was).
enum class AnomalyMethod {
    ControlLimits, // XmR limits and run rules, from about 6 points
    RobustZ, // median and 1.4826 MAD; threshold 3.5 at normal sensitivity, daily 3.64 (forKpi)
    SeasonalEsd // seasonal decomposition and generalised ESD, after two seasonal cycles
};
QString storageName(AnomalyMethod v); // xmr, robust_z, seasonal_esd

struct Anomaly
{
    QDate period; // first day of the period
    double value = 0;
    double expected = 0;
    double low = 0; // the range expected values fall in
    double high = 0;
    double score = 0; // distance from the expected value in the method's units (MADs, sigmas)
    bool good = false; // the departure is in the KPI's good direction
    Severity severity = Severity::Low;
    AnomalyKind kind = AnomalyKind::Spike;
    AnomalyMethod method = AnomalyMethod::RobustZ;
    QString reason; // "38% below the expected 4,120 for a Monday; 4.2 MADs" (see reasonsFrom)
    std::optional<AnomalyVerdict> verdict; // recorded by a reviewer

    // "good" or "bad" (the JSON field "direction").
    QString directionName() const { return good ? QStringLiteral("good") : QStringLiteral("bad"); }
    // Confirmed or not yet judged; a "not an anomaly" verdict dismisses the flag.
    bool isOpen() const { return !verdict || verdict->verdict != Verdict::NotAnomaly; }
    // Whether the flag still asks for attention (the badge on a tile, the table's count, the
    // `anomaly_count` of `needle check`): not judged yet, or confirmed. A recorded "known cause"
    // explains it and "not an anomaly" dismisses it: neither counts.
    bool counts() const { return !verdict || verdict->verdict == Verdict::Confirmed; }
};

struct BenchmarkGap
{
    Benchmark benchmark;
    double gap = 0; // signed so that positive is good
    double relative = qQNaN(); // gap / |benchmark value|; NaN for a zero benchmark
    QString sentence; // "12% above SaaS median (4.1 %)"
};

struct Change
{
    bool valid = false;
    QDate period; // the period compared with
    double previous = 0;
    double delta = 0; // latest - previous
    double relative = qQNaN(); // delta / |previous|; NaN when previous is 0
    bool good = false; // the change goes in the KPI's good direction
    QString sentence; // "up 4.2% on the previous month"
};

struct Trend
{
    enum class Direction { Flat, Rising, Falling };
    bool valid = false; // needs at least 3 complete periods
    int points = 0;
    double slope = 0; // Theil-Sen slope, per period
    double intercept = 0; // value at the first point of the window
    double slopeLow = 0; // ~90% confidence band of the slope
    double slopeHigh = 0;
    double confidence = 0; // 0..1: how sure the slope's sign is
    Direction direction = Direction::Flat;
    bool good = false; // the direction is the KPI's good one (false when flat)
    QString sentence; // "rising by about 120 a month (high confidence)"
};
QString storageName(Trend::Direction v); // flat, rising, falling

struct ForecastPoint
{
    QDate period;
    double value = 0;
    double low = 0; // 80% interval
    double high = 0;
};

struct Forecast
{
    bool valid = false; // needs at least 4 complete periods
    QString model; // "damped_holt", "holt_winters", "mean"
    double backtestError = qQNaN(); // mean absolute scaled error of the chosen model
    QVector<ForecastPoint> points; // the periods after the latest complete one
    std::optional<ForecastPoint> atDeadline; // at the deadline of the target in force
};

struct Pace
{
    bool valid = false; // a target with a deadline after the latest period and a forecast
    QDate deadline;
    double target = 0; // the value to reach (band: its middle)
    ForecastPoint projected;
    Status status = Status::NoTarget; // the projected value against the target
    QString sentence; // "projected 41 to 46 by 31 Dec, target 45"
};

// The days before the as-of date whose anomalies the views count (tiles, table, slides'
// agenda, `needle check` without --from).
constexpr int AnomalyWindowDays = 90;

struct KpiAnalysis
{
    qint64 kpiId = 0;
    QString key;
    QDate asOf;

    QVector<RolledPoint> points; // at the KPI's cadence, up to the as-of date
    std::optional<RolledPoint> latest; // latest complete period
    std::optional<RolledPoint> current; // the period holding the as-of date, when partial
    std::optional<Target> target; // in force at the end of the latest period (or as-of)

    Status status = Status::NoData;
    QString statusSentence; // "8% below the target of 45"
    Pace pace;
    QVector<BenchmarkGap> benchmarkGaps;
    Change vsPrevious;
    Change vsLastYear;
    Trend trend;
    Forecast forecast;

    // Data quality.
    QDate lastValueDate; // of the stored values (computed KPIs: of the latest period)
    bool stale = false; // no value for more than 1.5 cadence periods before the as-of date
    bool noOwner = false;
    bool flatline = false; // the same value repeated implausibly long: a stuck feed
    int flatlineLength = 0; // periods of the repeated value at the end of the series
    QStringList qualitySentences;

    QVector<Anomaly> anomalies; // in period order, over the whole history
    QString error; // computed KPIs: unknown key, cycle, division by zero (translated)

    // Anomalies from `from` to `to` (either may be null: open), verdict "not an anomaly"
    // left out unless includeDismissed.
    QVector<Anomaly> anomaliesBetween(const QDate &from, const QDate &to,
                                      bool includeDismissed = true) const;
    // The first day of the anomaly window: AnomalyWindowDays before the as-of date.
    QDate anomalyWindowFrom() const { return asOf.addDays(-AnomalyWindowDays); }
    // The flags that count (Anomaly::counts) from `from` to `to` (null: the anomaly window).
    QVector<Anomaly> countedAnomalies(const QDate &from = {}, const QDate &to = {}) const;
    int anomalyCount() const { return int(countedAnomalies().size()); }
    // How urgently the KPI needs attention (higher first); orders `needle check`.
    double attention() const;
};

// The plain data one KPI's analysis needs.
struct KpiInput
{
    Kpi kpi;
    Series series; // stored values, dates ascending (ignored for computed KPIs)
    QVector<Target> targets;
    QVector<Benchmark> benchmarks;
    QVector<AnomalyVerdict> verdicts;
};

struct AnalysisOptions
{
    QDate asOf; // null: today
    QLocale locale;
    int forecastHorizon = 0; // periods beyond the latest; 0: to the deadline, at least 6
    // Anomalies get their reason (a sentence) only from reasonsFrom to reasonsTo (null: open);
    // for callers that show the anomalies of a window only (needle check), as the sentences
    // cost more than finding the anomalies of a long history.
    QDate reasonsFrom;
    QDate reasonsTo;
};

// The target in force on a day: the one with the latest effective date on or before it. Status,
// charts' read-outs and every view use this rule (the analysis applies it at the end of the
// latest complete period).
std::optional<Target> targetInForce(const QVector<Target> &targets, const QDate &date);

// Whether the KPI's targets can be drawn beside its values rolled up to `g` (charts, sparklines):
// a target is stated per period of the KPI's cadence, so the sum of a longer period is not
// comparable with it (a weekly target of 450 sign-ups under monthly sums of 1,900).
bool targetApplies(const Kpi &kpi, Granularity g);

// Analyses one measured KPI (or a computed one from points already evaluated).
KpiAnalysis analyzeKpi(const KpiInput &input, const AnalysisOptions &options);
KpiAnalysis analyzeKpi(const Kpi &kpi, const Series &series, const QVector<Target> &targets,
                       const QVector<Benchmark> &benchmarks,
                       const QVector<AnomalyVerdict> &verdicts, const QDate &asOf,
                       const QLocale &locale = QLocale());
// Analyses a KPI whose periods are given (computed KPIs: evaluated after roll-up).
KpiAnalysis analyzePoints(const KpiInput &input, const QVector<RolledPoint> &points,
                          const AnalysisOptions &options);

// Analyses a set of KPIs together: computed KPIs are evaluated per period from the rolled-up
// values of the KPIs they use (which must be in `inputs`), and carry an error instead of values
// when their formula is invalid. Result order follows `inputs`.
QVector<KpiAnalysis> analyzeKpis(const QVector<KpiInput> &inputs, const AnalysisOptions &options);

} // namespace Needle
