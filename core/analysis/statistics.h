#pragma once

#include <QVector>

namespace Needle::Stats {

// Robust statistics on plain vectors. NaN values are not expected; callers filter them.

double median(QVector<double> values); // NaN when empty
// The median of [first, last), reordering it; no allocation (hot loops).
double medianInPlace(double *first, double *last);
double quantile(QVector<double> values, double p); // linear interpolation, p in [0, 1]
double mad(const QVector<double> &values, double center); // median absolute deviation (raw)
constexpr double MadToSigma = 1.4826; // MAD of a normal distribution times this is its sigma

struct Line
{
    double slope = 0;
    double intercept = 0; // at x = 0
    double slopeLow = 0; // ~90% confidence band of the slope (Sen's method)
    double slopeHigh = 0;
    double confidence = 0; // 0..1: how sure the sign of the slope is (Mann-Kendall)
};
// Theil-Sen estimate of y = intercept + slope * x with x = 0, 1, 2, ... (needs 2 points).
Line theilSen(const QVector<double> &y);

struct ControlLimits
{
    double centre = 0; // mean of the values
    double averageMovingRange = 0;
    double lower = 0; // centre -+ 2.66 average moving ranges
    double upper = 0;
};
// XmR (individuals and moving range) control limits; needs 2 values.
ControlLimits xmrLimits(const QVector<double> &values);

// The standard normal cumulative distribution and its inverse.
double normalCdf(double z);
double normalQuantile(double p);
// The Student t quantile (two-sided critical values for the generalised ESD test).
double studentTQuantile(double p, double degreesOfFreedom);

} // namespace Needle::Stats
