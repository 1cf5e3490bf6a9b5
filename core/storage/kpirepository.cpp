#include "storage/kpirepository.h"

#include "storage/sql.h"

namespace Needle {

namespace {
const QString columns = QStringLiteral(
    "id, key, name, description, category, indicator, unit, currency, direction, cadence, "
    "aggregation, decimals, formula, owner_id, source_note, tags, omtm, archived, sensitivity");

Kpi fromQuery(const QSqlQuery &q)
{
    Kpi k;
    k.id = q.value(0).toLongLong();
    k.key = q.value(1).toString();
    k.name = q.value(2).toString();
    k.description = q.value(3).toString();
    parse(q.value(4).toString(), &k.category);
    parse(q.value(5).toString(), &k.indicator);
    parse(q.value(6).toString(), &k.unit);
    k.currency = q.value(7).toString();
    parse(q.value(8).toString(), &k.direction);
    parse(q.value(9).toString(), &k.cadence);
    parse(q.value(10).toString(), &k.aggregation);
    k.decimals = q.value(11).toInt();
    k.formula = q.value(12).toString();
    k.ownerId = q.value(13).toLongLong();
    k.sourceNote = q.value(14).toString();
    const QString tags = q.value(15).toString();
    if (!tags.isEmpty())
        k.tags = tags.split(QLatin1Char(','));
    k.omtm = q.value(16).toBool();
    k.archived = q.value(17).toBool();
    parse(q.value(18).toString(), &k.sensitivity);
    return k;
}

void bindFields(QSqlQuery &q, const Kpi &k)
{
    q.addBindValue(Sql::text(k.key));
    q.addBindValue(Sql::text(k.name.trimmed()));
    q.addBindValue(Sql::text(k.description));
    q.addBindValue(storageName(k.category));
    q.addBindValue(storageName(k.indicator));
    q.addBindValue(storageName(k.unit));
    q.addBindValue(Sql::text(k.currency));
    q.addBindValue(storageName(k.direction));
    q.addBindValue(storageName(k.cadence));
    q.addBindValue(storageName(k.aggregation));
    q.addBindValue(k.decimals);
    q.addBindValue(Sql::text(k.formula.trimmed()));
    q.addBindValue(Sql::optionalId(k.ownerId));
    q.addBindValue(Sql::text(k.sourceNote));
    QStringList tags;
    for (const QString &t : k.tags) {
        const QString clean = t.trimmed().remove(QLatin1Char(','));
        if (!clean.isEmpty())
            tags << clean;
    }
    q.addBindValue(Sql::text(tags.join(QLatin1Char(','))));
    q.addBindValue(k.omtm ? 1 : 0);
    q.addBindValue(k.archived ? 1 : 0);
    q.addBindValue(storageName(k.sensitivity));
}
} // namespace

QVector<Kpi> KpiRepository::all(QString *errorMessage) const
{
    QVector<Kpi> kpis;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(
            q, QStringLiteral("SELECT %1 FROM kpi ORDER BY name COLLATE NOCASE, key").arg(columns),
            errorMessage)
        || !Sql::exec(q, errorMessage))
        return kpis;
    while (q.next())
        kpis << fromQuery(q);
    return kpis;
}

std::optional<Kpi> KpiRepository::one(const QString &where, const QVariant &bind) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM kpi WHERE %2").arg(columns, where));
    q.addBindValue(bind);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Kpi> KpiRepository::byId(qint64 id) const
{
    return one(QStringLiteral("id = ?"), id);
}

std::optional<Kpi> KpiRepository::byKey(const QString &key) const
{
    return one(QStringLiteral("key = ?"), key);
}

std::optional<Kpi> KpiRepository::byKeyOrName(const QString &text) const
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded.isEmpty())
        return std::nullopt;
    // SQLite's lower() folds ASCII only, so compare in Qt for names with accents.
    for (const Kpi &k : all()) {
        if (k.key.toCaseFolded() == folded)
            return k;
    }
    for (const Kpi &k : all()) {
        if (k.name.trimmed().toCaseFolded() == folded)
            return k;
    }
    return std::nullopt;
}

bool KpiRepository::insert(Kpi *kpi, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("INSERT INTO kpi (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                          .arg(columns),
                      errorMessage))
        return false;
    q.addBindValue(Sql::optionalId(kpi->id));
    bindFields(q, *kpi);
    return Sql::insertReturningId(q, &kpi->id, errorMessage);
}

bool KpiRepository::update(const Kpi &kpi, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("UPDATE kpi SET key = ?, name = ?, description = ?, "
                                     "category = ?, indicator = ?, unit = ?, currency = ?, "
                                     "direction = ?, cadence = ?, aggregation = ?, decimals = ?, "
                                     "formula = ?, owner_id = ?, source_note = ?, tags = ?, "
                                     "omtm = ?, archived = ?, sensitivity = ? WHERE id = ?"),
                      errorMessage))
        return false;
    bindFields(q, kpi);
    q.addBindValue(kpi.id);
    return Sql::exec(q, errorMessage);
}

bool KpiRepository::remove(qint64 id, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, QStringLiteral("DELETE FROM kpi WHERE id = ?"), errorMessage))
        return false;
    q.addBindValue(id);
    return Sql::exec(q, errorMessage);
}

} // namespace Needle
