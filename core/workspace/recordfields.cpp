#include "workspace/recordfields.h"

#include <QLocale>
#include <cmath>

namespace Needle {

namespace {
QVariant dateField(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(shortestNumber(*v)) : QVariant();
}
} // namespace

QString shortestNumber(double value)
{
    // Plain notation where it reads naturally, exponents only for the very large or small.
    const double magnitude = std::fabs(value);
    if (value == 0)
        return QStringLiteral("0");
    if (magnitude >= 1e-5 && magnitude < 1e16)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QVariantMap recordFields(const Owner &o)
{
    return {{QStringLiteral("name"), o.name},
            {QStringLiteral("email"), o.email},
            {QStringLiteral("team"), o.team}};
}

QVariantMap recordFields(const Kpi &k)
{
    return {{QStringLiteral("key"), k.key},
            {QStringLiteral("name"), k.name},
            {QStringLiteral("description"), k.description},
            {QStringLiteral("category"), storageName(k.category)},
            {QStringLiteral("indicator"), storageName(k.indicator)},
            {QStringLiteral("unit"), storageName(k.unit)},
            {QStringLiteral("currency"), k.currency},
            {QStringLiteral("direction"), storageName(k.direction)},
            {QStringLiteral("cadence"), storageName(k.cadence)},
            {QStringLiteral("aggregation"), storageName(k.aggregation)},
            {QStringLiteral("decimals"), k.decimals},
            {QStringLiteral("formula"), k.formula},
            {QStringLiteral("owner_id"), k.ownerId},
            {QStringLiteral("source_note"), k.sourceNote},
            {QStringLiteral("tags"), k.tags.join(QLatin1Char(','))},
            {QStringLiteral("omtm"), k.omtm},
            {QStringLiteral("archived"), k.archived},
            {QStringLiteral("sensitivity"), storageName(k.sensitivity)}};
}

QVariantMap recordFields(const KpiRecord &r)
{
    return recordFields(r.kpi);
}

QVariantMap recordFields(const Target &t)
{
    return {{QStringLiteral("value"), optionalNumber(t.value)},
            {QStringLiteral("low"), optionalNumber(t.low)},
            {QStringLiteral("high"), optionalNumber(t.high)},
            {QStringLiteral("effective_from"), dateField(t.effectiveFrom)},
            {QStringLiteral("deadline"), dateField(t.deadline)},
            {QStringLiteral("tolerance"), shortestNumber(t.tolerance)},
            {QStringLiteral("note"), t.note}};
}

QVariantMap recordFields(const Benchmark &b)
{
    return {{QStringLiteral("label"), b.label},
            {QStringLiteral("value"), shortestNumber(b.value)},
            {QStringLiteral("source"), b.source},
            {QStringLiteral("as_of"), dateField(b.asOf)}};
}

QVariantMap recordFields(const Measurement &m)
{
    return {{QStringLiteral("date"), dateField(m.date)},
            {QStringLiteral("value"), shortestNumber(m.value)}};
}

QVariantMap recordFields(const ReviewNote &n)
{
    return {
        {QStringLiteral("kind"), storageName(n.kind)},      {QStringLiteral("text"), n.text},
        {QStringLiteral("period"), dateField(n.period)},    {QStringLiteral("owner_id"), n.ownerId},
        {QStringLiteral("due_date"), dateField(n.dueDate)}, {QStringLiteral("done"), n.done}};
}

QVariantMap recordFields(const AnomalyVerdict &v)
{
    return {{QStringLiteral("period"), dateField(v.period)},
            {QStringLiteral("verdict"), storageName(v.verdict)},
            {QStringLiteral("explanation"), v.explanation}};
}

} // namespace Needle
