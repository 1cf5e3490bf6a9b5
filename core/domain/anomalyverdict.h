#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Needle {

// A reviewer's judgement of a flagged value: one per KPI and period.
struct AnomalyVerdict
{
    qint64 id = 0;
    qint64 kpiId = 0;
    QDate period;
    Verdict verdict = Verdict::Confirmed;
    QString explanation;
    qint64 meetingId = 0;
    QDateTime createdAt;

    bool operator==(const AnomalyVerdict &o) const
    {
        return id == o.id && kpiId == o.kpiId && period == o.period && verdict == o.verdict
            && explanation == o.explanation && meetingId == o.meetingId && createdAt == o.createdAt;
    }
};

} // namespace Needle
