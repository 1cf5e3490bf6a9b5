#pragma once

#include "domain/benchmark.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace Needle {

// SQL for benchmarks.
class BenchmarkRepository
{
public:
    explicit BenchmarkRepository(const QSqlDatabase &db) : m_db(db) {}

    QVector<Benchmark> forKpi(qint64 kpiId) const;
    QVector<Benchmark> all() const;
    std::optional<Benchmark> byId(qint64 id) const;
    bool insert(Benchmark *benchmark, QString *errorMessage);
    bool update(const Benchmark &benchmark, QString *errorMessage);
    bool remove(qint64 id, QString *errorMessage);

private:
    QVector<Benchmark> select(const QString &where, const QVariant &bind) const;
    QSqlDatabase m_db;
};

} // namespace Needle
