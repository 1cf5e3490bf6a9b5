#pragma once

#include "analysis/rollup.h"
#include "domain/enums.h"
#include "domain/target.h"
#include "domain/reviewmeeting.h"
#include "review/meetingsummary.h"

#include <QDate>
#include <QStringList>
#include <QVector>
#include <optional>

namespace Needle {

class Workspace;
struct KpiAnalysis;

// A flagged value in the period under review, and whether the meeting (or an earlier one)
// judged it.
struct SlideAnomaly
{
    QDate period;
    QString reason;
    bool judged = false;
    QString verdictText; // "Known cause: price change"
};

// Everything a review slide says about one KPI in words; the chart beside it comes from the
// chart feed. Built from the KPI's analysis as of the end of the period under review and from
// what earlier meetings left behind.
struct SlideContent
{
    qint64 kpiId = 0;
    QString name;
    QString ownerName;
    QString reason; // why it is on the agenda
    bool pending = true; // no analysis: status, values and anomalies are not known yet
    Status status = Status::NoData;
    std::optional<RolledPoint> latest; // the analysis's latest complete period
    std::optional<Target> target; // in force at its end
    int anomalyCount = 0; // flags that count (Anomaly::counts) in the period under review
    QString statusText; // "Off track: 8% below the target of 45"
    QString latestText; // "€ 182,400 in October 2026"
    QStringList trend; // trend, forecast and pace, change on the previous period
    QStringList benchmarks; // one gap sentence per benchmark
    QStringList sinceLastMeeting; // value then and now, the previous meeting's decisions
    QVector<SummaryEntry> openActionItems; // on this KPI, from any meeting
    QVector<SlideAnomaly> anomalies; // in the period under review
    QStringList quality; // stale, no owner, stuck feed
    QString error; // computed KPIs whose formula fails

    int unjudgedAnomalies() const;
};

// analysis may be null (not computed): the slide then says what the workspace alone knows.
SlideContent buildSlideContent(Workspace *workspace, const ReviewMeeting &meeting, qint64 kpiId,
                               const KpiAnalysis *analysis);
// Analyses the KPI as of the end of the meeting's period, then builds its slide.
SlideContent buildSlideContent(Workspace *workspace, const ReviewMeeting &meeting, qint64 kpiId);

} // namespace Needle
