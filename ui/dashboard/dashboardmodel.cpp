#include "dashboard/dashboardmodel.h"

#include "analysis/workspaceanalyzer.h"
#include "dashboard/tiletext.h"
#include "workspace/workspace.h"
#include "workspace/workspacechange.h"

#include <QCollator>
#include <QMap>
#include <QTimer>
#include <algorithm>

namespace Needle {

namespace {

int statusRank(Status s)
{
    switch (s) {
    case Status::OffTrack:
        return 0;
    case Status::AtRisk:
        return 1;
    case Status::OnTrack:
        return 2;
    case Status::NoTarget:
        return 3;
    case Status::NoData:
        return 4;
    }
    return 5;
}

} // namespace

DashboardModel::DashboardModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace), m_reloadTimer(new QTimer(this)),
      m_asOf(QDate::currentDate()), m_source(workspace)
{
    // Many edits arrive at once (an import, an undo of several values): rebuild once after them.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &DashboardModel::reload);
    connect(workspace, &Workspace::changed, this, [this](const WorkspaceChange &change) {
        using R = WorkspaceChange::Record;
        // Anything a tile shows or is built from; the data sources, import batches and
        // watched folders are not.
        for (R r :
             {R::Kpi, R::Owner, R::Value, R::Target, R::Benchmark, R::Verdict, R::Note, R::Meeting})
            if (change.touches(r)) {
                m_reloadTimer->start();
                return;
            }
    });
    reload();
}

void DashboardModel::setAnalyzer(WorkspaceAnalyzer *analyzer)
{
    if (m_analyzer)
        disconnect(m_analyzer, nullptr, this, nullptr);
    m_analyzer = analyzer;
    if (analyzer) {
        connect(analyzer, &WorkspaceAnalyzer::analysisChanged, this,
                &DashboardModel::analysisChanged);
        followAnalysisDate();
    }
    reload();
}

QDate DashboardModel::analysisDate() const
{
    return m_period.to(m_asOf);
}

void DashboardModel::followAnalysisDate()
{
    const QDate analyzed = m_analyzer->asOf().isValid() ? m_analyzer->asOf() : QDate::currentDate();
    if (analyzed != analysisDate())
        m_analyzer->setAsOf(analysisDate());
}

void DashboardModel::merge(Tile *t) const
{
    const KpiAnalysis *a = m_analyzer ? m_analyzer->analysis(t->kpi.id) : nullptr;
    applyAnalysis(t, a && a->asOf == analysisDate() ? a : nullptr);
}

void DashboardModel::analysisChanged(qint64 kpiId)
{
    for (Tile &t : m_tiles) {
        if (t.kpi.id != kpiId)
            continue;
        const Tile before = t;
        merge(&t);
        // A new status can move the tile to another group or out of the filter.
        if (t.status != before.status)
            arrange();
        else
            for (int row = 0; row < m_entries.size(); ++row)
                if (m_entries.at(row).tile >= 0 && &m_tiles.at(m_entries.at(row).tile) == &t)
                    emit dataChanged(index(row), index(row));
        return;
    }
}

void DashboardModel::reload()
{
    m_reloadTimer->stop();
    QString error;
    if (!m_source.read(tileValuesFrom(m_period, m_asOf), m_period.to(m_asOf), m_asOf, &error))
        qWarning("dashboard: %s", qPrintable(error));
    m_tiles = buildTiles(m_source.sources(), m_source.values(), m_period, m_asOf);
    for (Tile &t : m_tiles) {
        merge(&t);
        t.overdueActions = m_source.overdue(t.kpi.id);
    }
    arrange();
    emit reloaded();
}

void DashboardModel::setPeriod(const DashboardPeriod &period)
{
    if (period == m_period)
        return;
    m_period = period;
    if (m_analyzer)
        followAnalysisDate();
    reload();
}

void DashboardModel::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf || !asOf.isValid())
        return;
    m_asOf = asOf;
    if (m_analyzer)
        followAnalysisDate();
    reload();
}

void DashboardModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    arrange();
}

void DashboardModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void DashboardModel::setIsoDates(bool iso)
{
    m_isoDates = iso;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

// The view sets every filter after each rebuild: only a change re-arranges.
void DashboardModel::setCategory(std::optional<Category> category)
{
    if (category == m_category)
        return;
    m_category = category;
    arrange();
}

void DashboardModel::setOwnerId(qint64 ownerId)
{
    if (ownerId == m_ownerId)
        return;
    m_ownerId = ownerId;
    arrange();
}

void DashboardModel::setStatus(std::optional<Status> status)
{
    if (status == m_status)
        return;
    m_status = status;
    arrange();
}

void DashboardModel::setTag(const QString &tag)
{
    if (tag.trimmed() == m_tag)
        return;
    m_tag = tag.trimmed();
    arrange();
}

void DashboardModel::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    arrange();
}

QStringList DashboardModel::tags() const
{
    QSet<QString> set;
    for (const Tile &t : m_tiles)
        if (!t.kpi.archived)
            for (const QString &tag : t.kpi.tags)
                set.insert(tag);
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

bool DashboardModel::accepts(const Tile &t) const
{
    if (t.kpi.archived)
        return false;
    if (m_category && t.kpi.category != *m_category)
        return false;
    if (m_ownerId > 0 && t.kpi.ownerId != m_ownerId)
        return false;
    if (m_ownerId < 0 && t.kpi.ownerId != 0)
        return false;
    if (m_status && (t.pending || t.status != *m_status))
        return false;
    if (!m_tag.isEmpty() && !t.kpi.tags.contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (!m_text.isEmpty() && !t.kpi.name.contains(m_text, Qt::CaseInsensitive)
        && !t.kpi.key.contains(m_text, Qt::CaseInsensitive)
        && !t.kpi.description.contains(m_text, Qt::CaseInsensitive)
        && !t.ownerName.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

QString DashboardModel::groupTitle(const Tile &t) const
{
    switch (m_grouping) {
    case Grouping::Category:
        return displayName(t.kpi.category);
    case Grouping::Owner:
        return t.ownerName.isEmpty() ? tr("No owner") : t.ownerName;
    case Grouping::Status:
        return t.pending ? tr("Pending") : displayName(t.status);
    case Grouping::None:
        break;
    }
    return QString();
}

void DashboardModel::arrange()
{
    QVector<int> shown;
    int omtm = -1;
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (!accepts(m_tiles.at(i)))
            continue;
        if (m_tiles.at(i).kpi.omtm && omtm < 0)
            omtm = i;
        else
            shown << i;
    }
    QCollator collator(m_locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto groupKey = [this](const Tile &t) -> QString {
        switch (m_grouping) {
        case Grouping::Category:
            return QString::number(int(t.kpi.category));
        case Grouping::Owner: // people by name, KPIs without owner last
            return t.ownerName.isEmpty() ? QStringLiteral("\uffff") : t.ownerName;
        case Grouping::Status: // worst first, pending last
            return QString::number(t.pending ? 9 : statusRank(t.status));
        case Grouping::None:
            break;
        }
        return QString();
    };
    std::stable_sort(shown.begin(), shown.end(), [&](int a, int b) {
        const Tile &l = m_tiles.at(a), &r = m_tiles.at(b);
        const int byGroup = collator.compare(groupKey(l), groupKey(r));
        if (byGroup != 0)
            return byGroup < 0;
        return collator.compare(l.kpi.name, r.kpi.name) < 0;
    });

    QVector<Entry> entries;
    if (omtm >= 0)
        entries.append({Kind::Omtm, omtm, QString(), 0});
    QString current;
    int headerAt = -1;
    for (int i : std::as_const(shown)) {
        if (m_grouping != Grouping::None) {
            const QString title = groupTitle(m_tiles.at(i));
            if (headerAt < 0 || title != current) {
                current = title;
                headerAt = int(entries.size());
                entries.append({Kind::Header, -1, title, 0});
            }
            ++entries[headerAt].count;
        }
        entries.append({Kind::Tile, i, QString(), 0});
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int DashboardModel::tileCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return e.kind != Kind::Header; }));
}

int DashboardModel::rowOfKpi(qint64 kpiId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).tile >= 0 && m_tiles.at(m_entries.at(i).tile).kpi.id == kpiId)
            return i;
    return -1;
}

qint64 DashboardModel::kpiIdAt(int row) const
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).tile < 0)
        return 0;
    return m_tiles.at(m_entries.at(row).tile).kpi.id;
}

const Tile *DashboardModel::tileAt(int row) const
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).tile < 0)
        return nullptr;
    return &m_tiles.at(m_entries.at(row).tile);
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

Qt::ItemFlags DashboardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return Qt::NoItemFlags;
    if (m_entries.at(index.row()).kind == Kind::Header)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &e = m_entries.at(index.row());
    if (role == KindRole)
        return int(e.kind);
    if (e.kind == Kind::Header) {
        switch (role) {
        case Qt::DisplayRole:
            return e.title;
        case GroupCountRole:
            return e.count;
        case Qt::AccessibleTextRole:
            return tr("%1, KPIs: %n", nullptr, e.count).arg(e.title);
        }
        return QVariant();
    }
    return tileData(m_tiles.at(e.tile), role);
}

QVariant DashboardModel::tileData(const Tile &t, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return t.kpi.name;
    case Qt::ToolTipRole:
        return TileText::toolTip(t, m_locale, m_isoDates);
    case Qt::AccessibleTextRole:
        return TileText::spoken(t, m_locale);
    case IdRole:
    case KpiIdRole:
        return t.kpi.id;
    case KeyRole:
        return t.kpi.key;
    case CategoryRole:
        return storageName(t.kpi.category);
    case OwnerIdRole:
        return t.kpi.ownerId;
    case StatusRole:
        return t.pending ? QVariant() : QVariant(storageName(t.status));
    case LatestValueRole:
        return t.value ? QVariant(*t.value) : QVariant();
    case LatestDateRole:
        return t.valuePeriod;
    case TargetValueRole:
        return t.target && t.target->value ? QVariant(*t.target->value) : QVariant();
    case BenchmarkValueRole:
        return t.benchmark ? QVariant(t.benchmark->value) : QVariant();
    case UnitRole:
        return storageName(t.kpi.unit);
    case DirectionRole:
        return storageName(t.kpi.direction);
    case OmtmRole:
        return t.kpi.omtm;
    case ArchivedRole:
        return t.kpi.archived;
    case TagsRole:
        return t.kpi.tags;
    case ComputedRole:
        return t.kpi.isComputed();
    case ValueTextRole:
        return TileText::value(t, m_locale);
    case PeriodTextRole:
        return TileText::period(t, m_locale, m_isoDates);
    case ChangeTextRole:
        return TileText::change(t, m_locale);
    case ChangeGoodnessRole: {
        const std::optional<double> g = t.goodness();
        return !g || *g == 0 ? 0 : (*g > 0 ? 1 : -1);
    }
    case TargetTextRole:
        return TileText::target(t, m_locale);
    case BenchmarkTextRole:
        return TileText::benchmark(t, m_locale);
    case StatusTextRole:
        return t.pending ? tr("pending") : displayName(t.status);
    case SparklineRole: {
        QVariantList values;
        values.reserve(t.sparkline.size());
        for (const RolledPoint &p : t.sparkline)
            values << p.value;
        return values;
    }
    case AnomalyCountRole:
        return t.anomalies;
    case SparklineTargetRole:
        if (!t.target || !t.target->value
            || !targetApplies(
                t.kpi, sparklineGranularity(m_period.effectiveGranularity(m_asOf), t.kpi.cadence)))
            return QVariant();
        return *t.target->value;
    case OverdueActionCountRole:
        return int(t.overdueActions.size());
    case OverdueActionTextRole:
        return TileText::overdueActions(t);
    case ErrorRole:
        return t.error;
    }
    return QVariant();
}

} // namespace Needle
