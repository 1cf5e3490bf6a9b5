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
qint64 idOf(const std::optional<Record> &a, const std::optional<Record> &b)
{
    return a ? a->id : (b ? b->id : 0);
}

} // namespace

bool Workspace::apply(const std::optional<Owner> &from, const std::optional<Owner> &to,
                      QString *err)
{
    Sql::WriteTransaction tx(connection());
    OwnerRepository repo(connection());
    Owner copy = to.value_or(Owner());
    const bool ok = tx.begin(err)
        && (!to ? repo.remove(from->id, err)
                : (!from ? repo.insert(&copy, err) : repo.update(*to, err)))
        && log(QStringLiteral("owner"), idOf(from, to), 0, fieldsOrEmpty(from), fieldsOrEmpty(to),
               err)
        && tx.commit(err);
    if (!ok)
        return false;
    if (!to)
        emit ownerRemoved(from->id);
    else if (!from)
        emit ownerAdded(copy.id);
    else
        emit ownerChanged(to->id);
    return true;
}

bool Workspace::apply(const std::optional<KpiRecord> &from, const std::optional<KpiRecord> &to,
                      QString *err)
{
    const QSqlDatabase db = connection();
    Sql::WriteTransaction tx(db);
    if (!tx.begin(err))
        return false;
    KpiRepository repo(db);
    const qint64 id = from ? from->kpi.id : to->kpi.id;
    if (!to) {
        if (!repo.remove(id, err))
            return false;
    } else if (!from) {
        Kpi kpi = to->kpi;
        if (!repo.insert(&kpi, err))
            return false;
        if (to->withDependents) {
            TargetRepository targets(db);
            BenchmarkRepository benchmarks(db);
            MeasurementRepository values(db);
            ReviewRepository reviews(db);
            for (Target t : to->targets)
                if (!targets.insert(&t, err))
                    return false;
            for (Benchmark b : to->benchmarks)
                if (!benchmarks.insert(&b, err))
                    return false;
            for (const Measurement &m : to->values)
                if (!values.put(m, err))
                    return false;
            for (AnomalyVerdict v : to->verdicts)
                if (!reviews.insertVerdict(&v, err))
                    return false;
            for (qint64 noteId : to->noteIds) {
                std::optional<ReviewNote> n = reviews.note(noteId);
                if (n) {
                    n->kpiId = id;
                    if (!reviews.updateNote(*n, err))
                        return false;
                }
            }
        }
    } else if (!repo.update(to->kpi, err)) {
        return false;
    }
    if (!log(QStringLiteral("kpi"), id, id, fieldsOrEmpty(from), fieldsOrEmpty(to), err)
        || !tx.commit(err))
        return false;
    if (!to) {
        emit kpiRemoved(id);
    } else if (!from) {
        emit kpiAdded(id);
        if (to->withDependents) {
            emit targetsChanged(id);
            emit benchmarksChanged(id);
            emit valuesReset();
        }
    } else {
        emit kpiChanged(id);
    }
    return true;
}

bool Workspace::apply(const std::optional<Target> &from, const std::optional<Target> &to,
                      QString *err)
{
    Sql::WriteTransaction tx(connection());
    TargetRepository repo(connection());
    Target copy = to.value_or(Target());
    const qint64 kpiId = from ? from->kpiId : to->kpiId;
    const bool ok = tx.begin(err)
        && (!to ? repo.remove(from->id, err)
                : (!from ? repo.insert(&copy, err) : repo.update(*to, err)))
        && log(QStringLiteral("target"), idOf(from, to), kpiId, fieldsOrEmpty(from),
               fieldsOrEmpty(to), err)
        && tx.commit(err);
    if (!ok)
        return false;
    emit targetsChanged(kpiId);
    if (to && from && to->kpiId != from->kpiId)
        emit targetsChanged(to->kpiId);
    return true;
}

bool Workspace::apply(const std::optional<Benchmark> &from, const std::optional<Benchmark> &to,
                      QString *err)
{
    Sql::WriteTransaction tx(connection());
    BenchmarkRepository repo(connection());
    Benchmark copy = to.value_or(Benchmark());
    const qint64 kpiId = from ? from->kpiId : to->kpiId;
    const bool ok = tx.begin(err)
        && (!to ? repo.remove(from->id, err)
                : (!from ? repo.insert(&copy, err) : repo.update(*to, err)))
        && log(QStringLiteral("benchmark"), idOf(from, to), kpiId, fieldsOrEmpty(from),
               fieldsOrEmpty(to), err)
        && tx.commit(err);
    if (!ok)
        return false;
    emit benchmarksChanged(kpiId);
    if (to && from && to->kpiId != from->kpiId)
        emit benchmarksChanged(to->kpiId);
    return true;
}

bool Workspace::apply(const std::optional<ReviewNote> &from, const std::optional<ReviewNote> &to,
                      QString *err)
{
    Sql::WriteTransaction tx(connection());
    ReviewRepository repo(connection());
    ReviewNote copy = to.value_or(ReviewNote());
    const qint64 kpiId = from ? from->kpiId : to->kpiId;
    const bool ok = tx.begin(err)
        && (!to ? repo.removeNote(from->id, err)
                : (!from ? repo.insertNote(&copy, err) : repo.updateNote(*to, err)))
        && log(QStringLiteral("note"), idOf(from, to), kpiId, fieldsOrEmpty(from),
               fieldsOrEmpty(to), err)
        && tx.commit(err);
    if (!ok)
        return false;
    if (!to)
        emit noteRemoved(from->id);
    else if (!from)
        emit noteAdded(copy.id);
    else
        emit noteChanged(to->id);
    return true;
}

bool Workspace::apply(const std::optional<AnomalyVerdict> &from,
                      const std::optional<AnomalyVerdict> &to, QString *err)
{
    Sql::WriteTransaction tx(connection());
    ReviewRepository repo(connection());
    AnomalyVerdict copy = to.value_or(AnomalyVerdict());
    const qint64 kpiId = from ? from->kpiId : to->kpiId;
    const bool ok = tx.begin(err)
        && (!to ? repo.removeVerdict(from->id, err)
                : (!from ? repo.insertVerdict(&copy, err) : repo.updateVerdict(*to, err)))
        && log(QStringLiteral("verdict"), idOf(from, to), kpiId, fieldsOrEmpty(from),
               fieldsOrEmpty(to), err)
        && tx.commit(err);
    if (!ok)
        return false;
    emit verdictsChanged(kpiId);
    return true;
}

bool Workspace::applyValues(const QVector<ValueChange> &changes, bool forward, QString *err)
{
    const QSqlDatabase db = connection();
    Sql::WriteTransaction tx(db);
    if (!tx.begin(err))
        return false;
    MeasurementRepository repo(db);
    QMap<qint64, QPair<QDate, QDate>> touched;
    for (const ValueChange &c : changes) {
        const std::optional<Measurement> &from = forward ? c.before : c.after;
        const std::optional<Measurement> &to = forward ? c.after : c.before;
        if (to ? !repo.put(*to, err) : !repo.remove(c.kpiId, c.date, err))
            return false;
        if (!log(QStringLiteral("value"), 0, c.kpiId, fieldsOrEmpty(from), fieldsOrEmpty(to), err))
            return false;
        auto it = touched.find(c.kpiId);
        if (it == touched.end())
            touched.insert(c.kpiId, qMakePair(c.date, c.date));
        else
            *it = qMakePair(qMin(it->first, c.date), qMax(it->second, c.date));
    }
    if (!tx.commit(err))
        return false;
    for (auto it = touched.cbegin(); it != touched.cend(); ++it)
        emit valuesChanged(it.key(), it->first, it->second);
    return true;
}

} // namespace Needle
