#include "report/kpifacts.h"

#include "analysis/workspaceanalyzer.h"
#include "domain/valueformat.h"
#include "storage/benchmarkrepository.h"
#include "storage/measurementrepository.h"
#include "storage/reviewrepository.h"
#include "storage/targetrepository.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace Needle {

namespace ReportText {

QString periodLabel(const QDate &period, Granularity g, const QLocale &locale)
{
    switch (g) {
    case Granularity::Day:
        return dateText(period, locale);
    case Granularity::Week:
        return QCoreApplication::translate("Needle::Report", "week %1, %2")
            .arg(period.weekNumber())
            .arg(period.addDays(3).year());
    case Granularity::Month:
        return locale.toString(period, QStringLiteral("MMMM yyyy"));
    case Granularity::Quarter:
        return QCoreApplication::translate("Needle::Report", "Q%1 %2")
            .arg((period.month() - 1) / 3 + 1)
            .arg(period.year());
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

KpiFacts KpiFacts::read(const QSqlDatabase &db, const Kpi &kpi, const QDate &from, const QDate &to,
                        const QLocale &locale, const QHash<qint64, QString> &ownerNames)
{
    KpiFacts f;
    f.series.kpi = kpi;
    f.series.from = from;
    f.series.to = to;
    f.ownerName = ownerNames.value(kpi.ownerId);
    const Granularity g = granularityOf(kpi.cadence);
    const QDate first = periodStart(from, g);

    AnalysisOptions options;
    options.asOf = to;
    options.locale = locale;
    // The whole history, as `needle check`, the table and the dashboard analyse it: a shorter
    // one would flag other anomalies and fit another trend (issue 15).
    const QVector<KpiInput> inputs = readKpiInputs(db, {kpi.id});
    for (const KpiAnalysis &a : analyzeKpis(inputs, options))
        if (a.kpiId == kpi.id)
            f.analysis = a;
    const KpiAnalysis &a = f.analysis;
    for (const RolledPoint &p : a.points)
        if (p.period >= first && p.period <= to)
            f.series.points << p;
    f.series.target = a.target;
    f.series.anomalies = a.anomaliesBetween(first, to);
    f.anomalies = f.series.anomalies;
    f.series.forecast = a.forecast.points;
    // The latest complete period, as every view shows it (a period in progress is not one).
    f.latest = a.latest;
    if (f.latest && f.latest->period < first)
        f.latest.reset(); // nothing in the period itself
    f.status = f.latest ? a.status : Status::NoData;
    f.anomalyCount = int(a.countedAnomalies(first, to).size());

    for (const ReviewNote &n : ReviewRepository(db).notesForKpi(kpi.id)) {
        const QDate when = n.period.isValid() ? n.period : n.createdAt.date();
        if (when >= first && when <= to)
            f.notes << n;
    }

    f.valueText = f.latest ? ValueFormat::format(kpi, f.latest->value, locale)
                           : QCoreApplication::translate("Needle::Report", "No data");
    if (const auto &t = f.series.target) {
        f.targetText = t->isBand() ? QCoreApplication::translate("Needle::Report", "%1 to %2")
                                         .arg(ValueFormat::format(kpi, *t->low, locale),
                                              ValueFormat::format(kpi, *t->high, locale))
                                   : ValueFormat::format(kpi, t->value.value_or(0), locale);
    }
    if (f.latest && !a.benchmarkGaps.isEmpty())
        f.gapText = ReportText::signedValue(kpi, a.benchmarkGaps.first().gap, locale);
    if (f.latest && a.vsPrevious.valid) {
        const Change &c = a.vsPrevious;
        if (std::isfinite(c.relative) && kpi.unit != Unit::Percent)
            f.changeText = QCoreApplication::translate("Needle::Report", "%1%2 %")
                               .arg(c.delta > 0       ? QStringLiteral("+")
                                        : c.delta < 0 ? QStringLiteral("\u2212")
                                                      : QString(),
                                    locale.toString(std::abs(c.relative) * 100, 'f', 1));
        else
            f.changeText = ReportText::signedValue(kpi, c.delta, locale);
    }
    return f;
}

namespace {
// Analysis sentences may or may not end with a full stop; the report's templates add one.
QString clause(QString sentence)
{
    sentence = sentence.trimmed();
    while (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    return sentence;
}
} // namespace

QStringList KpiFacts::analysisSentences() const
{
    const KpiAnalysis &a = analysis;
    QStringList out;
    if (!a.error.isEmpty())
        out << a.error;
    if (!latest)
        return out;
    for (const BenchmarkGap &g : a.benchmarkGaps)
        if (!g.sentence.isEmpty())
            out << QCoreApplication::translate("Needle::Report", "Benchmark: %1.")
                       .arg(clause(g.sentence));
    if (a.vsPrevious.valid && !a.vsPrevious.sentence.isEmpty())
        out << QCoreApplication::translate("Needle::Report", "Change: %1.")
                   .arg(clause(a.vsPrevious.sentence));
    if (a.vsLastYear.valid && !a.vsLastYear.sentence.isEmpty())
        out << QCoreApplication::translate("Needle::Report", "Against last year: %1.")
                   .arg(clause(a.vsLastYear.sentence));
    if (a.trend.valid && !a.trend.sentence.isEmpty())
        out << QCoreApplication::translate("Needle::Report", "Trend: %1.")
                   .arg(clause(a.trend.sentence));
    if (a.pace.valid && !a.pace.sentence.isEmpty())
        out << QCoreApplication::translate("Needle::Report", "Forecast: %1.")
                   .arg(clause(a.pace.sentence));
    else if (a.forecast.valid && !a.forecast.points.isEmpty())
        out << QCoreApplication::translate("Needle::Report",
                                           "Forecast: %1 to %2 in the next period.")
                   .arg(ValueFormat::format(kpi(), a.forecast.points.first().low),
                        ValueFormat::format(kpi(), a.forecast.points.first().high));
    out << a.qualitySentences;
    return out;
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
        return QCoreApplication::translate("Needle::Report",
                                           "No data: there is no value between %1 and %2.")
            .arg(ReportText::dateText(series.from, locale),
                 ReportText::dateText(series.to, locale));
    const QString period =
        ReportText::periodLabel(latest->period, granularityOf(kpi().cadence), locale);
    if (!analysis.statusSentence.isEmpty() && status != Status::NoTarget)
        return QCoreApplication::translate("Needle::Report", "%1 in %2: %3.")
            .arg(displayName(status), period, clause(analysis.statusSentence));
    return targetText.isEmpty()
        ? QCoreApplication::translate("Needle::Report", "%1: %2 in %3; no target is set.")
              .arg(displayName(status), valueText, period)
        : QCoreApplication::translate("Needle::Report", "%1: %2 in %3 against a target of %4.")
              .arg(displayName(status), valueText, period, targetText);
}

ReportCell KpiFacts::statusCell() const
{
    ReportCell c;
    c.status = status;
    c.text = displayName(status);
    return c;
}

} // namespace Needle
