#include "workspace/workspace.h"

#include "domain/systemuser.h"
#include "storage/benchmarkrepository.h"
#include "storage/changelogrepository.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sql.h"
#include "storage/targetrepository.h"
#include "workspace/recordfields.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QUndoStack>

namespace Needle {

namespace {
QString systemUser()
{
    return SystemUser::name();
}

QString compact(const QVariantMap &fields)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact));
}
} // namespace

Workspace::Workspace(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_undoStack(new QUndoStack(this)), m_userName(systemUser())
{}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *errorMessage)
{
    auto db = Database::open(path, Database::Mode::OpenExisting, errorMessage);
    if (!db)
        return nullptr;
    return std::unique_ptr<Workspace>(new Workspace(std::move(db)));
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, QString *errorMessage)
{
    auto db = Database::open(path, Database::Mode::CreateNew, errorMessage);
    if (!db)
        return nullptr;
    return std::unique_ptr<Workspace>(new Workspace(std::move(db)));
}

std::unique_ptr<Workspace> Workspace::openReadOnly(const QString &path, QString *errorMessage)
{
    auto db = Database::open(path, Database::Mode::ReadOnly, errorMessage);
    if (!db || !db->checkIntegrity(errorMessage))
        return nullptr;
    return std::unique_ptr<Workspace>(new Workspace(std::move(db)));
}

std::unique_ptr<Workspace> Workspace::createInMemory(QString *errorMessage)
{
    auto db = Database::openInMemory(errorMessage);
    if (!db)
        return nullptr;
    return std::unique_ptr<Workspace>(new Workspace(std::move(db)));
}

QSqlDatabase Workspace::connection() const
{
    return m_database->connection();
}

QString Workspace::displayName() const
{
    if (filePath().isEmpty())
        return tr("Untitled");
    return QFileInfo(filePath()).completeBaseName();
}

Workspace::Write::Write(Workspace *workspace)
    : m_workspace(workspace), m_tx(workspace->connection())
{}

Workspace::Write::~Write()
{
    rollback();
}

bool Workspace::Write::begin(QString *errorMessage)
{
    if (!m_tx.begin(errorMessage))
        return false;
    m_active = true;
    m_mark = m_workspace->m_pending.parts.size();
    if (m_workspace->m_writeDepth++ == 0)
        m_workspace->m_failure.clear();
    return true;
}

bool Workspace::Write::commit(QString *errorMessage)
{
    if (!m_active)
        return false;
    const bool outermost = m_workspace->m_writeDepth == 1;
    if (outermost && !m_workspace->m_failure.isEmpty()) {
        if (errorMessage)
            *errorMessage = m_workspace->m_failure;
        rollback();
        return false;
    }
    if (!m_tx.commit(errorMessage)) {
        rollback();
        return false;
    }
    m_active = false;
    --m_workspace->m_writeDepth;
    if (outermost) {
        const WorkspaceChange change = m_workspace->m_pending;
        m_workspace->m_pending = WorkspaceChange();
        m_workspace->emitChange(change);
    }
    return true;
}

void Workspace::Write::rollback()
{
    if (!m_active)
        return;
    m_tx.rollback();
    m_active = false;
    m_workspace->m_pending.parts.resize(m_mark);
    if (--m_workspace->m_writeDepth == 0)
        m_workspace->m_pending = WorkspaceChange();
}

void Workspace::notifyChanged(const WorkspaceChange &change)
{
    emitChange(change);
}

void Workspace::reportFailure(const QString &message)
{
    if (m_writeDepth > 0) {
        if (m_failure.isEmpty())
            m_failure = message;
        return;
    }
    m_stepFailed = true;
    emit editFailed(message);
}

void Workspace::undo()
{
    m_stepFailed = false;
    m_undoStack->undo();
    if (m_stepFailed) { // nothing was undone: the step goes back where it was
        m_restoring = true;
        m_undoStack->redo();
        m_restoring = false;
    }
}

void Workspace::redo()
{
    m_stepFailed = false;
    m_undoStack->redo();
    if (m_stepFailed) {
        m_restoring = true;
        m_undoStack->undo();
        m_restoring = false;
    }
}

void Workspace::emitChange(const WorkspaceChange &change)
{
    if (change.isEmpty())
        return;
    emit changed(change);
}

bool Workspace::log(const QString &entity, qint64 entityId, qint64 kpiId, const QVariantMap &before,
                    const QVariantMap &after, QString *errorMessage)
{
    ChangeLogRepository repo(connection());
    ChangeLogEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.who = m_userName;
    e.entity = entity;
    e.entityId = entityId;
    e.kpiId = kpiId;
    if (before.isEmpty() || after.isEmpty()) {
        e.field = before.isEmpty() ? QStringLiteral("created") : QStringLiteral("deleted");
        if (!before.isEmpty())
            e.oldValue = compact(before);
        if (!after.isEmpty())
            e.newValue = compact(after);
        return repo.append(e, errorMessage);
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        if (old == it.value())
            continue;
        e.field = it.key();
        e.oldValue = old.isNull() ? QString() : old.toString();
        e.newValue = it.value().isNull() ? QString() : it.value().toString();
        if (!repo.append(e, errorMessage))
            return false;
    }
    return true;
}

namespace {

template <typename Record>
QVariantMap fieldsOrEmpty(const std::optional<Record> &r)
{
    return r ? recordFields(*r) : QVariantMap();
}

template <typename Record>
WorkspaceChange recordChange(WorkspaceChange::Record record, const std::optional<Record> &from,
                             const std::optional<Record> &to, qint64 id, qint64 kpiId)
{
    using K = WorkspaceChange::Kind;
    WorkspaceChange c;
    c.add(record, !to ? K::Removed : (!from ? K::Inserted : K::Updated), id, kpiId);
    return c;
}

} // namespace

bool Workspace::apply(const std::optional<Owner> &from, const std::optional<Owner> &to,
                      QString *err, qint64 *insertedId)
{
    Write tx(this);
    OwnerRepository repo(connection());
    Owner copy = to.value_or(Owner());
    const bool ok = tx.begin(err)
        && (!to ? repo.remove(from->id, err)
                : (!from ? repo.insert(&copy, err) : repo.update(*to, err)))
        && log(QStringLiteral("owner"), from ? from->id : copy.id, 0, fieldsOrEmpty(from),
               fieldsOrEmpty(to), err);
    if (!ok)
        return false;
    noteChange(
        recordChange(WorkspaceChange::Record::Owner, from, to, from ? from->id : copy.id, 0));
    if (insertedId)
        *insertedId = copy.id;
    return tx.commit(err);
}

namespace {

bool insertDependents(const QSqlDatabase &db, const KpiRecord &r, QString *err)
{
    TargetRepository targets(db);
    BenchmarkRepository benchmarks(db);
    MeasurementRepository values(db);
    ReviewRepository reviews(db);
    for (Target t : r.targets)
        if (!targets.insert(&t, err))
            return false;
    for (Benchmark b : r.benchmarks)
        if (!benchmarks.insert(&b, err))
            return false;
    for (const Measurement &m : r.values)
        if (!values.put(m, err))
            return false;
    for (AnomalyVerdict v : r.verdicts)
        if (!reviews.insertVerdict(&v, err))
            return false;
    for (qint64 noteId : r.noteIds) {
        std::optional<ReviewNote> n = reviews.note(noteId);
        if (n) {
            n->kpiId = r.kpi.id;
            if (!reviews.updateNote(*n, err))
                return false;
        }
    }
    return true;
}

// What a removed KPI brings back (or takes away) with it, for the change event.
WorkspaceChange dependentsChange(const KpiRecord &r, WorkspaceChange::Kind kind)
{
    using R = WorkspaceChange::Record;
    WorkspaceChange c;
    const qint64 id = r.kpi.id;
    for (const Target &t : r.targets)
        c.add(R::Target, kind, t.id, id);
    for (const Benchmark &b : r.benchmarks)
        c.add(R::Benchmark, kind, b.id, id);
    for (const AnomalyVerdict &v : r.verdicts)
        c.add(R::Verdict, kind, v.id, id);
    for (qint64 noteId : r.noteIds)
        c.add(R::Note, WorkspaceChange::Kind::Updated, noteId, 0);
    if (!r.values.isEmpty()) {
        QDate first = r.values.first().date, last = first;
        for (const Measurement &m : r.values) {
            first = qMin(first, m.date);
            last = qMax(last, m.date);
        }
        c.addValues(id, first, last);
    }
    return c;
}

} // namespace

bool Workspace::apply(const std::optional<KpiRecord> &from, const std::optional<KpiRecord> &to,
                      QString *err, qint64 *insertedId)
{
    const QSqlDatabase db = connection();
    Write tx(this);
    if (!tx.begin(err))
        return false;
    KpiRepository repo(db);
    qint64 id = from ? from->kpi.id : to->kpi.id;
    if (!to) {
        if (!repo.remove(id, err))
            return false;
    } else if (!from) {
        Kpi kpi = to->kpi;
        if (!repo.insert(&kpi, err))
            return false;
        id = kpi.id;
        KpiRecord withId = *to;
        withId.kpi.id = id;
        if (to->withDependents && !insertDependents(db, withId, err))
            return false;
    } else if (!repo.update(to->kpi, err)) {
        return false;
    }
    if (!log(QStringLiteral("kpi"), id, id, fieldsOrEmpty(from), fieldsOrEmpty(to), err))
        return false;
    noteChange(recordChange(WorkspaceChange::Record::Kpi, from, to, id, 0));
    if (!to && from->withDependents)
        noteChange(dependentsChange(*from, WorkspaceChange::Kind::Removed));
    if (!from && to->withDependents)
        noteChange(dependentsChange(*to, WorkspaceChange::Kind::Inserted));
    if (insertedId)
        *insertedId = id;
    return tx.commit(err);
}

namespace {

// One record of a KPI (target, benchmark) changed: its KPI, and the KPI it moved from.
template <typename Record>
WorkspaceChange kpiRecordChange(WorkspaceChange::Record kind, const std::optional<Record> &from,
                                const std::optional<Record> &to, qint64 id)
{
    WorkspaceChange c = recordChange(kind, from, to, id, to ? to->kpiId : from->kpiId);
    if (from && to && from->kpiId != to->kpiId)
        c.add(kind, WorkspaceChange::Kind::Updated, id, from->kpiId);
    return c;
}

} // namespace

bool Workspace::apply(const std::optional<Target> &from, const std::optional<Target> &to,
                      QString *err, qint64 *insertedId)
{
    Write tx(this);
    TargetRepository repo(connection());
    Target copy = to.value_or(Target());
    const qint64 kpiId = from ? from->kpiId : to->kpiId;
    const bool ok = tx.begin(err)
        && (!to ? repo.remove(from->id, err)
                : (!from ? repo.insert(&copy, err) : repo.update(*to, err)))
        && log(QStringLiteral("target"), from ? from->id : copy.id, kpiId, fieldsOrEmpty(from),
               fieldsOrEmpty(to), err);
    if (!ok)
        return false;
    noteChange(
        kpiRecordChange(WorkspaceChange::Record::Target, from, to, from ? from->id : copy.id));
    if (insertedId)
        *insertedId = copy.id;
    return tx.commit(err);
}

bool Workspace::apply(const std::optional<Benchmark> &from, const std::optional<Benchmark> &to,
                      QString *err, qint64 *insertedId)
{
    Write tx(this);
    BenchmarkRepository repo(connection());
    Benchmark copy = to.value_or(Benchmark());
    const qint64 kpiId = from ? from->kpiId : to->kpiId;
    const bool ok = tx.begin(err)
        && (!to ? repo.remove(from->id, err)
                : (!from ? repo.insert(&copy, err) : repo.update(*to, err)))
        && log(QStringLiteral("benchmark"), from ? from->id : copy.id, kpiId, fieldsOrEmpty(from),
               fieldsOrEmpty(to), err);
    if (!ok)
        return false;
    noteChange(
        kpiRecordChange(WorkspaceChange::Record::Benchmark, from, to, from ? from->id : copy.id));
    if (insertedId)
        *insertedId = copy.id;
    return tx.commit(err);
}

bool Workspace::apply(const std::optional<ReviewNote> &from, const std::optional<ReviewNote> &to,
                      QString *err, qint64 *insertedId)
{
    Write tx(this);
    ReviewRepository repo(connection());
    ReviewNote copy = to.value_or(ReviewNote());
    const qint64 kpiId = from ? from->kpiId : to->kpiId;
    const bool ok = tx.begin(err)
        && (!to ? repo.removeNote(from->id, err)
                : (!from ? repo.insertNote(&copy, err) : repo.updateNote(*to, err)))
        && log(QStringLiteral("note"), from ? from->id : copy.id, kpiId, fieldsOrEmpty(from),
               fieldsOrEmpty(to), err);
    if (!ok)
        return false;
    noteChange(kpiRecordChange(WorkspaceChange::Record::Note, from, to, from ? from->id : copy.id));
    if (insertedId)
        *insertedId = copy.id;
    return tx.commit(err);
}

bool Workspace::apply(const std::optional<AnomalyVerdict> &from,
                      const std::optional<AnomalyVerdict> &to, QString *err, qint64 *insertedId)
{
    Write tx(this);
    ReviewRepository repo(connection());
    AnomalyVerdict copy = to.value_or(AnomalyVerdict());
    const qint64 kpiId = from ? from->kpiId : to->kpiId;
    const bool ok = tx.begin(err)
        && (!to ? repo.removeVerdict(from->id, err)
                : (!from ? repo.insertVerdict(&copy, err) : repo.updateVerdict(*to, err)))
        && log(QStringLiteral("verdict"), from ? from->id : copy.id, kpiId, fieldsOrEmpty(from),
               fieldsOrEmpty(to), err);
    if (!ok)
        return false;
    noteChange(
        kpiRecordChange(WorkspaceChange::Record::Verdict, from, to, from ? from->id : copy.id));
    if (insertedId)
        *insertedId = copy.id;
    return tx.commit(err);
}

bool Workspace::applyValues(const QVector<ValueChange> &changes, bool forward, QString *err)
{
    const QSqlDatabase db = connection();
    Write tx(this);
    if (!tx.begin(err))
        return false;
    MeasurementRepository repo(db);
    WorkspaceChange change;
    for (const ValueChange &c : changes) {
        const std::optional<Measurement> &from = forward ? c.before : c.after;
        const std::optional<Measurement> &to = forward ? c.after : c.before;
        if (to ? !repo.put(*to, err) : !repo.remove(c.kpiId, c.date, err))
            return false;
        if (!log(QStringLiteral("value"), 0, c.kpiId, fieldsOrEmpty(from), fieldsOrEmpty(to), err))
            return false;
        change.addValues(c.kpiId, c.date, c.date);
    }
    noteChange(change);
    return tx.commit(err);
}

} // namespace Needle
