#pragma once

#include "analysis/kpianalysis.h"

#include <QVector>

namespace Needle::Detection {

// Anomaly detection on a series at regular periods, layered by how much history exists
// (issue 4): XmR limits and run rules from 6 points, a robust z-score on the series less a
// rolling median from 12, and a seasonal decomposition (seasonal medians) with the generalised
// ESD test once two seasonal cycles exist. Level shifts are told apart from one-off spikes.

struct Options
{
    int seasonLength = 0; // periods per seasonal cycle (7 for daily, 12 for monthly); 0: none
    double threshold = 3.5; // robust z threshold
    double alpha = 0.05; // generalised ESD significance
    double shiftThreshold = 5.0; // level shift: standard errors of the difference of medians
    static Options forSensitivity(Sensitivity s, int seasonLength);
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

QVector<Flag> detect(const QVector<double> &values, const Options &options);

// Generalised ESD test (Rosner): the indices of up to maxOutliers outliers at significance alpha.
QVector<int> generalizedEsd(const QVector<double> &values, int maxOutliers, double alpha);

// Medians of every window of w values: element j is the median of values[j, j + w).
QVector<double> slidingMedians(const QVector<double> &values, int w);
// Median of values[i - k .. i + k] (without values[i] when excludeCentre), clipped at the ends.
QVector<double> rollingMedian(const QVector<double> &values, int k, bool excludeCentre);

} // namespace Needle::Detection
