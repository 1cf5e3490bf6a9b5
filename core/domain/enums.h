#pragma once

#include <QString>
#include <QStringList>

namespace Needle {

// The closed sets of the domain. Each has a stable storage name (what the workspace file and the
// command line use, never translated) and a display name (translated).

enum class Category { Financial, Customer, Operational, Internal };
enum class Indicator { Leading, Lagging };
enum class Unit { Count, Currency, Percent, Ratio, Score, Duration };
enum class Direction { HigherIsBetter, LowerIsBetter, WithinBand };
enum class Cadence { Daily, Weekly, Monthly, Quarterly };
enum class Aggregation { Sum, Average, Last, Min, Max };
enum class NoteKind { Note, Decision, ActionItem };
enum class MeetingStatus { Planned, Running, Closed };
enum class Verdict { Confirmed, KnownCause, NotAnomaly };
enum class Sensitivity { Low, Normal, High };

QString storageName(Category v);
QString storageName(Indicator v);
QString storageName(Unit v);
QString storageName(Direction v);
QString storageName(Cadence v);
QString storageName(Aggregation v);
QString storageName(NoteKind v);
QString storageName(MeetingStatus v);
QString storageName(Verdict v);
QString storageName(Sensitivity v);

QString displayName(Category v);
QString displayName(Indicator v);
QString displayName(Unit v);
QString displayName(Direction v);
QString displayName(Cadence v);
QString displayName(Aggregation v);
QString displayName(NoteKind v);
QString displayName(MeetingStatus v);
QString displayName(Verdict v);
QString displayName(Sensitivity v);

// Parse a storage name; returns false and leaves *out alone when the name is not in the set.
bool parse(const QString &name, Category *out);
bool parse(const QString &name, Indicator *out);
bool parse(const QString &name, Unit *out);
bool parse(const QString &name, Direction *out);
bool parse(const QString &name, Cadence *out);
bool parse(const QString &name, Aggregation *out);
bool parse(const QString &name, NoteKind *out);
bool parse(const QString &name, MeetingStatus *out);
bool parse(const QString &name, Verdict *out);
bool parse(const QString &name, Sensitivity *out);

template <typename E>
QStringList allStorageNames();

} // namespace Needle

namespace Needle {

// Where a KPI stands against its target (DESIGN section 4).
enum class Status { OnTrack, AtRisk, OffTrack, NoTarget, NoData };
QString storageName(Status v);
QString displayName(Status v);
bool parse(const QString &name, Status *out);

} // namespace Needle
