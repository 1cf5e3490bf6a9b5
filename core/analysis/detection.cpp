#include "analysis/detection.h"

#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

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
    std::sort(flags.begin(), flags.end(), [](const Flag &a, const Flag &b) { return a.index < b.index; });
    return flags;
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

QVector<double> rollingMedian(const QVector<double> &values, int k, bool excludeCentre)
{
    const int n = int(values.size());
    QVector<double> out(n);
    QVector<double> window;
    window.reserve(2 * k + 1);
    for (int i = 0; i < n; ++i) {
        window.clear();
        for (int j = std::max(0, i - k); j <= std::min(n - 1, i + k); ++j)
            if (!excludeCentre || j != i)
                window << values.at(j);
        out[i] = window.isEmpty() ? values.at(i) : Stats::median(window);
    }
    return out;
}

QVector<int> generalizedEsd(const QVector<double> &values, int maxOutliers, double alpha)
{
    const int n = int(values.size());
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return values.at(a) < values.at(b); });
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
        const double p = 1 - alpha / (2.0 * (n - i + 1));
        const double t = Stats::studentTQuantile(p, n - i - 1);
        const double lambda = (n - i) * t / std::sqrt((n - i - 1 + t * t) * (n - i + 1));
        if (r > lambda)
            found = i;
    }
    return removed.mid(0, found);
}

QVector<Flag> detect(const QVector<double> &y, const Options &o)
{
    const int n = int(y.size());
    if (n < 6)
        return {};
    if (n < 12)
        return controlLimits(y, o);

    const bool logScale = *std::min_element(y.cbegin(), y.cend()) > 0;
    QVector<double> x = y;
    if (logScale)
        for (double &v : x)
            v = std::log(v);
    auto back = [logScale](double v) { return logScale ? std::exp(v) : v; };

    const int m = o.seasonLength;
    const bool seasonal = m >= 2 && n >= 2 * m;
    QVector<double> season(n, 0.0);
    if (seasonal) {
        const QVector<double> base = rollingMedian(x, m / 2, false);
        QVector<QVector<double>> byPhase(m);
        for (int i = 0; i < n; ++i)
            byPhase[i % m] << x.at(i) - base.at(i);
        QVector<double> s(m);
        for (int p = 0; p < m; ++p) {
            const QVector<double> &at = byPhase.at(p);
            // With two cycles a median is a mean and one outlier would make a season of it:
            // take the value nearer zero (the smaller seasonal effect) instead.
            s[p] = at.size() == 2 ? (std::fabs(at.at(0)) < std::fabs(at.at(1)) ? at.at(0) : at.at(1))
                                  : Stats::median(at);
        }
        const double centre = Stats::median(s);
        for (int i = 0; i < n; ++i)
            season[i] = s.at(i % m) - centre;
    }
    QVector<double> z(n);
    for (int i = 0; i < n; ++i)
        z[i] = x.at(i) - season.at(i);
    const int k = std::max(3, seasonal ? m / 2 : 3);
    const QVector<double> trend = rollingMedian(z, k, true);
    QVector<double> resid(n);
    for (int i = 0; i < n; ++i)
        resid[i] = z.at(i) - trend.at(i);
    const double sigma = robustScale(resid);

    QVector<Flag> flags;
    auto makeFlag = [&](int i, double score, AnomalyKind kind, AnomalyMethod method, double centre) {
        Flag f;
        f.index = i;
        f.expected = back(centre + season.at(i));
        f.low = back(centre + season.at(i) - o.threshold * sigma);
        f.high = back(centre + season.at(i) + o.threshold * sigma);
        f.score = score;
        f.kind = kind;
        f.method = method;
        f.seasonal = seasonal;
        return f;
    };

    // Level shifts: the median of the values after a point against the median before it, less
    // what the local trend (median of the w-period changes nearby) explains.
    const int w = std::clamp(seasonal ? m : 6, 4, 8);
    QVector<double> lagged(std::max(0, n - w));
    for (int j = 0; j + w < n; ++j)
        lagged[j] = (z.at(j + w) - z.at(j)) / w;
    QVector<double> shift(n, 0.0), shiftScore(n, 0.0);
    for (int i = w; i + 3 <= n; ++i) {
        const int after = std::min(w, n - i);
        const double before = Stats::median(z.mid(i - w, w));
        const double later = Stats::median(z.mid(i, after));
        const int from = std::max(0, i - 5 * w), to = std::min(int(lagged.size()), i + 4 * w);
        const double slope = to > from ? Stats::median(lagged.mid(from, to - from)) : 0;
        shift[i] = later - before - slope * (w + after) / 2.0;
        const double se = sigma * 1.2533 * std::sqrt(1.0 / w + 1.0 / after);
        shiftScore[i] = se > 0 ? shift.at(i) / se : 0;
    }
    QVector<int> shifts;
    for (int i = w; i + 3 <= n; ++i) {
        const double s = std::fabs(shiftScore.at(i));
        if (s < o.shiftThreshold || std::fabs(shift.at(i)) < 2.5 * sigma)
            continue;
        bool peak = true;
        for (int j = std::max(w, i - w); j <= std::min(n - 3, i + w) && peak; ++j)
            if (j != i && (std::fabs(shiftScore.at(j)) > s || (std::fabs(shiftScore.at(j)) == s && j < i)))
                peak = false;
        if (!peak)
            continue;
        // The new level must hold: most values after it stay beyond the midpoint.
        const int after = std::min(w, n - i);
        const double before = Stats::median(z.mid(i - w, w));
        const double mid = before + shift.at(i) / 2;
        int held = 0;
        for (int j = i; j < i + after; ++j)
            held += shift.at(i) > 0 ? z.at(j) > mid : z.at(j) < mid;
        if (held * 4 < after * 3)
            continue;
        Flag f = makeFlag(i, sigma > 0 ? shift.at(i) / sigma : 0, AnomalyKind::LevelShift,
                          seasonal ? AnomalyMethod::SeasonalEsd : AnomalyMethod::RobustZ, before);
        f.levelBefore = back(before);
        f.levelAfter = back(before + shift.at(i));
        flags << f;
        shifts << i;
    }

    // Spikes: residuals far from the rolling median.
    QVector<bool> spike(n, false);
    if (sigma > 0) {
        if (seasonal) {
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
                        spike[start + j] = true;
                start = end - block;
                if (end == n)
                    break;
            }
        } else {
            for (int i = 0; i < n; ++i)
                spike[i] = std::fabs(resid.at(i)) / sigma > o.threshold;
        }
    } else {
        for (int i = 0; i < n; ++i)
            spike[i] = resid.at(i) != 0;
    }
    for (int i = 0; i < n; ++i) {
        if (!spike.at(i))
            continue;
        // A value at a level shift belongs to the shift, not to a spike.
        if (std::any_of(shifts.cbegin(), shifts.cend(), [&](int s) { return i >= s - 1 && i <= s + 1; }))
            continue;
        const double score = sigma > 0 ? resid.at(i) / sigma : (resid.at(i) > 0 ? 99 : -99);
        flags << makeFlag(i, score, AnomalyKind::Spike,
                          seasonal ? AnomalyMethod::SeasonalEsd : AnomalyMethod::RobustZ, trend.at(i));
    }
    std::sort(flags.begin(), flags.end(), [](const Flag &a, const Flag &b) { return a.index < b.index; });
    return flags;
}

} // namespace Needle::Detection
