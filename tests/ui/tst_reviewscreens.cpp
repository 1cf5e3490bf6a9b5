#include "../core/reviewfixture.h"
#include "review/presentationwidget.h"
#include "review/presenterview.h"
#include "review/reviewmode.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWindow>
#include <QLabel>
#include <QtTest>

using namespace Needle;

// The review mode on two screens, as the offscreen platform can be told to have them: the slides
// full screen on the chosen one, the presenter view on the other; and the keys of the presenter
// view driving the slides. Runs on its own platform configuration (see main below).
class TestReviewScreens : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void slidesOnTheChosenScreen_data();
    void slidesOnTheChosenScreen();
    void leavingKeepsTheMeetingOpen();

private:
    MeetingSetup setup() const;
    std::unique_ptr<Workspace> m_ws;
    QString m_error;
};

void TestReviewScreens::init()
{
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws && ReviewFixture::fill(m_ws.get(), &m_error), qPrintable(m_error));
    QCOMPARE(QGuiApplication::screens().size(), 2);
}

MeetingSetup TestReviewScreens::setup() const
{
    MeetingSetup s;
    s.title = QStringLiteral("October review");
    s.date = QDate(2026, 11, 5);
    s.periodFrom = ReviewFixture::periodFrom();
    s.periodTo = ReviewFixture::periodTo();
    return s;
}

void TestReviewScreens::slidesOnTheChosenScreen_data()
{
    QTest::addColumn<int>("screen");
    QTest::newRow("projector_right") << 1;
    QTest::newRow("projector_left") << 0;
}

void TestReviewScreens::slidesOnTheChosenScreen()
{
    QFETCH(int, screen);
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *slidesScreen = screens.at(screen);
    QScreen *presenterScreen = screens.at(1 - screen);
    ReviewMode mode(m_ws.get());
    QVERIFY2(mode.start(setup(), screen, &m_error), qPrintable(m_error));
    PresentationWidget *slides = mode.presentation();
    QVERIFY(slides && slides->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(slides));
    QVERIFY(slides->isFullScreen());
    QCOMPARE(slides->windowHandle()->screen(), slidesScreen);
    QTRY_COMPARE(slides->geometry(), slidesScreen->geometry());

    PresenterView *presenter = mode.presenter();
    QVERIFY2(presenter, "two screens: the presenter view opens");
    QVERIFY(presenter->isVisible());
    QCOMPARE(presenter->windowHandle()->screen(), presenterScreen);
    QVERIFY(presenterScreen->geometry().contains(presenter->geometry().center()));

    // The presenter view's keys drive the slides on the other screen.
    QTest::keyClick(presenter, Qt::Key_PageDown);
    QCOMPARE(mode.session()->currentIndex(), 1);
    QTest::keyClick(presenter, Qt::Key_B);
    QCOMPARE(slides->page(), PresentationWidget::Page::Black);
}

void TestReviewScreens::leavingKeepsTheMeetingOpen()
{
    ReviewMode mode(m_ws.get());
    QVERIFY2(mode.start(setup(), 1, &m_error), qPrintable(m_error));
    QSignalSpy ended(&mode, &ReviewMode::ended);
    QTest::keyClick(mode.presentation(), Qt::Key_Right);
    // One Esc says how to leave and that the meeting can be resumed; the second one leaves.
    QTest::keyClick(mode.presentation(), Qt::Key_Escape);
    QCOMPARE(ended.count(), 0);
    QVERIFY(mode.presentation()->isVisible());
    bool said = false;
    for (QLabel *l : mode.presentation()->findChildren<QLabel *>())
        said = said || l->text().contains(QLatin1String("Resume meeting"));
    QVERIFY(said);
    QTest::keyClick(mode.presentation(), Qt::Key_Escape);
    QCOMPARE(ended.count(), 1);
    QVERIFY(!mode.presentation()->isVisible());
    QVERIFY(!mode.presenter()->isVisible());
    const auto stored = ReviewRepository(m_ws->connection()).meeting(mode.session()->meeting().id);
    QCOMPARE(stored->status, MeetingStatus::Running);
    QCOMPARE(stored->currentItem, 1);
}

// Two screens side by side: a laptop and a projector.
int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(R"({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800},
        {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    QApplication app(argc, argv);
    TestReviewScreens test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reviewscreens.moc"
