#include "analysis/rollup.h"
#include "cli/commands.h"
#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "workspace/recordfields.h"

#include <QCoreApplication>
#include <algorithm>

namespace Needle {

int runExportCsv(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto db = Database::open(cl.workspace, Database::Mode::ReadOnly, &error);
    if (!db) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    KpiRepository kpiRepo(db->connection());
    QVector<Kpi> kpis;
    if (cl.kpis.isEmpty()) {
        kpis = kpiRepo.all();
    } else {
        for (const QString &key : cl.kpis) {
            const std::optional<Kpi> k = kpiRepo.byKeyOrName(key);
            if (!k) {
                err << QCoreApplication::translate("Needle::ExportCsv",
                                                   "%1 has no KPI with the key \"%2\".")
                           .arg(cl.workspace, key)
                    << Qt::endl;
                return ExitRejected;
            }
            if (std::none_of(kpis.cbegin(), kpis.cend(),
                             [&](const Kpi &x) { return x.id == k->id; }))
                kpis << *k;
        }
    }
    std::sort(kpis.begin(), kpis.end(), [](const Kpi &a, const Kpi &b) { return a.key < b.key; });

    Granularity g = Granularity::Day;
    const bool rollup = !cl.rollup.isEmpty() && parseGranularity(cl.rollup, &g);
    MeasurementRepository values(db->connection());
    out << "kpi,period,value\n";
    for (const Kpi &k : kpis) {
        // A roll-up needs whole periods: read from the start of the first one.
        const QDate from = rollup && cl.from.isValid() ? periodStart(cl.from, g) : cl.from;
        const Series s = values.series(k.id, from, cl.to);
        if (!rollup) {
            for (int i = 0; i < s.size(); ++i)
                out << k.key << ',' << s.dates.at(i).toString(Qt::ISODate) << ','
                    << shortestNumber(s.values.at(i)) << '\n';
            continue;
        }
        for (const RolledPoint &p : rollUp(s, g, k.aggregation))
            out << k.key << ',' << p.period.toString(Qt::ISODate) << ',' << shortestNumber(p.value)
                << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace Needle
