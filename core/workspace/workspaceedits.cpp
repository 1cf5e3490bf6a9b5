// The public edits of Workspace: validate, apply, push the undo command.

#include "workspace/workspace.h"

#include "analysis/formula.h"
#include "storage/benchmarkrepository.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sql.h"
#include "storage/targetrepository.h"
#include "workspace/compoundcommand.h"
#include "workspace/recordcommand.h"
#include "workspace/valuescommand.h"

#include <QSqlQuery>
#include <QUndoStack>
#include <cmath>
#include <memory>

namespace Needle {

namespace {
bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

template <typename Record>
void setId(Record &r, qint64 id)
{
    r.id = id;
}

void setId(KpiRecord &r, qint64 id)
{
    r.kpi.id = id;
}
} // namespace

// A created record gets its id from the database (the insert returns it); the command keeps
// it so that a redo after an undo creates the same record again.
template <typename Record>
bool Workspace::edit(const std::optional<Record> &before, std::optional<Record> after,
                     const QString &text, QString *errorMessage, QUndoCommand *parent,
                     qint64 *createdId)
{
    qint64 id = 0;
    if (!apply(before, after, errorMessage, &id))
        return false;
    if (after && !before) {
        setId(*after, id);
        if (createdId)
            *createdId = id;
    }
    auto *command = new RecordCommand<Record>(this, before, after, text, parent);
    if (!parent)
        m_undoStack->push(command);
    return true;
}

bool Workspace::compound(const QString &text,
                         const std::function<bool(QUndoCommand *, QString *)> &steps,
                         QString *errorMessage)
{
    auto command = std::make_unique<CompoundCommand>(this, text);
    Write write(this);
    if (!write.begin(errorMessage) || !steps(command.get(), errorMessage)
        || !write.commit(errorMessage))
        return false;
    m_undoStack->push(command.release());
    return true;
}

// Owners ------------------------------------------------------------------------------------

bool Workspace::addOwner(Owner *owner, QString *errorMessage)
{
    if (owner->name.trimmed().isEmpty())
        return fail(errorMessage, tr("An owner needs a name."));
    for (const Owner &o : OwnerRepository(connection()).all())
        if (o.name.compare(owner->name.trimmed(), Qt::CaseInsensitive) == 0)
            return fail(errorMessage, tr("An owner called %1 already exists.").arg(o.name));
    owner->id = 0;
    return edit<Owner>(std::nullopt, *owner, tr("Add owner %1").arg(owner->name), errorMessage,
                       nullptr, &owner->id);
}

bool Workspace::updateOwner(const Owner &owner, QString *errorMessage)
{
    const std::optional<Owner> before = OwnerRepository(connection()).byId(owner.id);
    if (!before)
        return fail(errorMessage, tr("The owner no longer exists."));
    if (owner.name.trimmed().isEmpty())
        return fail(errorMessage, tr("An owner needs a name."));
    if (*before == owner)
        return true;
    return edit<Owner>(before, owner, tr("Edit owner %1").arg(owner.name), errorMessage);
}

bool Workspace::removeOwner(qint64 id, QString *errorMessage)
{
    const std::optional<Owner> before = OwnerRepository(connection()).byId(id);
    if (!before)
        return fail(errorMessage, tr("The owner no longer exists."));
    // KPIs and action items lose their owner with it; undo gives it back to them. One write:
    // if any step fails, nothing is changed and nothing is pushed.
    const QString text = tr("Remove owner %1").arg(before->name);
    return compound(
        text,
        [&](QUndoCommand *parent, QString *err) {
            for (const Kpi &k : KpiRepository(connection()).all()) {
                if (k.ownerId != id)
                    continue;
                KpiRecord from, to;
                from.kpi = to.kpi = k;
                to.kpi.ownerId = 0;
                if (!edit<KpiRecord>(from, to, text, err, parent))
                    return false;
            }
            for (const ReviewNote &n : ReviewRepository(connection()).notes()) {
                if (n.ownerId != id)
                    continue;
                ReviewNote changed = n;
                changed.ownerId = 0;
                if (!edit<ReviewNote>(n, changed, text, err, parent))
                    return false;
            }
            return edit<Owner>(before, std::nullopt, text, err, parent);
        },
        errorMessage);
}

// KPIs --------------------------------------------------------------------------------------

namespace {
bool validateKpi(const QSqlDatabase &db, const Kpi &kpi, QString *errorMessage)
{
    if (!kpi.validate(errorMessage))
        return false;
    KpiRepository repo(db);
    const std::optional<Kpi> sameKey = repo.byKey(kpi.key);
    if (sameKey && sameKey->id != kpi.id)
        return fail(errorMessage,
                    Workspace::tr("A KPI with the key %1 already exists.").arg(kpi.key));
    if (kpi.isComputed()) {
        QVector<Kpi> all = repo.all();
        bool replaced = false;
        for (Kpi &k : all) {
            if (k.id == kpi.id) {
                k = kpi;
                replaced = true;
            }
        }
        if (!replaced)
            all << kpi;
        if (!Formula::checkDefinitions(all, kpi.key, errorMessage))
            return false;
    }
    return true;
}
} // namespace

bool Workspace::addKpi(Kpi *kpi, QString *errorMessage)
{
    kpi->id = 0;
    if (!validateKpi(connection(), *kpi, errorMessage))
        return false;
    KpiRecord record;
    record.kpi = *kpi;
    const QString text = tr("Add KPI %1").arg(kpi->name);
    if (!kpi->omtm)
        return edit<KpiRecord>(std::nullopt, record, text, errorMessage, nullptr, &kpi->id);
    // The flag moves: the other KPI loses it in the same write and undo step.
    return compound(
        text,
        [&](QUndoCommand *parent, QString *err) {
            return clearOmtm(0, text, parent, err)
                && edit<KpiRecord>(std::nullopt, record, text, err, parent, &kpi->id);
        },
        errorMessage);
}

bool Workspace::clearOmtm(qint64 exceptId, const QString &text, QUndoCommand *parent,
                          QString *errorMessage)
{
    for (const Kpi &k : KpiRepository(connection()).all()) {
        if (!k.omtm || k.id == exceptId)
            continue;
        KpiRecord from, to;
        from.kpi = to.kpi = k;
        to.kpi.omtm = false;
        if (!edit<KpiRecord>(from, to, text, errorMessage, parent))
            return false;
    }
    return true;
}

bool Workspace::updateKpi(const Kpi &kpi, QString *errorMessage)
{
    KpiRepository repo(connection());
    const std::optional<Kpi> before = repo.byId(kpi.id);
    if (!before)
        return fail(errorMessage, tr("The KPI no longer exists."));
    if (*before == kpi)
        return true;
    if (!validateKpi(connection(), kpi, errorMessage))
        return false;
    KpiRecord from, to;
    from.kpi = *before;
    to.kpi = kpi;
    const QString text = tr("Edit KPI %1").arg(kpi.name);
    if (kpi.omtm && !before->omtm)
        return compound(
            text,
            [&](QUndoCommand *parent, QString *err) {
                return clearOmtm(kpi.id, text, parent, err)
                    && edit<KpiRecord>(from, to, text, err, parent);
            },
            errorMessage);
    return edit<KpiRecord>(from, to, text, errorMessage);
}

bool Workspace::removeKpi(qint64 id, QString *errorMessage)
{
    const QSqlDatabase db = connection();
    const std::optional<Kpi> kpi = KpiRepository(db).byId(id);
    if (!kpi)
        return fail(errorMessage, tr("The KPI no longer exists."));
    KpiRecord record;
    record.kpi = *kpi;
    record.withDependents = true;
    record.targets = TargetRepository(db).forKpi(id);
    record.benchmarks = BenchmarkRepository(db).forKpi(id);
    record.values = MeasurementRepository(db).measurements(id);
    ReviewRepository reviews(db);
    record.verdicts = reviews.verdicts(id);
    for (const ReviewNote &n : reviews.notesForKpi(id))
        record.noteIds << n.id;
    return edit<KpiRecord>(record, std::nullopt, tr("Remove KPI %1").arg(kpi->name), errorMessage);
}

// Targets and benchmarks --------------------------------------------------------------------

namespace {
bool validateTarget(const QSqlDatabase &db, const Target &t, QString *errorMessage)
{
    if (!KpiRepository(db).byId(t.kpiId))
        return fail(errorMessage, Workspace::tr("The KPI of this target no longer exists."));
    if (!t.effectiveFrom.isValid())
        return fail(errorMessage, Workspace::tr("A target needs the date it takes effect."));
    if (!t.value && !t.isBand())
        return fail(errorMessage,
                    Workspace::tr("A target needs a value, or a low and a high bound."));
    if (t.isBand() && *t.low > *t.high)
        return fail(errorMessage,
                    Workspace::tr("The low bound of a band must not exceed the high bound."));
    if (t.deadline.isValid() && t.deadline < t.effectiveFrom)
        return fail(errorMessage,
                    Workspace::tr("The deadline must not be before the target takes effect."));
    if (t.tolerance < 0 || t.tolerance > 1)
        return fail(errorMessage, Workspace::tr("The tolerance must be between 0% and 100%."));
    return true;
}
} // namespace

bool Workspace::addTarget(Target *target, QString *errorMessage)
{
    target->id = 0;
    if (!validateTarget(connection(), *target, errorMessage))
        return false;
    return edit<Target>(std::nullopt, *target, tr("Add target"), errorMessage, nullptr,
                        &target->id);
}

bool Workspace::updateTarget(const Target &target, QString *errorMessage)
{
    const std::optional<Target> before = TargetRepository(connection()).byId(target.id);
    if (!before)
        return fail(errorMessage, tr("The target no longer exists."));
    if (*before == target)
        return true;
    if (!validateTarget(connection(), target, errorMessage))
        return false;
    return edit<Target>(before, target, tr("Edit target"), errorMessage);
}

bool Workspace::removeTarget(qint64 id, QString *errorMessage)
{
    const std::optional<Target> before = TargetRepository(connection()).byId(id);
    if (!before)
        return fail(errorMessage, tr("The target no longer exists."));
    return edit<Target>(before, std::nullopt, tr("Remove target"), errorMessage);
}

namespace {
bool validateBenchmark(const QSqlDatabase &db, const Benchmark &b, QString *errorMessage)
{
    if (!KpiRepository(db).byId(b.kpiId))
        return fail(errorMessage, Workspace::tr("The KPI of this benchmark no longer exists."));
    if (b.label.trimmed().isEmpty())
        return fail(errorMessage,
                    Workspace::tr("A benchmark needs a label, such as \"SaaS median\"."));
    if (!std::isfinite(b.value))
        return fail(errorMessage, Workspace::tr("A benchmark needs a finite value."));
    return true;
}
} // namespace

bool Workspace::addBenchmark(Benchmark *benchmark, QString *errorMessage)
{
    benchmark->id = 0;
    if (!validateBenchmark(connection(), *benchmark, errorMessage))
        return false;
    return edit<Benchmark>(std::nullopt, *benchmark, tr("Add benchmark %1").arg(benchmark->label),
                           errorMessage, nullptr, &benchmark->id);
}

bool Workspace::updateBenchmark(const Benchmark &benchmark, QString *errorMessage)
{
    const std::optional<Benchmark> before = BenchmarkRepository(connection()).byId(benchmark.id);
    if (!before)
        return fail(errorMessage, tr("The benchmark no longer exists."));
    if (*before == benchmark)
        return true;
    if (!validateBenchmark(connection(), benchmark, errorMessage))
        return false;
    return edit<Benchmark>(before, benchmark, tr("Edit benchmark %1").arg(benchmark.label),
                           errorMessage);
}

bool Workspace::removeBenchmark(qint64 id, QString *errorMessage)
{
    const std::optional<Benchmark> before = BenchmarkRepository(connection()).byId(id);
    if (!before)
        return fail(errorMessage, tr("The benchmark no longer exists."));
    return edit<Benchmark>(before, std::nullopt, tr("Remove benchmark %1").arg(before->label),
                           errorMessage);
}

// Values ------------------------------------------------------------------------------------

bool Workspace::setValue(qint64 kpiId, const QDate &date, double value, QString *errorMessage)
{
    Measurement m;
    m.kpiId = kpiId;
    m.date = date;
    m.value = value;
    return setValues({m}, tr("Set value"), errorMessage);
}

bool Workspace::removeValue(qint64 kpiId, const QDate &date, QString *errorMessage)
{
    const std::optional<Measurement> before = MeasurementRepository(connection()).get(kpiId, date);
    if (!before)
        return fail(errorMessage, tr("There is no value on %1.").arg(date.toString(Qt::ISODate)));
    ValueChange change{kpiId, date, before, std::nullopt};
    if (!applyValues({change}, true, errorMessage))
        return false;
    m_undoStack->push(new ValuesCommand(this, {change}, tr("Remove value")));
    return true;
}

bool Workspace::setValues(const QVector<Measurement> &values, const QString &text,
                          QString *errorMessage)
{
    MeasurementRepository repo(connection());
    KpiRepository kpis(connection());
    QVector<ValueChange> changes;
    for (const Measurement &m : values) {
        if (!m.date.isValid())
            return fail(errorMessage, tr("A value needs a valid date."));
        if (!std::isfinite(m.value))
            return fail(errorMessage, tr("A value must be a finite number."));
        const std::optional<Kpi> kpi = kpis.byId(m.kpiId);
        if (!kpi)
            return fail(errorMessage, tr("The KPI no longer exists."));
        if (kpi->isComputed())
            return fail(errorMessage,
                        tr("%1 is computed from its formula; its values cannot be "
                           "typed in.")
                            .arg(kpi->name));
        const std::optional<Measurement> before = repo.get(m.kpiId, m.date);
        Measurement after = m;
        if (before && before->value == m.value && before->note == m.note)
            continue;
        if (before && m.note.isEmpty())
            after.note = before->note;
        after.batchId = 0; // typed in: no longer the import's value
        after.sourceRow = 0;
        changes.append(ValueChange{m.kpiId, m.date, before, after});
    }
    if (changes.isEmpty())
        return true;
    if (!applyValues(changes, true, errorMessage))
        return false;
    m_undoStack->push(new ValuesCommand(this, changes, text));
    return true;
}

// Notes, verdicts, meetings -----------------------------------------------------------------

bool Workspace::addNote(ReviewNote *note, QString *errorMessage)
{
    if (note->text.trimmed().isEmpty())
        return fail(errorMessage, tr("A note needs some text."));
    note->id = 0;
    if (!note->createdAt.isValid())
        note->createdAt = QDateTime::currentDateTimeUtc();
    if (note->author.isEmpty())
        note->author = m_userName;
    return edit<ReviewNote>(std::nullopt, *note, tr("Add %1").arg(Needle::displayName(note->kind)),
                            errorMessage, nullptr, &note->id);
}

bool Workspace::updateNote(const ReviewNote &note, QString *errorMessage)
{
    const std::optional<ReviewNote> before = ReviewRepository(connection()).note(note.id);
    if (!before)
        return fail(errorMessage, tr("The note no longer exists."));
    if (note.text.trimmed().isEmpty())
        return fail(errorMessage, tr("A note needs some text."));
    if (*before == note)
        return true;
    return edit<ReviewNote>(before, note, tr("Edit %1").arg(Needle::displayName(note.kind)),
                            errorMessage);
}

bool Workspace::removeNote(qint64 id, QString *errorMessage)
{
    const std::optional<ReviewNote> before = ReviewRepository(connection()).note(id);
    if (!before)
        return fail(errorMessage, tr("The note no longer exists."));
    return edit<ReviewNote>(before, std::nullopt,
                            tr("Remove %1").arg(Needle::displayName(before->kind)), errorMessage);
}

bool Workspace::setVerdict(AnomalyVerdict *verdict, QString *errorMessage)
{
    if (!KpiRepository(connection()).byId(verdict->kpiId))
        return fail(errorMessage, tr("The KPI no longer exists."));
    if (!verdict->period.isValid())
        return fail(errorMessage, tr("A verdict needs the period it judges."));
    if (!verdict->createdAt.isValid())
        verdict->createdAt = QDateTime::currentDateTimeUtc();
    std::optional<AnomalyVerdict> before;
    for (const AnomalyVerdict &v : ReviewRepository(connection()).verdicts(verdict->kpiId))
        if (v.period == verdict->period)
            before = v;
    verdict->id = before ? before->id : 0;
    return edit<AnomalyVerdict>(before, *verdict, tr("Record verdict"), errorMessage, nullptr,
                                before ? nullptr : &verdict->id);
}

bool Workspace::removeVerdict(qint64 id, QString *errorMessage)
{
    const std::optional<AnomalyVerdict> before = ReviewRepository(connection()).verdict(id);
    if (!before)
        return fail(errorMessage, tr("The verdict no longer exists."));
    return edit<AnomalyVerdict>(before, std::nullopt, tr("Remove verdict"), errorMessage);
}

bool Workspace::saveMeeting(ReviewMeeting *meeting, QString *errorMessage)
{
    if (meeting->title.trimmed().isEmpty())
        return fail(errorMessage, tr("A meeting needs a title."));
    if (!meeting->date.isValid())
        return fail(errorMessage, tr("A meeting needs a date."));
    Write tx(this);
    ReviewRepository repo(connection());
    if (!tx.begin(errorMessage))
        return false;
    const bool exists = meeting->id > 0 && repo.meeting(meeting->id);
    if (!(exists ? repo.updateMeeting(*meeting, errorMessage)
                 : repo.insertMeeting(meeting, errorMessage)))
        return false;
    WorkspaceChange change;
    change.add(WorkspaceChange::Record::Meeting,
               exists ? WorkspaceChange::Kind::Updated : WorkspaceChange::Kind::Inserted,
               meeting->id);
    noteChange(change);
    return tx.commit(errorMessage);
}

bool Workspace::removeMeeting(qint64 id, QString *errorMessage)
{
    Write tx(this);
    if (!tx.begin(errorMessage) || !ReviewRepository(connection()).removeMeeting(id, errorMessage))
        return false;
    WorkspaceChange change;
    change.add(WorkspaceChange::Record::Meeting, WorkspaceChange::Kind::Removed, id);
    noteChange(change);
    return tx.commit(errorMessage);
}

} // namespace Needle
