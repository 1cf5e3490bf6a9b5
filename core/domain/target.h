#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace Needle {

// A target in force from a date on: a value, or a low/high band for "within a band" KPIs.
struct Target
{
    qint64 id = 0;
    qint64 kpiId = 0;
    std::optional<double> value;
    std::optional<double> low;
    std::optional<double> high;
    QDate effectiveFrom;
    QDate deadline; // null: none
    double tolerance = 0.05; // fraction of the target that still counts as "at risk"
    QString note;

    bool isBand() const { return low.has_value() && high.has_value(); }
    bool operator==(const Target &o) const
    {
        return id == o.id && kpiId == o.kpiId && value == o.value && low == o.low && high == o.high
            && effectiveFrom == o.effectiveFrom && deadline == o.deadline
            && tolerance == o.tolerance && note == o.note;
    }
};

} // namespace Needle
