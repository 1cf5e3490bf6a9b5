#include "storage/benchmarkrepository.h"

#include "storage/sql.h"

namespace Needle {

namespace {
const QString columns = QStringLiteral("id, kpi_id, label, value, source, as_of");

Benchmark fromQuery(const QSqlQuery &q)
{
    Benchmark b;
    b.id = q.value(0).toLongLong();
    b.kpiId = q.value(1).toLongLong();
    b.label = q.value(2).toString();
    b.value = q.value(3).toDouble();
    b.source = q.value(4).toString();
    b.asOf = Sql::toDate(q.value(5));
    return b;
}

void bindFields(QSqlQuery &q, const Benchmark &b)
{
    q.addBindValue(b.kpiId);
    q.addBindValue(Sql::text(b.label.trimmed()));
    q.addBindValue(b.value);
    q.addBindValue(Sql::text(b.source));
    q.addBindValue(Sql::date(b.asOf));
}
} // namespace

QVector<Benchmark> BenchmarkRepository::select(const QString &where, const QVariant &bind) const
{
    QVector<Benchmark> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM benchmark %2 ORDER BY kpi_id, id").arg(columns, where));
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec())
        return result;
    while (q.next())
        result << fromQuery(q);
    return result;
}

QVector<Benchmark> BenchmarkRepository::forKpi(qint64 kpiId) const
{
    return select(QStringLiteral("WHERE kpi_id = ?"), kpiId);
}

QVector<Benchmark> BenchmarkRepository::all() const
{
    return select(QString(), QVariant());
}

std::optional<Benchmark> BenchmarkRepository::byId(qint64 id) const
{
    const QVector<Benchmark> found = select(QStringLiteral("WHERE id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool BenchmarkRepository::insert(Benchmark *benchmark, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(
            q,
            QStringLiteral("INSERT INTO benchmark (%1) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .arg(columns),
            errorMessage))
        return false;
    q.addBindValue(Sql::optionalId(benchmark->id));
    bindFields(q, *benchmark);
    return Sql::insertReturningId(q, &benchmark->id, errorMessage);
}

bool BenchmarkRepository::update(const Benchmark &benchmark, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("UPDATE benchmark SET kpi_id = ?, label = ?, value = ?, "
                                     "source = ?, as_of = ? WHERE id = ?"),
                      errorMessage))
        return false;
    bindFields(q, benchmark);
    q.addBindValue(benchmark.id);
    return Sql::exec(q, errorMessage);
}

bool BenchmarkRepository::remove(qint64 id, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, QStringLiteral("DELETE FROM benchmark WHERE id = ?"), errorMessage))
        return false;
    q.addBindValue(id);
    return Sql::exec(q, errorMessage);
}

} // namespace Needle
