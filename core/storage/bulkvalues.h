#pragma once

#include "storage/valuestore.h"

#include <QSqlDatabase>
#include <memory>

namespace Needle {

// Fast access to stored values for bulk readers and writers (import, undo-import, analysis,
// check): the ValueStore of the connection's engine (SQLite: its own fast store; any other:
// the portable one). DESIGN section 3 measured about 1M rows/s on SQLite. Use inside one
// transaction.
class BulkValues
{
public:
    using Stored = ValueStore::Stored;
    enum class Store { OfEngine, Portable }; // Portable: the QtSql store on any engine (tests)

    explicit BulkValues(const QSqlDatabase &db, Store store = Store::OfEngine);
    ~BulkValues();
    BulkValues(const BulkValues &) = delete;
    BulkValues &operator=(const BulkValues &) = delete;

    bool isValid() const { return m_store != nullptr; }

    bool read(qint64 kpiId, qint32 fromDay, qint32 toDay, QVector<Stored> *out,
              QString *errorMessage)
    {
        return m_store->read(kpiId, fromDay, toDay, out, errorMessage);
    }
    bool series(qint64 kpiId, Series *out, QString *errorMessage)
    {
        return m_store->series(kpiId, out, errorMessage);
    }
    bool insert(qint64 kpiId, qint32 day, double value, qint64 batchId, qint64 sourceRow,
                const QString &note, QString *errorMessage)
    {
        return m_store->insert(kpiId, day, value, batchId, sourceRow, note, errorMessage);
    }
    bool update(qint64 kpiId, qint32 day, double value, qint64 batchId, qint64 sourceRow,
                const QString *note, QString *errorMessage)
    {
        return m_store->update(kpiId, day, value, batchId, sourceRow, note, errorMessage);
    }
    bool append(qint64 kpiId, qint32 day, double value, qint64 batchId, qint64 sourceRow,
                const QString &note, QString *errorMessage)
    {
        return m_store->append(kpiId, day, value, batchId, sourceRow, note, errorMessage);
    }
    bool flush(QString *errorMessage) { return m_store->flush(errorMessage); }
    bool saveReplaced(qint64 batchId, qint64 kpiId, const Stored &old, QString *errorMessage)
    {
        return m_store->saveReplaced(batchId, kpiId, old, errorMessage);
    }

    static void formatDay(qint32 day, char out[10]); // ISO YYYY-MM-DD
    static bool parseDay(const char *text, int length, qint32 *day);

private:
    std::unique_ptr<ValueStore> m_store;
};

} // namespace Needle
