#include "storage/sqlitevaluestore.h"

#include "storage/bulkvalues.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDriver>
#include <sqlite3.h>
#include <cstring>

namespace Needle {

namespace {

QString sqliteError(sqlite3 *db)
{
    return QCoreApplication::translate("Needle::Sql", "Database error: %1")
        .arg(QString::fromUtf8(sqlite3_errmsg(db)));
}

void bindDay(sqlite3_stmt *stmt, int index, qint32 day)
{
    char text[10];
    BulkValues::formatDay(day, text);
    sqlite3_bind_text(stmt, index, text, 10, SQLITE_TRANSIENT);
}

void bindText(sqlite3_stmt *stmt, int index, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindId(sqlite3_stmt *stmt, int index, qint64 id)
{
    if (id > 0)
        sqlite3_bind_int64(stmt, index, id);
    else
        sqlite3_bind_null(stmt, index);
}

} // namespace

SqliteValueStore::SqliteValueStore(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.data());
}

SqliteValueStore::~SqliteValueStore()
{
    for (sqlite3_stmt *s :
         {m_read, m_series, m_insert, m_update, m_updateKeepNote, m_replaced, m_block})
        if (s)
            sqlite3_finalize(s);
}

bool SqliteValueStore::prepare(sqlite3_stmt **stmt, const char *sql, QString *errorMessage)
{
    if (*stmt) {
        sqlite3_reset(*stmt);
        sqlite3_clear_bindings(*stmt);
        return true;
    }
    if (!m_db || sqlite3_prepare_v2(m_db, sql, -1, stmt, nullptr) != SQLITE_OK) {
        if (errorMessage)
            *errorMessage = m_db ? sqliteError(m_db)
                                 : QCoreApplication::translate("Needle::Sql",
                                                               "The workspace is not an SQLite "
                                                               "database.");
        return false;
    }
    return true;
}

bool SqliteValueStore::step(sqlite3_stmt *stmt, QString *errorMessage)
{
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    if (errorMessage)
        *errorMessage = sqliteError(m_db);
    sqlite3_reset(stmt);
    return false;
}

bool SqliteValueStore::read(qint64 kpiId, qint32 fromDay, qint32 toDay, QVector<Stored> *out,
                            QString *errorMessage)
{
    out->clear();
    if (!prepare(&m_read,
                 "SELECT date, value, batch_id, source_row, note FROM measurement "
                 "WHERE kpi_id = ?1 AND date >= ?2 AND date <= ?3 ORDER BY date",
                 errorMessage))
        return false;
    sqlite3_bind_int64(m_read, 1, kpiId);
    bindDay(m_read, 2, fromDay);
    bindDay(m_read, 3, toDay);
    for (;;) {
        const int rc = sqlite3_step(m_read);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            if (errorMessage)
                *errorMessage = sqliteError(m_db);
            sqlite3_reset(m_read);
            return false;
        }
        Stored s;
        if (!BulkValues::parseDay(reinterpret_cast<const char *>(sqlite3_column_text(m_read, 0)),
                                  sqlite3_column_bytes(m_read, 0), &s.day))
            continue; // not an ISO date: cannot be one the import matches
        s.value = sqlite3_column_double(m_read, 1);
        s.batchId = sqlite3_column_int64(m_read, 2);
        s.sourceRow = sqlite3_column_int64(m_read, 3);
        const int noteBytes = sqlite3_column_bytes(m_read, 4);
        if (noteBytes > 0)
            s.note = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(m_read, 4)), noteBytes);
        out->append(s);
    }
    sqlite3_reset(m_read);
    return true;
}

bool SqliteValueStore::series(qint64 kpiId, Series *out, QString *errorMessage)
{
    out->dates.clear();
    out->values.clear();
    if (!prepare(&m_series, "SELECT date, value FROM measurement WHERE kpi_id = ?1 ORDER BY date",
                 errorMessage))
        return false;
    sqlite3_bind_int64(m_series, 1, kpiId);
    // Collected in buffers kept between calls, then copied once into lists of the right size
    // (appending to the lists value by value cost more than the copy).
    m_dates.clear();
    m_values.clear();
    char month[8] = {}; // "YYYY-MM-" of the last date parsed in full
    int monthDays = 0;
    qint32 monthStart = 0;
    for (;;) {
        const int rc = sqlite3_step(m_series);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            if (errorMessage)
                *errorMessage = sqliteError(m_db);
            sqlite3_reset(m_series);
            return false;
        }
        const char *text = reinterpret_cast<const char *>(sqlite3_column_text(m_series, 0));
        const int bytes = sqlite3_column_bytes(m_series, 0);
        qint32 day = 0;
        // What MeasurementRepository::series reads: a text that is no YYYY-MM-DD goes through
        // Qt's ISO parser, as there. Values mostly come a day apart: a date in the month of
        // the one before takes that month's Julian day and length.
        bool parsed = false;
        if (bytes == 10 && monthDays > 0 && std::memcmp(text, month, 8) == 0 && text[8] >= '0'
            && text[8] <= '9' && text[9] >= '0' && text[9] <= '9') {
            const int d = (text[8] - '0') * 10 + (text[9] - '0');
            parsed = d >= 1 && d <= monthDays;
            day = monthStart + d - 1;
        } else if (BulkValues::parseDay(text, bytes, &day)) {
            parsed = true;
            const QDate date = QDate::fromJulianDay(day);
            std::memcpy(month, text, 8);
            monthDays = date.daysInMonth();
            monthStart = day - date.day() + 1;
        }
        m_dates.push_back(parsed ? QDate::fromJulianDay(day)
                                 : QDate::fromString(QString::fromUtf8(text, bytes), Qt::ISODate));
        m_values.push_back(sqlite3_column_double(m_series, 1));
    }
    sqlite3_reset(m_series);
    out->dates = QVector<QDate>(m_dates.cbegin(), m_dates.cend());
    out->values = QVector<double>(m_values.cbegin(), m_values.cend());
    return true;
}

bool SqliteValueStore::insert(qint64 kpiId, qint32 day, double value, qint64 batchId,
                              qint64 sourceRow, const QString &note, QString *errorMessage)
{
    if (!prepare(&m_insert,
                 "INSERT INTO measurement (kpi_id, date, value, batch_id, source_row, note) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                 errorMessage))
        return false;
    sqlite3_bind_int64(m_insert, 1, kpiId);
    bindDay(m_insert, 2, day);
    sqlite3_bind_double(m_insert, 3, value);
    bindId(m_insert, 4, batchId);
    sqlite3_bind_int64(m_insert, 5, sourceRow);
    if (note.isEmpty())
        sqlite3_bind_text(m_insert, 6, "", 0, SQLITE_STATIC);
    else
        bindText(m_insert, 6, note);
    return step(m_insert, errorMessage);
}

bool SqliteValueStore::append(qint64 kpiId, qint32 day, double value, qint64 batchId,
                              qint64 sourceRow, const QString &note, QString *errorMessage)
{
    Pending p;
    p.kpiId = kpiId;
    p.value = value;
    p.batchId = batchId;
    p.sourceRow = sourceRow;
    BulkValues::formatDay(day, p.day);
    p.note = -1;
    if (!note.isEmpty()) {
        p.note = int(m_notes.size());
        m_notes.push_back(note.toUtf8());
    }
    m_pending.push_back(p);
    if (m_pending.size() < size_t(blockRows))
        return true;
    const bool ok = writeBlock(blockRows, errorMessage);
    m_pending.clear();
    m_notes.clear();
    return ok;
}

bool SqliteValueStore::flush(QString *errorMessage)
{
    bool ok = true;
    for (const Pending &p : m_pending) {
        if (!ok)
            break;
        const QByteArray *note = p.note >= 0 ? &m_notes.at(size_t(p.note)) : nullptr;
        if (!prepare(&m_insert,
                     "INSERT INTO measurement (kpi_id, date, value, batch_id, source_row, note) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                     errorMessage))
            return false;
        sqlite3_bind_int64(m_insert, 1, p.kpiId);
        sqlite3_bind_text(m_insert, 2, p.day, 10, SQLITE_STATIC);
        sqlite3_bind_double(m_insert, 3, p.value);
        bindId(m_insert, 4, p.batchId);
        sqlite3_bind_int64(m_insert, 5, p.sourceRow);
        sqlite3_bind_text(m_insert, 6, note ? note->constData() : "", note ? int(note->size()) : 0,
                          SQLITE_STATIC);
        ok = step(m_insert, errorMessage);
        sqlite3_reset(m_insert);
    }
    m_pending.clear();
    m_notes.clear();
    return ok;
}

// The first `rows` pending values with one statement of blockRows rows.
bool SqliteValueStore::writeBlock(int rows, QString *errorMessage)
{
    if (!m_block) {
        QByteArray sql =
            "INSERT INTO measurement (kpi_id, date, value, batch_id, source_row, note) VALUES ";
        for (int r = 0; r < blockRows; ++r)
            sql += r ? ",(?,?,?,?,?,?)" : "(?,?,?,?,?,?)";
        if (!prepare(&m_block, sql.constData(), errorMessage))
            return false;
    }
    for (int r = 0; r < rows; ++r) {
        const Pending &p = m_pending.at(size_t(r));
        const int at = 6 * r;
        sqlite3_bind_int64(m_block, at + 1, p.kpiId);
        sqlite3_bind_text(m_block, at + 2, p.day, 10, SQLITE_STATIC);
        sqlite3_bind_double(m_block, at + 3, p.value);
        bindId(m_block, at + 4, p.batchId);
        sqlite3_bind_int64(m_block, at + 5, p.sourceRow);
        const QByteArray *note = p.note >= 0 ? &m_notes.at(size_t(p.note)) : nullptr;
        sqlite3_bind_text(m_block, at + 6, note ? note->constData() : "",
                          note ? int(note->size()) : 0, SQLITE_STATIC);
    }
    const bool ok = step(m_block, errorMessage);
    sqlite3_reset(m_block);
    return ok;
}

bool SqliteValueStore::update(qint64 kpiId, qint32 day, double value, qint64 batchId,
                              qint64 sourceRow, const QString *note, QString *errorMessage)
{
    sqlite3_stmt **stmt = note ? &m_update : &m_updateKeepNote;
    if (!prepare(stmt,
                 note ? "UPDATE measurement SET value = ?3, batch_id = ?4, source_row = ?5, "
                        "note = ?6 WHERE kpi_id = ?1 AND date = ?2"
                      : "UPDATE measurement SET value = ?3, batch_id = ?4, source_row = ?5 "
                        "WHERE kpi_id = ?1 AND date = ?2",
                 errorMessage))
        return false;
    sqlite3_bind_int64(*stmt, 1, kpiId);
    bindDay(*stmt, 2, day);
    sqlite3_bind_double(*stmt, 3, value);
    bindId(*stmt, 4, batchId);
    sqlite3_bind_int64(*stmt, 5, sourceRow);
    if (note)
        bindText(*stmt, 6, *note);
    return step(*stmt, errorMessage);
}

bool SqliteValueStore::saveReplaced(qint64 batchId, qint64 kpiId, const Stored &old,
                                    QString *errorMessage)
{
    if (!prepare(&m_replaced,
                 "INSERT INTO replaced_value (batch_id, kpi_id, date, old_value, old_batch_id, "
                 "old_source_row, old_note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                 errorMessage))
        return false;
    sqlite3_bind_int64(m_replaced, 1, batchId);
    sqlite3_bind_int64(m_replaced, 2, kpiId);
    bindDay(m_replaced, 3, old.day);
    sqlite3_bind_double(m_replaced, 4, old.value);
    bindId(m_replaced, 5, old.batchId);
    if (old.sourceRow > 0)
        sqlite3_bind_int64(m_replaced, 6, old.sourceRow);
    else
        sqlite3_bind_null(m_replaced, 6);
    bindText(m_replaced, 7, old.note);
    return step(m_replaced, errorMessage);
}

} // namespace Needle
