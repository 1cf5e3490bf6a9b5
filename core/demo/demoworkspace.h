#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace Needle {

// The demo workspace: 21 KPIs from the library across the four categories, 6 owners, three
// years of values up to the as-of date at each KPI's cadence (trend, weekly and yearly
// seasonality, noise, a level shift and a few injected anomalies), time-phased targets,
// benchmarks, a "one metric that matters" and two past review meetings. Deterministic for a
// given as-of date.
class DemoWorkspace
{
public:
    // Writes a new workspace file; refuses an existing file. Written under a temporary name
    // and renamed at the end, so a failure leaves nothing behind.
    static bool write(const QString &path, const QDate &asOf, QString *errorMessage);
    // Fills an empty, migrated workspace database in one transaction.
    static bool fill(const QSqlDatabase &db, const QDate &asOf, QString *errorMessage);
};

} // namespace Needle
