#pragma once

#include "analysis/kpianalysis.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <memory>

namespace Needle {

class Workspace;
struct WorkspaceChange;

// Reads every KPI's inputs from a workspace connection: definitions, series, targets,
// benchmarks and verdicts. With ids, those KPIs plus the KPIs their formulas use (so computed
// KPIs can be evaluated); archived KPIs are included.
QVector<KpiInput> readKpiInputs(const QSqlDatabase &db, const QSet<qint64> &kpiIds = {},
                                QString *errorMessage = nullptr);
// The given KPIs and every computed KPI that uses one of them, directly or through others.
QSet<qint64> withDependents(const QVector<Kpi> &kpis, const QSet<qint64> &kpiIds);
// Reads and analyses the given KPIs (all when empty) with the computed KPIs that depend on them.
QVector<KpiAnalysis> analyzeWorkspace(const QSqlDatabase &db, const QSet<qint64> &kpiIds,
                                      const AnalysisOptions &options,
                                      QString *errorMessage = nullptr);

// Keeps an analysis of every KPI of a workspace, cached per KPI. Follows the workspace's change
// signals and recomputes only the KPIs an edit touched (and the computed KPIs that use them) in
// a background thread (a worker reads through its own connection when the workspace is a file),
// so the UI never waits. Emits analysisChanged for each KPI whose analysis was replaced.
class WorkspaceAnalyzer : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceAnalyzer(Workspace *workspace, QObject *parent = nullptr);
    ~WorkspaceAnalyzer() override;

    // The as-of date (null: today, the default) and the locale of the sentences. Changing
    // either recomputes everything.
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }
    void setLocale(const QLocale &locale);

    // The cached analysis as of asOf(), or nullptr while it is not computed yet for that date
    // (or the KPI is gone, or an edit since made it out of date): views then say "pending",
    // never an answer of another date or from before the edit.
    const KpiAnalysis *analysis(qint64 kpiId) const;
    QList<qint64> analyzedKpis() const { return m_cache.keys(); }
    bool isBusy() const;

    void recomputeAll();
    void recompute(qint64 kpiId);
    // Blocks until the queued work is done (tests, command line).
    void waitForFinished();

signals:
    void analysisChanged(qint64 kpiId);
    void analysisRemoved(qint64 kpiId);
    void busyChanged(bool busy);
    void finished(); // nothing is queued or running any more

private:
    void apply(const WorkspaceChange &change);
    void schedule(const QSet<qint64> &kpiIds, bool all);
    void startNext();
    void jobDone();
    void removeKpi(qint64 kpiId);
    void markStale(const QSet<qint64> &kpiIds);

    Workspace *m_workspace;
    QDate m_asOf;
    QLocale m_locale;
    QHash<qint64, KpiAnalysis> m_cache;
    QSet<qint64> m_stale; // cached, but an edit since made them out of date
    QSet<qint64> m_pending;
    bool m_pendingAll = false;
    QFutureWatcher<QVector<KpiAnalysis>> m_watcher;
    QSet<qint64> m_running; // the ids the running job analyses (empty with m_runningAll)
    bool m_runningAll = false;
    bool m_jobActive = false; // a job was started and its results not taken yet
};

} // namespace Needle
