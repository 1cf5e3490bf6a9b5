#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardview.h"
#include "demo/demoworkspace.h"
#include "shell/theme.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QListView>
#include <QSet>
#include <QtTest>

using namespace Needle;

// Renders the demo dashboard at several sizes in the light and dark themes to PNG files in the
// build folder (screenshots/), for people to look at, and fails on a blank or unreadable image.
class TestDashboardScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void render_data();
    void render();

private:
    std::unique_ptr<Workspace> m_ws;
};

void TestDashboardScreenshot::initTestCase()
{
    QString error;
    m_ws = Workspace::createInMemory(&error);
    QVERIFY2(m_ws, qPrintable(error));
    QVERIFY2(DemoWorkspace::fill(m_ws->connection(), QDate(2026, 11, 21), &error), qPrintable(error));
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
}

void TestDashboardScreenshot::render_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("theme");
    QTest::newRow("wide_light") << QSize(1400, 900) << QStringLiteral("light");
    QTest::newRow("wide_dark") << QSize(1400, 900) << QStringLiteral("dark");
    QTest::newRow("laptop_light") << QSize(1100, 720) << QStringLiteral("light");
    QTest::newRow("narrow_dark") << QSize(640, 800) << QStringLiteral("dark");
}

void TestDashboardScreenshot::render()
{
    QFETCH(QSize, size);
    QFETCH(QString, theme);
    Theme::apply(Theme::parse(theme));
    DashboardView view(m_ws.get());
    view.model()->setAsOf(QDate(2026, 11, 21));
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    const QImage image = view.grab().toImage();
    const QString file = QStringLiteral("screenshots/dashboard-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(image.save(file));

    // Not blank: many distinct colours (text, tiles, status colours, sparklines).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
    // The tiles are laid out side by side where there is room.
    const QRect first = view.listView()->visualRect(view.model()->index(2));
    const QRect second = view.listView()->visualRect(view.model()->index(3));
    if (size.width() >= 1000)
        QCOMPARE(first.top(), second.top());
    QVERIFY(view.model()->tileCount() > 15);
    Theme::apply(Theme::Mode::Light);
}

QTEST_MAIN(TestDashboardScreenshot)
#include "tst_dashboardscreenshot.moc"
