#include "analysis/detection.h"

#include "analysis/medians.h"
#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <vector>

namespace Needle::Detection {

namespace {

double robustScale(const QVector<double> &r)
{
    const double centre = Stats::median(r);
    double s = Stats::MadToSigma * Stats::mad(r, centre);
    if (s > 0)
        return s;
    double meanAbs = 0;
    for (double v : r)
        meanAbs += std::fabs(v - centre);
    meanAbs /= std::max<qsizetype>(1, r.size());
    return 1.2533 * meanAbs; // mean absolute deviation to sigma; 0 for a constant series
}

QVector<Flag> controlLimits(const QVector<double> &y, const Options &o)
{
    QVector<Flag> flags;
    const Stats::ControlLimits lim = Stats::xmrLimits(y);
    const double widen = o.threshold / 3.5; // sensitivity moves the limits too
    QVector<bool> flagged(y.size(), false);
    for (int i = 0; i < y.size(); ++i) {
        // Limits from the other values, so an outlier cannot widen its own limits: the mean
        // and the moving ranges that do not involve it.
        QVector<double> others = y;
        others.remove(i);
        double sum = 0, ranges = 0;
        int count = 0;
        for (double v : others)
            sum += v;
        for (int j = 1; j < y.size(); ++j)
            if (j != i && j - 1 != i) {
                ranges += std::fabs(y.at(j) - y.at(j - 1));
                ++count;
            }
        const double centre = sum / others.size();
        const double mr = count > 0 ? ranges / count : 0;
        const double low = centre - 2.66 * mr * widen, high = centre + 2.66 * mr * widen;
        if (mr > 0 ? (y.at(i) >= low && y.at(i) <= high) : y.at(i) == centre)
            continue;
        Flag f;
        f.index = i;
        f.expected = centre;
        f.low = low;
        f.high = high;
        const double sigma = mr / 1.128; // d2 for ranges of two
        f.score = sigma > 0 ? (y.at(i) - centre) / sigma : (y.at(i) > centre ? 99 : -99);
        f.method = AnomalyMethod::ControlLimits;
        flags << f;
        flagged[i] = true;
    }
    const double sigma = lim.averageMovingRange / 1.128;
    const double low = lim.centre - 2.66 * lim.averageMovingRange * widen;
    const double high = lim.centre + 2.66 * lim.averageMovingRange * widen;
    // Run rule: 8 values in a row on one side of the centre line; flagged once, at the 8th.
    int run = 0, side = 0;
    for (int i = 0; i < y.size(); ++i) {
        const int s = (y.at(i) > lim.centre) - (y.at(i) < lim.centre);
        run = s != 0 && s == side ? run + 1 : (s != 0 ? 1 : 0);
        side = s;
        if (run == 8 && !flagged.at(i)) {
            Flag f;
            f.index = i;
            f.expected = lim.centre;
            f.low = low;
            f.high = high;
            f.score = sigma > 0 ? (y.at(i) - lim.centre) / sigma : 0;
            f.kind = AnomalyKind::Run;
            f.method = AnomalyMethod::ControlLimits;
            f.runLength = run;
            flags << f;
        }
    }
    std::sort(flags.begin(), flags.end(),
              [](const Flag &a, const Flag &b) { return a.index < b.index; });
    return flags;
}

// Rosner's critical value for the i-th most extreme of n values; cached, since blocks of one
// size come back for every KPI.
double esdCriticalValue(int n, int i, double alpha)
{
    // One table per alpha (sensitivities use a few), keyed by n and i together.
    struct Table
    {
        double alpha;
        std::unordered_map<quint64, double> lambdas;
    };
    thread_local std::vector<Table> tables;
    auto table = std::find_if(tables.begin(), tables.end(),
                              [alpha](const Table &t) { return t.alpha == alpha; });
    if (table == tables.end()) {
        tables.push_back(Table{alpha, {}});
        table = tables.end() - 1;
    }
    const quint64 key = (quint64(quint32(n)) << 32) | quint32(i);
    const auto it = table->lambdas.find(key);
    if (it != table->lambdas.end())
        return it->second;
    const double p = 1 - alpha / (2.0 * (n - i + 1));
    const double t = Stats::studentTQuantile(p, n - i - 1);
    const double lambda = (n - i) * t / std::sqrt((n - i - 1 + t * t) * (n - i + 1));
    if (table->lambdas.size() > 100000)
        table->lambdas.clear();
    table->lambdas.emplace(key, lambda);
    return lambda;
}

// The level around each value: the median of its neighbours, without the value itself. Where
// the window is cut off by an end, the neighbours are first moved along the local slope, or a
// trending series would read its first and last values as outliers.
QVector<double> levelOf(const QVector<double> &z, int k)
{
    QVector<double> level = rollingMedian(z, k, true);
    const int n = int(z.size());
    if (n < 2 * k + 2)
        return level;
    const int lag = std::max(1, k);
    QVector<double> changes;
    auto slopeNear = [&](int from, int to) {
        changes.clear();
        for (int j = std::max(0, from); j + lag < std::min(n, to); ++j)
            changes << (z.at(j + lag) - z.at(j)) / lag;
        return changes.isEmpty() ? 0.0 : Stats::median(changes);
    };
    const double startSlope = slopeNear(0, 4 * k + 1), endSlope = slopeNear(n - 4 * k - 1, n);
    std::vector<double> window;
    for (int i = 0; i < n; ++i) {
        if (i == k && n - k > k)
            i = n - k; // the middle keeps the plain rolling median
        const double slope = i < k ? startSlope : endSlope;
        window.clear();
        for (int j = std::max(0, i - k); j <= std::min(n - 1, i + k); ++j)
            if (j != i)
                window.push_back(z.at(j) - slope * (j - i));
        if (!window.empty())
            level[i] = Stats::medianInPlace(window.data(), window.data() + window.size());
    }
    return level;
}

} // namespace

Options Options::forSensitivity(Sensitivity s, int seasonLength)
{
    Options o;
    o.seasonLength = seasonLength;
    switch (s) {
    case Sensitivity::Low:
        o.threshold = 4.5;
        o.alpha = 0.01;
        o.shiftThreshold = 6.5;
        break;
    case Sensitivity::Normal:
        break;
    case Sensitivity::High:
        o.threshold = 3.0;
        o.alpha = 0.1;
        o.shiftThreshold = 4.0;
        break;
    }
    return o;
}

Options Options::forKpi(const Kpi &kpi, int seasonLength, double periodsPerYear,
                        const QVector<double> &values)
{
    Options o = forSensitivity(kpi.sensitivity, seasonLength);
    o.scale = chooseScale(kpi.unit, values);
    // The false-alarm budget: at normal sensitivity, residuals as wide as normal noise would
    // cross the spike threshold once in ten KPI-years (a tenth of issue 16's budget of one flag
    // per KPI-year: real residuals have heavier tails, and shifts take their share); low
    // sensitivity allows a quarter of that, high four times as much. A KPI with more periods a
    // year (daily) gets a higher threshold, never one below the sensitivity's own.
    const double budget = kpi.sensitivity == Sensitivity::Low ? 0.025
        : kpi.sensitivity == Sensitivity::High                ? 0.4
                                                              : 0.1;
    if (periodsPerYear > 0) {
        const double perPeriod = std::min(0.5, budget / periodsPerYear);
        o.threshold = std::max(o.threshold, Stats::normalQuantile(1 - perPeriod / 2));
    }
    return o;
}

QVector<int> generalizedEsd(const QVector<double> &values, int maxOutliers, double alpha)
{
    const int n = int(values.size());
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return values.at(a) < values.at(b); });
    double sum = 0, sumSq = 0;
    for (double v : values) {
        sum += v;
        sumSq += v * v;
    }
    int lo = 0, hi = n - 1, found = 0;
    QVector<int> removed;
    for (int i = 1; i <= maxOutliers && hi - lo >= 2; ++i) {
        const int remaining = hi - lo + 1;
        const double mean = sum / remaining;
        const double var = std::max(0.0, (sumSq - sum * mean) / (remaining - 1));
        const double sd = std::sqrt(var);
        if (sd <= 0)
            break;
        const double dLo = mean - values.at(order.at(lo));
        const double dHi = values.at(order.at(hi)) - mean;
        const int pick = dHi >= dLo ? order.at(hi) : order.at(lo);
        const double r = std::max(dLo, dHi) / sd;
        (dHi >= dLo ? hi-- : lo++);
        sum -= values.at(pick);
        sumSq -= values.at(pick) * values.at(pick);
        removed << pick;
        const double lambda = esdCriticalValue(n, i, alpha);
        if (r > lambda)
            found = i;
    }
    return removed.mid(0, found);
}

namespace {

// Missing periods (NaN) take the mean of the nearest present values of their phase a cycle or
// more before and after, else the line between their present neighbours: the layers below
// need regular periods, and a gap must not move every later weekday onto the wrong phase.
QVector<double> fillMissing(const QVector<double> &x, int m)
{
    const int n = int(x.size());
    QVector<double> out = x;
    const int step = m >= 2 ? m : 1;
    for (int i = 0; i < n; ++i) {
        if (std::isfinite(x.at(i)))
            continue;
        double sum = 0;
        int count = 0;
        for (int dir : {-1, 1})
            for (int c = 1; c <= 3; ++c) {
                const int j = i + dir * c * step;
                if (j < 0 || j >= n)
                    break;
                if (std::isfinite(x.at(j))) {
                    sum += x.at(j);
                    ++count;
                    break;
                }
            }
        if (count > 0) {
            out[i] = sum / count;
            continue;
        }
        int a = i - 1, b = i + 1;
        while (a >= 0 && !std::isfinite(x.at(a)))
            --a;
        while (b < n && !std::isfinite(x.at(b)))
            ++b;
        out[i] = a < 0 ? x.at(b)
            : b >= n   ? x.at(a)
                       : x.at(a) + (x.at(b) - x.at(a)) * (i - a) / double(b - a);
    }
    return out;
}

// The seasonal term of every period: seasonal medians of the values less the level under the
// season. A long cycle (52 weeks) pools neighbouring phases; with few cycles each value's
// seasonal term leaves the value out, or the term would absorb the value's own noise and every
// score would be inflated. The level under the season: the median of a whole cycle around each
// value (a window clipped at the ends would hold half a cycle and lean with the season). The
// series' slope (median of the changes over one cycle) is taken out first, so a window cut off
// by an end does not lean with the trend either.
QVector<double> seasonalTerms(const QVector<double> &x, int m)
{
    const int n = int(x.size());
    QVector<double> season(n, 0.0);
    // Written through plain pointers: the lists' operator[] checks for sharing on every call.
    double *seasonAt = season.data();
    QVector<double> cycleChanges(n - m);
    double *cycleChangesAt = cycleChanges.data();
    for (int j = 0; j + m < n; ++j)
        cycleChangesAt[j] = (x.at(j + m) - x.at(j)) / m;
    const double slope = Stats::median(std::move(cycleChanges));
    QVector<double> flat(n);
    double *flatAt = flat.data();
    for (int i = 0; i < n; ++i)
        flatAt[i] = x.at(i) - slope * i;
    QVector<double> base(n);
    double *baseAt = base.data();
    {
        const QVector<double> cycles = slidingMedians(flat, m);
        for (int i = 0; i < n; ++i)
            baseAt[i] = cycles.at(std::clamp(i - m / 2, 0, n - m)) + slope * i;
    }
    const int pool = m > 12 ? 2 : 0;
    const bool leaveOut = n / m <= 10;
    QVector<double> phaseTerm(m, 0.0);
    double *phaseTermAt = phaseTerm.data();
    QVector<double> values;
    for (int i = 0, p = 0; i < n; ++i, p = p + 1 == m ? 0 : p + 1) { // p: i % m
        if (!leaveOut && i >= m) {
            seasonAt[i] = phaseTermAt[p];
            continue;
        }
        values.clear();
        for (int d = -pool; d <= pool; ++d)
            for (int j = ((p + d) % m + m) % m; j < n; j += m) // the values of that phase
                if (!leaveOut || j != i)
                    values << x.at(j) - baseAt[j];
        const double own = x.at(i) - baseAt[i];
        // Two others: their mean would carry an outlier among them; the median of three
        // (with the value itself) does not.
        if (leaveOut && values.size() == 2)
            values << own;
        // One other value: it may be the outlier; take the smaller seasonal effect.
        seasonAt[i] = values.size() == 1
            ? (std::fabs(values.at(0)) < std::fabs(own) ? values.at(0) : own)
            : Stats::median(values);
        if (!leaveOut)
            phaseTermAt[p] = seasonAt[i];
    }
    const double centre = Stats::median(leaveOut ? season : phaseTerm);
    for (int i = 0; i < n; ++i)
        seasonAt[i] -= centre;
    // A weak season estimated from few cycles is mostly the noise of its medians: the terms are
    // shrunk towards 0 by the share of their spread that noise explains (James-Stein), so a
    // yearly cycle of 2% under 10% noise does not add its estimation error to every residual.
    QVector<double> rest(n);
    for (int i = 0; i < n; ++i)
        rest[i] = x.at(i) - baseAt[i] - seasonAt[i];
    // The MAD alone: a season that explains every value but an outlier leaves no noise to shrink
    // by (the mean deviation robustScale falls back on would be the outlier's).
    const double noise = Stats::MadToSigma * Stats::mad(rest, Stats::median(rest));
    const int cycles = std::max(1, n / m - (leaveOut ? 1 : 0)) * (2 * pool + 1);
    const double termNoise = M_PI / 2 * noise * noise / cycles;
    double spread = 0;
    for (int i = 0; i < n; ++i)
        spread += seasonAt[i] * seasonAt[i] / n;
    const double keep = spread > 0 ? std::clamp(1 - termNoise / spread, 0.0, 1.0) : 0.0;
    for (int i = 0; i < n; ++i)
        seasonAt[i] *= keep;
    return season;
}

// The level-shift statistic at every period: the median of the w values from it against the
// median of the w before, less what the local trend (median of the w-period changes nearby)
// explains. shift[i] in the series' units, 0 where it is not computed.
QVector<double> shiftStatistic(const QVector<double> &z, int w)
{
    const int n = int(z.size());
    QVector<double> lagged(std::max(0, n - w));
    double *laggedAt = lagged.data();
    const double *zAt = z.constData();
    for (int j = 0; j + w < n; ++j)
        laggedAt[j] = (zAt[j + w] - zAt[j]) / w;
    QVector<double> shift(n, 0.0);
    double *shiftAt = shift.data();
    std::vector<double> scratch(static_cast<size_t>(9 * w + 1));
    auto medianOf = [&scratch](const QVector<double> &v, int from, int count) {
        std::copy(v.cbegin() + from, v.cbegin() + from + count, scratch.begin());
        return Stats::medianInPlace(scratch.data(), scratch.data() + count);
    };
    double slope = 0;
    // The local slope is the median of lagged[from, to), a window whose ends only move on: a
    // sorted copy of it is moved along instead of selecting the median afresh (the same
    // values, so the same median). Not finite values (overflow) take the old way.
    const bool lagFinite =
        std::all_of(lagged.cbegin(), lagged.cend(), [](double v) { return std::isfinite(v); });
    std::vector<double> lagWindow;
    int lagFrom = 0, lagTo = 0; // lagWindow holds lagged[lagFrom, lagTo), sorted
    const QVector<double> windows = slidingMedians(z, w); // windows[j]: median of z[j, j + w)
    for (int i = w, step = 0; i + 3 <= n;
         ++i, step = step + 1 == w ? 0 : step + 1) { // step: (i - w) % w
        const int after = std::min(w, n - i);
        const double before = windows.at(i - w);
        const double later = after == w ? windows.at(i) : medianOf(z, i, after);
        if (step == 0) { // the local trend changes slowly: once per w periods
            const int from = std::max(0, i - 5 * w), to = std::min(int(lagged.size()), i + 4 * w);
            if (!lagFinite) {
                slope = to > from ? medianOf(lagged, from, to - from) : 0;
            } else if (to <= from) {
                lagWindow.clear();
                lagFrom = lagTo = from;
                slope = 0;
            } else {
                if (from >= lagTo) {
                    lagWindow.clear();
                    lagFrom = lagTo = from;
                }
                slideSorted(lagWindow, laggedAt + lagFrom, from - lagFrom, laggedAt + lagTo,
                            to - lagTo);
                lagFrom = from;
                lagTo = to;
                const size_t c = lagWindow.size();
                slope = c % 2 ? lagWindow[c / 2] : (lagWindow[c / 2 - 1] + lagWindow[c / 2]) / 2;
            }
        }
        shiftAt[i] = later - before - slope * (w + after) / 2.0;
    }
    return shift;
}

struct Shifts
{
    QVector<int> at; // periods where a new level starts
    QVector<double> shift; // the statistic at every period (see shiftStatistic)
    QVector<double> before; // the level before each shift (the median of the w before it)
    QVector<double> size; // each shift's size: the statistic at its peak
};

// The standard error of the shift statistic (a difference of medians of w values) when the
// noise is autocorrelated. An AR(1) coefficient phi is read from the spread of the changes over
// one and two periods (Var(z[t] - z[t-2]) / Var(z[t] - z[t-1]) = 1 + phi; medians of absolute
// changes, so spikes and the one large change at a shift hardly count), the noise's variance
// from the one-period changes (2 sigma^2 (1 - phi)); the variance of the difference of two
// adjacent means of w values then follows from the autocovariances sigma^2 phi^|i-j|, and a
// median's is pi/2 times a mean's. 0 when there is too little to tell.
double autocorrelatedShiftSe(const QVector<double> &z, int w)
{
    const int n = int(z.size());
    if (n < 4 * w)
        return 0;
    QVector<double> d1, d2;
    for (int i = 2; i < n; ++i) {
        d1 << std::fabs(z.at(i) - z.at(i - 1));
        d2 << std::fabs(z.at(i) - z.at(i - 2));
    }
    const double m1 = Stats::median(d1), m2 = Stats::median(d2);
    if (!(m1 > 0))
        return 0;
    const double phi = std::clamp((m2 / m1) * (m2 / m1) - 1, 0.0, 0.95);
    const double sd1 = Stats::MadToSigma * m1; // about sigma * sqrt(2 (1 - phi))
    const double variance = sd1 * sd1 / (2 * (1 - phi));
    double sum = 0;
    for (int i = 0; i < 2 * w; ++i)
        for (int j = 0; j < 2 * w; ++j)
            sum += ((i < w) == (j < w) ? 1 : -1) * std::pow(phi, std::abs(i - j));
    return std::sqrt(std::max(0.0, variance * sum) * M_PI / 2) / w;
}

// Level shifts: peaks of the shift statistic over its standard error, at least 2.5 sigmas,
// held by 3/4 of the values after them. The standard error is the larger of what independent
// noise with the residuals' spread gives and what autocorrelated noise would: such noise
// wanders, its medians of w values differ by more than independent noise's, and a wander must
// not read as a string of level shifts (an effective sample size below w).
Shifts findShifts(const QVector<double> &z, double sigma, int w, double threshold)
{
    const int n = int(z.size());
    Shifts out;
    out.shift = shiftStatistic(z, w);
    const double seWhole = sigma * 1.2533 * std::sqrt(2.0 / w);
    const double seWander = autocorrelatedShiftSe(z, w);
    const double inflate = seWhole > 0 ? std::max(1.0, seWander / seWhole) : 1.0;
    QVector<double> score(n, 0.0);
    for (int i = w; i + 3 <= n; ++i) {
        const int after = std::min(w, n - i);
        const double se = sigma * 1.2533 * std::sqrt(1.0 / w + 1.0 / after) * inflate;
        score[i] = se > 0 ? out.shift.at(i) / se : 0;
    }
    const QVector<double> windows = slidingMedians(z, w);
    for (int i = w; i + 3 <= n; ++i) {
        const double s = std::fabs(score.at(i));
        if (s < threshold || std::fabs(out.shift.at(i)) < 2.5 * sigma)
            continue;
        bool peak = true;
        for (int j = std::max(w, i - w); j <= std::min(n - 3, i + w) && peak; ++j)
            if (j != i && (std::fabs(score.at(j)) > s || (std::fabs(score.at(j)) == s && j < i)))
                peak = false;
        if (!peak)
            continue;
        // The new level must hold: most values after it stay beyond the midpoint.
        const int after = std::min(w, n - i);
        const double mid = windows.at(i - w) + out.shift.at(i) / 2;
        int held = 0;
        for (int j = i; j < i + after; ++j)
            held += out.shift.at(i) > 0 ? z.at(j) > mid : z.at(j) < mid;
        if (held * 4 < after * 3)
            continue;
        // Dated at the first value of the new level: the statistic can peak a few periods
        // late (values that go on moving the same way, or a change within the first w
        // periods, where it is not computed); every value from the date on is past the
        // midpoint.
        int start = i;
        while (start - 1 >= std::max(1, i - w)
               && (out.shift.at(i) > 0 ? z.at(start - 1) > mid : z.at(start - 1) < mid))
            --start;
        out.at << start;
        out.before << windows.at(i - w);
        out.size << out.shift.at(i);
    }
    return out;
}

// The level followed within each stretch between shifts, so the values next to a shift are
// compared with their own level, not with a median straddling two.
QVector<double> followLevels(const QVector<double> &z, const QVector<int> &shifts, int k)
{
    QVector<double> level(z.size());
    QVector<int> bounds{0};
    for (int sh : shifts)
        bounds << sh;
    bounds << int(z.size());
    for (int b = 0; b + 1 < bounds.size(); ++b) {
        const QVector<double> part =
            levelOf(z.mid(bounds.at(b), bounds.at(b + 1) - bounds.at(b)), k);
        std::copy(part.cbegin(), part.cend(), level.begin() + bounds.at(b));
    }
    return level;
}

// Values left out of `cleaned` (NaN) filled from their neighbours within each stretch between
// shifts, so a fill never borrows from the other side of a shift; a stretch with nothing left
// keeps the values of z.
QVector<double> fillWithin(const QVector<double> &cleaned, const QVector<double> &z,
                           const QVector<int> &shifts)
{
    QVector<double> out(z.size());
    QVector<int> bounds{0};
    for (int sh : shifts)
        bounds << sh;
    bounds << int(z.size());
    for (int b = 0; b + 1 < bounds.size(); ++b) {
        const int from = bounds.at(b), count = bounds.at(b + 1) - bounds.at(b);
        const QVector<double> part = cleaned.mid(from, count);
        const bool anyPresent =
            std::any_of(part.cbegin(), part.cend(), [](double v) { return std::isfinite(v); });
        const QVector<double> filled = anyPresent ? fillMissing(part, 0) : z.mid(from, count);
        std::copy(filled.cbegin(), filled.cend(), out.begin() + bounds.at(b));
    }
    return out;
}

// Spikes: residuals far from the level, by the generalised ESD test on blocks of the
// residuals once there is a season, by a robust z otherwise; at least `threshold` sigmas.
std::vector<char> findSpikes(const QVector<double> &resid, double sigma, bool seasonal, int m,
                             const Options &o)
{
    const int n = int(resid.size());
    std::vector<char> spike(size_t(n), 0);
    if (!(sigma > 0)) {
        for (int i = 0; i < n; ++i)
            spike[size_t(i)] = resid.at(i) != 0;
        return spike;
    }
    if (!seasonal) {
        for (int i = 0; i < n; ++i)
            spike[size_t(i)] = std::fabs(resid.at(i)) / sigma > o.threshold;
        return spike;
    }
    const int block = std::max(2 * m, 100);
    QVector<double> scores(n);
    for (int i = 0; i < n; ++i)
        scores[i] = resid.at(i) / sigma;
    for (int start = 0; start < n; start += block) {
        int end = std::min(n, start + block);
        if (n - end < block / 2)
            end = n;
        const QVector<double> part = scores.mid(start, end - start);
        for (int j : generalizedEsd(part, std::max(1, int(part.size()) / 10), o.alpha))
            if (std::fabs(part.at(j)) >= o.threshold)
                spike[size_t(start + j)] = 1;
        start = end - block;
        if (end == n)
            break;
    }
    return spike;
}

// Series of fewer than 12 present values: control limits on the present values as they are.
QVector<Flag> shortSeries(const QVector<double> &y, const Options &o)
{
    QVector<double> present;
    QVector<int> index;
    for (int i = 0; i < y.size(); ++i)
        if (std::isfinite(y.at(i))) {
            present << y.at(i);
            index << i;
        }
    if (present.size() < 6)
        return {};
    QVector<Flag> flags = controlLimits(present, o);
    for (Flag &f : flags)
        f.index = index.at(f.index);
    return flags;
}

} // namespace

QVector<Flag> detect(const QVector<double> &y, const Options &o)
{
    const int n = int(y.size());
    const int present =
        int(std::count_if(y.cbegin(), y.cend(), [](double v) { return std::isfinite(v); }));
    if (present < 12)
        return shortSeries(y, o);
    const Scale scale = o.scale.resolved(y);
    QVector<double> x(n);
    for (int i = 0; i < n; ++i)
        x[i] = std::isfinite(y.at(i)) ? scale.forward(y.at(i)) : qQNaN();
    const int m = o.seasonLength;
    if (present < n)
        x = fillMissing(x, m);
    const bool seasonal = m >= 2 && n >= 2 * m;
    const QVector<double> season = seasonal ? seasonalTerms(x, m) : QVector<double>(n, 0.0);
    QVector<double> z(n);
    for (int i = 0; i < n; ++i)
        z[i] = x.at(i) - season.at(i);
    const int k = std::max(3, seasonal ? m / 2 : 3);
    QVector<double> level = levelOf(z, k);
    QVector<double> resid(n);
    for (int i = 0; i < n; ++i)
        resid[i] = z.at(i) - level.at(i);
    double sigma = robustScale(resid);

    auto makeFlag = [&](int i, double score, AnomalyKind kind, double centre) {
        Flag f;
        f.index = i;
        f.expected = scale.back(centre + season.at(i));
        f.low = scale.back(centre + season.at(i) - o.threshold * sigma);
        f.high = scale.back(centre + season.at(i) + o.threshold * sigma);
        f.score = score;
        f.kind = kind;
        f.method = seasonal ? AnomalyMethod::SeasonalEsd : AnomalyMethod::RobustZ;
        f.seasonal = seasonal;
        return f;
    };
    QVector<Flag> flags;
    const int w = std::clamp(seasonal ? m : 6, 4, 8);
    const Shifts shifts = findShifts(z, sigma, w, o.shiftThreshold);
    for (int s = 0; s < shifts.at.size(); ++s) {
        int i = shifts.at.at(s);
        while (i + 1 < n && !std::isfinite(y.at(i))) // dated on the first present value
            ++i;
        const double size = shifts.size.at(s);
        Flag f =
            makeFlag(i, sigma > 0 ? size / sigma : 0, AnomalyKind::LevelShift, shifts.before.at(s));
        f.levelBefore = scale.back(shifts.before.at(s));
        f.levelAfter = scale.back(shifts.before.at(s) + size);
        flags << f;
    }
    if (!shifts.at.isEmpty()) {
        level = followLevels(z, shifts.at, k);
        for (int i = 0; i < n; ++i)
            resid[i] = z.at(i) - level.at(i);
        sigma = robustScale(resid);
    }
    // A first look for outliers; the level is then followed again without them, so a cluster
    // of outliers (the holidays around Christmas) does not drag the level of the ordinary days
    // beside it, which would then read as spikes. Days without a value are left out too.
    {
        const std::vector<char> first = findSpikes(resid, sigma, seasonal, m, o);
        QVector<double> cleaned = z;
        bool any = false;
        for (int i = 0; i < n; ++i)
            if (first[size_t(i)] || !std::isfinite(y.at(i))) {
                cleaned[i] = qQNaN();
                any = true;
            }
        if (any) {
            level = followLevels(fillWithin(cleaned, z, shifts.at), shifts.at, k);
            for (int i = 0; i < n; ++i)
                resid[i] = z.at(i) - level.at(i);
            sigma = robustScale(resid);
        }
    }
    const std::vector<char> spike = findSpikes(resid, sigma, seasonal, m, o);
    for (int i = 0; i < n; ++i) {
        if (!spike[size_t(i)] || !std::isfinite(y.at(i)))
            continue;
        // A value at a level shift, departing the same way, belongs to the shift, not a spike.
        bool atShift = false;
        for (int s = 0; s < shifts.at.size(); ++s)
            atShift |= i >= shifts.at.at(s) - 1 && i <= shifts.at.at(s) + 1
                && (shifts.size.at(s) > 0) == (resid.at(i) > 0);
        if (atShift)
            continue;
        const double score = sigma > 0 ? resid.at(i) / sigma : (resid.at(i) > 0 ? 99 : -99);
        flags << makeFlag(i, score, AnomalyKind::Spike, level.at(i));
    }
    std::sort(flags.begin(), flags.end(),
              [](const Flag &a, const Flag &b) { return a.index < b.index; });
    return flags;
}

} // namespace Needle::Detection
