#pragma once

#include <QString>
#include <QVector>

namespace Needle::Forecasting {

// Exponential smoothing forecasts of a series at regular periods, with the model chosen by
// backtesting on the series' own history.

struct Result
{
    bool valid = false;
    QString model; // "damped_holt", "holt_winters", "mean"
    QVector<double> mean; // h = 1 .. horizon
    QVector<double> low; // 80% interval
    QVector<double> high;
    double backtestError = 0; // mean absolute scaled error on the held-out periods
};

struct HoltFit
{
    double level = 0;
    double trend = 0;
    double alpha = 0, beta = 0, phi = 1;
    double sse = 0; // sum of squared one-step errors
    int errors = 0;
};
// Damped Holt with fixed parameters (level starts at y[0], trend at y[1] - y[0]).
HoltFit holt(const QVector<double> &y, double alpha, double beta, double phi);
// Point forecast h periods ahead of a fitted model.
double holtForecast(const HoltFit &fit, int h);

// Forecasts `horizon` periods after the last value. seasonLength 0: no seasonality; with
// at least two full cycles Holt-Winters is a candidate. Values all positive are modelled on
// the log scale (multiplicative), so intervals never cross zero.
Result forecast(const QVector<double> &y, int seasonLength, int horizon);

} // namespace Needle::Forecasting
