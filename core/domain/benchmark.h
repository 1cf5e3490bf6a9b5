#pragma once

#include <QDate>
#include <QString>

namespace Needle {

// An outside reference value for a KPI ("SaaS median", "top quartile") and where it comes from.
struct Benchmark
{
    qint64 id = 0;
    qint64 kpiId = 0;
    QString label;
    double value = 0;
    QString source;
    QDate asOf;

    bool operator==(const Benchmark &o) const
    {
        return id == o.id && kpiId == o.kpiId && label == o.label && value == o.value
            && source == o.source && asOf == o.asOf;
    }
};

} // namespace Needle
