#include "analysis/workspaceanalyzer.h"
#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardview.h"
#include "dashboard/kpiview.h"
#include "demo/demoworkspace.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "shell/workspacestatus.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QListView>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

// Renders the main window on the demo dashboard at several sizes in the light and dark themes to
// PNG files in the build folder (screenshots/), for people to look at, and fails on a blank or
// unreadable image or when the window cannot be as narrow as asked.
class TestDashboardScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void render_data();
    void render();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestDashboardScreenshot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.needle"));
    QString error;
    QVERIFY2(DemoWorkspace::write(m_path, QDate(2026, 11, 21), &error), qPrintable(error));
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
}

void TestDashboardScreenshot::render_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("theme");
    QTest::newRow("wide_light") << QSize(1600, 1000) << QStringLiteral("light");
    QTest::newRow("wide_dark") << QSize(1600, 1000) << QStringLiteral("dark");
    QTest::newRow("laptop_light") << QSize(1100, 720) << QStringLiteral("light");
    QTest::newRow("small_light") << QSize(1024, 700) << QStringLiteral("light");
    QTest::newRow("small_dark") << QSize(1024, 700) << QStringLiteral("dark");
    QTest::newRow("narrow_light") << QSize(640, 800) << QStringLiteral("light");
    QTest::newRow("narrow_dark") << QSize(640, 800) << QStringLiteral("dark");
}

void TestDashboardScreenshot::render()
{
    QFETCH(QSize, size);
    QFETCH(QString, theme);
    Theme::apply(Theme::parse(theme));
    MainWindow window;
    QVERIFY(window.openWorkspace(m_path));
    DashboardView &view = *window.dashboard();
    view.model()->setAsOf(QDate(2026, 11, 21));
    window.workspaceStatus()->setDateFormat(QLocale(QLocale::English, QLocale::UnitedStates),
                                            false);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.analyzer()->waitForFinished();
    window.statusBar()->clearMessage(); // "Opened /tmp/..."
    QCoreApplication::processEvents();
    // The status bar's fields show their whole text where there is room.
    StatusField *freshness = window.workspaceStatus()->freshnessField();
    QVERIFY(freshness->text().startsWith(QStringLiteral("Data as of 11/21/26")));
    if (size.width() >= 1024)
        QTRY_VERIFY(freshness->width() >= freshness->sizeHint().width());
    // Nothing in the window (the period and filter bars, the status bar) holds it wider.
    QCOMPARE(window.width(), size.width());
    QVERIFY2(window.minimumSizeHint().width() <= 640,
             qPrintable(QStringLiteral("minimum width %1").arg(window.minimumSizeHint().width())));
    QVERIFY(view.geometry().right() < size.width());
    const QImage image = window.grab().toImage();
    const QString file = QStringLiteral("screenshots/dashboard-%1.png")
                             .arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(image.save(file));

    // Not blank: many distinct colours (text, tiles, status colours, sparklines).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50,
             qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
    // The tiles are laid out side by side where there is room.
    const QRect first = view.listView()->visualRect(view.model()->index(2));
    const QRect second = view.listView()->visualRect(view.model()->index(3));
    if (size.width() >= 1000)
        QCOMPARE(first.top(), second.top());
    QVERIFY(view.model()->tileCount() > 15);

    // The KPI page at the same size: chart beside the details, or above them when narrow.
    emit view.kpiActivated(view.model()->kpiIdAt(0));
    auto *pages = qobject_cast<QStackedWidget *>(window.centralWidget());
    KpiView *kpi = pages->currentWidget()->findChild<KpiView *>();
    QVERIFY(kpi);
    QCoreApplication::processEvents();
    QCOMPARE(window.width(), size.width());
    QVERIFY(kpi->geometry().right() < size.width());
    const auto *splitter = kpi->findChild<QSplitter *>();
    QCOMPARE(splitter->orientation(), size.width() >= 1024 ? Qt::Horizontal : Qt::Vertical);
    const QImage kpiImage = window.grab().toImage();
    QVERIFY(kpiImage.save(QStringLiteral("screenshots/kpi-%1.png")
                              .arg(QString::fromLatin1(QTest::currentDataTag()))));
    Theme::apply(Theme::Mode::Light);
}

QTEST_MAIN(TestDashboardScreenshot)
#include "tst_dashboardscreenshot.moc"
