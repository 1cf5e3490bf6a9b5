#include "import/importer.h"

#include "import/importplandata.h"
#include "storage/bulkvalues.h"
#include "storage/changelogrepository.h"
#include "storage/importrepository.h"
#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"
#include "storage/bulkreferencechecks.h"
#include "storage/sql.h"
#include "workspace/recordfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::Importer", text);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString valueJson(qint32 day, double value)
{
    return compact({{QStringLiteral("date"), QDate::fromJulianDay(day).toString(Qt::ISODate)},
                    {QStringLiteral("value"), shortestNumber(value)}});
}

} // namespace

// Inside the import's transaction: the owners the file names that the workspace lacks, when
// the import creates them (r->ownersCreated); *owners maps every owner's lower-case name to its
// id.
bool Importer::createOwners(const ImportPlan &plan, QHash<QString, qint64> *owners,
                            QHash<qint64, QString> *names, ImportResult *r, QString *error)
{
    OwnerRepository repository(m_db);
    for (const Owner &o : repository.all()) {
        owners->insert(o.name.trimmed().toLower(), o.id);
        names->insert(o.id, o.name);
    }
    if (!plan.createOwners)
        return true;
    for (const QString &name : plan.missingOwners) {
        if (owners->contains(name.trimmed().toLower()))
            continue; // created since the plan was made
        Owner o;
        o.name = name.trimmed();
        if (!repository.insert(&o, error)) {
            *error = tr("The owner %1 could not be created: %2").arg(o.name, *error);
            return false;
        }
        owners->insert(o.name.toLower(), o.id);
        names->insert(o.id, o.name);
        r->ownersCreated << o;
    }
    return true;
}

bool Importer::saveMapping(const ImportPlan &plan, QString *error)
{
    SavedMapping saved;
    saved.name = plan.fileName;
    saved.filePattern = ImportRepository::patternForFileName(plan.fileName);
    saved.header = plan.mapping.headerSignature();
    saved.mapping = compact(plan.mapping.toJson());
    return ImportRepository(m_db).saveMapping(&saved, error);
}

bool Importer::isNewMapping(const ImportPlan &plan) const
{
    const std::optional<ColumnMapping> saved = savedMapping(m_db, plan.fileName, plan.firstRows);
    return !saved || !(*saved == plan.mapping);
}

ImportResult Importer::run(const ImportPlan &plan, const ImportProgress &progress)
{
    ImportResult r;
    r.fileName = plan.fileName;
    r.sheet = plan.sheet;
    r.rowsRead = plan.rowsRead;
    r.issues = plan.issues;
    r.skippedRows = plan.invalidRows;
    if (plan.cancelled) {
        r.outcome = ImportResult::Outcome::Cancelled;
        return r;
    }
    if (!plan.canImport()) {
        r.outcome = ImportResult::Outcome::Rejected;
        return r;
    }
    auto failed = [&r](const QString &message) {
        r.outcome = ImportResult::Outcome::Failed;
        r.batchId = 0;
        r.valuesWritten = 0;
        r.unchanged = 0;
        r.kpisCreated.clear();
        r.issues << ImportIssue{ImportIssue::Severity::Error, r.fileName, r.sheet, 0, 0, message};
        return r;
    };
    const ImportPlanData &d = *plan.data;
    QString error;
    const BulkReferenceChecks references(m_db); // before the transaction, ended after it
    Sql::WriteTransaction tx(m_db);
    if (!tx.begin(&error))
        return failed(error);

    ImportBatch batch;
    batch.fileName = plan.fileName;
    batch.sha256 = plan.sha256;
    batch.sheet = plan.sheet;
    batch.layout = storageName(plan.mapping.layout);
    batch.mapping = compact(plan.mapping.toJson());
    batch.rowsRead = plan.rowsRead;
    batch.importedAt = QDateTime::currentDateTimeUtc();
    if (!ImportRepository(m_db).insertBatch(&batch, &error))
        return failed(error);
    const qint64 batchId = batch.id;

    ChangeLogRepository log(m_db);
    ChangeLogEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.who = m_userName;

    QHash<QString, qint64> owners; // lower-case name -> id, with the owners created
    QHash<qint64, QString> ownerNames;
    if (!createOwners(plan, &owners, &ownerNames, &r, &error))
        return failed(error);
    QHash<QString, NewKpi> definitions; // by key: as guessed or as the user chose
    for (const NewKpi &k : plan.kpisToCreate)
        definitions.insert(k.key, k);

    // KPIs to create, in the order the file names them.
    QVector<qint64> ids(d.kpis.size());
    QVector<bool> existing(d.kpis.size()); // values stored before: compared, not just inserted
    KpiRepository kpis(m_db);
    for (int i = 0; i < d.kpis.size(); ++i) {
        const ImportPlanData::KpiEntry &e = d.kpis.at(i);
        ids[i] = e.id;
        existing[i] = e.id > 0;
        if (e.id > 0)
            continue;
        // Create or match, inside the write transaction: a KPI another import created since
        // the plan was made is used, not created twice.
        if (const std::optional<Kpi> found = kpis.byKey(e.key)) {
            ids[i] = found->id;
            existing[i] = true;
            continue;
        }
        Kpi k = definitions.contains(e.key) ? definitions.value(e.key).toKpi() : Kpi();
        k.key = e.key;
        k.name = e.name;
        k.cadence = e.cadence;
        if (!definitions.contains(e.key)) {
            k.unit = e.unit;
            k.currency = e.currency;
        }
        k.ownerId = e.ownerId ? e.ownerId : owners.value(e.ownerName.toLower(), 0);
        if (k.ownerId)
            r.ownerOfCreated.insert(k.key, ownerNames.value(k.ownerId));
        k.sourceNote = tr("Created by importing %1").arg(plan.fileName);
        if (!k.validate(&error) || !kpis.insert(&k, &error))
            return failed(tr("%1 could not be created: %2").arg(e.name, error));
        ids[i] = k.id;
        r.kpisCreated << k;
        entry.entity = QStringLiteral("kpi");
        entry.entityId = k.id;
        entry.kpiId = k.id;
        entry.field = QStringLiteral("created");
        entry.oldValue.clear();
        entry.newValue = compact(QJsonObject::fromVariantMap(recordFields(k)));
        if (!log.append(entry, &error))
            return failed(error);
    }

    BulkValues store(m_db);
    QVector<BulkValues::Stored> stored;
    const QVector<ImportPlanData::Value> &values = d.values;
    const qint64 total = values.size();
    qint64 done = 0;
    for (int start = 0; start < values.size();) {
        int end = start;
        while (end < values.size() && values.at(end).kpi == values.at(start).kpi)
            ++end;
        const qint64 kpiId = ids.at(values.at(start).kpi);
        stored.clear();
        if (existing.at(values.at(start).kpi)
            && !store.read(kpiId, values.at(start).day, values.at(end - 1).day, &stored, &error))
            return failed(error);
        int s = 0;
        for (int i = start; i < end; ++i) {
            const ImportPlanData::Value &v = values.at(i);
            if ((++done & 8191) == 0) {
                if (progress.cancelled()) {
                    r = ImportResult{};
                    r.fileName = plan.fileName;
                    r.sheet = plan.sheet;
                    r.outcome = ImportResult::Outcome::Cancelled;
                    return r; // the transaction rolls back
                }
                if (progress.report)
                    progress.report(done, total);
            }
            const QString note = v.note >= 0 ? d.notes.at(v.note) : QString();
            while (s < stored.size() && stored.at(s).day < v.day)
                ++s;
            if (s < stored.size() && stored.at(s).day == v.day) {
                const BulkValues::Stored &old = stored.at(s);
                if (old.value == v.value && (!d.hasNotes || old.note == note)) {
                    ++r.unchanged;
                    continue;
                }
                if (!store.saveReplaced(batchId, kpiId, old, &error)
                    || !store.update(kpiId, v.day, v.value, batchId, v.row,
                                     d.hasNotes ? &note : nullptr, &error))
                    return failed(error);
                entry.entity = QStringLiteral("value");
                entry.entityId = batchId;
                entry.kpiId = kpiId;
                entry.field = QStringLiteral("value");
                entry.oldValue = valueJson(old.day, old.value);
                entry.newValue = valueJson(v.day, v.value);
                if (!log.append(entry, &error))
                    return failed(error);
            } else if (!store.append(kpiId, v.day, v.value, batchId, v.row, note, &error)) {
                return failed(error);
            }
            ++r.valuesWritten;
        }
        start = end;
    }
    if (!store.flush(&error) || !references.checked(ids, &error))
        return failed(error);

    if (r.valuesWritten == 0 && r.kpisCreated.isEmpty() && r.ownersCreated.isEmpty()) {
        tx.rollback(); // nothing changed: no batch to undo
        // The mapping the user confirmed is remembered all the same (next month's file).
        if (plan.saveMapping && isNewMapping(plan)) {
            Sql::WriteTransaction own(m_db);
            if (!own.begin(&error) || !saveMapping(plan, &error) || !own.commit(&error))
                return failed(error);
        }
        r.outcome = ImportResult::Outcome::Imported;
        return r;
    }
    if (!ImportRepository(m_db).setValuesWritten(batchId, r.valuesWritten, &error))
        return failed(error);
    entry.entity = QStringLiteral("import");
    entry.entityId = batchId;
    entry.kpiId = 0;
    entry.field = QStringLiteral("created");
    entry.oldValue.clear();
    QJsonArray created; // undo-import removes these KPIs again when nothing else of them remains
    for (const Kpi &k : std::as_const(r.kpisCreated))
        created.append(k.id);
    QJsonArray ownersCreated; // for undo-import to remove again (coordination.md)
    for (const Owner &o : std::as_const(r.ownersCreated))
        ownersCreated.append(o.id);
    entry.newValue = compact({{QStringLiteral("file"), plan.fileName},
                              {QStringLiteral("sheet"), plan.sheet},
                              {QStringLiteral("sha256"), plan.sha256},
                              {QStringLiteral("values_written"), r.valuesWritten},
                              {QStringLiteral("kpis_created"), created},
                              {QStringLiteral("owners_created"), ownersCreated}});
    if (!log.append(entry, &error))
        return failed(error);
    if (plan.saveMapping && !saveMapping(plan, &error))
        return failed(error);
    if (!tx.commit(&error))
        return failed(error);
    r.batchId = batchId;
    r.outcome = ImportResult::Outcome::Imported;
    return r;
}

} // namespace Needle
