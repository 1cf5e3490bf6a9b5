#pragma once

#include "analysis/rollup.h"
#include "domain/benchmark.h"
#include "domain/enums.h"
#include "domain/kpi.h"
#include "domain/target.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace Needle {

// Everything one KPI chart shows, as plain data: the screen (KpiChart in a KpiChartView), the PDF
// (renderKpiChart) and the review slides draw the same thing from the same struct. Fill it with
// KpiChartFeed::build() from a workspace, or by hand in tests.
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

} // namespace Needle
