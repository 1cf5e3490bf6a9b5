#include "benchseries.h"

#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>

namespace Needle::Bench {

namespace {

struct Shape
{
    int length;
    int spikes;
    double shiftChance;
    int shiftMin, shiftMax; // duration of a temporary level shift, periods
    double missingRate;
    double periodsPerYear;
};

Shape shapeOf(Cadence c)
{
    switch (c) {
    case Cadence::Daily:
        return {1095, 5, 0.7, 5, 30, 0.015, 365.25};
    case Cadence::Weekly:
        return {260, 3, 0.6, 3, 10, 0.01, 52.18};
    default:
        return {96, 2, 0.5, 3, 6, 0.01, 12};
    }
}

bool isHoliday(Cadence c, const QDate &d)
{
    auto fixed = [](const QDate &x) {
        const int md = x.month() * 100 + x.day();
        return md == 101 || md == 501 || md == 1224 || md == 1225 || md == 1226 || md == 1231;
    };
    if (c == Cadence::Daily)
        return fixed(d);
    if (c == Cadence::Weekly) // the weeks holding Christmas and New Year
        for (int i = 0; i < 7; ++i)
            if (fixed(d.addDays(i)) && d.addDays(i).month() * 100 + d.addDays(i).day() != 501)
                return true;
    return false;
}

Kpi kpiFor(Kind kind, Cadence cadence, int variant)
{
    Kpi k;
    k.id = 1;
    k.key = QStringLiteral("k");
    k.name = QStringLiteral("KPI");
    k.cadence = cadence;
    k.aggregation = Aggregation::Last;
    k.ownerId = 1;
    switch (kind) {
    case Kind::Autocorrelated:
        k.unit = Unit::Currency;
        k.currency = QStringLiteral("EUR");
        break;
    case Kind::Skewed: // order value (currency) or latency (lower is better)
        k.unit = variant ? Unit::Duration : Unit::Currency;
        k.currency = variant ? QString() : QStringLiteral("EUR");
        k.direction = variant ? Direction::LowerIsBetter : Direction::HigherIsBetter;
        k.decimals = 1;
        break;
    case Kind::NearHundred:
        k.name = variant ? QStringLiteral("Uptime") : QStringLiteral("On-time delivery");
        k.unit = Unit::Percent;
        k.decimals = 2;
        break;
    case Kind::SmallCount:
        k.name = QStringLiteral("Incidents");
        k.unit = Unit::Count;
        k.direction = Direction::LowerIsBetter;
        break;
    }
    return k;
}

} // namespace

const char *kindName(Kind k)
{
    switch (k) {
    case Kind::Autocorrelated:
        return "ar1";
    case Kind::Skewed:
        return "skewed";
    case Kind::NearHundred:
        return "near100";
    case Kind::SmallCount:
        return "counts";
    }
    return "";
}

QDate gridDate(Cadence c, int i)
{
    switch (c) {
    case Cadence::Daily:
        return QDate(2021, 1, 4).addDays(i); // a Monday
    case Cadence::Weekly:
        return QDate(2019, 1, 7).addDays(7 * i); // a Monday
    default:
        return QDate(2016, 1, 1).addMonths(i);
    }
}

int gridIndex(Cadence c, const QDate &period)
{
    const QDate start = gridDate(c, 0);
    switch (c) {
    case Cadence::Daily:
        return int(start.daysTo(period));
    case Cadence::Weekly:
        return int(start.daysTo(period) / 7);
    default:
        return (period.year() - start.year()) * 12 + period.month() - start.month();
    }
}

// The events: where, how big (in local spreads, signed) and how long. Drawn first so that the
// noise that follows is the same for the clean and the injected series.
struct Plan
{
    QVector<Injected> events;
    QVector<double> sizes;
};

Plan planEvents(const Shape &sh, const QVector<bool> &blocked, DemoRandom &rnd)
{
    Plan plan;
    const int n = sh.length;
    QVector<bool> taken = blocked;
    auto freeAround = [&](int from, int to) {
        for (int j = std::max(0, from - 3); j <= std::min(n - 1, to + 3); ++j)
            if (taken.at(j))
                return false;
        return true;
    };
    auto draw = [&](bool shift) {
        const int duration =
            shift ? sh.shiftMin + int(rnd.uniform() * (sh.shiftMax - sh.shiftMin + 1)) : 1;
        const double size = (3 + 7 * rnd.uniform()) * (rnd.uniform() < 0.5 ? -1 : 1);
        for (int tries = 0; tries < 100; ++tries) {
            const int at = 14 + int(rnd.uniform() * (n - 17 - duration));
            if (!freeAround(at, at + duration - 1))
                continue;
            for (int j = at; j < at + duration; ++j)
                taken[j] = true;
            plan.events << Injected{at, at + duration - 1, shift};
            plan.sizes << size;
            return;
        }
    };
    if (rnd.uniform() < sh.shiftChance)
        draw(true);
    for (int s = 0; s < sh.spikes; ++s)
        draw(false);
    return plan;
}

RealSeries generateReal(Kind kind, Cadence cadence, DemoRandom &rnd, int length)
{
    Shape sh = shapeOf(cadence);
    if (length > 0) { // a shorter history: events in proportion (one spike at least)
        sh.spikes = std::max(1, int(std::lround(sh.spikes * double(length) / sh.length)));
        sh.shiftMax = std::max(sh.shiftMin, std::min(sh.shiftMax, length / 4));
        sh.length = length;
    }
    const int n = sh.length;
    RealSeries out;
    out.kind = kind;
    out.kpi = kpiFor(kind, cadence, rnd.uniform() < 0.5 ? 1 : 0);
    out.length = n;
    out.years = n / sh.periodsPerYear;
    out.holiday.resize(n);
    out.missing.resize(n);
    for (int i = 0; i < n; ++i) {
        out.holiday[i] = kind != Kind::NearHundred && isHoliday(cadence, gridDate(cadence, i));
        out.missing[i] = rnd.uniform() < sh.missingRate;
    }
    if (cadence == Cadence::Daily && rnd.uniform() < 0.5) { // a feed down for 2 to 7 days
        const int at = 20 + int(rnd.uniform() * (n - 40)), len = 2 + int(rnd.uniform() * 6);
        for (int j = at; j < at + len; ++j)
            out.missing[j] = true;
    }
    QVector<bool> blocked(n);
    for (int i = 0; i < n; ++i)
        blocked[i] = out.holiday.at(i) || out.missing.at(i);
    const Plan plan = planEvents(sh, blocked, rnd);
    out.events = plan.events;
    QVector<double> effect(n, 0.0); // in local spreads, on the kind's own scale
    for (int e = 0; e < plan.events.size(); ++e) {
        // Counts: only rises (a dip below a mean of 3 is no event); percentages near 100: mostly
        // a larger shortfall (an outage), one event in four an unusually small one.
        const bool up = kind == Kind::SmallCount || (kind == Kind::NearHundred && e % 4 != 3);
        for (int j = plan.events.at(e).index; j <= plan.events.at(e).end; ++j)
            effect[j] = up ? std::fabs(plan.sizes.at(e)) : plan.sizes.at(e);
    }

    // The shape: drift over the series, a weekly pattern (daily business KPIs), a yearly cycle.
    const double weekly[7] = {1.0, 1.04, 1.06, 1.05, 0.98, 0.72, 0.65};
    const bool business = kind != Kind::NearHundred;
    const double drift = (rnd.uniform() - 0.5) * 0.4;
    const double yearly = business ? 0.1 * rnd.uniform() : 0;
    const double phase = rnd.uniform() * 2 * M_PI;
    const double phi = kind == Kind::Autocorrelated ? 0.3 + 0.5 * rnd.uniform()
        : kind == Kind::SmallCount                  ? 0
                                                    : 0.6 * rnd.uniform();
    const double spread = kind == Kind::Autocorrelated ? 0.02 + 0.03 * rnd.uniform()
        : kind == Kind::Skewed                         ? 0.15 + 0.3 * rnd.uniform()
                                                       : 0.3 + 0.4 * rnd.uniform();
    const double level = kind == Kind::Autocorrelated ? 20000
        : kind == Kind::Skewed                        ? (out.kpi.unit == Unit::Duration ? 250 : 80)
        : kind == Kind::NearHundred                   ? 0.05 + 3.95 * rnd.uniform() // the gap
                                                      : 3 + 22 * rnd.uniform(); // the mean count
    // A holiday reads like a Sunday (a week holding one: about a sixth down).
    const double holidayFactor =
        cadence == Cadence::Daily ? 0.5 + 0.2 * rnd.uniform() : 0.8 + 0.1 * rnd.uniform();
    double a = rnd.normal(); // AR(1) with unit marginal variance
    for (int i = 0; i < n; ++i) {
        a = phi * a + std::sqrt(1 - phi * phi) * rnd.normal();
        const QDate d = gridDate(cadence, i);
        double base = level * (1 + drift * i / n)
            * (1 + yearly * std::sin(2 * M_PI * i / sh.periodsPerYear + phase));
        if (cadence == Cadence::Daily && business)
            base *= weekly[d.dayOfWeek() - 1];
        if (out.holiday.at(i))
            base *= holidayFactor;
        const double u = rnd.uniform(), k = effect.at(i);
        auto value = [&](double size) {
            switch (kind) {
            case Kind::Autocorrelated:
                return std::round(base * (1 + spread * (a + size)));
            case Kind::Skewed:
                return std::round(base * std::exp(spread * (a + size)) * 10) / 10;
            case Kind::NearHundred: {
                const double gap = std::min(60.0, base * std::exp(spread * (a + size)));
                return std::round((100 - gap) * 100) / 100;
            }
            case Kind::SmallCount: {
                // One Poisson draw (from the same uniform for both series: inversion), then the
                // event moves it on the variance-stabilised scale.
                double p = std::exp(-base), cdf = p;
                int x = 0;
                while (u > cdf && x < 1000) {
                    p *= base / ++x;
                    cdf += p;
                }
                const double anscombe = 2 * std::sqrt(x + 0.375) + size;
                return anscombe <= 2 * std::sqrt(0.375)
                    ? 0.0
                    : std::round(std::pow(anscombe / 2, 2) - 0.375);
            }
            }
            return base;
        };
        if (out.missing.at(i))
            continue;
        out.clean.dates << d;
        out.clean.values << value(0);
        out.injected.dates << d;
        out.injected.values << value(k);
    }
    return out;
}

namespace {

QVector<double> onGrid(const RealSeries &s, const Series &series)
{
    const Cadence c = s.kpi.cadence;
    QVector<double> y(s.length, qQNaN());
    for (int i = 0; i < series.size(); ++i)
        y[gridIndex(c, series.dates.at(i))] = series.values.at(i);
    // Missing periods: linear interpolation between the neighbours (what pandas would do).
    int last = -1;
    for (int i = 0; i < s.length; ++i) {
        if (std::isnan(y.at(i)))
            continue;
        for (int j = last + 1; j < i; ++j)
            y[j] =
                last < 0 ? y.at(i) : y.at(last) + (y.at(i) - y.at(last)) * (j - last) / (i - last);
        last = i;
    }
    for (int j = last + 1; j < s.length; ++j)
        y[j] = y.at(last);
    return y;
}

} // namespace

QVector<int> analystFlags(const RealSeries &s, const Series &series, double threshold)
{
    QVector<double> y = onGrid(s, series);
    const int n = int(y.size());
    for (double &v : y)
        v = s.kind == Kind::NearHundred  ? std::log(std::max(100 - v, 0.01))
            : s.kind == Kind::SmallCount ? std::log1p(v)
                                         : std::log(v);
    const int m =
        s.kpi.cadence == Cadence::Daily ? 7 : (s.kpi.cadence == Cadence::Weekly ? 52 : 12);
    // Trend: a centred moving average over one cycle (2 x m for an even m), ends held.
    QVector<double> trend(n);
    const int h = m / 2;
    for (int i = 0; i < n; ++i) {
        const int c = std::clamp(i, h, n - 1 - h);
        double sum = 0, weight = 0;
        for (int j = c - h; j <= c + h; ++j) {
            const double w = (m % 2 == 0 && (j == c - h || j == c + h)) ? 0.5 : 1;
            sum += w * y.at(j);
            weight += w;
        }
        trend[i] = sum / weight;
    }
    QVector<double> r(n);
    for (int p = 0; p < m; ++p) {
        QVector<double> phaseValues;
        for (int i = p; i < n; i += m)
            phaseValues << y.at(i) - trend.at(i);
        const double seasonal = Stats::median(phaseValues);
        for (int i = p; i < n; i += m)
            r[i] = y.at(i) - trend.at(i) - seasonal;
    }
    double mean = 0;
    for (double v : r)
        mean += v / n;
    double num = 0, den = 0;
    for (int i = 0; i < n; ++i) {
        den += (r.at(i) - mean) * (r.at(i) - mean);
        if (i > 0)
            num += (r.at(i) - mean) * (r.at(i - 1) - mean);
    }
    const double phi = den > 0 ? num / den : 0;
    QVector<double> e(n);
    e[0] = r.at(0);
    for (int i = 1; i < n; ++i)
        e[i] = r.at(i) - phi * r.at(i - 1);
    const double centre = Stats::median(e);
    const double scale = Stats::MadToSigma * Stats::mad(e, centre);
    QVector<int> flags;
    for (int i = 0; i < n; ++i)
        if (!s.missing.at(i) && scale > 0 && std::fabs(e.at(i) - centre) / scale > threshold)
            flags << i;
    return flags;
}

} // namespace Needle::Bench
