#pragma once

#include "analysis/kpianalysis.h"
#include "analysis/scale.h"

#include <QVector>

namespace Needle::Detection {

// Anomaly detection on a series at regular periods, layered by how much history exists
// (issue 4): XmR limits and run rules from 6 points, a robust z-score on the series less a
// rolling median from 12, and a seasonal decomposition (seasonal medians) with the generalised
// ESD test once two seasonal cycles exist. Level shifts are told apart from one-off spikes.
// Issue 16: the series is judged on the KPI's own scale (scale.h: log, logit, Anscombe), missing
// periods (NaN) are filled for the layers and never flagged, and level shifts are judged
// against how far the series wanders by itself (autocorrelated noise).

struct Options
{
    int seasonLength = 0; // periods per seasonal cycle (7 for daily, 12 for monthly); 0: none
    double threshold = 3.5; // robust z threshold
    double alpha = 0.05; // generalised ESD significance
    double shiftThreshold = 5.0; // level shift: standard errors of the difference of medians
    Scale scale; // the scale values are judged on; Auto: log when every value is positive
    static Options forSensitivity(Sensitivity s, int seasonLength);
    // For a KPI: its sensitivity, the spike threshold its false-alarm budget allows at
    // periodsPerYear (365 for daily), and the scale chosen from its unit and values (NaN:
    // missing).
    static Options forKpi(const Kpi &kpi, int seasonLength, double periodsPerYear,
                          const QVector<double> &values);
};

struct Flag
{
    int index = 0;
    double expected = 0;
    double low = 0;
    double high = 0;
    double score = 0; // signed: robust standard deviations (MADs scaled to sigma) or sigmas
    AnomalyKind kind = AnomalyKind::Spike;
    AnomalyMethod method = AnomalyMethod::RobustZ;
    bool seasonal = false; // the expected value includes a seasonal term for this phase
    double levelBefore = 0; // level shifts: the levels either side
    double levelAfter = 0;
    int runLength = 0; // run rule: values in a row on one side of the centre line
};

// Values at regular periods; NaN marks a period without a value (never flagged).
QVector<Flag> detect(const QVector<double> &values, const Options &options);

// Generalised ESD test (Rosner): the indices of up to maxOutliers outliers at significance alpha.
QVector<int> generalizedEsd(const QVector<double> &values, int maxOutliers, double alpha);

// Medians of every window of w values: element j is the median of values[j, j + w).
QVector<double> slidingMedians(const QVector<double> &values, int w);
// Median of values[i - k .. i + k] (without values[i] when excludeCentre), clipped at the ends.
QVector<double> rollingMedian(const QVector<double> &values, int k, bool excludeCentre);

} // namespace Needle::Detection
