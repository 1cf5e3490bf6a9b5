#pragma once

#include "domain/enums.h"
#include "domain/reviewmeeting.h"

#include <QString>
#include <QVector>

namespace Needle {

// Why a KPI is on a meeting's agenda. The storage name goes into AgendaItem::reason, so the
// agenda reads the same in every language; reasonText() gives the words.
enum class AgendaReason { Omtm, OffTrack, NewAnomaly, AtRisk, Stale, NoOwner, Rest, Added };

QString storageName(AgendaReason reason);
AgendaReason agendaReasonOf(const QString &storage); // unknown or empty: Rest
QString reasonText(AgendaReason reason);
QString reasonText(const AgendaItem &item);

// What the agenda needs to know about one KPI on the period under review.
struct KpiStanding
{
    qint64 kpiId = 0;
    QString name;
    bool omtm = false;
    bool archived = false;
    Status status = Status::NoData;
    int unjudgedAnomalies = 0; // flagged values in the period without a verdict
    bool stale = false;
    bool hasOwner = true;
};

// The reason a KPI would be discussed, most pressing first.
AgendaReason agendaReason(const KpiStanding &standing);

// The proposed agenda: the one metric that matters, then off track, new unjudged anomalies, at
// risk, stale or without owner, then the rest (skipped when hideRest). Archived KPIs are left
// out; ties keep the KPIs' name order.
QVector<AgendaItem> buildAgenda(const QVector<KpiStanding> &standings, bool hideRest);

} // namespace Needle
