#pragma once

#include "analysis/rollup.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Needle {

// The time window the dashboard shows and the granularity its sparklines roll up to.
struct DashboardPeriod
{
    enum class Preset { Last30Days, Last90Days, ThisQuarter, YearToDate, Last12Months, Custom };

    Preset preset = Preset::Last12Months;
    QDate customFrom; // used with Preset::Custom
    QDate customTo;
    std::optional<Granularity> granularity; // empty: chosen from the window's length

    // The first and last day shown for an as-of date (both inclusive).
    QDate from(const QDate &asOf) const;
    QDate to(const QDate &asOf) const;
    // The granularity used: the explicit one or one that gives a readable number of points.
    Granularity effectiveGranularity(const QDate &asOf) const;

    static QString storageName(Preset preset); // "last30", "last90", "quarter", "ytd", ...
    static bool parse(const QString &name, Preset *out);
    static QString displayName(Preset preset);
    static QString displayName(Granularity granularity);
    static QString granularityStorageName(Granularity granularity);

    bool operator==(const DashboardPeriod &o) const
    {
        return preset == o.preset && customFrom == o.customFrom && customTo == o.customTo
            && granularity == o.granularity;
    }
};

} // namespace Needle
