#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Needle::Stats {

namespace {
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
}

namespace {

// Moves the k-th smallest of a[0, n) to a[k] with no larger value before it and no smaller one
// after it, as std::nth_element does, by a quickselect whose partition has no branch on the
// values (the standard one mispredicts about every other comparison on noisy data). Any
// correct selection gives the same value. No NaN (callers filter them).
void selectInPlace(double *a, std::ptrdiff_t n, std::ptrdiff_t k)
{
    std::ptrdiff_t lo = 0, hi = n;
    int rounds = 0;
    while (hi - lo > 16) {
        if (++rounds > 64) { // far from halving each time: let the library finish
            std::nth_element(a + lo, a + k, a + hi);
            return;
        }
        const double x = a[lo], y = a[lo + (hi - lo) / 2], z = a[hi - 1];
        const double pivot = std::max(std::min(x, y), std::min(std::max(x, y), z)); // median of 3
        std::ptrdiff_t i = lo; // [lo, i): less than the pivot
        for (std::ptrdiff_t j = lo; j < hi; ++j) {
            const double t = a[j];
            a[j] = a[i];
            a[i] = t;
            i += t < pivot;
        }
        if (k < i) {
            hi = i;
        } else if (i > lo) {
            lo = i;
        } else { // the pivot is the smallest value: set its copies apart
            std::ptrdiff_t e = lo;
            for (std::ptrdiff_t j = lo; j < hi; ++j) {
                const double t = a[j];
                a[j] = a[e];
                a[e] = t;
                e += !(pivot < t);
            }
            if (k < e)
                return; // a[k] is the pivot
            lo = e;
        }
    }
    for (std::ptrdiff_t j = lo + 1; j < hi; ++j) { // a few left: insertion sort
        const double t = a[j];
        std::ptrdiff_t p = j;
        for (; p > lo && t < a[p - 1]; --p)
            a[p] = a[p - 1];
        a[p] = t;
    }
}

} // namespace

double medianInPlace(double *first, double *last)
{
    const auto n = last - first;
    if (n <= 0)
        return nan;
    double *mid = first + n / 2;
    if (std::none_of(first, last, [](double v) { return v != v; }))
        selectInPlace(first, n, n / 2);
    else
        std::nth_element(first, mid, last); // NaN: as before
    if (n % 2 == 1)
        return *mid;
    const double upper = *mid;
    const double lower = *std::max_element(first, mid);
    return (lower + upper) / 2;
}

double median(QVector<double> values)
{
    return medianInPlace(values.data(), values.data() + values.size());
}

double quantile(QVector<double> values, double p)
{
    const int n = int(values.size());
    if (n == 0)
        return nan;
    std::sort(values.begin(), values.end());
    const double pos = std::clamp(p, 0.0, 1.0) * (n - 1);
    const int i = int(std::floor(pos));
    if (i >= n - 1)
        return values.last();
    const double f = pos - i;
    return values.at(i) * (1 - f) + values.at(i + 1) * f;
}

double mad(const QVector<double> &values, double center)
{
    QVector<double> dev;
    dev.reserve(values.size());
    for (double v : values)
        dev << std::fabs(v - center);
    return median(std::move(dev));
}

Line theilSen(const QVector<double> &y)
{
    Line line;
    const int n = int(y.size());
    if (n < 2)
        return line;
    QVector<double> slopes;
    slopes.reserve(n * (n - 1) / 2);
    long long s = 0; // Mann-Kendall statistic
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const double d = y.at(j) - y.at(i);
            slopes << d / (j - i);
            s += (d > 0) - (d < 0);
        }
    }
    // Only a few ranks are asked for (the median and the interval's ends): selected, not sorted.
    const int m = int(slopes.size());
    double *first = slopes.data(), *last = first + m;
    auto rankOf = [&](int r) { // the r-th smallest slope; ranks asked for in any order
        std::nth_element(first, first + r, last);
        return first[r];
    };
    const double upperMid = rankOf(m / 2);
    const double lowerMid = m % 2 ? upperMid : *std::max_element(first, first + m / 2);
    line.slope = m % 2 ? upperMid : (lowerMid + upperMid) / 2;
    QVector<double> residual;
    residual.reserve(n);
    for (int i = 0; i < n; ++i)
        residual << y.at(i) - line.slope * i;
    line.intercept = median(residual);

    const double var = double(n) * (n - 1) * (2.0 * n + 5) / 18.0;
    const double z = s == 0 ? 0 : (std::fabs(double(s)) - 1) / std::sqrt(var);
    line.confidence = std::clamp(2 * normalCdf(z) - 1, 0.0, 1.0);
    // Sen's interval with z(0.95): the slopes at ranks (m -+ c) / 2.
    const double c = 1.6448536 * std::sqrt(var);
    const int lo = std::clamp(int(std::floor((m - c) / 2)), 0, m - 1);
    const int hi = std::clamp(int(std::ceil((m + c) / 2)), 0, m - 1);
    line.slopeLow = rankOf(lo);
    line.slopeHigh = rankOf(hi);
    return line;
}

ControlLimits xmrLimits(const QVector<double> &values)
{
    ControlLimits limits;
    const int n = int(values.size());
    if (n == 0)
        return limits;
    double sum = 0;
    for (double v : values)
        sum += v;
    limits.centre = sum / n;
    double ranges = 0;
    for (int i = 1; i < n; ++i)
        ranges += std::fabs(values.at(i) - values.at(i - 1));
    limits.averageMovingRange = n > 1 ? ranges / (n - 1) : 0;
    limits.lower = limits.centre - 2.66 * limits.averageMovingRange;
    limits.upper = limits.centre + 2.66 * limits.averageMovingRange;
    return limits;
}

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    if (p <= 0)
        return -std::numeric_limits<double>::infinity();
    if (p >= 1)
        return std::numeric_limits<double>::infinity();
    // Bisection to a good bracket, then Newton on the cumulative distribution.
    double lo = -40, hi = 40;
    for (int i = 0; i < 60; ++i) {
        const double mid = (lo + hi) / 2;
        (normalCdf(mid) < p ? lo : hi) = mid;
    }
    double x = (lo + hi) / 2;
    for (int i = 0; i < 3; ++i) {
        const double pdf = std::exp(-x * x / 2) / std::sqrt(2 * M_PI);
        if (pdf <= 0)
            break;
        x -= (normalCdf(x) - p) / pdf;
    }
    return x;
}

double studentTQuantile(double p, double df)
{
    // Cornish-Fisher expansion of the t distribution around the normal quantile; accurate to
    // about 1e-3 for df >= 5, which is all the ESD test asks of it.
    const double z = normalQuantile(p);
    if (df <= 0)
        return nan;
    const double z2 = z * z, z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2;
    const double g1 = (z3 + z) / 4;
    const double g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
    const double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
    const double g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
    return z + g1 / df + g2 / (df * df) + g3 / (df * df * df) + g4 / (df * df * df * df);
}

} // namespace Needle::Stats
