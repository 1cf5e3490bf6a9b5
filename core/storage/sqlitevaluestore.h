#pragma once

#include "storage/valuestore.h"

#include <QSqlDatabase>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Needle {

// ValueStore on the connection's own sqlite3 handle: prepared statements, dates as text
// written and parsed without QDate or QVariant, appends in multi-row statements. Invalid when
// the connection is not SQLite's.
class SqliteValueStore : public ValueStore
{
public:
    explicit SqliteValueStore(const QSqlDatabase &db);
    ~SqliteValueStore() override;
    SqliteValueStore(const SqliteValueStore &) = delete;
    SqliteValueStore &operator=(const SqliteValueStore &) = delete;

    bool isValid() const { return m_db != nullptr; }

    bool read(qint64 kpiId, qint32 fromDay, qint32 toDay, QVector<Stored> *out,
              QString *errorMessage) override;
    bool series(qint64 kpiId, Series *out, QString *errorMessage) override;
    bool insert(qint64 kpiId, qint32 day, double value, qint64 batchId, qint64 sourceRow,
                const QString &note, QString *errorMessage) override;
    bool update(qint64 kpiId, qint32 day, double value, qint64 batchId, qint64 sourceRow,
                const QString *note, QString *errorMessage) override;
    bool append(qint64 kpiId, qint32 day, double value, qint64 batchId, qint64 sourceRow,
                const QString &note, QString *errorMessage) override;
    bool flush(QString *errorMessage) override;
    bool saveReplaced(qint64 batchId, qint64 kpiId, const Stored &old,
                      QString *errorMessage) override;

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
