#pragma once

#include "domain/enums.h"

#include <QVector>

namespace Needle::Detection {

// The scale a KPI's values are judged on (issue 16). Anomalies are found where the noise is
// about symmetric and of one size everywhere, and explained back on the KPI's own scale:
// - Log: positive, right-skewed values (order values, latencies, revenue): noise in proportion;
// - Logit: percentages, judged by the log of their distance to the nearer bound, so that a
//   shortfall from 100 % (uptime, on-time delivery) or a small rate near 0 % is read in
//   proportion to its usual size; `offset` keeps a value on the bound finite;
// - Anscombe: small counts (incidents), 2 sqrt(x + 3/8), whose Poisson noise is then about 1.
enum class Transform {
    Auto, // Log when every value is positive, else None (callers without a KPI)
    None,
    Log,
    Logit,
    Anscombe
};

struct Scale
{
    Transform transform = Transform::Auto;
    double offset = 0; // Logit: added to both distances to the bounds
    double lower = 0; // Logit: the bounds
    double upper = 100;

    double forward(double v) const;
    double back(double x) const;
    // Auto resolved on the values (NaN: missing, ignored).
    Scale resolved(const QVector<double> &values) const;
};

// Chooses the scale from the KPI's unit and its values (NaN: missing, ignored): percentages
// between 0 and 100 on the logit scale, whole non-negative counts with zeros or a median up to
// 30 on the Anscombe scale, other positive values on the log scale, the rest as they are.
Scale chooseScale(Unit unit, const QVector<double> &values);

} // namespace Needle::Detection
