#include "cli/commands.h"
#include "cli/jsonwriter.h"

#include "import/importer.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/sql.h"
#include "workspace/importcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Needle {

namespace {

void report(const ImportResult &r, QTextStream &err)
{
    for (const ImportIssue &i : r.issues)
        if (i.severity != ImportIssue::Severity::Info)
            err << i.toString() << Qt::endl;
    err << r.summary() << Qt::endl;
}

void printJson(const QVector<ImportResult> &results, QTextStream &out)
{
    QJsonObject document;
    if (results.size() == 1) {
        document = results.constFirst().toJson();
    } else {
        QJsonArray imports;
        for (const ImportResult &r : results) {
            QJsonObject o = r.toJson();
            o.insert(QStringLiteral("file"), r.fileName);
            imports.append(o);
        }
        document.insert(QStringLiteral("imports"), imports);
    }
    out << JsonWriter::write(document);
    out.flush();
}

// import and undo-import write: a read-only workspace (or folder, where SQLite keeps its
// journal beside the file) is refused up front with a message that says so, rather than with
// the database's "attempt to write a readonly database" at the end.
bool checkWritable(const QString &path, QTextStream &err)
{
    const QFileInfo info(path);
    if (!info.exists() && !path.contains(QLatin1String("://"))) {
        // Imports write only into an existing workspace; say how to make one.
        err << QCoreApplication::translate("Needle::ImportCommand",
                                           "%1 does not exist. Create it with `needle new %1` "
                                           "(or `needle demo %1` for one with sample data), "
                                           "then run this command again.")
                   .arg(path)
            << Qt::endl;
        return false;
    }
    if (!info.exists() || (info.isWritable() && QFileInfo(info.absolutePath()).isWritable()))
        return true;
    err << QCoreApplication::translate(
               "Needle::ImportCommand",
               "%1 is read-only (the file or its folder): it was not changed.")
               .arg(info.fileName())
        << Qt::endl;
    return false;
}

// A file that could be imported but was not, because another file of the same command has
// errors: nothing of it is written either.
ImportResult heldBack(const ImportPlan &plan)
{
    ImportResult r;
    r.outcome = ImportResult::Outcome::Rejected;
    r.fileName = plan.fileName;
    r.sheet = plan.sheet;
    r.rowsRead = plan.rowsRead;
    r.issues = plan.issues;
    return r;
}

// Writes every file of one command in one transaction: each file is its own batch (undo-import
// takes back one), but either all are committed or none is.
int writeAll(const QSqlDatabase &db, Importer &importer, const QVector<ImportPlan> &plans,
             const CommandLine &cl, const ImportOptions &options, QTextStream &out,
             QTextStream &err)
{
    QVector<ImportResult> results;
    QString error;
    // The importer turns SQLite's foreign keys off for its transaction and checks its own
    // references instead; the pragma cannot change inside a transaction, so it is turned off
    // here, around the one transaction of all files (the importer still checks).
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    if (sqlite)
        Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"), nullptr);
    Sql::WriteTransaction all(db);
    bool ok = all.begin(&error);
    for (int i = 0; ok && i < plans.size(); ++i) {
        // Files after the first are checked again: the earlier ones changed the workspace.
        const ImportPlan p = i == 0 ? plans.at(0) : importer.plan(cl.files.at(i), options);
        results << (p.canImport() ? importer.run(p) : Importer::dryRun(p));
        ok = results.constLast().ok();
    }
    ok = ok && all.commit(&error);
    if (!ok)
        all.rollback();
    if (sqlite)
        Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
    if (!ok) {
        for (ImportResult &r : results) {
            if (r.outcome == ImportResult::Outcome::Imported) {
                r.outcome = ImportResult::Outcome::Failed; // rolled back with the others
                r.batchId = 0;
                r.valuesWritten = 0;
                r.kpisCreated.clear();
                err << QCoreApplication::translate("Needle::ImportCommand",
                                                   "%1 was not imported either: another file "
                                                   "failed. Nothing was written.")
                           .arg(r.fileName)
                    << Qt::endl;
                continue;
            }
            report(r, err);
        }
        if (!error.isEmpty())
            err << QCoreApplication::translate("Needle::ImportCommand",
                                               "%1: %2 Nothing was written.")
                       .arg(QFileInfo(cl.workspace).fileName(), error)
                << Qt::endl;
    } else {
        for (const ImportResult &r : std::as_const(results))
            report(r, err);
    }
    if (cl.json)
        printJson(results, out);
    return ok ? ExitOk : ExitRejected;
}

} // namespace

int runImport(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    QString error;
    if (!checkWritable(cl.workspace, err))
        return ExitRejected;
    const auto db = Database::open(cl.workspace, Database::Mode::OpenExisting, &error);
    if (!db) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    ImportOptions options;
    options.sheet = cl.sheet;
    ImportLayout layout = ImportLayout::Long;
    if (cl.layout != QLatin1String("auto") && parse(cl.layout, &layout))
        options.layout = layout;
    options.createKpis = cl.createKpis;
    options.createOwners = cl.createOwners;
    options.skipInvalid = cl.skipInvalid;
    options.previewLimit = 0;
    options.compareWithStored = cl.dryRun;

    // Every file is checked before any is written: one rejected file and nothing is written.
    Importer importer(db->connection());
    QVector<ImportPlan> plans;
    bool rejected = false;
    for (const QString &file : cl.files) {
        plans << importer.plan(file, options);
        rejected = rejected || !plans.constLast().canImport();
    }
    QVector<ImportResult> results;
    if (rejected || cl.dryRun) {
        for (const ImportPlan &p : std::as_const(plans)) {
            if (rejected && p.canImport()) {
                results << heldBack(p);
                err << QCoreApplication::translate("Needle::ImportCommand",
                                                   "%1 was not imported either: another file has "
                                                   "errors. Nothing was written.")
                           .arg(p.fileName)
                    << Qt::endl;
                continue;
            }
            results << Importer::dryRun(p);
            report(results.constLast(), err);
        }
        if (cl.json)
            printJson(results, out);
        if (!cl.createKpis && std::any_of(plans.cbegin(), plans.cend(), [](const ImportPlan &p) {
                return !p.unknownKpis.isEmpty();
            }))
            err << QCoreApplication::translate("Needle::ImportCommand",
                                               "To create the KPIs the workspace does not have "
                                               "yet, run the command again with --create-kpis.")
                << Qt::endl;
        return rejected ? ExitRejected : ExitOk;
    }
    return writeAll(db->connection(), importer, plans, cl, options, out, err);
}

int runUndoImport(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    QString error;
    if (!checkWritable(cl.workspace, err))
        return ExitRejected;
    const auto db = Database::open(cl.workspace, Database::Mode::OpenExisting, &error);
    if (!db) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    const std::optional<ImportBatch> batch = ImportRepository(db->connection()).batch(cl.batch);
    QVector<Measurement> removed;
    QVector<Kpi> removedKpis;
    qint64 kept = 0;
    if (!undoImportBatch(db->connection(), cl.batch, &removed, &kept, &error, &removedKpis)) {
        err << QCoreApplication::translate("Needle::ImportCommand", "%1: %2")
                   .arg(QFileInfo(cl.workspace).fileName(), error)
            << Qt::endl;
        return ExitRejected;
    }
    err << QCoreApplication::translate("Needle::ImportCommand",
                                       "Import batch %1 (%2) undone: %3 values taken back.")
               .arg(cl.batch)
               .arg(batch ? batch->fileName : QString())
               .arg(removed.size())
        << Qt::endl;
    if (kept > 0)
        err << QCoreApplication::translate(
                   "Needle::ImportCommand",
                   "%1 values of the batch were changed since and were kept.")
                   .arg(kept)
            << Qt::endl;
    if (!removedKpis.isEmpty()) {
        QStringList names;
        for (const Kpi &k : std::as_const(removedKpis))
            names << k.name;
        err << QCoreApplication::translate("Needle::ImportCommand",
                                           "The import had created %1; removed again.")
                   .arg(names.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    if (cl.json) {
        QJsonArray kpis;
        for (const Kpi &k : std::as_const(removedKpis))
            kpis.append(
                QJsonObject{{QStringLiteral("key"), k.key}, {QStringLiteral("name"), k.name}});
        out << JsonWriter::write(QJsonObject{{QStringLiteral("batch"), cl.batch},
                                             {QStringLiteral("values_undone"), removed.size()},
                                             {QStringLiteral("values_kept"), kept},
                                             {QStringLiteral("kpis_removed"), kpis}});
        out.flush();
    }
    return ExitOk;
}

} // namespace Needle
