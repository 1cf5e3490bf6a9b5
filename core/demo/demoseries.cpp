#include "demo/demoseries.h"

#include <cmath>

namespace Needle {

std::uint64_t DemoRandom::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double DemoRandom::uniform()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

double DemoRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u = 0;
    while (u <= 1e-300)
        u = uniform();
    const double v = uniform();
    const double r = std::sqrt(-2.0 * std::log(u));
    m_spare = r * std::sin(2 * M_PI * v);
    m_hasSpare = true;
    return r * std::cos(2 * M_PI * v);
}

QVector<double> generateSeries(const QVector<QDate> &dates, const SeriesShape &shape,
                               DemoRandom &random)
{
    QVector<double> values;
    if (dates.isEmpty())
        return values;
    const double span = std::max<qint64>(1, dates.first().daysTo(dates.last()));
    const double scale = std::pow(10.0, shape.decimals);
    for (const QDate &d : dates) {
        const double t = dates.first().daysTo(d) / span;
        double level = shape.start + (shape.end - shape.start) * t;
        if (d.dayOfWeek() >= 6)
            level *= shape.weekendFactor;
        level *= 1.0 + shape.yearlyAmplitude * std::sin(2 * M_PI * (d.dayOfYear() - 15) / 365.25);
        level *= 1.0 + shape.noise * random.normal();
        level += shape.absoluteNoise * random.normal();
        values << std::round(level * scale) / scale;
    }
    return values;
}

} // namespace Needle
