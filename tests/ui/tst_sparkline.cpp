#include "charts/palette.h"
#include "charts/sparkline.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace Needle;

// Sparklines and status icons: painted where the values say, nothing for nothing.
class TestSparkline : public QObject
{
    Q_OBJECT
private slots:
    void endDotFollowsTheValues_data();
    void endDotFollowsTheValues();
    void nothingToPaint_data();
    void nothingToPaint();
    void targetLine();
    void statusIconsDiffer();

private:
    static QImage paint(const QVector<double> &values, std::optional<double> target = {});
    static int countColour(const QImage &image, const QColor &colour, const QRect &where);
};

static const SparklineStyle kStyle = [] {
    SparklineStyle s;
    s.line = QColor(0, 0, 255);
    s.target = QColor(255, 0, 0);
    s.fillBelow = false;
    return s;
}();

QImage TestSparkline::paint(const QVector<double> &values, std::optional<double> target)
{
    QImage image(120, 40, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintSparkline(&painter, QRectF(0, 0, 120, 40), values, kStyle, target);
    return image;
}

int TestSparkline::countColour(const QImage &image, const QColor &colour, const QRect &where)
{
    int n = 0;
    for (int y = where.top(); y <= where.bottom(); ++y)
        for (int x = where.left(); x <= where.right(); ++x) {
            // Near the colour: antialiased edges blend with the background.
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue())
                < 120;
        }
    return n;
}

void TestSparkline::endDotFollowsTheValues_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<bool>("endsHigh");
    QTest::newRow("rising") << QVector<double>{1, 2, 3, 4, 5} << true;
    QTest::newRow("falling") << QVector<double>{5, 4, 3, 2, 1} << false;
    QVector<double> many;
    for (int i = 0; i < 5000; ++i)
        many.append(i % 97 == 0 ? -500 : i);
    QTest::newRow("five_thousand_with_dips") << many << true;
}

void TestSparkline::endDotFollowsTheValues()
{
    QFETCH(QVector<double>, values);
    QFETCH(bool, endsHigh);
    const QImage image = paint(values);
    const int topRight = countColour(image, kStyle.line, QRect(108, 0, 12, 14));
    const int bottomRight = countColour(image, kStyle.line, QRect(108, 26, 12, 14));
    QVERIFY2(endsHigh ? topRight > bottomRight : bottomRight > topRight,
             qPrintable(QStringLiteral("%1 %2").arg(topRight).arg(bottomRight)));
}

void TestSparkline::nothingToPaint_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::newRow("empty") << QVector<double>{};
    QTest::newRow("not_numbers") << QVector<double>{std::nan(""), std::nan("")};
}

void TestSparkline::nothingToPaint()
{
    QFETCH(QVector<double>, values);
    const QImage image = paint(values);
    QCOMPARE(countColour(image, Qt::white, image.rect()), image.width() * image.height());
}

void TestSparkline::targetLine()
{
    QVERIFY(countColour(paint({1, 2, 3}, 10.0), kStyle.target, QRect(0, 0, 120, 8)) > 10);
    QCOMPARE(countColour(paint({1, 2, 3}), kStyle.target, QRect(0, 0, 120, 40)), 0);
}

void TestSparkline::statusIconsDiffer()
{
    // Same palette, different shapes: the icons differ beyond their colour.
    const ChartPalette palette = ChartPalette::light();
    QVector<QImage> masks;
    for (Status s : {Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::NoTarget}) {
        QImage image = statusIcon(s, palette, 24).pixmap(24, 24).toImage();
        QVERIFY(!image.isNull());
        masks.append(image.createAlphaMask());
    }
    for (int i = 0; i < masks.size(); ++i)
        for (int j = i + 1; j < masks.size(); ++j)
            QVERIFY2(masks.at(i) != masks.at(j), qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
}

QTEST_MAIN(TestSparkline)
#include "tst_sparkline.moc"
