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
QString anomaly(const Kpi &kpi, const Anomaly &an, const Detection::Flag &flag, Granularity g,
                const QLocale &locale);
// "Monday", "March", "week 12", "Q1": the seasonal phase a period stands for.
QString phaseName(const QDate &period, Granularity g, const QLocale &locale);
// "12%" in the locale's numbers.
QString percent(double fraction, const QLocale &locale);

} // namespace Needle::Sentences
