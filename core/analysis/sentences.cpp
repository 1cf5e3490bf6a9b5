#include "analysis/sentences.h"

#include "domain/valueformat.h"

#include <QCoreApplication>
#include <cmath>

namespace Needle::Sentences {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Needle::Sentences", text, disambiguation, n);
}

QString fmt(const Kpi &kpi, double v, const QLocale &locale)
{
    return ValueFormat::format(kpi, v, locale);
}

QString periodName(Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return tr("day");
    case Granularity::Week:
        return tr("week");
    case Granularity::Month:
        return tr("month");
    case Granularity::Quarter:
        return tr("quarter");
    }
    return QString();
}

QString targetText(const Kpi &kpi, const Target &t, const QLocale &locale)
{
    if (t.isBand())
        return tr("%1 to %2").arg(fmt(kpi, *t.low, locale), fmt(kpi, *t.high, locale));
    return fmt(kpi, t.value.value_or(0), locale);
}

// "for a Monday", "for March", "for week 12", "for Q1".
QString phasePhrase(const QDate &period, Granularity g, const QLocale &locale)
{
    const QString name = phaseName(period, g, locale);
    return g == Granularity::Day ? tr("for a %1").arg(name) : tr("for %1").arg(name);
}

// A slope in the KPI's unit with two significant digits at least.
QString slopeText(const Kpi &kpi, double slope, const QLocale &locale)
{
    Kpi k = kpi;
    const double a = std::fabs(slope);
    if (a > 0 && a < 10)
        k.decimals = std::max(kpi.decimals, std::min(6, int(std::ceil(-std::log10(a))) + 1));
    return ValueFormat::format(k, a, locale);
}

} // namespace

QString percent(double fraction, const QLocale &locale)
{
    const double p = std::fabs(fraction) * 100;
    return tr("%1%").arg(locale.toString(p, 'f', p < 10 ? 1 : 0));
}

QString phaseName(const QDate &period, Granularity g, const QLocale &locale)
{
    switch (g) {
    case Granularity::Day:
        return locale.dayName(period.dayOfWeek(), QLocale::LongFormat);
    case Granularity::Week:
        return tr("week %1").arg(period.weekNumber());
    case Granularity::Month:
        return locale.standaloneMonthName(period.month(), QLocale::LongFormat);
    case Granularity::Quarter:
        return tr("Q%1").arg((period.month() - 1) / 3 + 1);
    }
    return QString();
}

QString status(const Kpi &kpi, const KpiAnalysis &a, const QLocale &locale)
{
    if (!a.error.isEmpty())
        return a.error;
    if (!a.latest)
        return tr("No complete period has a value yet.");
    const QString value = fmt(kpi, a.latest->value, locale);
    if (!a.target)
        return tr("%1; no target is set.").arg(value);
    const Target &t = *a.target;
    const QString target = targetText(kpi, t, locale);
    if (t.isBand()) {
        if (a.status == Status::OnTrack)
            return tr("%1, inside the band of %2.").arg(value, target);
        return a.latest->value < *t.low ? tr("%1, below the band of %2.").arg(value, target)
                                        : tr("%1, above the band of %2.").arg(value, target);
    }
    const double tv = t.value.value_or(0);
    const double diff = a.latest->value - tv;
    if (diff == 0)
        return tr("%1, exactly on the target.").arg(value);
    if (tv == 0)
        return diff > 0 ? tr("%1, above the target of %2.").arg(value, target)
                        : tr("%1, below the target of %2.").arg(value, target);
    const QString pct = percent(diff / std::fabs(tv), locale);
    return diff > 0 ? tr("%1, %2 above the target of %3.").arg(value, pct, target)
                    : tr("%1, %2 below the target of %3.").arg(value, pct, target);
}

QString benchmark(const Kpi &kpi, const BenchmarkGap &gap, const QLocale &locale)
{
    const QString ref =
        tr("%1 (%2)").arg(gap.benchmark.label, fmt(kpi, gap.benchmark.value, locale));
    if (gap.gap == 0)
        return tr("Level with %1.").arg(ref);
    const QString amount = std::isfinite(gap.relative) ? percent(gap.relative, locale)
                                                       : fmt(kpi, std::fabs(gap.gap), locale);
    if (kpi.direction == Direction::WithinBand)
        return tr("%1 away from %2.").arg(amount, ref);
    return gap.gap > 0 ? tr("%1 better than %2.").arg(amount, ref)
                       : tr("%1 worse than %2.").arg(amount, ref);
}

QString change(const Kpi &kpi, const Change &c, bool yearAgo, const QLocale &locale)
{
    const QString amount = std::isfinite(c.relative) ? percent(c.relative, locale)
                                                     : fmt(kpi, std::fabs(c.delta), locale);
    if (c.delta == 0)
        return yearAgo ? tr("Unchanged on the same period last year.")
                       : tr("Unchanged on the previous period.");
    if (yearAgo)
        return c.delta > 0 ? tr("Up %1 on the same period last year (%2).")
                                 .arg(amount, fmt(kpi, c.previous, locale))
                           : tr("Down %1 on the same period last year (%2).")
                                 .arg(amount, fmt(kpi, c.previous, locale));
    return c.delta > 0
        ? tr("Up %1 on the previous period (%2).").arg(amount, fmt(kpi, c.previous, locale))
        : tr("Down %1 on the previous period (%2).").arg(amount, fmt(kpi, c.previous, locale));
}

QString trend(const Kpi &kpi, const Trend &t, Granularity g, const QLocale &locale)
{
    const QString confidence = t.confidence >= 0.95 ? tr("high confidence")
        : t.confidence >= 0.8                       ? tr("moderate confidence")
                                                    : tr("low confidence");
    if (t.direction == Trend::Direction::Flat)
        return tr("No clear trend over the last %n periods.", nullptr, t.points);
    const QString amount = slopeText(kpi, t.slope, locale);
    const QString what = t.good ? tr("good") : tr("bad");
    return t.direction == Trend::Direction::Rising
        ? tr("Rising by about %1 a %2 (%3; %4).").arg(amount, periodName(g), confidence, what)
        : tr("Falling by about %1 a %2 (%3; %4).").arg(amount, periodName(g), confidence, what);
}

QString pace(const Kpi &kpi, const Pace &p, const Target &target, const QLocale &locale)
{
    const QString date = locale.toString(p.deadline, QLocale::ShortFormat);
    const QString range =
        tr("%1 to %2").arg(fmt(kpi, p.projected.low, locale), fmt(kpi, p.projected.high, locale));
    const QString base =
        tr("Projected %1 by %2, target %3").arg(range, date, targetText(kpi, target, locale));
    switch (p.status) {
    case Status::OnTrack:
        return tr("%1: on pace.").arg(base);
    case Status::AtRisk:
        return tr("%1: just short of the pace.").arg(base);
    default:
        return tr("%1: off pace.").arg(base);
    }
}

QStringList quality(const Kpi &kpi, const KpiAnalysis &a, const QLocale &locale)
{
    QStringList out;
    if (a.stale)
        out << tr("Stale: the last value is from %1 (%n days before the as-of date).", nullptr,
                  int(a.lastValueDate.daysTo(a.asOf)))
                   .arg(locale.toString(a.lastValueDate, QLocale::ShortFormat));
    if (a.flatline)
        out << tr("The last %n periods all read %1: is the feed stuck?", nullptr, a.flatlineLength)
                   .arg(fmt(kpi, a.points.isEmpty() ? 0 : a.points.last().value, locale));
    if (a.noOwner)
        out << tr("No owner.");
    return out;
}

namespace {

// Periods to a span a person reads: "14 months", "9 weeks", "45 days".
QString spanText(int periods, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return tr("%n days", nullptr, periods);
    case Granularity::Week:
        return tr("%n weeks", nullptr, periods);
    case Granularity::Month:
        return tr("%n months", nullptr, periods);
    case Granularity::Quarter:
        return tr("%n quarters", nullptr, periods);
    }
    return QString();
}

// "The lowest uptime in 14 months" when the value is beyond every value of at least a few
// cycles before it; empty otherwise.
QString recordText(const Kpi &kpi, const AnomalyContext &c, Granularity g)
{
    const int least = g == Granularity::Day ? 28 : (g == Granularity::Week ? 12 : 6);
    if (c.recordPeriods < least)
        return QString();
    const QString name = kpi.name.isEmpty() ? kpi.key : kpi.name;
    // Daily records over long spans read better in months.
    const int periods = g == Granularity::Day && c.recordPeriods >= 90
        ? int(std::lround(c.recordPeriods / 30.44))
        : c.recordPeriods;
    const Granularity unit =
        g == Granularity::Day && c.recordPeriods >= 90 ? Granularity::Month : g;
    if (c.wholeHistory)
        return c.recordLow ? tr("The lowest %1 on record").arg(name)
                           : tr("The highest %1 on record").arg(name);
    return c.recordLow ? tr("The lowest %1 in %2").arg(name, spanText(periods, unit))
                       : tr("The highest %1 in %2").arg(name, spanText(periods, unit));
}

// How far a spike is from what was expected, in the KPI's terms.
QString departureText(const Kpi &kpi, const Anomaly &an, const Detection::Flag &flag, Granularity g,
                      const AnomalyContext &c, const QLocale &locale)
{
    const QString expected = fmt(kpi, an.expected, locale);
    const QString phase =
        flag.seasonal ? QLatin1Char(' ') + phasePhrase(an.period, g, locale) : QString();
    const double upper = c.scale.upper;
    if (c.scale.transform == Detection::Transform::Logit
        && an.expected > (c.scale.lower + upper) / 2) {
        // Percentages near 100: the shortfall is what moves.
        const double shortfall = upper - an.value, usual = upper - an.expected;
        Kpi whole = kpi;
        whole.decimals = upper == std::round(upper) ? 0 : kpi.decimals;
        const QString bound = fmt(whole, upper, locale); // "100 %", not "100.00 %"
        if (usual > 0 && shortfall >= 1.5 * usual)
            return tr("a shortfall from %1 of %2, %3 times the usual %4%5")
                .arg(bound, fmt(kpi, shortfall, locale), locale.toString(shortfall / usual, 'f', 1),
                     fmt(kpi, usual, locale), phase);
        return tr("a shortfall from %1 of %2 against the usual %3%4")
            .arg(bound, fmt(kpi, shortfall, locale), fmt(kpi, usual, locale), phase);
    }
    if (c.scale.transform == Detection::Transform::Anscombe)
        return tr("%1 against the usual %2%3").arg(fmt(kpi, an.value, locale), expected, phase);
    if (an.expected > 0 && an.value >= 2 * an.expected)
        return tr("%1 times the expected %2%3")
            .arg(locale.toString(an.value / an.expected, 'f', 1), expected, phase);
    const double diff = an.value - an.expected;
    const QString amount = an.expected != 0 ? percent(diff / std::fabs(an.expected), locale)
                                            : fmt(kpi, std::fabs(diff), locale);
    if (flag.seasonal) {
        const QString when = phasePhrase(an.period, g, locale);
        return diff > 0 ? tr("%1 above the expected %2 %3").arg(amount, expected, when)
                        : tr("%1 below the expected %2 %3").arg(amount, expected, when);
    }
    return diff > 0 ? tr("%1 above the expected %2").arg(amount, expected)
                    : tr("%1 below the expected %2").arg(amount, expected);
}

} // namespace

QString anomaly(const Kpi &kpi, const Anomaly &an, const Detection::Flag &flag, Granularity g,
                const AnomalyContext &context, const QLocale &locale)
{
    QString text;
    const QString expected = fmt(kpi, an.expected, locale);
    const QString score = locale.toString(an.score, 'f', 1);
    if (an.kind == AnomalyKind::Run) {
        text = an.value > an.expected
            ? tr("%n periods in a row above the average of %1.", nullptr, flag.runLength)
                  .arg(expected)
            : tr("%n periods in a row below the average of %1.", nullptr, flag.runLength)
                  .arg(expected);
    } else if (an.kind == AnomalyKind::LevelShift) {
        const QString from = fmt(kpi, flag.levelBefore, locale),
                      to = fmt(kpi, flag.levelAfter, locale);
        text = tr("The level moved from about %1 to %2 and stayed there; %3 MADs.")
                   .arg(from, to, score);
    } else if (an.method == AnomalyMethod::ControlLimits) {
        const double diff = an.value - an.expected;
        const QString amount = an.expected != 0 ? percent(diff / std::fabs(an.expected), locale)
                                                : fmt(kpi, std::fabs(diff), locale);
        const QString what = diff > 0 ? tr("%1 above the expected %2").arg(amount, expected)
                                      : tr("%1 below the expected %2").arg(amount, expected);
        text = tr("%1; outside the control limits %2 to %3.")
                   .arg(what, fmt(kpi, an.low, locale), fmt(kpi, an.high, locale));
    } else {
        const QString record = recordText(kpi, context, g);
        const QString departure = departureText(kpi, an, flag, g, context, locale);
        text = record.isEmpty() ? tr("%1; %2 MADs.").arg(departure, score)
                                : tr("%1; %2; %3 MADs.").arg(record, departure, score);
        if (record.isEmpty() && !text.isEmpty())
            text[0] = text.at(0).toUpper();
    }
    if (an.verdict) {
        const QString v = displayName(an.verdict->verdict);
        text += an.verdict->explanation.isEmpty()
            ? tr(" Verdict: %1.").arg(v)
            : tr(" Verdict: %1 (%2).").arg(v, an.verdict->explanation);
    }
    return text;
}

} // namespace Needle::Sentences
