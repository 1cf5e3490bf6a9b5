#include "models/kpitablemodel.h"

#include "domain/datetext.h"

#include "analysis/workspaceanalyzer.h"
#include "domain/valueformat.h"
#include "models/roles.h"
#include "report/kpifacts.h"
#include "review/followup.h"
#include "storage/benchmarkrepository.h"
#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace Needle {

namespace {
qint64 kpiIdOf(const KpiRow &r)
{
    return r.kpi.id;
}

QString targetText(const Kpi &kpi, const std::optional<Target> &target, const QLocale &locale)
{
    if (!target)
        return QString();
    if (target->isBand())
        return KpiTableModel::tr("%1 to %2")
            .arg(ValueFormat::format(kpi, *target->low, locale),
                 ValueFormat::format(kpi, *target->high, locale));
    return ValueFormat::format(kpi, target->value.value_or(0), locale);
}

// The cells that read the analysis, in words: "pending" until it has arrived.
QVariant analysisText(const KpiRow &r, const KpiRowAnalysis *an, int column, const QLocale &locale)
{
    if (!an)
        return KpiTableModel::tr("pending");
    switch (column) {
    case KpiTableModel::LatestColumn:
        if (an->latest)
            return ValueFormat::format(r.kpi, an->latest->value, locale);
        return an->error.isEmpty() ? QString() : KpiTableModel::tr("Error");
    case KpiTableModel::PeriodColumn: // "November 2026", "week 49, 2026", "10 Dec 2026"
        if (!an->latest)
            return QString();
        if (r.kpi.cadence == Cadence::Daily)
            return DateText::day(an->latest->period, locale);
        return ReportText::periodLabel(an->latest->period, granularityOf(r.kpi.cadence), locale);
    case KpiTableModel::TargetColumn:
        return targetText(r.kpi, an->target, locale);
    case KpiTableModel::StatusColumn:
        return displayName(an->status);
    }
    return QVariant();
}
} // namespace

KpiTableModel::KpiTableModel(Workspace *workspace, QObject *parent)
    : RecordTableModel<KpiRow>(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::changed, this, &KpiTableModel::apply);
    refresh();
}

// Rows follow the change event: added or removed KPIs insert or remove their rows, a KPI whose
// definition, values, targets or benchmarks changed re-reads its row, an owner's rename its
// KPIs' rows; an import (a Reset) re-reads every row.
void KpiTableModel::apply(const WorkspaceChange &change)
{
    using R = WorkspaceChange::Record;
    using K = WorkspaceChange::Kind;
    if (change.isReset(R::Kpi) || change.isReset(R::Value) || change.isReset(R::Target)
        || change.isReset(R::Benchmark) || !change.ids(R::Kpi, K::Inserted).isEmpty()
        || !change.ids(R::Kpi, K::Removed).isEmpty()) {
        refresh();
        return;
    }
    QSet<qint64> kpis;
    for (R r : {R::Kpi, R::Value, R::Target, R::Benchmark})
        kpis.unite(change.kpiIds(r));
    for (qint64 id : std::as_const(kpis))
        refreshKpi(id);
    for (K k : {K::Updated, K::Removed})
        for (qint64 ownerId : change.ids(R::Owner, k))
            refreshOwner(ownerId);
    if (change.touches(R::Note) || change.touches(R::Meeting))
        refreshFollowUp();
}

void KpiTableModel::refreshFollowUp()
{
    const QDate today =
        m_analyzer && m_analyzer->asOf().isValid() ? m_analyzer->asOf() : QDate::currentDate();
    const FollowUp followUp(m_workspace->connection());
    QHash<qint64, FollowUpState> fresh;
    for (const SummaryEntry &e : followUp.withNames(followUp.openActionItems(), today)) {
        FollowUpState &s = fresh[e.note.kpiId];
        ++s.open;
        if (e.overdue)
            s.overdue << e;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const qint64 id = m_rows.at(row).kpi.id;
        const FollowUpState before = m_followUp.value(id), after = fresh.value(id);
        if (before.open != after.open || before.overdue.size() != after.overdue.size()
            || !std::equal(before.overdue.cbegin(), before.overdue.cend(), after.overdue.cbegin(),
                           [](const SummaryEntry &a, const SummaryEntry &b) {
                               return a.note == b.note && a.ownerName == b.ownerName;
                           })) {
            m_followUp[id] = after;
            emit dataChanged(index(row, FollowUpColumn), index(row, FollowUpColumn));
        }
    }
    m_followUp = fresh;
}

KpiRow KpiTableModel::makeRow(const Kpi &kpi) const
{
    const QSqlDatabase db = m_workspace->connection();
    KpiRow row;
    row.kpi = kpi;
    if (kpi.ownerId > 0) {
        if (const auto owner = OwnerRepository(db).byId(kpi.ownerId))
            row.ownerName = owner->name;
    }
    row.benchmarks = BenchmarkRepository(db).forKpi(kpi.id);
    return row;
}

void KpiTableModel::refresh()
{
    QVector<Kpi> kpis = KpiRepository(m_workspace->connection()).all();
    std::sort(kpis.begin(), kpis.end(), [](const Kpi &a, const Kpi &b) { return a.id < b.id; });
    QVector<KpiRow> fresh;
    fresh.reserve(kpis.size());
    for (const Kpi &k : kpis)
        fresh << makeRow(k);
    syncRows(fresh, kpiIdOf);
    refreshFollowUp();
}

void KpiTableModel::refreshKpi(qint64 kpiId)
{
    const int row = rowOf(kpiId);
    const std::optional<Kpi> kpi = KpiRepository(m_workspace->connection()).byId(kpiId);
    if (row < 0 || !kpi) {
        refresh();
        return;
    }
    const KpiRow fresh = makeRow(*kpi);
    if (fresh == m_rows.at(row))
        return;
    m_rows[row] = fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void KpiTableModel::refreshOwner(qint64 ownerId)
{
    for (const KpiRow &r : std::as_const(m_rows))
        if (r.kpi.ownerId == ownerId)
            refreshKpi(r.kpi.id);
}

void KpiTableModel::setAnalyzer(WorkspaceAnalyzer *analyzer)
{
    if (m_analyzer)
        disconnect(m_analyzer, nullptr, this, nullptr);
    m_analyzer = analyzer;
    m_analysis.clear();
    if (analyzer) {
        connect(analyzer, &WorkspaceAnalyzer::analysisChanged, this,
                &KpiTableModel::updateAnalysis);
        connect(analyzer, &WorkspaceAnalyzer::analysisRemoved, this,
                &KpiTableModel::updateAnalysis);
        // "Overdue" counts from the analysis's as-of date; check again after each run.
        connect(analyzer, &WorkspaceAnalyzer::finished, this, &KpiTableModel::refreshFollowUp);
        for (qint64 id : analyzer->analyzedKpis())
            updateAnalysis(id);
    }
    refreshFollowUp();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void KpiTableModel::updateAnalysis(qint64 kpiId)
{
    const KpiAnalysis *a = m_analyzer ? m_analyzer->analysis(kpiId) : nullptr;
    std::optional<KpiRowAnalysis> fresh;
    if (a) {
        KpiRowAnalysis r;
        r.latest = a->latest;
        r.target = a->target;
        r.error = a->error;
        r.status = a->status;
        r.statusSentence = a->statusSentence;
        if (a->trend.valid) {
            r.trend = storageName(a->trend.direction);
            r.trendGood = a->trend.good;
            r.trendSentence = a->trend.sentence;
        }
        const QVector<Anomaly> recent = a->countedAnomalies();
        r.openAnomalies = int(recent.size());
        if (!recent.isEmpty())
            r.latestAnomaly = recent.last().reason;
        r.stale = a->stale;
        r.flatline = a->flatline;
        r.noOwner = a->noOwner;
        if (a->pace.valid)
            r.pace = storageName(a->pace.status);
        r.attention = a->attention();
        fresh = r;
    }
    const auto old = m_analysis.constFind(kpiId);
    if (old == m_analysis.constEnd() ? !fresh : (fresh && *old == *fresh))
        return;
    if (fresh)
        m_analysis.insert(kpiId, *fresh);
    else
        m_analysis.remove(kpiId);
    const int row = rowOf(kpiId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const KpiRowAnalysis *KpiTableModel::analysisOf(qint64 kpiId) const
{
    const auto it = m_analysis.constFind(kpiId);
    return it == m_analysis.constEnd() ? nullptr : &it.value();
}

int KpiTableModel::rowOf(qint64 kpiId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).kpi.id == kpiId)
            return i;
    return -1;
}

void KpiTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const KpiRow &r = m_rows.at(index.row());
    const KpiRowAnalysis *an = analysisOf(r.kpi.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.kpi.name;
        case OwnerColumn:
            return r.ownerName;
        case CategoryColumn:
            return displayName(r.kpi.category);
        case UnitColumn:
            return r.kpi.unit == Unit::Currency ? r.kpi.currency : displayName(r.kpi.unit);
        case LatestColumn:
        case PeriodColumn:
        case TargetColumn:
        case StatusColumn:
            return analysisText(r, an, index.column(), m_locale);
        case BenchmarkColumn:
            return r.benchmarks.isEmpty()
                ? QString()
                : tr("%1 (%2)").arg(
                    ValueFormat::format(r.kpi, r.benchmarks.first().value, m_locale),
                    r.benchmarks.first().label);
        case FollowUpColumn: {
            const FollowUpState s = m_followUp.value(r.kpi.id);
            if (!s.overdue.isEmpty())
                return tr("Overdue actions: %n", nullptr, int(s.overdue.size()));
            if (s.open > 0)
                return tr("Open actions: %n", nullptr, s.open);
            return QString();
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return r.kpi.description;
        if (index.column() == StatusColumn && an)
            return an->statusSentence;
        if (index.column() == FollowUpColumn) {
            QStringList lines;
            for (const SummaryEntry &e : m_followUp.value(r.kpi.id).overdue)
                lines << (e.ownerName.isEmpty()
                              ? tr("Overdue since %1: %2")
                                    .arg(DateText::day(e.note.dueDate, m_locale), e.note.text)
                              : tr("Overdue since %1: %2 (%3)")
                                    .arg(DateText::day(e.note.dueDate, m_locale), e.note.text,
                                         e.ownerName));
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        break;
    case OverdueRole:
        return !m_followUp.value(r.kpi.id).overdue.isEmpty();
    case IdRole:
    case KpiIdRole:
        return r.kpi.id;
    case KeyRole:
        return r.kpi.key;
    case CategoryRole:
        return storageName(r.kpi.category);
    case OwnerIdRole:
        return r.kpi.ownerId;
    case StatusRole:
        return an ? QVariant(storageName(an->status)) : QVariant();
    case LatestValueRole:
        return an && an->latest ? QVariant(an->latest->value) : QVariant();
    case LatestDateRole: // the first day of the latest complete period
        return an && an->latest ? QVariant(an->latest->period) : QVariant();
    case TargetValueRole:
        return an && an->target && an->target->value ? QVariant(*an->target->value) : QVariant();
    case TargetLowRole:
        return an && an->target && an->target->isBand() ? QVariant(*an->target->low) : QVariant();
    case TargetHighRole:
        return an && an->target && an->target->isBand() ? QVariant(*an->target->high) : QVariant();
    case BenchmarkValueRole:
        return r.benchmarks.isEmpty() ? QVariant() : QVariant(r.benchmarks.first().value);
    case UnitRole:
        return storageName(r.kpi.unit);
    case DirectionRole:
        return storageName(r.kpi.direction);
    case OmtmRole:
        return r.kpi.omtm;
    case ArchivedRole:
        return r.kpi.archived;
    case TagsRole:
        return r.kpi.tags;
    case ComputedRole:
        return r.kpi.isComputed();
    }
    if (!an)
        return QVariant();
    switch (role) {
    case StatusSentenceRole:
        return an->statusSentence;
    case TrendRole:
        return an->trend.isEmpty() ? QVariant() : QVariant(an->trend);
    case TrendGoodRole:
        return an->trendGood;
    case TrendSentenceRole:
        return an->trendSentence;
    case AnomalyCountRole:
        return an->openAnomalies;
    case LatestAnomalyRole:
        return an->latestAnomaly;
    case StaleRole:
        return an->stale;
    case FlatlineRole:
        return an->flatline;
    case NoOwnerRole:
        return an->noOwner;
    case PaceRole:
        return an->pace.isEmpty() ? QVariant() : QVariant(an->pace);
    case AttentionRole:
        return an->attention;
    }
    return QVariant();
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("KPI");
    case OwnerColumn:
        return tr("Owner");
    case CategoryColumn:
        return tr("Category");
    case UnitColumn:
        return tr("Unit");
    case LatestColumn:
        return tr("Latest");
    case PeriodColumn:
        return tr("Period");
    case TargetColumn:
        return tr("Target");
    case BenchmarkColumn:
        return tr("Benchmark");
    case StatusColumn:
        return tr("Status");
    case FollowUpColumn:
        return tr("Follow-up");
    }
    return QVariant();
}

QHash<int, QByteArray> KpiTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KpiIdRole, "kpiId");
    names.insert(KeyRole, "key");
    names.insert(StatusRole, "status");
    names.insert(LatestValueRole, "latestValue");
    names.insert(TrendRole, "trend");
    names.insert(AnomalyCountRole, "anomalyCount");
    names.insert(StaleRole, "stale");
    return names;
}

} // namespace Needle
