#pragma once

#include "domain/measurement.h"
#include "storage/sql.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

namespace Needle {

// Every KPI's stored values over a date range, read once and then served from memory while the
// workspace's data stay the same. Each request checks Sql::changeStamp: after a write through
// the connection or a commit by another one, what is held is read again. A range the held one
// does not cover is read with it (the union of both, so moving between windows reads once).
// What a request returns is exactly what MeasurementRepository::allSeries returns for it.
class SeriesCache
{
public:
    // The series of every KPI with values between from and to (both inclusive), by KPI id.
    QHash<qint64, Series> series(const QSqlDatabase &db, const QDate &from, const QDate &to,
                                 QString *errorMessage = nullptr);
    void clear(); // forget everything: the next request reads
    int reads() const { return m_reads; } // database reads so far

private:
    QString m_connection;
    Sql::ChangeStamp m_stamp;
    QDate m_from;
    QDate m_to;
    QHash<qint64, Series> m_series;
    int m_reads = 0;
};

} // namespace Needle
