#pragma once

#include <Qt>

namespace Needle {

// Semantic item roles shared by the models (no colours or fonts: views decide those).
enum Role {
    IdRole = Qt::UserRole + 1, // the record's id (KPI, owner, target, ...)
    KpiIdRole,
    KeyRole, // KPI key
    CategoryRole, // storage name
    OwnerIdRole,
    StatusRole, // storage name of Needle::Status
    LatestValueRole, // double
    LatestDateRole, // QDate
    TargetValueRole, // double or invalid
    BenchmarkValueRole, // double or invalid
    UnitRole, // storage name
    DirectionRole, // storage name
    OmtmRole, // bool
    ArchivedRole, // bool
    TagsRole, // QStringList
    DateRole, // QDate
    ValueRole, // double
    BatchIdRole,
    KindRole, // note kind storage name
    DoneRole, // bool
    DueDateRole, // QDate
    OverdueRole, // bool (KPI table: the KPI has an open action item past its due date)
    MeetingIdRole,
    ComputedRole, // bool: KPI computed from a formula
    // From the analysis (KpiTableModel::setAnalyzer); invalid until it is computed.
    StatusSentenceRole, // QString: "3,531, 41% below the target of 6,000."
    TrendRole, // storage name of Trend::Direction: flat, rising, falling
    TrendGoodRole, // bool: the trend goes the KPI's good way
    TrendSentenceRole, // QString
    AnomalyCountRole, // int: open anomalies in the 90 days before the as-of date
    LatestAnomalyRole, // QString: the reason of the most recent open anomaly
    StaleRole, // bool
    FlatlineRole, // bool
    NoOwnerRole, // bool
    PaceRole, // storage name of the projected status at the deadline, or invalid
    AttentionRole, // double: how urgently the KPI needs attention (higher first)
    FirstFreeRole // models of later features start their roles here
};

} // namespace Needle
