#pragma once

#include "domain/anomalyverdict.h"
#include "domain/benchmark.h"
#include "domain/measurement.h"
#include "domain/owner.h"
#include "domain/reviewnote.h"
#include "domain/target.h"
#include "workspace/kpirecord.h"

#include <QVariantMap>

namespace Needle {

// The fields of each record as the change log writes them (storage names, ISO dates), so a
// log entry says "from what to what" field by field.
QVariantMap recordFields(const Owner &o);
QVariantMap recordFields(const Kpi &k);
QVariantMap recordFields(const KpiRecord &r);
QVariantMap recordFields(const Target &t);
QVariantMap recordFields(const Benchmark &b);
QVariantMap recordFields(const Measurement &m);
QVariantMap recordFields(const ReviewNote &n);
QVariantMap recordFields(const AnomalyVerdict &v);

// A number in the shortest form that reads back to the same double.
QString shortestNumber(double value);

} // namespace Needle
