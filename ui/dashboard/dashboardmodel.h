#pragma once

#include "dashboard/dashboardperiod.h"
#include "dashboard/tile.h"
#include "models/roles.h"
#include "models/dashboardsource.h"

#include <QAbstractListModel>
#include <QLocale>
#include <QSet>
#include <optional>

class QTimer;

namespace Needle {
class WorkspaceAnalyzer;
struct KpiAnalysis;
} // namespace Needle

namespace Needle {

class Workspace;

// The dashboard's items: the "one metric that matters" first, then a header per group and the
// tiles of that group, filtered. Tiles are rebuilt when the period or the workspace changes;
// filters and grouping only re-arrange the tiles already built.
class DashboardModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind { Omtm, Header, Tile };
    enum class Grouping { Category, Owner, Status, None };
    enum DashboardRole {
        KindRole = FirstFreeRole + 100, // int of Kind
        ValueTextRole, // headline value in the KPI's unit and the locale's format
        PeriodTextRole, // which period the headline stands for
        ChangeTextRole, // "+4.2 % vs previous month"
        ChangeGoodnessRole, // int: 1 better, -1 worse, 0 same or unknown
        TargetTextRole,
        BenchmarkTextRole,
        StatusTextRole,
        SparklineRole, // QVariantList of doubles
        AnomalyCountRole,
        ErrorRole,
        GroupCountRole, // headers: how many tiles the group holds
        OverdueActionCountRole, // open action items on the KPI past their due date
        OverdueActionTextRole, // "Overdue actions: 1"
        // double: the target to draw over the sparkline; invalid when there is none or the
        // sparkline's periods do not compare with it (sums over longer periods: targetApplies)
        SparklineTargetRole,
    };

    explicit DashboardModel(Workspace *workspace, QObject *parent = nullptr);

    // Tiles take their headline (latest complete period and value, change, target in force,
    // status, anomaly count) from the analyzer's analysis as of the window's end, which the
    // model sets on the analyzer (so the table and the KPI view show the same date); without
    // one, or until it arrives, tiles are pending.
    void setAnalyzer(WorkspaceAnalyzer *analyzer);
    void setPeriod(const DashboardPeriod &period);
    DashboardPeriod period() const { return m_period; }
    void setAsOf(const QDate &asOf); // the day "today" stands for; defaults to the current date
    QDate asOf() const { return m_asOf; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setLocale(const QLocale &locale);
    void setIsoDates(bool iso); // dates as 2026-03-31 instead of the locale's short form

    void setCategory(std::optional<Category> category);
    void setOwnerId(qint64 ownerId); // 0: any; -1: without owner
    void setStatus(std::optional<Status> status);
    void setTag(const QString &tag);
    void setText(const QString &text);

    // Every tag used by a non-archived KPI, sorted; empty when the workspace uses none.
    QStringList tags() const;
    const QVector<Tile> &tiles() const { return m_tiles; }
    int tileCount() const; // tiles shown, the OMTM included
    int rowOfKpi(qint64 kpiId) const;
    qint64 kpiIdAt(int row) const; // 0 for headers
    const Tile *tileAt(int row) const; // nullptr for headers

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public slots:
    void reload(); // rebuilds the tiles from the workspace now

signals:
    void reloaded();

private:
    struct Entry
    {
        Kind kind;
        int tile = -1; // index in m_tiles
        QString title; // headers
        int count = 0;
    };
    bool accepts(const Tile &tile) const;
    void arrange();
    QString groupTitle(const Tile &tile) const;
    QVariant tileData(const Tile &tile, int role) const;
    void merge(Tile *tile) const;
    QDate analysisDate() const; // the window's end: the as-of date of the tiles' analysis
    void followAnalysisDate();
    void analysisChanged(qint64 kpiId);

    Workspace *m_workspace;
    WorkspaceAnalyzer *m_analyzer = nullptr;
    QTimer *m_reloadTimer;
    DashboardPeriod m_period;
    QDate m_asOf;
    Grouping m_grouping = Grouping::Category;
    QLocale m_locale;
    bool m_isoDates = false;
    std::optional<Category> m_category;
    qint64 m_ownerId = 0;
    std::optional<Status> m_status;
    QString m_tag;
    QString m_text;
    // What the tiles are built from, read in one snapshot and again only when the workspace's
    // data changed, so a period change rolls up values already in memory.
    DashboardSource m_source;
    QVector<Tile> m_tiles;
    QVector<Entry> m_entries;
};

} // namespace Needle
