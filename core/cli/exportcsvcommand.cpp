#include "analysis/rollup.h"
#include "analysis/workspaceanalyzer.h"
#include "cli/commands.h"
#include "report/csvexport.h"
#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/sql.h"
#include "workspace/recordfields.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace Needle {

namespace {

bool chooseKpis(const CommandLine &cl, const KpiRepository &repo, QVector<Kpi> *kpis,
                QString *errorMessage)
{
    if (cl.kpis.isEmpty()) {
        QString error;
        *kpis = repo.all(&error);
        if (!error.isEmpty())
            *errorMessage = error;
        return error.isEmpty();
    }
    for (const QString &key : cl.kpis) {
        const std::optional<Kpi> k = repo.byKeyOrName(key);
        if (!k) {
            *errorMessage = QCoreApplication::translate("Needle::ExportCsv",
                                                        "%1 has no KPI with the key \"%2\".")
                                .arg(cl.workspace, key);
            return false;
        }
        if (std::none_of(kpis->cbegin(), kpis->cend(), [&](const Kpi &x) { return x.id == k->id; }))
            *kpis << *k;
    }
    return true;
}

// A computed KPI rolled up: its formula evaluated per period from the inputs rolled up to `g`,
// as the analysis every view reads does it (it has no stored values of its own).
QVector<RolledPoint> computedRollUp(const QSqlDatabase &db, const Kpi &kpi, Granularity g,
                                    const QDate &to, QString *errorMessage)
{
    QVector<KpiInput> inputs = readKpiInputs(db, {kpi.id}, errorMessage);
    AnalysisOptions options;
    options.asOf = to;
    for (KpiInput &in : inputs) {
        in.kpi.cadence = cadenceOf(g);
        // Up to the last stored value when no end is given (never today's date).
        if (!to.isValid() && !in.series.dates.isEmpty())
            options.asOf = std::max(options.asOf, in.series.dates.constLast());
    }
    if (!options.asOf.isValid())
        return {};
    for (const KpiAnalysis &a : analyzeKpis(inputs, options))
        if (a.kpiId == kpi.id)
            return a.points;
    return {};
}

} // namespace

// Every KPI is read in one snapshot (a read transaction), after SQLite's quick_check of the
// file: an import committing meanwhile is either all in the output or not at all, and a
// damaged or unreadable workspace is an error, never a short file with exit status 0.
int runExportCsv(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto db = Database::open(cl.workspace, Database::Mode::ReadOnly, &error);
    if (!db) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    Sql::ReadTransaction snapshot(db->connection());
    KpiRepository kpiRepo(db->connection());
    QVector<Kpi> kpis;
    if (!db->checkIntegrity(&error) || !snapshot.begin(&error)
        || !chooseKpis(cl, kpiRepo, &kpis, &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    std::sort(kpis.begin(), kpis.end(), [](const Kpi &a, const Kpi &b) { return a.key < b.key; });

    Granularity g = Granularity::Day;
    const bool rollup = !cl.rollup.isEmpty() && parseGranularity(cl.rollup, &g);
    MeasurementRepository values(db->connection());
    out << "kpi,period,value\n";
    for (const Kpi &k : std::as_const(kpis)) {
        // A key written by another tool may start with = + - @: protected as in the table
        // export, so that a spreadsheet does not run it as a formula.
        const QString key = CsvExport::field(k.key);
        // A roll-up needs whole periods: read from the start of the first one.
        const QDate from = rollup && cl.from.isValid() ? periodStart(cl.from, g) : cl.from;
        const Series s = values.series(k.id, from, cl.to, &error);
        if (!error.isEmpty()) {
            out.flush();
            err << QCoreApplication::translate(
                       "Needle::ExportCsv",
                       "%1 could not be read to the end (%2); the output is incomplete.")
                       .arg(QFileInfo(cl.workspace).fileName(), error)
                << Qt::endl;
            return ExitRejected;
        }
        if (!rollup) {
            for (int i = 0; i < s.size(); ++i)
                out << key << ',' << s.dates.at(i).toString(Qt::ISODate) << ','
                    << shortestNumber(s.values.at(i)) << '\n';
            continue;
        }
        const QVector<RolledPoint> points = k.isComputed()
            ? computedRollUp(db->connection(), k, g, cl.to, &error)
            : rollUp(s, g, k.aggregation);
        if (!error.isEmpty()) {
            err << error << Qt::endl;
            return ExitRejected;
        }
        for (const RolledPoint &p : points)
            if (!from.isValid() || p.period >= from)
                out << key << ',' << p.period.toString(Qt::ISODate) << ','
                    << shortestNumber(p.value) << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace Needle
