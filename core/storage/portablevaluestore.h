#pragma once

#include "storage/valuestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace Needle {

// ValueStore through QtSql and standard SQL: what any engine's driver can run. Slower than
// SQLite's own store (a QVariant per field), the same results.
class PortableValueStore : public ValueStore
{
public:
    explicit PortableValueStore(const QSqlDatabase &db);

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
    QSqlQuery *prepared(std::unique_ptr<QSqlQuery> &slot, const QString &statement,
                        QString *errorMessage);

    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_read, m_insert, m_update, m_updateKeepNote, m_replaced;
};

} // namespace Needle
