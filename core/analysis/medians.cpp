#include "analysis/medians.h"

#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Needle::Detection {

namespace {

// Slides a sorted window one step: one occurrence of `out` (in the window) is replaced by `in`,
// moved along until the window is sorted again. One pass, no allocation.
void replaceSorted(double *sorted, int w, double out, double in)
{
    int p = int(std::lower_bound(sorted, sorted + w, out) - sorted);
    if (in > out) {
        for (; p + 1 < w && sorted[p + 1] < in; ++p)
            sorted[p] = sorted[p + 1];
    } else {
        for (; p > 0 && sorted[p - 1] > in; --p)
            sorted[p] = sorted[p - 1];
    }
    sorted[p] = in;
}

// Sorts W values by a fixed network of compare-exchanges (odd-even transposition, W rounds):
// no branch depends on the values. Small windows (daily series: 6 and 7 values) are sorted
// afresh at every step this way, which costs less than sliding a sorted window whose moves the
// processor cannot predict. The same values in order, so the same medians.
#if defined(__SSE2__)
// minsd/maxsd: the same results as the portable expressions below, without a branch (compilers
// turn those into a branch once both results depend on one comparison).
inline void compareExchange(__m128d &x, __m128d &y)
{
    const __m128d a = x;
    x = _mm_min_sd(y, a); // y < a ? y : a
    y = _mm_max_sd(a, y); // a > y ? a : y
}

template <int W>
inline void sortSmall(double *v)
{
    __m128d r[W];
    for (int j = 0; j < W; ++j)
        r[j] = _mm_load_sd(v + j);
    for (int round = 0; round < W; ++round)
        for (int j = round & 1; j + 1 < W; j += 2)
            compareExchange(r[j], r[j + 1]);
    for (int j = 0; j < W; ++j)
        _mm_store_sd(v + j, r[j]);
}

// Only the middle of 7 values (rank 3), or of 6 (ranks 2 and 3), is read: the compare-exchanges
// of the full sort that cannot change those ranks are left out (checked on every 0/1 input,
// which settles it for all inputs of a comparator network).
template <int W>
inline void middleSmall(double *v)
{
    if constexpr (W == 7 || W == 6) {
        __m128d r[W];
        for (int j = 0; j < W; ++j)
            r[j] = _mm_load_sd(v + j);
        auto x = [&r](int a, int b) { compareExchange(r[a], r[b]); };
        x(2, 3), x(1, 2), x(3, 4), x(0, 1), x(2, 3), x(4, 5), x(1, 2), x(3, 4);
        if constexpr (W == 7)
            x(5, 6);
        x(0, 1), x(2, 3), x(4, 5), x(1, 2), x(3, 4);
        if constexpr (W == 7)
            x(2, 3);
        for (int j = 0; j < W; ++j)
            _mm_store_sd(v + j, r[j]);
    } else {
        sortSmall<W>(v);
    }
}
#else
template <int W>
inline void sortSmall(double *v)
{
    for (int round = 0; round < W; ++round)
        for (int j = round & 1; j + 1 < W; j += 2) {
            const double a = v[j], b = v[j + 1];
            v[j] = b < a ? b : a;
            v[j + 1] = b < a ? a : b;
        }
}

template <int W>
inline void middleSmall(double *v)
{
    sortSmall<W>(v);
}
#endif

template <int W>
void slidingSmall(const double *v, int n, double *o)
{
    double s[W] = {};
    for (int j = 0; j + W <= n; ++j) {
        std::copy(v + j, v + j + W, s);
        middleSmall<W>(s);
        o[j] = W % 2 ? s[W / 2] : (s[W / 2 - 1] + s[W / 2]) / 2;
    }
}

// Medians of the whole windows around i (k <= i < n - k), with or without the centre.
template <int K, bool ExcludeCentre>
void rollingSmall(const double *v, int n, double *o)
{
    constexpr int W = ExcludeCentre ? 2 * K : 2 * K + 1;
    double s[W] = {};
    for (int i = K; i < n - K; ++i) {
        std::copy(v + i - K, v + i, s);
        s[K] = v[i];
        std::copy(v + i + 1, v + i + K + 1, s + (ExcludeCentre ? K : K + 1));
        middleSmall<W>(s);
        o[i] = ExcludeCentre ? (s[K - 1] + s[K]) / 2 : s[K];
    }
}

// Sorts a few values: a network for up to 8 (no branch on the values), else the library.
void sortFew(double *v, int n)
{
    switch (n) {
    case 0:
    case 1:
        return;
    case 2:
        sortSmall<2>(v);
        return;
    case 3:
        sortSmall<3>(v);
        return;
    case 4:
        sortSmall<4>(v);
        return;
    case 5:
        sortSmall<5>(v);
        return;
    case 6:
        sortSmall<6>(v);
        return;
    case 7:
        sortSmall<7>(v);
        return;
    case 8:
        sortSmall<8>(v);
        return;
    default:
        std::sort(v, v + n);
    }
}

bool allFinite(const QVector<double> &values)
{
    return std::all_of(values.cbegin(), values.cend(), [](double v) { return std::isfinite(v); });
}

} // namespace

// Moves a sorted window of finite values on: the `outCount` values at `out` (all in the window)
// leave it and the `inCount` values at `in` join it. Both groups are sorted, then one pass drops
// the leaving values and one merges the new ones in from the end: the same sorted values as
// removing and inserting them one by one, without a search or a move per value.
void slideSorted(std::vector<double> &window, const double *out, int outCount, const double *in,
                 int inCount)
{
    thread_local std::vector<double> leaving, joining;
    leaving.assign(out, out + outCount);
    sortFew(leaving.data(), outCount);
    leaving.push_back(qQNaN()); // equal to nothing: past the last one nothing is dropped
    const double *drop = leaving.data();
    size_t kept = 0;
    for (size_t j = 0; j < window.size(); ++j) {
        const double v = window[j];
        const bool leaves = v == *drop;
        window[kept] = v;
        kept += !leaves;
        drop += leaves;
    }
    joining.assign(in, in + inCount);
    sortFew(joining.data(), inCount);
    window.resize(kept + size_t(inCount));
    std::ptrdiff_t i = std::ptrdiff_t(kept) - 1, j = inCount - 1,
                   o = std::ptrdiff_t(window.size()) - 1;
    double *w = window.data();
    const double *add = joining.data();
    while (j >= 0) { // a kept value greater than the next new one goes after it
        const double k = w[std::max<std::ptrdiff_t>(i, 0)], a = add[j];
        const bool takeKept = (i >= 0) & (k > a);
        w[o--] = takeKept ? k : a;
        i -= takeKept;
        j -= !takeKept;
    }
}

QVector<double> slidingMedians(const QVector<double> &values, int w)
{
    const int n = int(values.size());
    if (w <= 0 || n < w)
        return {};
    QVector<double> out(n - w + 1);
    if (w <= 8 && allFinite(values)) {
        switch (w) {
        case 1:
            std::copy(values.cbegin(), values.cend(), out.begin());
            return out;
        case 2:
            slidingSmall<2>(values.constData(), n, out.data());
            return out;
        case 3:
            slidingSmall<3>(values.constData(), n, out.data());
            return out;
        case 4:
            slidingSmall<4>(values.constData(), n, out.data());
            return out;
        case 5:
            slidingSmall<5>(values.constData(), n, out.data());
            return out;
        case 6:
            slidingSmall<6>(values.constData(), n, out.data());
            return out;
        case 7:
            slidingSmall<7>(values.constData(), n, out.data());
            return out;
        case 8:
            slidingSmall<8>(values.constData(), n, out.data());
            return out;
        }
    }
    // A sorted copy of the window, updated by one removal and one insertion per step.
    std::vector<double> sorted(values.cbegin(), values.cbegin() + w);
    std::sort(sorted.begin(), sorted.end());
    auto median = [&] {
        return w % 2 ? sorted[size_t(w / 2)]
                     : (sorted[size_t(w / 2 - 1)] + sorted[size_t(w / 2)]) / 2;
    };
    double *o = out.data();
    const double *v = values.constData();
    o[0] = median();
    for (int j = 1; j + w <= n; ++j) {
        replaceSorted(sorted.data(), w, v[j - 1], v[j + w - 1]);
        o[j] = median();
    }
    return out;
}

QVector<double> rollingMedian(const QVector<double> &values, int k, bool excludeCentre)
{
    const int n = int(values.size());
    QVector<double> out(n);
    std::vector<double> window(static_cast<size_t>(2 * k + 1));
    auto direct = [&](int i) {
        size_t count = 0;
        for (int j = std::max(0, i - k); j <= std::min(n - 1, i + k); ++j)
            if (!excludeCentre || j != i)
                window[count++] = values.at(j);
        return count == 0 ? values.at(i)
                          : Stats::medianInPlace(window.data(), window.data() + count);
    };
    const int full = 2 * k + 1;
    if (n < full + 2) {
        for (int i = 0; i < n; ++i)
            out[i] = direct(i);
        return out;
    }
    for (int i = 0; i < k; ++i)
        out[i] = direct(i);
    for (int i = n - k; i < n; ++i)
        out[i] = direct(i);
    if (k >= 1 && k <= 3 && allFinite(values)) {
        double *o = out.data();
        const double *v = values.constData();
        switch (k * 2 + (excludeCentre ? 1 : 0)) {
        case 2:
            rollingSmall<1, false>(v, n, o);
            return out;
        case 3:
            rollingSmall<1, true>(v, n, o);
            return out;
        case 4:
            rollingSmall<2, false>(v, n, o);
            return out;
        case 5:
            rollingSmall<2, true>(v, n, o);
            return out;
        case 6:
            rollingSmall<3, false>(v, n, o);
            return out;
        case 7:
            rollingSmall<3, true>(v, n, o);
            return out;
        }
    }
    // Whole windows: a sorted window slides along; without the centre, the median of the
    // remaining 2k values is the mean of ranks k-1 and k once the centre's rank is skipped.
    std::vector<double> sorted(values.cbegin(), values.cbegin() + full);
    std::sort(sorted.begin(), sorted.end());
    double *o = out.data();
    const double *v = values.constData();
    const double *s = sorted.data();
    for (int i = k; i < n - k; ++i) {
        if (i > k)
            replaceSorted(sorted.data(), full, v[i - k - 1], v[i + k]);
        if (!excludeCentre) {
            o[i] = s[k];
            continue;
        }
        const int r = int(std::lower_bound(s, s + full, v[i]) - s);
        auto rank = [&](int q) { return s[q < r ? q : q + 1]; };
        o[i] = (rank(k - 1) + rank(k)) / 2;
    }
    return out;
}

} // namespace Needle::Detection
