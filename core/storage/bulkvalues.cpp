#include "storage/bulkvalues.h"

#include "storage/portablevaluestore.h"
#include "storage/sqlitevaluestore.h"

#include <QDate>

namespace Needle {

BulkValues::BulkValues(const QSqlDatabase &db, Store store)
{
    if (store == Store::OfEngine) {
        auto sqlite = std::make_unique<SqliteValueStore>(db);
        if (sqlite->isValid())
            m_store = std::move(sqlite);
    }
    if (!m_store)
        m_store = std::make_unique<PortableValueStore>(db);
}

BulkValues::~BulkValues() = default;

void BulkValues::formatDay(qint32 day, char out[10])
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(day).getDate(&y, &m, &d);
    out[0] = char('0' + (y / 1000) % 10);
    out[1] = char('0' + (y / 100) % 10);
    out[2] = char('0' + (y / 10) % 10);
    out[3] = char('0' + y % 10);
    out[4] = '-';
    out[5] = char('0' + m / 10);
    out[6] = char('0' + m % 10);
    out[7] = '-';
    out[8] = char('0' + d / 10);
    out[9] = char('0' + d % 10);
}

bool BulkValues::parseDay(const char *t, int length, qint32 *day)
{
    if (length != 10 || t[4] != '-' || t[7] != '-')
        return false;
    auto num = [t](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
    if (y >= 1 && m >= 1 && m <= 12 && d >= 1) {
        // The common case without QDate (a read parses every stored date): the Julian day
        // number of a proleptic Gregorian date, what QDate::toJulianDay gives for years >= 1.
        static constexpr int monthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        if (d > monthDays[m - 1] + (m == 2 && leap))
            return false;
        const int a = m <= 2 ? 1 : 0;
        const int yy = y + 4800 - a, mm = m + 12 * a - 3;
        *day = d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
        return true;
    }
    const QDate date(y, m, d); // what is left: invalid, or a year QDate reads otherwise
    if (!date.isValid())
        return false;
    *day = qint32(date.toJulianDay());
    return true;
}

} // namespace Needle
