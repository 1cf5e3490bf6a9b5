#pragma once

#include "analysis/detection.h"
#include "analysis/kpianalysis.h"

namespace Needle::Sentences {

// The sentences of an analysis, translated ("Needle::Sentences") and in the locale's numbers.
QString status(const Kpi &kpi, const KpiAnalysis &a, const QLocale &locale);
QString benchmark(const Kpi &kpi, const BenchmarkGap &gap, const QLocale &locale);
QString change(const Kpi &kpi, const Change &c, bool yearAgo, const QLocale &locale);
QString trend(const Kpi &kpi, const Trend &t, Granularity g, const QLocale &locale);
QString pace(const Kpi &kpi, const Pace &p, const Target &target, const QLocale &locale);
QStringList quality(const Kpi &kpi, const KpiAnalysis &a, const QLocale &locale);
// What an anomaly's sentence says beyond the flag: the scale it was judged on and how long
// ago a value was last as low (high).
struct AnomalyContext
{
    Detection::Scale scale; // resolved (not Auto)
    bool recordLow = false; // below the expected value: the record is a low one
    int recordPeriods = 0; // earlier periods in a row the value is beyond
    bool wholeHistory = false; // ... and that is every earlier period
};
// "The lowest on-time delivery in 14 months; a shortfall from 100 % of 4.20 %, 3.1 times the
// usual 1.35 %; 6.2 MADs." The last part (the score) is for experts.
QString anomaly(const Kpi &kpi, const Anomaly &an, const Detection::Flag &flag, Granularity g,
                const AnomalyContext &context, const QLocale &locale);
// "Monday", "March", "week 12", "Q1": the seasonal phase a period stands for.
QString phaseName(const QDate &period, Granularity g, const QLocale &locale);
// "12%" in the locale's numbers.
QString percent(double fraction, const QLocale &locale);

} // namespace Needle::Sentences
