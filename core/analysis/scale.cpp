#include "analysis/scale.h"

#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>

namespace Needle::Detection {

namespace {

QVector<double> finite(const QVector<double> &values)
{
    QVector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v))
            out << v;
    return out;
}

bool allPositive(const QVector<double> &v)
{
    return !v.isEmpty() && std::all_of(v.cbegin(), v.cend(), [](double x) { return x > 0; });
}

} // namespace

double Scale::forward(double v) const
{
    switch (transform) {
    case Transform::Log:
        return std::log(v);
    case Transform::Logit:
        return std::log(std::max(v - lower, 0.0) + offset)
            - std::log(std::max(upper - v, 0.0) + offset);
    case Transform::Anscombe:
        return 2 * std::sqrt(std::max(v, 0.0) + 0.375);
    case Transform::Auto:
    case Transform::None:
        break;
    }
    return v;
}

double Scale::back(double x) const
{
    switch (transform) {
    case Transform::Log:
        return std::exp(x);
    case Transform::Logit: {
        // a + b = upper - lower + 2 offset and log(a / b) = x, with a = v - lower + offset.
        const double total = upper - lower + 2 * offset;
        const double share = x >= 0 ? 1 / (1 + std::exp(-x)) : std::exp(x) / (1 + std::exp(x));
        return std::clamp(lower - offset + total * share, lower, upper);
    }
    case Transform::Anscombe: {
        const double half = std::max(x, 0.0) / 2;
        return std::max(0.0, half * half - 0.375);
    }
    case Transform::Auto:
    case Transform::None:
        break;
    }
    return x;
}

Scale Scale::resolved(const QVector<double> &values) const
{
    if (transform != Transform::Auto)
        return *this;
    Scale s = *this;
    s.transform = allPositive(finite(values)) ? Transform::Log : Transform::None;
    return s;
}

Scale chooseScale(Unit unit, const QVector<double> &values)
{
    const QVector<double> v = finite(values);
    Scale s;
    s.transform = Transform::None;
    if (v.isEmpty())
        return s;
    const auto [lo, hi] = std::minmax_element(v.cbegin(), v.cend());
    if (unit == Unit::Percent && *lo >= 0 && *hi <= 100 && *hi > *lo) {
        // The offset: a tenth of the usual distance to the nearer bound (at least half the
        // smallest one seen), so a value on the bound reads a few usual spreads away, not
        // infinitely; a larger offset squeezes the small shortfalls and, with them, the
        // spread, and the ordinary large ones read as anomalies (bench_analysis, near100).
        QVector<double> distance;
        double smallest = 0;
        for (double x : v) {
            const double d = std::min(x, 100 - x);
            distance << d;
            if (d > 0 && (smallest == 0 || d < smallest))
                smallest = d;
        }
        s.transform = Transform::Logit;
        s.offset = std::max(0.1 * Stats::median(distance), 0.5 * smallest);
        if (!(s.offset > 0))
            s.offset = 1; // every value on a bound: one percentage point
        return s;
    }
    const bool whole =
        std::all_of(v.cbegin(), v.cend(), [](double x) { return x >= 0 && x == std::floor(x); });
    if (unit == Unit::Count && whole && (*lo == 0 || Stats::median(v) <= 30)) {
        s.transform = Transform::Anscombe;
        return s;
    }
    if (*lo > 0)
        s.transform = Transform::Log;
    return s;
}

} // namespace Needle::Detection
