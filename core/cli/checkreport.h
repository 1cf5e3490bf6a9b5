#pragma once

#include "analysis/kpianalysis.h"
#include "review/meetingsummary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTextStream>

namespace Needle {

// What `needle check` reports (issue 4): every KPI's analysis with the anomalies of a window,
// as one JSON document or as a table ordered by what needs attention.
struct CheckReport
{
    QDate asOf;
    QDate from; // anomalies listed from here ...
    QDate to; // ... to here
    QVector<Kpi> kpis; // in the order of `analyses`
    QVector<KpiAnalysis> analyses;
    QVector<SummaryEntry> overdueActionItems; // open action items past due on the as-of date

    // Reads and analyses the workspace; false with a message when it cannot be read.
    static bool build(const QSqlDatabase &db, const QDate &asOf, const QDate &from, const QDate &to,
                      const QLocale &locale, CheckReport *out, QString *error);

    QJsonObject toJson() const;
    // `check --json`, the same document as JsonWriter::write(toJson()) but written to `out`
    // KPI by KPI: only a few hundred KPIs' analyses are held at a time, never the whole
    // document (a workspace of 100,000 KPIs stays well under 150 MB).
    static bool writeJson(const QSqlDatabase &db, const QDate &asOf, const QDate &from,
                          const QDate &to, const QLocale &locale, QTextStream &out, QString *error);
    void writeTable(QTextStream &out, const QLocale &locale) const;
};

QJsonObject anomalyToJson(const Anomaly &an);
// One KPI of `check --json`, with the anomalies from `from` to `to`.
QJsonObject kpiToJson(const Kpi &kpi, const KpiAnalysis &a, const QDate &from, const QDate &to);
QJsonArray overdueToJson(const QVector<SummaryEntry> &items, const QVector<Kpi> &kpis);

} // namespace Needle
