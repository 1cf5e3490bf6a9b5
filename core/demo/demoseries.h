#pragma once

#include <QDate>
#include <QVector>
#include <cstdint>

namespace Needle {

// A small deterministic random source (SplitMix64 + Box-Muller), so the demo workspace is the
// same on every machine and standard library.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}
    double uniform(); // [0, 1)
    double normal(); // mean 0, standard deviation 1

private:
    std::uint64_t next();
    std::uint64_t m_state;
    bool m_hasSpare = false;
    double m_spare = 0;
};

// How one demo series behaves: level at the start, growth to the end, seasonality, noise.
struct SeriesShape
{
    double start = 100;
    double end = 100; // level reached on the last date (linear in between)
    double weekendFactor = 1.0; // multiplier on Saturdays and Sundays (daily data)
    double yearlyAmplitude = 0; // fraction: +- amplitude over the year, peak in spring
    double noise = 0.02; // fraction of the level (multiplicative) ...
    double absoluteNoise = 0; // ... or in the KPI's unit (percentages, scores)
    int decimals = 0;
};

// Values for the given dates following the shape.
QVector<double> generateSeries(const QVector<QDate> &dates, const SeriesShape &shape,
                               DemoRandom &random);

} // namespace Needle
