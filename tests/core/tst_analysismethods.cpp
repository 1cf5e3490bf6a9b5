#include "analysis/detection.h"
#include "analysis/scale.h"
#include "analysis/forecasting.h"
#include "analysis/statistics.h"
#include "analysis/status.h"
#include "demo/demoseries.h"

#include <QtTest>
#include <cmath>

using namespace Needle;

// Each statistical method on examples computed by hand.
class TestAnalysisMethods : public QObject
{
    Q_OBJECT
private slots:
    void medianAndMad_data();
    void medianAndMad();
    void xmrLimits();
    void theilSen();
    void theilSenConfidence();
    void holtByHand();
    void dampedHoltLevelsOff();
    void forecastIntervals();
    void forecastSeasonalChosen();
    void esd();
    void status_data();
    void status();
    void detectSpike();
    void detectLevelShift();
    void detectShortSeriesWithControlLimits();
    void detectConstantSeries();
    void scaleRoundTrip_data();
    void scaleRoundTrip();
    void chooseScale_data();
    void chooseScale();
    void detectWithGaps_data();
    void detectWithGaps();
    void detectAutocorrelatedWander_data();
    void detectAutocorrelatedWander();
    void detectShiftDate_data();
    void detectShiftDate();
    void detectHolidayDip_data();
    void detectHolidayDip();
    void windowMedians_data();
    void windowMedians();
    void medianInPlaceLikeSorting_data();
    void medianInPlaceLikeSorting();
};

void TestAnalysisMethods::medianAndMad_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("mad");
    QTest::newRow("odd_with_outlier") << QVector<double>{1, 2, 3, 4, 100} << 3.0 << 1.0;
    QTest::newRow("even") << QVector<double>{4, 1, 3, 2} << 2.5 << 1.0;
    QTest::newRow("constant") << QVector<double>{7, 7, 7} << 7.0 << 0.0;
    QTest::newRow("negative") << QVector<double>{-5, -1, -3} << -3.0 << 2.0;
    QTest::newRow("one") << QVector<double>{42} << 42.0 << 0.0;
}

void TestAnalysisMethods::medianAndMad()
{
    QFETCH(QVector<double>, values);
    QFETCH(double, median);
    QFETCH(double, mad);
    QCOMPARE(Stats::median(values), median);
    QCOMPARE(Stats::mad(values, Stats::median(values)), mad);
}

void TestAnalysisMethods::xmrLimits()
{
    // Mean 12; moving ranges 2, 1, 2, 1, 2 average 1.6; limits 12 -+ 2.66 * 1.6.
    const Stats::ControlLimits l = Stats::xmrLimits({10, 12, 11, 13, 12, 14});
    QCOMPARE(l.centre, 12.0);
    QCOMPARE(l.averageMovingRange, 1.6);
    QVERIFY(qFuzzyCompare(l.lower, 12 - 4.256));
    QVERIFY(qFuzzyCompare(l.upper, 12 + 4.256));
}

void TestAnalysisMethods::theilSen()
{
    // Pairwise slopes: six of 2, then 24.75, 32.33, 47.5, 93: the median is 2, the outlier is
    // ignored; residuals 1, 1, 1, 1, 92 give the intercept 1.
    const Stats::Line l = Stats::theilSen({1, 3, 5, 7, 100});
    QCOMPARE(l.slope, 2.0);
    QCOMPARE(l.intercept, 1.0);
    QVERIFY(l.slopeLow <= 2.0 && l.slopeHigh >= 2.0);
}

void TestAnalysisMethods::theilSenConfidence()
{
    QVector<double> rising, noise;
    for (int i = 0; i < 30; ++i) {
        rising << i + (i % 3);
        noise << ((i * 7) % 5);
    }
    QVERIFY(Stats::theilSen(rising).confidence > 0.99);
    QVERIFY(Stats::theilSen(noise).confidence < 0.8);
    QCOMPARE(Stats::theilSen({5, 5, 5, 5}).slope, 0.0);
    QCOMPARE(Stats::theilSen({5, 5, 5, 5}).confidence, 0.0);
}

void TestAnalysisMethods::holtByHand()
{
    // alpha = beta = 0.5, phi = 1 on 10, 12, 13, 17 (level 10, trend 2 to start):
    // t1: 12 predicted, level 12, trend 2; t2: 14 predicted (error -1), level 13.5, trend 1.75;
    // t3: 15.25 predicted (error 1.75), level 16.125, trend 2.1875.
    const Forecasting::HoltFit f = Forecasting::holt({10, 12, 13, 17}, 0.5, 0.5, 1.0);
    QCOMPARE(f.level, 16.125);
    QCOMPARE(f.trend, 2.1875);
    QCOMPARE(f.sse, 1 + 1.75 * 1.75);
    QCOMPARE(Forecasting::holtForecast(f, 1), 18.3125);
    QCOMPARE(Forecasting::holtForecast(f, 2), 20.5);
}

void TestAnalysisMethods::dampedHoltLevelsOff()
{
    const Forecasting::HoltFit f = Forecasting::holt({10, 12, 14, 16, 18}, 0.5, 0.5, 0.5);
    // phi = 0.5: the trend adds at most trend * (0.5 + 0.25 + ...) = trend.
    QVERIFY(Forecasting::holtForecast(f, 50) - f.level <= f.trend + 1e-9);
    QVERIFY(Forecasting::holtForecast(f, 50) > Forecasting::holtForecast(f, 1));
}

void TestAnalysisMethods::forecastIntervals()
{
    QVector<double> y;
    for (int i = 0; i < 40; ++i)
        y << 100 + 2 * i + ((i * 37) % 7 - 3);
    const Forecasting::Result r = Forecasting::forecast(y, 0, 6);
    QVERIFY(r.valid);
    QCOMPARE(r.model, QStringLiteral("damped_holt"));
    QCOMPARE(r.mean.size(), 6);
    for (int h = 0; h < 6; ++h) {
        QVERIFY(r.low.at(h) < r.mean.at(h) && r.mean.at(h) < r.high.at(h));
        QVERIFY(r.mean.at(h) > 170 && r.mean.at(h) < 200);
    }
    QVERIFY(r.high.at(5) - r.low.at(5) > r.high.at(0) - r.low.at(0)); // widens with the horizon
    QVERIFY(!Forecasting::forecast({1, 2, 3}, 0, 3).valid); // too short
}

void TestAnalysisMethods::forecastSeasonalChosen()
{
    QVector<double> y;
    const double pattern[] = {100, 120, 130, 125, 110, 60, 50};
    for (int i = 0; i < 70; ++i)
        y << pattern[i % 7] * (1 + 0.002 * i) + ((i * 13) % 5 - 2) * 0.5;
    const Forecasting::Result r = Forecasting::forecast(y, 7, 7);
    QVERIFY(r.valid);
    QCOMPARE(r.model, QStringLiteral("holt_winters"));
    // The next period is phase 0 (high), the sixth is phase 5 (low).
    QVERIFY(r.mean.at(0) > r.mean.at(5) + 30);
}

void TestAnalysisMethods::esd()
{
    QVector<double> v;
    for (int i = 0; i < 50; ++i)
        v << std::sin(i * 1.7);
    v[10] = 8;
    v[30] = -9;
    QVector<int> out = Detection::generalizedEsd(v, 5, 0.05);
    std::sort(out.begin(), out.end());
    QCOMPARE(out, (QVector<int>{10, 30}));
}

void TestAnalysisMethods::status_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("expected");
    const int higher = int(Direction::HigherIsBetter), lower = int(Direction::LowerIsBetter);
    QTest::newRow("higher_met") << 105.0 << 100.0 << higher << QStringLiteral("on_track");
    QTest::newRow("higher_within_tolerance")
        << 96.0 << 100.0 << higher << QStringLiteral("at_risk");
    QTest::newRow("higher_missed") << 90.0 << 100.0 << higher << QStringLiteral("off_track");
    QTest::newRow("lower_met") << 2.0 << 2.5 << lower << QStringLiteral("on_track");
    QTest::newRow("lower_within_tolerance") << 2.6 << 2.5 << lower << QStringLiteral("at_risk");
    QTest::newRow("lower_missed") << 3.0 << 2.5 << lower << QStringLiteral("off_track");
    QTest::newRow("zero_target_met") << 0.0 << 0.0 << lower << QStringLiteral("on_track");
    QTest::newRow("zero_target_missed") << 1.0 << 0.0 << lower << QStringLiteral("off_track");
    QTest::newRow("negative_values") << -5.0 << -10.0 << higher << QStringLiteral("on_track");
    QTest::newRow("huge") << 1e15 << 2e15 << higher << QStringLiteral("off_track");
}

void TestAnalysisMethods::status()
{
    QFETCH(double, value);
    QFETCH(double, target);
    QFETCH(int, direction);
    QFETCH(QString, expected);
    Target t;
    t.value = target;
    QCOMPARE(storageName(statusOf(value, t, Direction(direction))), expected);
}

void TestAnalysisMethods::detectSpike()
{
    QVector<double> y;
    for (int i = 0; i < 40; ++i)
        y << 1000 + 5 * i + ((i * 37) % 11 - 5) * 3;
    y[25] *= 1.4;
    const QVector<Detection::Flag> flags = Detection::detect(y, {});
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().index, 25);
    QCOMPARE(flags.first().kind, AnomalyKind::Spike);
    QCOMPARE(flags.first().method, AnomalyMethod::RobustZ);
    QVERIFY(flags.first().score > 3.5);
    QVERIFY(flags.first().expected > 1100 && flags.first().expected < 1160);
    QVERIFY(flags.first().high < y.at(25));
}

void TestAnalysisMethods::detectLevelShift()
{
    QVector<double> y;
    for (int i = 0; i < 60; ++i)
        y << (i < 35 ? 500 : 650) + ((i * 37) % 11 - 5) * 2;
    const QVector<Detection::Flag> flags = Detection::detect(y, {});
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().kind, AnomalyKind::LevelShift);
    QVERIFY(std::abs(flags.first().index - 35) <= 1);
    QVERIFY(flags.first().levelBefore < 520 && flags.first().levelAfter > 630);
}

void TestAnalysisMethods::detectShortSeriesWithControlLimits()
{
    const QVector<Detection::Flag> flags = Detection::detect({10, 12, 11, 13, 12, 30, 11}, {});
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().index, 5);
    QCOMPARE(flags.first().method, AnomalyMethod::ControlLimits);
    QVERIFY(Detection::detect({10, 12, 11, 13, 12}, {}).isEmpty()); // under 6 points: nothing
}

void TestAnalysisMethods::detectConstantSeries()
{
    QVERIFY(Detection::detect(QVector<double>(30, 5.0), {}).isEmpty());
    QVector<double> y(30, 5.0);
    y[20] = 9;
    const QVector<Detection::Flag> flags = Detection::detect(y, {});
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().index, 20);
}

// The medians of sliding and rolling windows (sorted afresh by a network for small windows,
// slid as a sorted window for larger ones) against the median of each window taken directly.
void TestAnalysisMethods::windowMedians_data()
{
    QTest::addColumn<QVector<double>>("values");
    QVector<double> noise, ties, infinite, trend;
    quint32 state = 12345;
    for (int i = 0; i < 400; ++i) {
        state = state * 1664525u + 1013904223u;
        const double r = double(state >> 8) / double(1u << 24);
        noise << 100 * r - 50;
        ties << std::floor(4 * r);
        infinite << (i % 97 == 5 ? qInf() : i % 89 == 7 ? -qInf() : r);
        trend << i * 0.5 + (i % 7) * 3 - r;
    }
    QTest::newRow("noise") << noise;
    QTest::newRow("many_ties") << ties;
    QTest::newRow("infinities") << infinite;
    QTest::newRow("weekly_pattern_and_trend") << trend;
    QTest::newRow("short") << QVector<double>{3, 1, 2, 5, 4, 9, 0, 7, 8};
    // Every pattern of 0s and 1s in 7 (and 8) values in a row (a de Bruijn sequence, greedy
    // with ones first): a network of compare-exchanges that finds these medians finds all.
    for (int span : {7, 8}) {
        QVector<double> bits(span, 0.0);
        QSet<int> seen{0};
        for (;;) {
            int window = 0;
            for (int j = int(bits.size()) - span + 1; j < bits.size(); ++j)
                window = window * 2 + int(bits.at(j));
            if (!seen.contains(window * 2 + 1)) {
                seen.insert(window * 2 + 1);
                bits << 1;
            } else if (!seen.contains(window * 2)) {
                seen.insert(window * 2);
                bits << 0;
            } else {
                break;
            }
        }
        QCOMPARE(int(seen.size()), 1 << span);
        QTest::addRow("all_zero_one_windows_of_%d", span) << bits;
    }
}

void TestAnalysisMethods::windowMedians()
{
    QFETCH(QVector<double>, values);
    const int n = int(values.size());
    auto direct = [&](int from, int to, int skip) { // median of values[from, to] without skip
        QVector<double> w;
        for (int j = std::max(0, from); j <= std::min(n - 1, to); ++j)
            if (j != skip)
                w << values.at(j);
        return w.isEmpty() ? values.at(skip) : Stats::median(w);
    };
    auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
    for (int w = 1; w <= 14; ++w) {
        const QVector<double> got = Detection::slidingMedians(values, w);
        QCOMPARE(int(got.size()), std::max(0, n - w + 1));
        for (int j = 0; j < got.size(); ++j)
            QVERIFY2(same(got.at(j), direct(j, j + w - 1, -1)),
                     qPrintable(QStringLiteral("sliding w=%1 j=%2").arg(w).arg(j)));
    }
    for (int k = 1; k <= 6; ++k)
        for (bool exclude : {false, true}) {
            const QVector<double> got = Detection::rollingMedian(values, k, exclude);
            QCOMPARE(int(got.size()), n);
            for (int i = 0; i < n; ++i)
                QVERIFY2(
                    same(got.at(i), direct(i - k, i + k, exclude ? i : -1)),
                    qPrintable(
                        QStringLiteral("rolling k=%1 exclude=%2 i=%3").arg(k).arg(exclude).arg(i)));
        }
}

// The median's selection against the middle of a sorted copy, for sizes around its switch to
// insertion sort, many ties, sorted and reversed input and a long series.
void TestAnalysisMethods::medianInPlaceLikeSorting_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("distinct"); // 0: continuous values
    QTest::addColumn<int>("order"); // 0 random, 1 ascending, 2 descending
    for (int size : {1, 2, 3, 16, 17, 18, 33, 100, 101, 5000})
        for (int distinct : {0, 1, 3})
            for (int order : {0, 1, 2})
                QTest::addRow("n%d_distinct%d_order%d", size, distinct, order)
                    << size << distinct << order;
}

void TestAnalysisMethods::medianInPlaceLikeSorting()
{
    QFETCH(int, size);
    QFETCH(int, distinct);
    QFETCH(int, order);
    quint32 state = quint32(size * 7919 + distinct * 31 + order);
    std::vector<double> v;
    for (int i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        const double r = double(state >> 8) / double(1u << 24);
        v.push_back(distinct ? std::floor(r * distinct) : 1000 * r - 500);
    }
    if (order == 1)
        std::sort(v.begin(), v.end());
    else if (order == 2)
        std::sort(v.rbegin(), v.rend());
    std::vector<double> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    const size_t h = sorted.size() / 2;
    const double expected = sorted.size() % 2 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
    const double got = Stats::medianInPlace(v.data(), v.data() + v.size());
    QCOMPARE(got, expected);
    std::sort(v.begin(), v.end()); // only reordered
    QVERIFY(v == sorted);
}

// The scales (issue 16): each goes there and back, and a KPI's unit and values choose one.
void TestAnalysisMethods::scaleRoundTrip_data()
{
    QTest::addColumn<int>("transform");
    QTest::addColumn<double>("offset");
    QTest::addColumn<double>("value");
    QTest::newRow("log") << int(Detection::Transform::Log) << 0.0 << 1234.5;
    QTest::newRow("logit_near_100") << int(Detection::Transform::Logit) << 0.2 << 99.35;
    QTest::newRow("logit_on_100") << int(Detection::Transform::Logit) << 0.2 << 100.0;
    QTest::newRow("logit_near_0") << int(Detection::Transform::Logit) << 0.5 << 1.5;
    QTest::newRow("logit_middle") << int(Detection::Transform::Logit) << 20.0 << 47.0;
    QTest::newRow("anscombe") << int(Detection::Transform::Anscombe) << 0.0 << 7.0;
    QTest::newRow("anscombe_zero") << int(Detection::Transform::Anscombe) << 0.0 << 0.0;
    QTest::newRow("none") << int(Detection::Transform::None) << 0.0 << -3.25;
}

void TestAnalysisMethods::scaleRoundTrip()
{
    QFETCH(int, transform);
    QFETCH(double, offset);
    QFETCH(double, value);
    Detection::Scale s;
    s.transform = Detection::Transform(transform);
    s.offset = offset;
    QVERIFY(std::isfinite(s.forward(value)));
    QVERIFY2(std::fabs(s.back(s.forward(value)) - value) < 1e-9 * std::max(1.0, std::fabs(value)),
             qPrintable(QString::number(s.back(s.forward(value)), 'g', 17)));
    // Order kept: a larger value is larger on the scale too.
    QVERIFY(s.forward(value) < s.forward(value + 0.01)
            || (transform == int(Detection::Transform::Logit) && value >= 100));
}

void TestAnalysisMethods::chooseScale_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<int>("transform");
    const double nan = qQNaN();
    QTest::newRow("uptime") << int(Unit::Percent) << QVector<double>{99.9, 99.95, 100, nan, 99.7}
                            << int(Detection::Transform::Logit);
    QTest::newRow("rate_near_0") << int(Unit::Percent) << QVector<double>{0.5, 1.2, 0.8, 0}
                                 << int(Detection::Transform::Logit);
    QTest::newRow("percent_change")
        << int(Unit::Percent) << QVector<double>{-4, 3, 12} << int(Detection::Transform::None);
    QTest::newRow("small_counts") << int(Unit::Count) << QVector<double>{0, 3, 1, 2, 5}
                                  << int(Detection::Transform::Anscombe);
    QTest::newRow("large_counts") << int(Unit::Count) << QVector<double>{4100, 3900, 4000}
                                  << int(Detection::Transform::Log);
    QTest::newRow("order_value") << int(Unit::Currency) << QVector<double>{80.5, 120, 64.2}
                                 << int(Detection::Transform::Log);
    QTest::newRow("profit_with_losses")
        << int(Unit::Currency) << QVector<double>{-20, 15, 40} << int(Detection::Transform::None);
}

void TestAnalysisMethods::chooseScale()
{
    QFETCH(int, unit);
    QFETCH(QVector<double>, values);
    QFETCH(int, transform);
    const Detection::Scale s = Detection::chooseScale(Unit(unit), values);
    QCOMPARE(int(s.transform), transform);
    if (s.transform == Detection::Transform::Logit) {
        QVERIFY(s.offset > 0);
        for (double v : values)
            if (std::isfinite(v))
                QVERIFY(std::isfinite(s.forward(v)));
    }
}

// Days without a value are never flagged and do not move later weekdays onto the wrong phase:
// a spike after two gaps is found on its day, and nothing else is.
void TestAnalysisMethods::detectWithGaps_data()
{
    QTest::addColumn<QVector<int>>("gaps");
    QTest::newRow("none") << QVector<int>{};
    QTest::newRow("one_day") << QVector<int>{20};
    QTest::newRow("two_days_apart") << QVector<int>{20, 33};
    QTest::newRow("a_week_down") << QVector<int>{40, 41, 42, 43, 44, 45, 46};
}

void TestAnalysisMethods::detectWithGaps()
{
    QFETCH(QVector<int>, gaps);
    QVector<double> y;
    for (int i = 0; i < 140; ++i)
        y << (i % 7 >= 5 ? 2500 : 4000)
                * (1 + 0.01 * (((i * 37) % 7) - 3) * 0.5 + 0.004 * ((i * 13) % 5 - 2));
    y[101] *= 1.25; // a Thursday
    for (int g : gaps)
        y[g] = qQNaN();
    Detection::Options o;
    o.seasonLength = 7;
    const QVector<Detection::Flag> flags = Detection::detect(y, o);
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().index, 101);
    QVERIFY(flags.first().seasonal);
}

// An AR(1) wander (phi 0.8) is not a string of level shifts or spikes; the same series with a
// temporary drop of 6 spreads is flagged there.
void TestAnalysisMethods::detectAutocorrelatedWander_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed_1") << quint64(1);
    QTest::newRow("seed_2") << quint64(2);
    QTest::newRow("seed_3") << quint64(3);
}

void TestAnalysisMethods::detectAutocorrelatedWander()
{
    QFETCH(quint64, seed);
    DemoRandom rnd(seed);
    QVector<double> y;
    double a = 0;
    const double phi = 0.8;
    for (int i = 0; i < 730; ++i) {
        a = phi * a + std::sqrt(1 - phi * phi) * rnd.normal();
        y << 1000 * (1 + 0.03 * a);
    }
    Detection::Options o;
    o.seasonLength = 7;
    QVERIFY2(Detection::detect(y, o).size() <= 2,
             qPrintable(QString::number(Detection::detect(y, o).size())));
    for (int i = 400; i < 412; ++i)
        y[i] -= 1000 * 0.03 * 6;
    const QVector<Detection::Flag> flags = Detection::detect(y, o);
    QVERIFY(std::any_of(flags.cbegin(), flags.cend(),
                        [](const Detection::Flag &f) { return f.index >= 398 && f.index <= 413; }));
}

// A level shift is dated at the first value of the new level, also where the statistic peaks
// later: a change within the first periods (where it is not computed) or values that go on
// moving the same way after the change (a server's traffic falling to nothing).
void TestAnalysisMethods::detectShiftDate_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("start");
    QTest::addColumn<double>("after"); // the new level, as a share of the old
    QTest::addColumn<double>("drift"); // then a change per period, as a share
    QTest::addColumn<int>("seasonLength");
    QTest::newRow("plain_step") << 60 << 35 << 1.3 << 0.0 << 0;
    QTest::newRow("early_step") << 40 << 4 << 0.8 << 0.0 << 0;
    QTest::newRow("early_step_weekly_cycle") << 42 << 5 << 0.8 << 0.0 << 7;
    QTest::newRow("falling_on") << 36 << 30 << 0.05 << -0.5 << 7;
    QTest::newRow("rising_on") << 50 << 40 << 1.5 << 0.05 << 0;
}

void TestAnalysisMethods::detectShiftDate()
{
    QFETCH(int, length);
    QFETCH(int, start);
    QFETCH(double, after);
    QFETCH(double, drift);
    QFETCH(int, seasonLength);
    QVector<double> y;
    for (int i = 0; i < length; ++i) {
        const double noise = 1 + 0.004 * ((i * 37) % 11 - 5);
        y << 100 * noise * (i < start ? 1 : after * std::pow(1 + drift, i - start));
    }
    Detection::Options o;
    o.seasonLength = seasonLength;
    const QVector<Detection::Flag> flags = Detection::detect(y, o);
    QVERIFY(!flags.isEmpty());
    QCOMPARE(flags.first().kind, AnomalyKind::LevelShift);
    QCOMPARE(flags.first().index, start);
}

// A holiday on a daily KPI with a weekday pattern (a Christmas Tuesday at 60 % of a Tuesday) is
// flagged: Needle has no holiday calendar, and a KPI reviewer wants to see the dip (and records
// "known cause"). A cluster of holidays (24-26 and 31 Dec, 1 Jan) is flagged day by day, and the
// ordinary days around it are not.
void TestAnalysisMethods::detectHolidayDip_data()
{
    QTest::addColumn<QVector<int>>("holidays"); // days from the start (a Monday)
    QTest::newRow("one_weekday") << QVector<int>{71};
    QTest::newRow("christmas_to_new_year") << QVector<int>{71, 72, 73, 78, 79};
    QTest::newRow("a_sunday_and_a_monday") << QVector<int>{76, 77};
}

void TestAnalysisMethods::detectHolidayDip()
{
    QFETCH(QVector<int>, holidays);
    const double weekday[7] = {1.0, 1.04, 1.06, 1.05, 0.98, 0.72, 0.65};
    QVector<double> y;
    for (int i = 0; i < 140; ++i) {
        const double noise = 1 + 0.01 * ((i * 37) % 11 - 5) / 5.0;
        y << 4000 * weekday[i % 7] * noise * (holidays.contains(i) ? 0.6 : 1.0);
    }
    Detection::Options o;
    o.seasonLength = 7;
    QVector<int> flagged;
    for (const Detection::Flag &f : Detection::detect(y, o))
        flagged << f.index;
    QCOMPARE(flagged, holidays);
}

QTEST_GUILESS_MAIN(TestAnalysisMethods)
#include "tst_analysismethods.moc"
