#include "review/agenda.h"

#include <QCoreApplication>
#include <algorithm>

namespace Needle {

namespace {
struct ReasonEntry
{
    AgendaReason reason;
    const char *storage;
    const char *text;
};

const ReasonEntry reasons[] = {
    {AgendaReason::Omtm, "omtm",
     QT_TRANSLATE_NOOP("Needle::Agenda", "The one metric that matters")},
    {AgendaReason::OffTrack, "off_track", QT_TRANSLATE_NOOP("Needle::Agenda", "Off track")},
    {AgendaReason::NewAnomaly, "new_anomaly",
     QT_TRANSLATE_NOOP("Needle::Agenda", "New anomaly to judge")},
    {AgendaReason::AtRisk, "at_risk", QT_TRANSLATE_NOOP("Needle::Agenda", "At risk")},
    {AgendaReason::Stale, "stale", QT_TRANSLATE_NOOP("Needle::Agenda", "No recent value")},
    {AgendaReason::NoOwner, "no_owner", QT_TRANSLATE_NOOP("Needle::Agenda", "No owner")},
    {AgendaReason::Rest, "rest", QT_TRANSLATE_NOOP("Needle::Agenda", "For information")},
    {AgendaReason::Added, "added", QT_TRANSLATE_NOOP("Needle::Agenda", "Added to the agenda")},
};
} // namespace

QString storageName(AgendaReason reason)
{
    for (const ReasonEntry &e : reasons)
        if (e.reason == reason)
            return QString::fromLatin1(e.storage);
    return QString();
}

AgendaReason agendaReasonOf(const QString &storage)
{
    for (const ReasonEntry &e : reasons)
        if (storage == QLatin1String(e.storage))
            return e.reason;
    return AgendaReason::Rest;
}

QString reasonText(AgendaReason reason)
{
    for (const ReasonEntry &e : reasons)
        if (e.reason == reason)
            return QCoreApplication::translate("Needle::Agenda", e.text);
    return QString();
}

QString reasonText(const AgendaItem &item)
{
    return reasonText(agendaReasonOf(item.reason));
}

AgendaReason agendaReason(const KpiStanding &s)
{
    if (s.omtm)
        return AgendaReason::Omtm;
    if (s.status == Status::OffTrack)
        return AgendaReason::OffTrack;
    if (s.unjudgedAnomalies > 0)
        return AgendaReason::NewAnomaly;
    if (s.status == Status::AtRisk)
        return AgendaReason::AtRisk;
    if (s.stale)
        return AgendaReason::Stale;
    if (!s.hasOwner)
        return AgendaReason::NoOwner;
    return AgendaReason::Rest;
}

QVector<AgendaItem> buildAgenda(const QVector<KpiStanding> &standings, bool hideRest)
{
    // Stale and without owner share a rank: both are housekeeping.
    auto rank = [](AgendaReason r) {
        switch (r) {
        case AgendaReason::Omtm:
            return 0;
        case AgendaReason::OffTrack:
            return 1;
        case AgendaReason::NewAnomaly:
            return 2;
        case AgendaReason::AtRisk:
            return 3;
        case AgendaReason::Stale:
        case AgendaReason::NoOwner:
            return 4;
        case AgendaReason::Rest:
        case AgendaReason::Added:
            return 5;
        }
        return 5;
    };
    QVector<KpiStanding> sorted;
    for (const KpiStanding &s : standings)
        if (!s.archived)
            sorted << s;
    std::stable_sort(sorted.begin(), sorted.end(), [](const KpiStanding &a, const KpiStanding &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    std::stable_sort(sorted.begin(), sorted.end(), [&](const KpiStanding &a, const KpiStanding &b) {
        return rank(agendaReason(a)) < rank(agendaReason(b));
    });
    QVector<AgendaItem> agenda;
    agenda.reserve(sorted.size());
    for (const KpiStanding &s : sorted) {
        AgendaItem item;
        item.kpiId = s.kpiId;
        const AgendaReason r = agendaReason(s);
        item.reason = storageName(r);
        item.skipped = hideRest && r == AgendaReason::Rest;
        agenda << item;
    }
    return agenda;
}

} // namespace Needle
