#pragma once

#include "analysis/kpianalysis.h"
#include "domain/benchmark.h"
#include "domain/enums.h"
#include "domain/kpi.h"
#include "domain/target.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <functional>

namespace Needle {

class Workspace;

// Everything one KPI chart shows, as plain data: the screen (KpiChart in a KpiChartView), the PDF
// (renderKpiChart) and the review slides draw the same thing from the same struct. Fill it with
// buildKpiChartData() from a workspace, or by hand in tests.
struct KpiChartData
{
    struct Point
    {
        QDate period; // first day of the period
        double value = 0;
        bool partial = false; // the period has not ended yet
    };
    struct Anomaly
    {
        QDate period;
        double value = 0;
        QString reason; // a sentence a person can read; shown as the marker's tooltip
    };
    struct ForecastPoint
    {
        QDate period;
        double value = 0;
        double low = 0; // 80% interval
        double high = 0;
    };
    struct Note
    {
        QDate period;
        NoteKind kind = NoteKind::Note;
        QString text;
    };

    Kpi kpi;
    Granularity granularity = Granularity::Month;
    QDate from; // the range shown; null: from the first value
    QDate to; // null: to the last value or forecast point
    QVector<Point> points; // ascending, at the granularity (never downsampled here)
    QVector<Target> targets; // ascending by effective date
    QVector<Benchmark> benchmarks;
    QVector<Anomaly> anomalies;
    QVector<ForecastPoint> forecast; // ascending, after the last point
    QVector<Note> notes;
    QString title; // empty: the KPI's name
    QString subtitle; // e.g. the trend sentence
    QString error; // why there are no values (a computed KPI's formula error), shown in the plot

    // The range the x axis covers: [from, to] where set, else from the data.
    QDate firstDate() const;
    QDate lastDate() const;
};

// What to chart: a KPI at a granularity over a range of dates, as of a day.
struct KpiChartRequest
{
    qint64 kpiId = 0;
    Granularity granularity = Granularity::Month;
    QDate from; // null: from the first value
    QDate to; // null: up to asOf
    QDate asOf; // null: today
};

// Reads what a KPI chart shows from the workspace: the KPI analysed at the chart's granularity
// (values rolled up, or evaluated for computed KPIs; anomalies with their reasons and verdicts;
// the forecast with its 80% interval), its targets, benchmarks and review notes. Used by the KPI
// view, the PDF report and the review slides, so all three show the same chart of the same
// data. The analysis behind it goes to *analysis when given.
KpiChartData buildKpiChartData(Workspace *workspace, const KpiChartRequest &request,
                               KpiAnalysis *analysis = nullptr);
// The same from a bare connection: the headless PDF export reads a workspace without opening it
// for editing.
KpiChartData buildKpiChartData(const QSqlDatabase &db, const KpiChartRequest &request,
                               KpiAnalysis *analysis = nullptr);

// Where a report's charts come from: buildKpiChartData on one connection (the headless PDF
// export reads a workspace without opening it for editing).
using ChartDataSource = std::function<KpiChartData(const KpiChartRequest &)>;
ChartDataSource chartDataSource(const QSqlDatabase &db);

} // namespace Needle
