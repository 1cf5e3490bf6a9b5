#pragma once

#include "domain/benchmark.h"
#include "domain/kpi.h"
#include "domain/target.h"
#include "analysis/workspaceanalyzer.h"
#include "models/recordtablemodel.h"
#include "models/roles.h"
#include "review/meetingsummary.h"
#include "workspace/workspacechange.h"

#include <QHash>
#include <QLocale>
#include <QPointer>
#include <optional>

namespace Needle {

class Workspace;

// What the KPI table shows of a KPI's analysis (see WorkspaceAnalyzer): the latest complete
// period and its value, the target in force and the status are the analysis's, never computed
// here, so the table says what the dashboard, the slides, the PDF and `needle check` say.
struct KpiRowAnalysis
{
    std::optional<RolledPoint> latest; // latest complete period (computed KPIs too)
    std::optional<Target> target; // in force at the end of that period
    QString error; // computed KPIs whose formula fails
    Status status = Status::NoData;
    QString statusSentence;
    QString trend; // flat, rising, falling; empty without a trend
    bool trendGood = false;
    QString trendSentence;
    int openAnomalies = 0; // KpiAnalysis::anomalyCount(): the flags that count, in its window
    QString latestAnomaly;
    bool stale = false;
    bool flatline = false;
    bool noOwner = false;
    QString pace; // storage name of the projected status, empty without a deadline
    double attention = 0;

    bool operator==(const KpiRowAnalysis &o) const
    {
        return latest == o.latest && target == o.target && error == o.error && status == o.status
            && statusSentence == o.statusSentence && trend == o.trend && trendGood == o.trendGood
            && trendSentence == o.trendSentence && openAnomalies == o.openAnomalies
            && latestAnomaly == o.latestAnomaly && stale == o.stale && flatline == o.flatline
            && noOwner == o.noOwner && pace == o.pace && attention == o.attention;
    }
    bool operator!=(const KpiRowAnalysis &o) const { return !(*this == o); }
};

// One row of the KPI table: the definition and what the table shows beside it.
struct KpiRow
{
    Kpi kpi;
    QString ownerName;
    QVector<Benchmark> benchmarks;

    bool operator==(const KpiRow &o) const
    {
        return kpi == o.kpi && ownerName == o.ownerName && benchmarks == o.benchmarks;
    }
};

// All KPIs of the workspace (archived ones too; the filter proxy hides them), in id order.
// Follows the workspace's change signals row by row. Latest value, period, target and status
// come from the analyzer only: until a KPI's analysis arrives (or without an analyzer) those
// cells say "pending" and their roles are invalid.
class KpiTableModel : public RecordTableModel<KpiRow>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OwnerColumn,
        CategoryColumn,
        UnitColumn,
        LatestColumn,
        PeriodColumn, // which period the latest value stands for
        TargetColumn,
        BenchmarkColumn,
        StatusColumn,
        FollowUpColumn,
        ColumnCount
    };

    enum KpiTableRole {
        TargetLowRole = FirstFreeRole + 200, // double: a band target's low end, or invalid
        TargetHighRole,
    };

    explicit KpiTableModel(Workspace *workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 kpiId) const;
    void setLocale(const QLocale &locale);
    void refresh(); // re-reads every row
    void refreshKpi(qint64 kpiId);
    // Re-reads the open action items (the Follow-up column: how many are overdue on the
    // analyzer's as-of date, or today, else how many are open).
    void refreshFollowUp();

    // Takes the latest complete period and value, target, status, trend, anomalies and data
    // quality from the analyzer (which must outlive the model or be reset with nullptr); the
    // analysis roles (roles.h) are filled. Rows change one at a time as the analyses arrive.
    void setAnalyzer(WorkspaceAnalyzer *analyzer);
    WorkspaceAnalyzer *analyzer() const { return m_analyzer; }

private:
    void updateAnalysis(qint64 kpiId);
    const KpiRowAnalysis *analysisOf(qint64 kpiId) const;

    void apply(const WorkspaceChange &change);
    KpiRow makeRow(const Kpi &kpi) const;
    void refreshOwner(qint64 ownerId);

    Workspace *m_workspace;
    QLocale m_locale;
    QPointer<WorkspaceAnalyzer> m_analyzer;
    QHash<qint64, KpiRowAnalysis> m_analysis;
    struct FollowUpState
    {
        int open = 0;
        QVector<SummaryEntry> overdue;
    };
    QHash<qint64, FollowUpState> m_followUp;
};

} // namespace Needle
