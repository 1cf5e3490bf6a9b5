#pragma once

#include "analysis/kpianalysis.h"
#include "domain/anomalyverdict.h"
#include "domain/benchmark.h"
#include "domain/reviewnote.h"
#include "report/reportcontent.h"

#include <QHash>
#include <QLocale>
#include <QSqlDatabase>
#include <optional>

namespace Needle {

// What a report says about one KPI over a period: the analysis on the period's last day (status,
// benchmark gaps, change, trend, forecast, anomalies with reasons and verdicts; computed KPIs
// evaluated), its values rolled up to its cadence over the period, and the period's notes, with
// the texts a reader sees. Reads one KPI (and what its formula uses) at a time.
struct KpiFacts
{
    ReportSeries series;
    QString ownerName;
    KpiAnalysis analysis;
    std::optional<RolledPoint> latest; // the latest complete period, when inside the report's
    Status status = Status::NoData;
    QVector<ReviewNote> notes;
    QVector<Anomaly> anomalies; // flagged in the period, judged ones too
    int anomalyCount = 0; // of those, the ones that count (Anomaly::counts)

    QString valueText;
    QString targetText;
    QString gapText;
    QString changeText;

    const Kpi &kpi() const { return series.kpi; }

    static KpiFacts read(const QSqlDatabase &db, const Kpi &kpi, const QDate &from, const QDate &to,
                         const QLocale &locale, const QHash<qint64, QString> &ownerNames);

    // "Financial · lagging · EUR · higher is better · monthly · owner Ana Ruiz", then the
    // description.
    QString definitionLine() const;
    // "Off track: 263,293 € in October 2026; 12% below the target of 300,000 €."
    QString statusSentence(const QLocale &locale) const;
    // Benchmark gaps, change, trend, pace to the deadline, data quality, formula errors.
    QStringList analysisSentences() const;
    ReportCell statusCell() const;
};

namespace ReportText {
// "March 2026", "Q1 2026", "week 12, 2026", or the date for days.
QString periodLabel(const QDate &period, Granularity g, const QLocale &locale);
// A difference with its sign: "+1,200 €", "−3.4 %".
QString signedValue(const Kpi &kpi, double value, const QLocale &locale);
QString dateText(const QDate &date, const QLocale &locale);
} // namespace ReportText

} // namespace Needle
