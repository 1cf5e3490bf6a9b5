#pragma once

#include "domain/measurement.h"

#include <QString>
#include <QVector>

namespace Needle {

// The engine seam for bulk access to stored values (import, undo-import, analysis, check):
// many values read and written inside one transaction, dates as Julian day numbers. SQLite
// implements it on the connection's raw sqlite3 handle (SqliteValueStore: prepared statements,
// multi-row inserts, about 1M rows/s); PortableValueStore does the same through QtSql and
// standard SQL, so any engine works, and a server engine can replace the writes with its own
// bulk path (PostgreSQL: COPY into a temporary table, then one upsert). Use it through
// BulkValues, which picks the engine's store.
class ValueStore
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

    virtual ~ValueStore() = default;

    // The values of a KPI between two days (inclusive), ordered by date.
    virtual bool read(qint64 kpiId, qint32 fromDay, qint32 toDay, QVector<Stored> *out,
                      QString *errorMessage) = 0;
    // Every value of a KPI (dates and values only), ordered by date: what analysis reads.
    virtual bool series(qint64 kpiId, Series *out, QString *errorMessage) = 0;
    virtual bool insert(qint64 kpiId, qint32 day, double value, qint64 batchId, qint64 sourceRow,
                        const QString &note, QString *errorMessage) = 0;
    // note null: keep the stored note.
    virtual bool update(qint64 kpiId, qint32 day, double value, qint64 batchId, qint64 sourceRow,
                        const QString *note, QString *errorMessage) = 0;
    // As insert, possibly held back and written a block at a time; flush() writes what is
    // held and must be called before the transaction commits.
    virtual bool append(qint64 kpiId, qint32 day, double value, qint64 batchId, qint64 sourceRow,
                        const QString &note, QString *errorMessage) = 0;
    virtual bool flush(QString *errorMessage) = 0;
    // Remembers the value a batch replaced, for undo-import.
    virtual bool saveReplaced(qint64 batchId, qint64 kpiId, const Stored &old,
                              QString *errorMessage) = 0;
};

} // namespace Needle
