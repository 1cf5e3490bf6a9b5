#include "dashboard/tiletext.h"

#include "domain/datetext.h"

#include "domain/valueformat.h"

#include <QCoreApplication>
#include <cmath>

namespace Needle::TileText {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Needle::TileText", text, disambiguation, n);
}

QString previousPeriodName(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Daily:
        return tr("vs previous day");
    case Cadence::Weekly:
        return tr("vs previous week");
    case Cadence::Monthly:
        return tr("vs previous month");
    case Cadence::Quarterly:
        return tr("vs previous quarter");
    }
    return QString();
}

} // namespace

QString value(const Tile &t, const QLocale &locale)
{
    if (t.pending)
        return tr("pending");
    if (!t.value)
        return t.error.isEmpty() ? tr("No data") : tr("Error");
    return ValueFormat::format(t.kpi, *t.value, locale);
}

QString period(const Tile &t, const QLocale &locale, bool isoDates)
{
    auto day = [&](const QDate &d) {
        return isoDates ? d.toString(Qt::ISODate) : DateText::day(d, locale);
    };
    if (!t.valuePeriod.isValid())
        return QString();
    QString text;
    switch (t.kpi.cadence) {
    case Cadence::Daily:
        text = day(t.valuePeriod);
        break;
    case Cadence::Weekly:
        text = tr("Week of %1").arg(day(t.valuePeriod));
        break;
    case Cadence::Monthly:
        text = locale.toString(t.valuePeriod, QStringLiteral("MMMM yyyy"));
        break;
    case Cadence::Quarterly:
        text = tr("Q%1 %2").arg((t.valuePeriod.month() - 1) / 3 + 1).arg(t.valuePeriod.year());
        break;
    }
    return t.partial ? tr("%1 (so far)").arg(text) : text;
}

QString change(const Tile &t, const QLocale &locale)
{
    const std::optional<double> delta = t.change();
    if (!delta)
        return QString();
    const std::optional<double> good = t.goodness();
    const QString arrow = *delta > 0 ? QStringLiteral("▲")
        : *delta < 0                 ? QStringLiteral("▼")
                                     : QStringLiteral("=");
    QString amount;
    if (t.kpi.unit == Unit::Percent) {
        amount =
            tr("%1 pts").arg(locale.toString(std::abs(*delta), 'f', std::max(1, t.kpi.decimals)));
    } else if (*t.previous != 0) {
        amount = tr("%1 %").arg(locale.toString(std::abs(*delta / *t.previous) * 100, 'f', 1));
    } else {
        Kpi plain = t.kpi;
        amount = ValueFormat::format(plain, std::abs(*delta), locale);
    }
    QString text = QStringLiteral("%1 %2 %3").arg(arrow, amount, previousPeriodName(t.kpi.cadence));
    if (good && *good != 0)
        text += QStringLiteral(" · ") + (*good > 0 ? tr("better") : tr("worse"));
    return text;
}

QString target(const Tile &t, const QLocale &locale)
{
    if (t.pending)
        return QString();
    if (!t.target)
        return tr("No target");
    if (t.target->isBand())
        return tr("Target %1 to %2")
            .arg(ValueFormat::format(t.kpi, *t.target->low, locale),
                 ValueFormat::format(t.kpi, *t.target->high, locale));
    if (!t.target->value)
        return tr("No target");
    return tr("Target %1").arg(ValueFormat::format(t.kpi, *t.target->value, locale));
}

QString benchmark(const Tile &t, const QLocale &locale)
{
    if (!t.benchmark)
        return QString();
    return tr("%1 %2").arg(t.benchmark->label,
                           ValueFormat::format(t.kpi, t.benchmark->value, locale));
}

QString anomalies(const Tile &t)
{
    if (t.anomalies <= 0)
        return QString();
    return tr("Anomalies: %n", nullptr, t.anomalies);
}

QString overdueActions(const Tile &t)
{
    if (t.overdueActions.isEmpty())
        return QString();
    return tr("Overdue actions: %n", nullptr, int(t.overdueActions.size()));
}

QString overdueActionList(const Tile &t, const QLocale &locale, bool isoDates)
{
    if (t.overdueActions.isEmpty())
        return QString();
    QStringList lines;
    lines << tr("Overdue action items:");
    for (const SummaryEntry &e : t.overdueActions) {
        const QString due =
            isoDates ? e.note.dueDate.toString(Qt::ISODate) : DateText::day(e.note.dueDate, locale);
        lines << (e.ownerName.isEmpty()
                      ? tr("• %1 (due %2)").arg(e.note.text, due)
                      : tr("• %1 (%2, due %3)").arg(e.note.text, e.ownerName, due));
    }
    return lines.join(QLatin1Char('\n'));
}

QString toolTip(const Tile &t, const QLocale &locale, bool isoDates)
{
    QStringList lines;
    lines << t.kpi.name;
    if (!t.kpi.description.isEmpty())
        lines << t.kpi.description;
    if (!t.ownerName.isEmpty())
        lines << tr("Owner: %1").arg(t.ownerName);
    if (!t.error.isEmpty())
        lines << t.error;
    if (t.benchmark && !t.benchmark->source.isEmpty())
        lines << tr("Benchmark source: %1 (%2)")
                     .arg(t.benchmark->source, DateText::day(t.benchmark->asOf, locale));
    const QString overdue = overdueActionList(t, locale, isoDates);
    if (!overdue.isEmpty())
        lines << overdue;
    return lines.join(QLatin1Char('\n'));
}

QString spoken(const Tile &t, const QLocale &locale)
{
    QStringList parts;
    parts << t.kpi.name << value(t, locale);
    const QString p = period(t, locale);
    if (!p.isEmpty())
        parts << p;
    if (!t.pending)
        parts << displayName(t.status) << target(t, locale);
    const QString c = change(t, locale);
    if (!c.isEmpty())
        parts << c;
    const QString b = benchmark(t, locale);
    if (!b.isEmpty())
        parts << b;
    const QString a = anomalies(t);
    if (!a.isEmpty())
        parts << a;
    const QString o = overdueActions(t);
    if (!o.isEmpty())
        parts << o;
    return parts.join(QStringLiteral(", "));
}

} // namespace Needle::TileText
