#pragma once

// Realistic generated KPI series for bench_analysis (issue 16): autocorrelated, skewed, bounded
// and small-count noise, weekly and yearly seasonality, holidays and missing days, at daily,
// weekly and monthly cadences, with spikes, dips and temporary level shifts injected at 3 to 10
// times the local spread. Also the analyst's baseline pipeline the issue measures against.

#include "demo/demoseries.h"
#include "domain/kpi.h"
#include "domain/measurement.h"

#include <QDate>
#include <QVector>

namespace Needle::Bench {

enum class Kind {
    Autocorrelated, // AR(1) noise, phi 0.3 to 0.8, 2-5% of the level (a business KPI)
    Skewed, // log-normal: order values and latencies (long right tails), AR(1) phi up to 0.5
    NearHundred, // uptime, on-time delivery: the shortfall from 100 % is log-normal
    SmallCount // Poisson counts with a mean of 3 to 25 (incidents, complaints)
};
const char *kindName(Kind k);

struct Injected
{
    int index = 0; // position on the regular grid of periods
    int end = 0; // last period of a temporary level shift (== index for spikes and dips)
    bool shift = false;
};

struct RealSeries
{
    Kind kind = Kind::Autocorrelated;
    Kpi kpi; // unit, direction, cadence, decimals as a real KPI of this kind would have
    Series clean; // the same noise without the events
    Series injected;
    QVector<Injected> events;
    QVector<bool> holiday; // per grid period: holidays are neither events nor false flags
    QVector<bool> missing; // per grid period: no value stored
    int length = 0; // periods on the grid
    double years = 0;
};

// The first period of the grid and the grid index of a period.
QDate gridDate(Cadence c, int i);
int gridIndex(Cadence c, const QDate &period);

// One series of a kind at a cadence; the generator draws the same numbers whatever is injected.
// length: periods (0: the cadence's own, 3 years of days, 5 of weeks, 8 of months; at least 40).
RealSeries generateReal(Kind kind, Cadence cadence, DemoRandom &rnd, int length = 0);

// The analyst's pipeline from issue 16, on the grid (missing periods interpolated): log (counts:
// log(1 + x)) or log of the gap to 100 for percentages near 100; an STL-like decomposition (a
// centred moving average over one cycle, seasonal medians per phase); AR(1)-whitened residuals;
// flags where the robust z of the whitened residual exceeds `threshold`. Grid indices.
QVector<int> analystFlags(const RealSeries &s, const Series &series, double threshold);

} // namespace Needle::Bench
