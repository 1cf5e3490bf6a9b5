#pragma once

#include "domain/anomalyverdict.h"
#include "domain/benchmark.h"
#include "domain/kpi.h"
#include "domain/measurement.h"
#include "domain/target.h"

#include <QVector>

namespace Needle {

// A KPI with what hangs off it, so that removing a KPI can be undone whole. Edits of the
// definition alone leave the lists empty and touch only the definition.
struct KpiRecord
{
    Kpi kpi;
    bool withDependents = false;
    QVector<Target> targets;
    QVector<Benchmark> benchmarks;
    QVector<Measurement> values;
    QVector<AnomalyVerdict> verdicts;
    QVector<qint64> noteIds; // notes about the KPI (they survive its removal, unlinked)
};

} // namespace Needle
