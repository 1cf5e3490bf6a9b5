#include "analysis/workspaceanalyzer.h"

#include "analysis/formula.h"
#include "storage/benchmarkrepository.h"
#include "storage/bulkvalues.h"
#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/reviewrepository.h"
#include "storage/targetrepository.h"
#include "workspace/workspace.h"
#include "workspace/workspacechange.h"
#include "workspace/workspacereader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Needle {

namespace {

QHash<QString, QStringList> referencesByKey(const QVector<Kpi> &kpis)
{
    QHash<QString, QStringList> refs;
    for (const Kpi &k : kpis) {
        QStringList keys;
        QString ignored;
        if (k.isComputed() && Formula::referencedKeys(k.formula, &keys, &ignored))
            refs.insert(k.key, keys);
    }
    return refs;
}

// What one background job hands back: the analyses, or the data to analyse (in-memory
// workspaces are read on the main thread).
struct Work
{
    QVector<KpiInput> inputs;
    QSet<qint64> report;
};

Work prepare(const QSqlDatabase &db, const QSet<qint64> &kpiIds, QString *errorMessage)
{
    Work w;
    const QVector<Kpi> kpis = KpiRepository(db).all(errorMessage);
    w.report = kpiIds.isEmpty() ? QSet<qint64>() : withDependents(kpis, kpiIds);
    w.inputs = readKpiInputs(db, w.report, errorMessage);
    if (w.report.isEmpty())
        for (const KpiInput &in : std::as_const(w.inputs))
            w.report.insert(in.kpi.id);
    return w;
}

QVector<KpiAnalysis> analyzeWork(const Work &w, const AnalysisOptions &options)
{
    QVector<KpiAnalysis> out;
    for (const KpiAnalysis &a : analyzeKpis(w.inputs, options))
        if (w.report.contains(a.kpiId))
            out << a;
    return out;
}

} // namespace

QSet<qint64> withDependents(const QVector<Kpi> &kpis, const QSet<qint64> &kpiIds)
{
    const QHash<QString, QStringList> refs = referencesByKey(kpis);
    QSet<qint64> out = kpiIds;
    QSet<QString> keys;
    for (const Kpi &k : kpis)
        if (kpiIds.contains(k.id))
            keys.insert(k.key);
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Kpi &k : kpis) {
            if (out.contains(k.id) || !refs.contains(k.key))
                continue;
            for (const QString &r : refs.value(k.key))
                if (keys.contains(r)) {
                    out.insert(k.id);
                    keys.insert(k.key);
                    grew = true;
                    break;
                }
        }
    }
    return out;
}

QVector<KpiInput> readKpiInputs(const QSqlDatabase &db, const QSet<qint64> &kpiIds,
                                QString *errorMessage)
{
    const QVector<Kpi> kpis = KpiRepository(db).all(errorMessage);
    QSet<qint64> wanted = kpiIds;
    if (!kpiIds.isEmpty()) {
        // The KPIs computed KPIs use, through any depth.
        const QHash<QString, QStringList> refs = referencesByKey(kpis);
        QHash<QString, qint64> idOf;
        for (const Kpi &k : kpis)
            idOf.insert(k.key, k.id);
        QStringList queue;
        for (const Kpi &k : kpis)
            if (wanted.contains(k.id))
                queue << k.key;
        while (!queue.isEmpty()) {
            const QString key = queue.takeFirst();
            for (const QString &r : refs.value(key))
                if (idOf.contains(r) && !wanted.contains(idOf.value(r))) {
                    wanted.insert(idOf.value(r));
                    queue << r;
                }
        }
    }
    const bool all = kpiIds.isEmpty();
    QHash<qint64, QVector<Target>> targets;
    QHash<qint64, QVector<Benchmark>> benchmarks;
    QHash<qint64, QVector<AnomalyVerdict>> verdicts;
    if (all) {
        for (const Target &t : TargetRepository(db).all())
            targets[t.kpiId] << t;
        for (const Benchmark &b : BenchmarkRepository(db).all())
            benchmarks[b.kpiId] << b;
        for (const AnomalyVerdict &v : ReviewRepository(db).verdicts())
            verdicts[v.kpiId] << v;
    }
    QVector<KpiInput> inputs;
    MeasurementRepository values(db);
    BulkValues fast(db); // SQLite directly: no QVariant or date text per value
    for (const Kpi &k : kpis) {
        if (!all && !wanted.contains(k.id))
            continue;
        KpiInput in;
        in.kpi = k;
        if (!k.isComputed() && (!fast.isValid() || !fast.series(k.id, &in.series, nullptr)))
            in.series = values.series(k.id);
        in.targets = all ? targets.value(k.id) : TargetRepository(db).forKpi(k.id);
        in.benchmarks = all ? benchmarks.value(k.id) : BenchmarkRepository(db).forKpi(k.id);
        in.verdicts = all ? verdicts.value(k.id) : ReviewRepository(db).verdicts(k.id);
        inputs << in;
    }
    return inputs;
}

QVector<KpiAnalysis> analyzeWorkspace(const QSqlDatabase &db, const QSet<qint64> &kpiIds,
                                      const AnalysisOptions &options, QString *errorMessage)
{
    return analyzeWork(prepare(db, kpiIds, errorMessage), options);
}

WorkspaceAnalyzer::WorkspaceAnalyzer(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::changed, this, &WorkspaceAnalyzer::apply);
    connect(&m_watcher, &QFutureWatcher<QVector<KpiAnalysis>>::finished, this,
            &WorkspaceAnalyzer::jobDone);
    schedule({}, true);
}

// Recomputes what an edit touched: the KPIs whose values, targets, benchmarks or verdicts
// changed (schedule adds the computed KPIs that use them); everything after a reset, a changed
// or removed definition (a key or formula other KPIs use) or a removed owner ("no owner").
void WorkspaceAnalyzer::apply(const WorkspaceChange &change)
{
    using R = WorkspaceChange::Record;
    using K = WorkspaceChange::Kind;
    for (qint64 id : change.ids(R::Kpi, K::Removed))
        removeKpi(id);
    bool all = !change.ids(R::Kpi, K::Updated).isEmpty()
        || !change.ids(R::Kpi, K::Removed).isEmpty() || !change.ids(R::Owner, K::Removed).isEmpty();
    for (R r : {R::Kpi, R::Value, R::Target, R::Benchmark, R::Verdict, R::Owner})
        all = all || change.isReset(r);
    if (all) {
        const QList<qint64> held = m_cache.keys();
        markStale(QSet<qint64>(held.cbegin(), held.cend()));
        schedule({}, true);
        return;
    }
    QSet<qint64> ids;
    for (qint64 id : change.ids(R::Kpi, K::Inserted))
        ids.insert(id);
    for (R r : {R::Value, R::Target, R::Benchmark, R::Verdict})
        ids.unite(change.kpiIds(r));
    if (ids.isEmpty())
        return;
    markStale(withDependents(WorkspaceReader(m_workspace).kpis(), ids));
    schedule(ids, false);
}

// What an edit touched (and the computed KPIs that use it) no longer answers: views say
// "pending" until the recomputed analysis arrives, never the value from before the edit.
void WorkspaceAnalyzer::markStale(const QSet<qint64> &kpiIds)
{
    for (qint64 id : kpiIds)
        if (m_cache.contains(id) && !m_stale.contains(id)) {
            m_stale.insert(id);
            emit analysisChanged(id);
        }
}

WorkspaceAnalyzer::~WorkspaceAnalyzer()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void WorkspaceAnalyzer::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    recomputeAll();
    // What is held is of another date now: views show "pending" until the new one arrives.
    const QList<qint64> held = m_cache.keys();
    for (qint64 id : held)
        emit analysisChanged(id);
}

void WorkspaceAnalyzer::setLocale(const QLocale &locale)
{
    m_locale = locale;
    recomputeAll();
}

const KpiAnalysis *WorkspaceAnalyzer::analysis(qint64 kpiId) const
{
    const auto it = m_cache.constFind(kpiId);
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    if (it == m_cache.constEnd() || it->asOf != asOf || m_stale.contains(kpiId))
        return nullptr;
    return &it.value();
}

bool WorkspaceAnalyzer::isBusy() const
{
    return m_jobActive || m_pendingAll || !m_pending.isEmpty();
}

void WorkspaceAnalyzer::recomputeAll()
{
    schedule({}, true);
}

void WorkspaceAnalyzer::recompute(qint64 kpiId)
{
    schedule({kpiId}, false);
}

void WorkspaceAnalyzer::schedule(const QSet<qint64> &kpiIds, bool all)
{
    const bool wasBusy = isBusy();
    if (all)
        m_pendingAll = true;
    else
        m_pending.unite(kpiIds);
    if (!wasBusy)
        emit busyChanged(true);
    if (!m_jobActive)
        startNext();
}

void WorkspaceAnalyzer::startNext()
{
    if (!m_pendingAll && m_pending.isEmpty())
        return;
    m_runningAll = m_pendingAll;
    m_running = m_pendingAll ? QSet<qint64>() : m_pending;
    m_pendingAll = false;
    m_pending.clear();

    AnalysisOptions options;
    options.asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    options.locale = m_locale;
    const QString path = m_workspace->filePath();
    const QSet<qint64> ids = m_running;
    m_jobActive = true;
    if (!path.isEmpty()) {
        // A file: the worker reads through its own connection.
        m_watcher.setFuture(QtConcurrent::run([path, ids, options] {
            QString error;
            const auto db = Database::open(path, Database::Mode::ReadOnly, &error);
            if (!db)
                return QVector<KpiAnalysis>();
            return analyzeWork(prepare(db->connection(), ids, &error), options);
        }));
    } else {
        const Work work = prepare(m_workspace->connection(), ids, nullptr);
        m_watcher.setFuture(
            QtConcurrent::run([work, options] { return analyzeWork(work, options); }));
    }
}

void WorkspaceAnalyzer::jobDone()
{
    // waitForFinished may have handled the job before the watcher's signal arrived.
    if (!m_jobActive || !m_watcher.isFinished())
        return;
    m_jobActive = false;
    const QVector<KpiAnalysis> results = m_watcher.result();
    QSet<qint64> seen;
    for (const KpiAnalysis &a : results) {
        seen.insert(a.kpiId);
        m_cache.insert(a.kpiId, a);
        // Edited again while this job ran: still stale until the next job's result.
        if (!m_pendingAll && !m_pending.contains(a.kpiId))
            m_stale.remove(a.kpiId);
        emit analysisChanged(a.kpiId);
    }
    if (m_runningAll) {
        // KPIs gone from the workspace since the last full run.
        const QList<qint64> cached = m_cache.keys();
        for (qint64 id : cached)
            if (!seen.contains(id))
                removeKpi(id);
    }
    m_running.clear();
    m_runningAll = false;
    startNext();
    if (!isBusy()) {
        emit busyChanged(false);
        emit finished();
    }
}

void WorkspaceAnalyzer::waitForFinished()
{
    while (m_jobActive || m_pendingAll || !m_pending.isEmpty()) {
        if (!m_jobActive) {
            startNext();
            continue;
        }
        m_watcher.waitForFinished();
        jobDone();
    }
}

void WorkspaceAnalyzer::removeKpi(qint64 kpiId)
{
    m_stale.remove(kpiId);
    if (m_cache.remove(kpiId))
        emit analysisRemoved(kpiId);
}

} // namespace Needle
