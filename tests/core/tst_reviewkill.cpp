#include "review/reviewsession.h"
#include "reviewfixture.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

// Killing the app mid-meeting loses nothing: a helper runs a meeting on a workspace file,
// captures, and is killed (SIGKILL, no clean-up); the workspace is then opened again.
class TestReviewKill : public QObject
{
    Q_OBJECT
private slots:
    void everythingCapturedSurvivesAKill();
};

void TestReviewKill::everythingCapturedSurvivesAKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("review.needle"));
    QString error;
    {
        auto ws = Workspace::create(path, &error);
        QVERIFY2(ws && ReviewFixture::fill(ws.get(), &error), qPrintable(error));
    }

    QProcess helper;
    helper.start(QStringLiteral(REVIEW_KILL_HELPER), {path});
    QVERIFY2(helper.waitForStarted(5000), qPrintable(helper.errorString()));
    QVERIFY(helper.waitForReadyRead(10000));
    const QByteArray said = helper.readAllStandardOutput();
    QVERIFY2(said.startsWith("captured"), said.constData());
    helper.kill();
    QVERIFY(helper.waitForFinished(5000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    ReviewRepository repo(ws->connection());
    const QVector<ReviewMeeting> meetings = repo.meetings();
    QCOMPARE(meetings.size(), 1);
    const ReviewMeeting &m = meetings.first();
    QCOMPARE(m.title, QStringLiteral("Killed meeting"));
    QCOMPARE(m.status, MeetingStatus::Running);
    QCOMPARE(m.currentItem, 2);
    QCOMPARE(m.agenda.size(), 8);
    QCOMPARE(m.agenda.at(2).kpiId, ReviewFixture::kpiId(ws.get(), "old_metric"));

    const QVector<ReviewNote> notes = repo.notesForMeeting(m.id);
    QCOMPARE(notes.size(), 3);
    QCOMPARE(notes.at(0).text, QStringLiteral("note before the kill"));
    QCOMPARE(notes.at(1).kind, NoteKind::Decision);
    QCOMPARE(notes.at(2).kind, NoteKind::ActionItem);
    QCOMPARE(notes.at(2).dueDate, QDate(2026, 11, 30));
    const qint64 churn = ReviewFixture::kpiId(ws.get(), "churn");
    for (const ReviewNote &n : notes)
        QCOMPARE(n.kpiId, churn);
    const QVector<AnomalyVerdict> verdicts = repo.verdicts(churn);
    QCOMPARE(verdicts.size(), 1);
    QCOMPARE(verdicts.first().explanation, QStringLiteral("verdict before the kill"));

    // The meeting can be picked up where it stopped.
    ReviewSession session(ws.get());
    QVERIFY2(session.open(m.id, &error), qPrintable(error));
    QCOMPARE(session.currentKpiId(), ReviewFixture::kpiId(ws.get(), "old_metric"));
    QVERIFY(session.isRunning());
}

QTEST_GUILESS_MAIN(TestReviewKill)
#include "tst_reviewkill.moc"
