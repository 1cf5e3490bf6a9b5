#pragma once

#include "domain/enums.h"
#include "import/kpiguess.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Needle {

// The checked values of a plan, compact (a million values take 32 MB), sorted by KPI and
// date so writing them walks the clustered (kpi, date) table in order.
struct ImportPlanData
{
    struct KpiEntry
    {
        qint64 id = 0; // 0: to be created
        QString key;
        QString name;
        Cadence cadence = Cadence::Monthly;
        Unit unit = Unit::Count;
        QString currency;
        qint64 ownerId = 0;
        bool ownerSeen = false; // the owner and unit columns are read once per new KPI
        bool unitSeen = false;
        bool unitFromColumn = false; // the unit column named a unit Needle knows
        QString ownerName; // new KPI: the owner the file names, not yet in the workspace
        CellEvidence cells; // how the first value cells are written (unit and decimals)
        QString matchedFrom; // existing KPI: the other name the file calls it (kpiMatches)
    };

    struct Value
    {
        qint32 kpi = 0; // index into kpis
        qint32 day = 0; // Julian day
        double value = 0;
        qint32 row = 0; // 1-based sheet row
        qint32 column = 0; // 1-based sheet column
        qint32 note = -1; // index into notes, -1: none
        qint32 preview = -1; // index into ImportPlan::preview, -1: not shown
    };

    QVector<KpiEntry> kpis;
    QVector<Value> values; // valid values only, sorted by (kpi, day)
    QStringList notes;
    bool hasNotes = false; // a note column is mapped: notes replace stored ones
};

} // namespace Needle
