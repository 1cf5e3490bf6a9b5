#include "domain/enums.h"

#include <QCoreApplication>

namespace Needle {

namespace {

template <typename E>
struct Entry
{
    E value;
    const char *storage;
    const char *display; // marked for translation in context "Needle::Enums"
};

const Entry<Category> categories[] = {
    {Category::Financial, "financial", QT_TRANSLATE_NOOP("Needle::Enums", "Financial")},
    {Category::Customer, "customer", QT_TRANSLATE_NOOP("Needle::Enums", "Customer")},
    {Category::Operational, "operational", QT_TRANSLATE_NOOP("Needle::Enums", "Operational")},
    {Category::Internal, "internal", QT_TRANSLATE_NOOP("Needle::Enums", "Internal")},
};
const Entry<Indicator> indicators[] = {
    {Indicator::Leading, "leading", QT_TRANSLATE_NOOP("Needle::Enums", "Leading")},
    {Indicator::Lagging, "lagging", QT_TRANSLATE_NOOP("Needle::Enums", "Lagging")},
};
const Entry<Unit> units[] = {
    {Unit::Count, "count", QT_TRANSLATE_NOOP("Needle::Enums", "Count")},
    {Unit::Currency, "currency", QT_TRANSLATE_NOOP("Needle::Enums", "Currency")},
    {Unit::Percent, "percent", QT_TRANSLATE_NOOP("Needle::Enums", "Percent")},
    {Unit::Ratio, "ratio", QT_TRANSLATE_NOOP("Needle::Enums", "Ratio")},
    {Unit::Score, "score", QT_TRANSLATE_NOOP("Needle::Enums", "Score")},
    {Unit::Duration, "duration", QT_TRANSLATE_NOOP("Needle::Enums", "Duration (days)")},
};
const Entry<Direction> directions[] = {
    {Direction::HigherIsBetter, "higher", QT_TRANSLATE_NOOP("Needle::Enums", "Higher is better")},
    {Direction::LowerIsBetter, "lower", QT_TRANSLATE_NOOP("Needle::Enums", "Lower is better")},
    {Direction::WithinBand, "band", QT_TRANSLATE_NOOP("Needle::Enums", "Within a band")},
};
const Entry<Cadence> cadences[] = {
    {Cadence::Daily, "daily", QT_TRANSLATE_NOOP("Needle::Enums", "Daily")},
    {Cadence::Weekly, "weekly", QT_TRANSLATE_NOOP("Needle::Enums", "Weekly")},
    {Cadence::Monthly, "monthly", QT_TRANSLATE_NOOP("Needle::Enums", "Monthly")},
    {Cadence::Quarterly, "quarterly", QT_TRANSLATE_NOOP("Needle::Enums", "Quarterly")},
};
const Entry<Aggregation> aggregations[] = {
    {Aggregation::Sum, "sum", QT_TRANSLATE_NOOP("Needle::Enums", "Sum")},
    {Aggregation::Average, "average", QT_TRANSLATE_NOOP("Needle::Enums", "Average")},
    {Aggregation::Last, "last", QT_TRANSLATE_NOOP("Needle::Enums", "Last value")},
    {Aggregation::Min, "min", QT_TRANSLATE_NOOP("Needle::Enums", "Minimum")},
    {Aggregation::Max, "max", QT_TRANSLATE_NOOP("Needle::Enums", "Maximum")},
};
const Entry<NoteKind> noteKinds[] = {
    {NoteKind::Note, "note", QT_TRANSLATE_NOOP("Needle::Enums", "Note")},
    {NoteKind::Decision, "decision", QT_TRANSLATE_NOOP("Needle::Enums", "Decision")},
    {NoteKind::ActionItem, "action", QT_TRANSLATE_NOOP("Needle::Enums", "Action item")},
};
const Entry<MeetingStatus> meetingStatuses[] = {
    {MeetingStatus::Planned, "planned", QT_TRANSLATE_NOOP("Needle::Enums", "Planned")},
    {MeetingStatus::Running, "running", QT_TRANSLATE_NOOP("Needle::Enums", "Running")},
    {MeetingStatus::Closed, "closed", QT_TRANSLATE_NOOP("Needle::Enums", "Closed")},
};
const Entry<Verdict> verdicts[] = {
    {Verdict::Confirmed, "confirmed", QT_TRANSLATE_NOOP("Needle::Enums", "Confirmed")},
    {Verdict::KnownCause, "known_cause", QT_TRANSLATE_NOOP("Needle::Enums", "Known cause")},
    {Verdict::NotAnomaly, "not_anomaly", QT_TRANSLATE_NOOP("Needle::Enums", "Not an anomaly")},
};
const Entry<Status> statuses[] = {
    {Status::OnTrack, "on_track", QT_TRANSLATE_NOOP("Needle::Enums", "On track")},
    {Status::AtRisk, "at_risk", QT_TRANSLATE_NOOP("Needle::Enums", "At risk")},
    {Status::OffTrack, "off_track", QT_TRANSLATE_NOOP("Needle::Enums", "Off track")},
    {Status::NoTarget, "no_target", QT_TRANSLATE_NOOP("Needle::Enums", "No target")},
    {Status::NoData, "no_data", QT_TRANSLATE_NOOP("Needle::Enums", "No data")},
};
const Entry<Sensitivity> sensitivities[] = {
    {Sensitivity::Low, "low", QT_TRANSLATE_NOOP("Needle::Enums", "Low")},
    {Sensitivity::Normal, "normal", QT_TRANSLATE_NOOP("Needle::Enums", "Normal")},
    {Sensitivity::High, "high", QT_TRANSLATE_NOOP("Needle::Enums", "High")},
};

template <typename E, size_t N>
const Entry<E> &find(const Entry<E> (&table)[N], E v)
{
    for (const auto &e : table)
        if (e.value == v)
            return e;
    return table[0];
}

template <typename E, size_t N>
bool parseIn(const Entry<E> (&table)[N], const QString &name, E *out)
{
    for (const auto &e : table) {
        if (name == QLatin1String(e.storage)) {
            *out = e.value;
            return true;
        }
    }
    return false;
}

template <typename E, size_t N>
QStringList namesIn(const Entry<E> (&table)[N])
{
    QStringList names;
    for (const auto &e : table)
        names << QString::fromLatin1(e.storage);
    return names;
}

} // namespace

#define NEEDLE_ENUM_FUNCTIONS(Type, table) \
    QString storageName(Type v) \
    { \
        return QString::fromLatin1(find(table, v).storage); \
    } \
    QString displayName(Type v) \
    { \
        return QCoreApplication::translate("Needle::Enums", find(table, v).display); \
    } \
    bool parse(const QString &name, Type *out) \
    { \
        return parseIn(table, name, out); \
    } \
    template <> \
    QStringList allStorageNames<Type>() \
    { \
        return namesIn(table); \
    }

NEEDLE_ENUM_FUNCTIONS(Category, categories)
NEEDLE_ENUM_FUNCTIONS(Indicator, indicators)
NEEDLE_ENUM_FUNCTIONS(Unit, units)
NEEDLE_ENUM_FUNCTIONS(Direction, directions)
NEEDLE_ENUM_FUNCTIONS(Cadence, cadences)
NEEDLE_ENUM_FUNCTIONS(Aggregation, aggregations)
NEEDLE_ENUM_FUNCTIONS(NoteKind, noteKinds)
NEEDLE_ENUM_FUNCTIONS(MeetingStatus, meetingStatuses)
NEEDLE_ENUM_FUNCTIONS(Verdict, verdicts)
NEEDLE_ENUM_FUNCTIONS(Sensitivity, sensitivities)
NEEDLE_ENUM_FUNCTIONS(Status, statuses)

#undef NEEDLE_ENUM_FUNCTIONS

} // namespace Needle
