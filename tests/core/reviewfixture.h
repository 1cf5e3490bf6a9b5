#pragma once

// A small workspace whose agenda is known: one KPI for each reason a KPI is put on it.
// Values are monthly (first of the month), the last five up to October 2026 (Legacy stopped in
// March); the meeting reviews October 2026.

#include "storage/kpirepository.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QStringList>
#include <QUndoStack>

namespace ReviewFixture {

inline QDate periodFrom()
{
    return QDate(2026, 10, 1);
}
inline QDate periodTo()
{
    return QDate(2026, 10, 31);
}

struct Spec
{
    const char *key;
    const char *name;
    bool owned;
    bool omtm;
    bool archived;
    Needle::Direction direction;
    double target; // 0: none
    double latest;
    int lastMonth; // month of the latest value in 2026
};

inline const QVector<Spec> &specs()
{
    using Needle::Direction;
    static const QVector<Spec> all = {
        {"revenue", "Revenue", true, true, false, Direction::HigherIsBetter, 100, 50, 10},
        {"churn", "Churn", true, false, false, Direction::LowerIsBetter, 2, 3, 10},
        {"signups", "Signups", true, false, false, Direction::HigherIsBetter, 100, 97, 10},
        {"activation", "Activation", true, false, false, Direction::HigherIsBetter, 40, 45, 10},
        {"legacy", "Legacy", true, false, false, Direction::HigherIsBetter, 0, 5, 3},
        {"nps", "NPS", false, false, false, Direction::HigherIsBetter, 30, 35, 10},
        {"old_metric", "Old metric", true, false, true, Direction::HigherIsBetter, 10, 1, 10},
        {"csat", "CSAT", true, false, false, Direction::HigherIsBetter, 80, 85, 10},
    };
    return all;
}

// The agenda the fixture must produce, by key.
inline QStringList expectedOrder()
{
    return {QStringLiteral("revenue"), QStringLiteral("churn"), QStringLiteral("signups"),
            QStringLiteral("legacy"),  QStringLiteral("nps"),   QStringLiteral("activation"),
            QStringLiteral("csat")};
}

inline bool fill(Needle::Workspace *ws, QString *error)
{
    using namespace Needle;
    Owner ada;
    ada.name = QStringLiteral("Ada Lovelace");
    Owner bob;
    bob.name = QStringLiteral("Bob Marley");
    if (!ws->addOwner(&ada, error) || !ws->addOwner(&bob, error))
        return false;
    for (const Spec &s : specs()) {
        Kpi k;
        k.key = QString::fromLatin1(s.key);
        k.name = QString::fromLatin1(s.name);
        k.cadence = Cadence::Monthly;
        k.aggregation = Aggregation::Last;
        k.direction = s.direction;
        k.ownerId = s.owned ? ada.id : 0;
        k.omtm = s.omtm;
        k.archived = s.archived;
        if (!ws->addKpi(&k, error))
            return false;
        if (s.target != 0) {
            Target t;
            t.kpiId = k.id;
            t.value = s.target;
            t.effectiveFrom = QDate(2025, 1, 1);
            if (!ws->addTarget(&t, error))
                return false;
        }
        QVector<Measurement> values;
        // Five values at most: too few for anomaly detection, so the agenda depends on status only.
        for (int month = qMax(1, s.lastMonth - 4); month <= s.lastMonth; ++month) {
            Measurement m;
            m.kpiId = k.id;
            m.date = QDate(2026, month, 1);
            m.value = month == s.lastMonth ? s.latest : s.latest * (0.9 + 0.01 * month);
            values << m;
        }
        if (!ws->setValues(values, QStringLiteral("fixture"), error))
            return false;
    }
    ws->undoStack()->clear();
    return true;
}

inline qint64 kpiId(Needle::Workspace *ws, const char *key)
{
    const auto k = Needle::KpiRepository(ws->connection()).byKey(QString::fromLatin1(key));
    return k ? k->id : 0;
}

} // namespace ReviewFixture
