#pragma once

#include "domain/measurement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>
#include <functional>
#include <optional>

namespace Needle {

// SQL for stored values. A null from/to date leaves that end of a range open.
class MeasurementRepository
{
public:
    explicit MeasurementRepository(const QSqlDatabase &db) : m_db(db) {}

    // With errorMessage, a read that stops early (a damaged page, an I/O error) is reported.
    Series series(qint64 kpiId, const QDate &from = {}, const QDate &to = {},
                  QString *errorMessage = nullptr) const;
    QVector<Measurement> measurements(qint64 kpiId, const QDate &from = {},
                                      const QDate &to = {}) const;
    std::optional<Measurement> get(qint64 kpiId, const QDate &date) const;
    std::optional<Measurement> latest(qint64 kpiId) const;
    qint64 count(qint64 kpiId = 0) const; // 0: all KPIs

    // Visits every value of the given KPIs (all when empty) ordered by KPI id then date;
    // the visitor returns false to stop.
    bool forEach(const QVector<qint64> &kpiIds, const QDate &from, const QDate &to,
                 const std::function<bool(const Measurement &)> &visit,
                 QString *errorMessage) const;

    // The series of every KPI that has values between from and to, by KPI id: what forEach
    // visits, read with less per row and by seeking each KPI's range.
    QHash<qint64, Series> allSeries(const QDate &from, const QDate &to,
                                    QString *errorMessage) const;

    // Inserts or replaces the value for (kpi, date). Call inside a transaction for many rows.
    bool put(const Measurement &m, QString *errorMessage);
    // What makes an INSERT of a (kpi, date) that exists replace its value, batch, row and note:
    // standard upsert, which SQLite (3.24+) and PostgreSQL both speak.
    static QString upsertClause();
    bool remove(qint64 kpiId, const QDate &date, QString *errorMessage);

private:
    QSqlDatabase m_db;
};

} // namespace Needle
