#include "storage/seriescache.h"

#include "storage/measurementrepository.h"

#include <algorithm>

namespace Needle {

QHash<qint64, Series> SeriesCache::series(const QSqlDatabase &db, const QDate &from,
                                          const QDate &to, QString *errorMessage)
{
    MeasurementRepository repo(db);
    // An open end of the range has nothing to hold: read it directly.
    if (!from.isValid() || !to.isValid())
        return repo.allSeries(from, to, errorMessage);
    const Sql::ChangeStamp stamp = Sql::changeStamp(db);
    const bool held = m_from.isValid() && db.connectionName() == m_connection;
    const bool fresh = held && stamp.isValid() && stamp == m_stamp;
    if (!fresh || from < m_from || to > m_to) {
        // Keep the width held: after an edit the next wider window need not read again.
        const QDate readFrom = held ? std::min(from, m_from) : from;
        const QDate readTo = held ? std::max(to, m_to) : to;
        QString error;
        QHash<qint64, Series> read = repo.allSeries(readFrom, readTo, &error);
        ++m_reads;
        if (!error.isEmpty()) {
            clear();
            if (errorMessage)
                *errorMessage = error;
            return read;
        }
        m_series = std::move(read);
        m_from = readFrom;
        m_to = readTo;
        m_connection = db.connectionName();
        m_stamp = stamp;
    }
    if (from == m_from && to == m_to)
        return m_series;
    QHash<qint64, Series> result;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const QVector<QDate> &dates = it->dates;
        const auto first = std::lower_bound(dates.cbegin(), dates.cend(), from);
        const auto last = std::upper_bound(first, dates.cend(), to);
        if (first == last)
            continue;
        const qsizetype at = first - dates.cbegin();
        const qsizetype n = last - first;
        Series &s = result[it.key()];
        s.dates = dates.mid(at, n);
        s.values = it->values.mid(at, n);
    }
    return result;
}

void SeriesCache::clear()
{
    m_connection.clear();
    m_stamp = Sql::ChangeStamp();
    m_from = QDate();
    m_to = QDate();
    m_series.clear();
}

} // namespace Needle
