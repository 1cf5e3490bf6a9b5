#include "report/kpifacts.h"

#include "analysis/status.h"
#include "domain/valueformat.h"
#include "storage/benchmarkrepository.h"
#include "storage/measurementrepository.h"
#include "storage/reviewrepository.h"
#include "storage/targetrepository.h"

#include <QCoreApplication>
#include <cmath>

namespace Needle {

namespace ReportText {


QString periodLabel(const QDate &period, Granularity g, const QLocale &locale)
{
    switch (g) {
    case Granularity::Day:
        return dateText(period, locale);
    case Granularity::Week:
        return QCoreApplication::translate("Needle::Report", "week %1, %2").arg(period.weekNumber()).arg(period.addDays(3).year());
    case Granularity::Month:
        return locale.toString(period, QStringLiteral("MMMM yyyy"));
    case Granularity::Quarter:
        return QCoreApplication::translate("Needle::Report", "Q%1 %2").arg((period.month() - 1) / 3 + 1).arg(period.year());
    }
    return dateText(period, locale);
}

QString signedValue(const Kpi &kpi, double value, const QLocale &locale)
{
    const QString magnitude = ValueFormat::format(kpi, std::abs(value), locale);
    if (value > 0)
        return QStringLiteral("+") + magnitude;
    if (value < 0)
        return QStringLiteral("\u2212") + magnitude;
    return magnitude;
}

QString dateText(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QLocale::LongFormat);
}

} // namespace ReportText

KpiFacts KpiFacts::read(const QSqlDatabase &db, const Kpi &kpi, const QDate &from,
                        const QDate &to, const QLocale &locale,
                        const QHash<qint64, QString> &ownerNames)
{
    KpiFacts f;
    f.series.kpi = kpi;
    f.series.from = from;
    f.series.to = to;
    f.ownerName = ownerNames.value(kpi.ownerId);
    const Granularity g = granularityOf(kpi.cadence);
    const Series values = MeasurementRepository(db).series(kpi.id, periodStart(from, g), to);
    f.series.points = rollUp(values, g, kpi.aggregation, to);
    if (!f.series.points.isEmpty())
        f.latest = f.series.points.constLast();
    if (f.series.points.size() > 1)
        f.previous = f.series.points.at(f.series.points.size() - 2);
    const QDate on = f.latest ? std::min(periodEnd(f.latest->period, g), to) : to;
    f.series.target = TargetRepository(db).inForce(kpi.id, on);
    const QVector<Benchmark> benchmarks = BenchmarkRepository(db).forKpi(kpi.id);
    if (!benchmarks.isEmpty())
        f.benchmark = benchmarks.first();
    f.status = f.latest ? statusOf(f.latest->value, f.series.target, kpi.direction) : Status::NoData;

    ReviewRepository review(db);
    for (const ReviewNote &n : review.notesForKpi(kpi.id)) {
        const QDate when = n.period.isValid() ? n.period : n.createdAt.date();
        if (when >= periodStart(from, g) && when <= to)
            f.notes << n;
    }
    for (const AnomalyVerdict &v : review.verdicts(kpi.id))
        if (v.period >= periodStart(from, g) && v.period <= to)
            f.verdicts << v;

    f.valueText = f.latest ? ValueFormat::format(kpi, f.latest->value, locale) : QCoreApplication::translate("Needle::Report", "No data");
    if (const auto &t = f.series.target) {
        f.targetText = t->isBand() ? QCoreApplication::translate("Needle::Report", "%1 to %2").arg(ValueFormat::format(kpi, *t->low, locale),
                                                       ValueFormat::format(kpi, *t->high, locale))
                                   : ValueFormat::format(kpi, t->value.value_or(0), locale);
    }
    if (f.latest && f.benchmark && kpi.direction != Direction::WithinBand) {
        const double sign = kpi.direction == Direction::LowerIsBetter ? -1 : 1;
        f.gapText = ReportText::signedValue(kpi, sign * (f.latest->value - f.benchmark->value), locale);
    }
    if (f.latest && f.previous) {
        const double delta = f.latest->value - f.previous->value;
        if (f.previous->value != 0 && kpi.unit != Unit::Percent)
            f.changeText = QCoreApplication::translate("Needle::Report", "%1%2 %").arg(delta > 0 ? QStringLiteral("+")
                                                      : delta < 0 ? QStringLiteral("\u2212") : QString(),
                                           locale.toString(std::abs(delta / f.previous->value) * 100, 'f', 1));
        else
            f.changeText = ReportText::signedValue(kpi, delta, locale);
    }
    return f;
}

QString KpiFacts::definitionLine() const
{
    const Kpi &k = kpi();
    QStringList parts = {displayName(k.category), displayName(k.indicator),
                         k.unit == Unit::Currency ? k.currency : displayName(k.unit),
                         displayName(k.direction), displayName(k.cadence)};
    if (!ownerName.isEmpty())
        parts << QCoreApplication::translate("Needle::Report", "owner %1").arg(ownerName);
    if (k.isComputed())
        parts << QCoreApplication::translate("Needle::Report", "computed as %1").arg(k.formula);
    QString line = parts.join(QStringLiteral(" \u00b7 "));
    if (!k.description.trimmed().isEmpty())
        line += QStringLiteral(". ") + k.description.trimmed();
    return line;
}

QString KpiFacts::statusSentence(const QLocale &locale) const
{
    if (!latest)
        return QCoreApplication::translate("Needle::Report", "No data: there is no value between %1 and %2.")
            .arg(ReportText::dateText(series.from, locale), ReportText::dateText(series.to, locale));
    const QString period = ReportText::periodLabel(latest->period, granularityOf(kpi().cadence), locale);
    QString s = targetText.isEmpty()
        ? QCoreApplication::translate("Needle::Report", "%1: %2 in %3; no target is set.").arg(displayName(status), valueText, period)
        : QCoreApplication::translate("Needle::Report", "%1: %2 in %3 against a target of %4.").arg(displayName(status), valueText, period, targetText);
    if (latest->partial)
        s += QLatin1Char(' ') + QCoreApplication::translate("Needle::Report", "The period is not over yet.");
    return s;
}

ReportCell KpiFacts::statusCell() const
{
    ReportCell c;
    c.status = status;
    c.text = displayName(status);
    return c;
}

} // namespace Needle
