#include "dashboard/dashboardperiod.h"

#include <QCoreApplication>

namespace Needle {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::DashboardPeriod", text);
}
} // namespace

QDate DashboardPeriod::from(const QDate &asOf) const
{
    switch (preset) {
    case Preset::Last30Days:
        return asOf.addDays(-29);
    case Preset::Last90Days:
        return asOf.addDays(-89);
    case Preset::ThisQuarter:
        return periodStart(asOf, Granularity::Quarter);
    case Preset::YearToDate:
        return QDate(asOf.year(), 1, 1);
    case Preset::Last12Months:
        return asOf.addMonths(-12).addDays(1);
    case Preset::Custom:
        return customFrom.isValid() ? customFrom : asOf.addMonths(-12).addDays(1);
    }
    return asOf;
}

QDate DashboardPeriod::to(const QDate &asOf) const
{
    if (preset == Preset::Custom && customTo.isValid())
        return customTo;
    return asOf;
}

Granularity DashboardPeriod::effectiveGranularity(const QDate &asOf) const
{
    if (granularity)
        return *granularity;
    const qint64 days = from(asOf).daysTo(to(asOf)) + 1;
    if (days <= 45)
        return Granularity::Day;
    if (days <= 200)
        return Granularity::Week;
    if (days <= 3 * 366)
        return Granularity::Month;
    return Granularity::Quarter;
}

QString DashboardPeriod::storageName(Preset preset)
{
    switch (preset) {
    case Preset::Last30Days:
        return QStringLiteral("last30");
    case Preset::Last90Days:
        return QStringLiteral("last90");
    case Preset::ThisQuarter:
        return QStringLiteral("quarter");
    case Preset::YearToDate:
        return QStringLiteral("ytd");
    case Preset::Last12Months:
        return QStringLiteral("last12m");
    case Preset::Custom:
        return QStringLiteral("custom");
    }
    return QString();
}

bool DashboardPeriod::parse(const QString &name, Preset *out)
{
    for (Preset p : {Preset::Last30Days, Preset::Last90Days, Preset::ThisQuarter,
                     Preset::YearToDate, Preset::Last12Months, Preset::Custom}) {
        if (storageName(p) == name) {
            *out = p;
            return true;
        }
    }
    return false;
}

QString DashboardPeriod::displayName(Preset preset)
{
    switch (preset) {
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::Last90Days:
        return tr("Last 90 days");
    case Preset::ThisQuarter:
        return tr("This quarter");
    case Preset::YearToDate:
        return tr("Year to date");
    case Preset::Last12Months:
        return tr("Last 12 months");
    case Preset::Custom:
        return tr("Custom...");
    }
    return QString();
}

QString DashboardPeriod::displayName(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return tr("Daily");
    case Granularity::Week:
        return tr("Weekly");
    case Granularity::Month:
        return tr("Monthly");
    case Granularity::Quarter:
        return tr("Quarterly");
    }
    return QString();
}

QString DashboardPeriod::granularityStorageName(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return QStringLiteral("day");
    case Granularity::Week:
        return QStringLiteral("week");
    case Granularity::Month:
        return QStringLiteral("month");
    case Granularity::Quarter:
        return QStringLiteral("quarter");
    }
    return QString();
}

} // namespace Needle
