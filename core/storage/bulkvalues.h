#pragma once

#include "domain/measurement.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Needle {

// Fast access to stored values for bulk writers (import, undo-import): prepared statements
// on the connection's SQLite handle, dates as Julian day numbers, no QVariant per value.
// DESIGN section 3 measured about 1M rows/s this way. Use inside one transaction.
class BulkValues
{
public:
    struct Stored
    {
        qint32 day = 0; // Julian day
        double value = 0;
        qint64 batchId = 0;
        qint64 sourceRow = 0;
        QString note;
    };

    explicit BulkValues(const QSqlDatabase &db);
    ~BulkValues();
    BulkValues(const BulkValues &) = delete;
    BulkValues &operator=(const BulkValues &) = delete;

    bool isValid() const { return m_db != nullptr; }

    // The values of a KPI between two days (inclusive), ordered by date.
    bool read(qint64 kpiId, qint32 fromDay, qint32 toDay, QVector<Stored> *out,
              QString *errorMessage);
    // Every value of a KPI (dates and values only), ordered by date: what analysis reads.
    bool series(qint64 kpiId, Series *out, QString *errorMessage);
    bool insert(qint64 kpiId, qint32 day, double value, qint64 batchId, qint64 sourceRow,
                const QString &note, QString *errorMessage);
    // note null: keep the stored note.
    bool update(qint64 kpiId, qint32 day, double value, qint64 batchId, qint64 sourceRow,
                const QString *note, QString *errorMessage);
    // The same as insert, written a block of rows at a time (one multi-row statement, no
    // allocation per value); flush() writes what is left and must be called before the
    // transaction commits. An error may be reported by a later append or by flush.
    bool append(qint64 kpiId, qint32 day, double value, qint64 batchId, qint64 sourceRow,
                const QString &note, QString *errorMessage);
    bool flush(QString *errorMessage);
    // Remembers the value a batch replaced, for undo-import.
    bool saveReplaced(qint64 batchId, qint64 kpiId, const Stored &old, QString *errorMessage);

    static void formatDay(qint32 day, char out[10]); // ISO YYYY-MM-DD
    static bool parseDay(const char *text, int length, qint32 *day);

private:
    bool prepare(sqlite3_stmt **stmt, const char *sql, QString *errorMessage);
    bool writeBlock(int rows, QString *errorMessage);
    bool step(sqlite3_stmt *stmt, QString *errorMessage);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_read = nullptr;
    sqlite3_stmt *m_series = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_update = nullptr;
    sqlite3_stmt *m_updateKeepNote = nullptr;
    sqlite3_stmt *m_replaced = nullptr;
    sqlite3_stmt *m_block = nullptr; // append: blockRows rows a statement
    static constexpr int blockRows = 64;
    struct Pending
    {
        qint64 kpiId;
        double value;
        qint64 batchId;
        qint64 sourceRow;
        char day[10];
        int note; // index into m_notes, -1: none
    };
    std::vector<Pending> m_pending;
    std::vector<QByteArray> m_notes;
    std::vector<QDate> m_dates; // series: buffers reused between KPIs
    std::vector<double> m_values;
};

} // namespace Needle
