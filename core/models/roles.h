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
    OverdueRole, // bool
    MeetingIdRole,
    ComputedRole, // bool: KPI computed from a formula
    FirstFreeRole // models of later features start their roles here
};

} // namespace Needle
