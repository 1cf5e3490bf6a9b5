#include "analysis/forecasting.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace Needle::Forecasting {

namespace {

constexpr double z80 = 1.2815516; // two-sided 80% interval of the normal distribution

double dampedSum(double phi, int h) // phi + phi^2 + ... + phi^h
{
    double s = 0, p = 1;
    for (int i = 0; i < h; ++i) {
        p *= phi;
        s += p;
    }
    return s;
}

struct HwFit
{
    double level = 0, trend = 0;
    QVector<double> season; // the last m seasonal terms, oldest first
    double alpha = 0, beta = 0, gamma = 0, phi = 1;
    double sse = 0;
    int errors = 0;
};

// One Holt-Winters run over y[0, n) with the seasonal terms in s[0, n): the fit without its
// season (the caller keeps the season of the best run only, so a grid search allocates nothing).
HwFit holtWintersRun(const double *y, int n, int m, double alpha, double beta, double gamma,
                     double phi, double *s)
{
    HwFit f;
    f.alpha = alpha, f.beta = beta, f.gamma = gamma, f.phi = phi;
    double first = 0, second = 0;
    for (int i = 0; i < m; ++i) {
        first += y[i];
        second += y[m + i];
    }
    first /= m;
    second /= m;
    f.level = first;
    f.trend = (second - first) / m;
    for (int i = 0; i < m; ++i)
        s[i] = y[i] - first;
    for (int t = m; t < n; ++t) {
        const double seasonal = s[t - m];
        const double predicted = f.level + phi * f.trend + seasonal;
        const double e = y[t] - predicted;
        if (t >= 2 * m) { // the first cycles only settle the state
            f.sse += e * e;
            ++f.errors;
        }
        const double previousLevel = f.level;
        f.level = alpha * (y[t] - seasonal) + (1 - alpha) * (f.level + phi * f.trend);
        f.trend = beta * (f.level - previousLevel) + (1 - beta) * phi * f.trend;
        s[t] = gamma * (y[t] - f.level) + (1 - gamma) * seasonal;
    }
    return f;
}

double hwForecast(const HwFit &f, int h)
{
    const int m = int(f.season.size());
    return f.level + dampedSum(f.phi, h) * f.trend + f.season.at((h - 1) % m);
}

HoltFit bestHolt(const QVector<double> &y)
{
    HoltFit best;
    best.sse = std::numeric_limits<double>::infinity();
    for (double a : {0.1, 0.2, 0.3, 0.5, 0.7, 0.9})
        for (double b : {0.01, 0.05, 0.15, 0.3})
            for (double p : {0.8, 0.9, 0.98}) {
                const HoltFit f = holt(y, a, b, p);
                if (f.sse < best.sse)
                    best = f;
            }
    return best;
}

HwFit bestHoltWinters(const QVector<double> &y, int m)
{
    HwFit best;
    best.sse = std::numeric_limits<double>::infinity();
    const int n = int(y.size());
    thread_local std::vector<double> s;
    s.assign(size_t(n) + 1, 0.0);
    for (double a : {0.1, 0.3, 0.5})
        for (double b : {0.01, 0.05, 0.15})
            for (double g : {0.05, 0.2, 0.4})
                for (double p : {0.9, 0.98}) {
                    HwFit f = holtWintersRun(y.constData(), n, m, a, b, g, p, s.data());
                    if (f.sse < best.sse) {
                        f.season = QVector<double>(s.cbegin() + (n - m), s.cbegin() + n);
                        best = f;
                    }
                }
    return best;
}

// One model's point forecasts h = 1..horizon and the spread of its one-step errors.
struct Run
{
    QVector<double> mean;
    double sigma = 0;
    double alpha = 0, beta = 0, phi = 1;
};

Run runModel(const QVector<double> &y, int m, bool seasonal, int horizon)
{
    Run r;
    if (seasonal) {
        const HwFit f = bestHoltWinters(y, m);
        for (int h = 1; h <= horizon; ++h)
            r.mean << hwForecast(f, h);
        r.sigma = f.errors > 0 ? std::sqrt(f.sse / f.errors) : 0;
        r.alpha = f.alpha, r.beta = f.beta, r.phi = f.phi;
    } else {
        const HoltFit f = bestHolt(y);
        for (int h = 1; h <= horizon; ++h)
            r.mean << holtForecast(f, h);
        r.sigma = f.errors > 0 ? std::sqrt(f.sse / f.errors) : 0;
        r.alpha = f.alpha, r.beta = f.beta, r.phi = f.phi;
    }
    return r;
}

} // namespace

HoltFit holt(const QVector<double> &y, double alpha, double beta, double phi)
{
    HoltFit f;
    f.alpha = alpha, f.beta = beta, f.phi = phi;
    if (y.isEmpty())
        return f;
    f.level = y.at(0);
    f.trend = y.size() > 1 ? y.at(1) - y.at(0) : 0;
    for (int t = 1; t < y.size(); ++t) {
        const double predicted = f.level + phi * f.trend;
        const double e = y.at(t) - predicted;
        if (t >= 2) { // the second value fixed the initial trend
            f.sse += e * e;
            ++f.errors;
        }
        const double previousLevel = f.level;
        f.level = alpha * y.at(t) + (1 - alpha) * predicted;
        f.trend = beta * (f.level - previousLevel) + (1 - beta) * phi * f.trend;
    }
    return f;
}

double holtForecast(const HoltFit &fit, int h)
{
    return fit.level + dampedSum(fit.phi, h) * fit.trend;
}

Result forecast(const QVector<double> &input, int m, int horizon)
{
    Result result;
    const int n = int(input.size());
    if (n < 4 || horizon < 1)
        return result;
    for (double v : input)
        if (!std::isfinite(v))
            return result;
    // Recent history is what predicts; a long daily history would only cost time.
    const int window = std::min(n, std::max(5 * m, 120));
    QVector<double> y = input.mid(n - window);
    const bool logScale = *std::min_element(y.cbegin(), y.cend()) > 0;
    if (logScale)
        for (double &v : y)
            v = std::log(v);

    const int holdout = std::clamp(int(y.size()) / 5, 1, std::max(m, 6));
    const QVector<double> train = y.mid(0, y.size() - holdout);
    const bool seasonalPossible = m >= 2 && train.size() >= 2 * m + 2;
    double naive = 0; // mean absolute one-step change: the scale of the backtest error
    for (int i = 1; i < train.size(); ++i)
        naive += std::fabs(train.at(i) - train.at(i - 1));
    naive = train.size() > 1 ? naive / (train.size() - 1) : 0;

    auto backtest = [&](bool seasonal) {
        const Run r = runModel(train, m, seasonal, holdout);
        double mae = 0;
        for (int h = 0; h < holdout; ++h)
            mae += std::fabs(y.at(train.size() + h) - r.mean.at(h));
        mae /= holdout;
        return naive > 0 ? mae / naive : mae;
    };
    const double holtError = train.size() >= 3 ? backtest(false) : 0;
    const double hwError =
        seasonalPossible ? backtest(true) : std::numeric_limits<double>::infinity();
    const bool seasonal = hwError < holtError && y.size() >= 2 * m + 2;

    const Run r = runModel(y, m, seasonal, horizon);
    result.valid = true;
    result.model = seasonal ? QStringLiteral("holt_winters") : QStringLiteral("damped_holt");
    result.backtestError = seasonal ? hwError : holtError;
    for (int h = 1; h <= horizon; ++h) {
        // Error variance grows with the horizon as the level and trend updates accumulate.
        double var = 1;
        for (int j = 1; j < h; ++j) {
            const double c = r.alpha * (1 + r.beta * dampedSum(r.phi, j));
            var += c * c;
        }
        const double spread = z80 * r.sigma * std::sqrt(var);
        double mean = r.mean.at(h - 1), low = mean - spread, high = mean + spread;
        if (logScale) {
            mean = std::exp(mean);
            low = std::exp(low);
            high = std::exp(high);
        }
        result.mean << mean;
        result.low << low;
        result.high << high;
    }
    return result;
}

} // namespace Needle::Forecasting
