#pragma once

#include "domain/anomalyverdict.h"
#include "domain/benchmark.h"
#include "domain/reviewnote.h"
#include "report/reportcontent.h"

#include <QHash>
#include <QLocale>
#include <QSqlDatabase>
#include <optional>

namespace Needle {

// What a report says about one KPI over a period, read from the workspace: its values rolled up
// to its cadence, the latest and previous period, target, benchmark, status, and the period's
// notes and verdicts, with the texts a reader sees.
struct KpiFacts
{
    ReportSeries series;
    QString ownerName;
    std::optional<RolledPoint> latest;
    std::optional<RolledPoint> previous;
    std::optional<Benchmark> benchmark;
    Status status = Status::NoData;
    QVector<ReviewNote> notes;
    QVector<AnomalyVerdict> verdicts;

    QString valueText;
    QString targetText;
    QString gapText;
    QString changeText;

    const Kpi &kpi() const { return series.kpi; }

    static KpiFacts read(const QSqlDatabase &db, const Kpi &kpi, const QDate &from,
                         const QDate &to, const QLocale &locale,
                         const QHash<qint64, QString> &ownerNames);

    // "Financial · lagging · EUR · higher is better · monthly · owner Ana Ruiz", then the
    // description.
    QString definitionLine() const;
    // "On track: 182,400 € in March 2026 against a target of 180,000 €."
    QString statusSentence(const QLocale &locale) const;
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
