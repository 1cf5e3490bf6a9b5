#include "review/reviewsession.h"
#include "reviewfixture.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace Needle;

namespace {
// A keyboard for an app that runs on Qt's VNC platform: the little of the RFB protocol (RFC 6143,
// version 3.3 as Qt's server speaks it, no authentication) it takes to send key presses. The
// app gets them as it would get them from a real keyboard.
class RfbKeyboard
{
public:
    bool connectTo(quint16 port, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            m_socket.connectToHost(QHostAddress::LocalHost, port);
            if (m_socket.waitForConnected(500) && handshake())
                return true;
            m_socket.abort();
            QTest::qWait(200);
        }
        return false;
    }

    // keysyms: X11's, as RFB uses them (Latin-1 characters are themselves).
    enum : quint32 {
        Return = 0xff0d,
        Escape = 0xff1b,
        Right = 0xff53,
        Down = 0xff54,
        Delete = 0xffff
    };

    void key(quint32 keysym)
    {
        send(keysym, true);
        send(keysym, false);
    }
    void type(const QString &text)
    {
        for (QChar c : text)
            key(c.unicode());
    }

private:
    bool read(QByteArray *out, int size)
    {
        while (m_socket.bytesAvailable() < size)
            if (!m_socket.waitForReadyRead(3000))
                return false;
        *out = m_socket.read(size);
        return true;
    }
    bool handshake()
    {
        QByteArray data;
        if (!read(&data, 12) || !data.startsWith("RFB 003."))
            return false;
        m_socket.write("RFB 003.003\n");
        if (!read(&data, 4) || qFromBigEndian<quint32>(data.constData()) != 1) // no authentication
            return false;
        m_socket.write(QByteArray(1, '\1')); // shared
        if (!read(&data, 24)) // width, height, pixel format, name length
            return false;
        const quint32 nameLength = qFromBigEndian<quint32>(data.constData() + 20);
        return read(&data, int(nameLength));
    }
    void send(quint32 keysym, bool down)
    {
        char message[8] = {4, char(down ? 1 : 0), 0, 0};
        qToBigEndian(keysym, message + 4);
        m_socket.write(message, sizeof message);
        m_socket.flush();
    }

    QTcpSocket m_socket;
};

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

// Waits until what the workspace file says (read afresh each time) meets the condition.
template <typename Condition>
bool waitFor(Condition condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (condition())
            return true;
        QTest::qWait(100);
    }
    return condition();
}
} // namespace

// Killing the app mid-meeting loses nothing: a helper runs a meeting on a workspace file,
// captures, and is killed (SIGKILL, no clean-up); the workspace is then opened again. The same
// with the real app: `needle review WORKSPACE --meeting ID` on Qt's VNC platform, typed into as
// a user would (keys through the VNC connection), then killed.
class TestReviewKill : public QObject
{
    Q_OBJECT
private slots:
    void everythingCapturedSurvivesAKill();
    void killingTheAppLosesNothing();
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

void TestReviewKill::killingTheAppLosesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("app.needle"));
    QString error;
    qint64 meetingId = 0;
    {
        auto ws = Workspace::create(path, &error);
        QVERIFY2(ws && ReviewFixture::fill(ws.get(), &error), qPrintable(error));
        ReviewSession session(ws.get());
        MeetingSetup setup;
        setup.title = QStringLiteral("Killed app");
        setup.date = ReviewFixture::periodTo().addDays(7);
        setup.periodFrom = ReviewFixture::periodFrom();
        setup.periodTo = ReviewFixture::periodTo();
        QVERIFY2(session.start(setup, &error), qPrintable(error));
        meetingId = session.meeting().id;
    }
    // What the workspace file holds now, read the way the next start of the app reads it.
    auto stored = [&]() -> std::optional<ReviewMeeting> {
        auto ws = Workspace::open(path, &error);
        return ws ? ReviewRepository(ws->connection()).meeting(meetingId) : std::nullopt;
    };
    auto notes = [&]() -> QVector<ReviewNote> {
        auto ws = Workspace::open(path, &error);
        return ws ? ReviewRepository(ws->connection()).notesForMeeting(meetingId)
                  : QVector<ReviewNote>();
    };

    const quint16 port = freePort();
    QVERIFY(port != 0);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"),
               QStringLiteral("vnc:size=1280x720:port=%1").arg(port));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("HOME"), dir.path());
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(
        QStringLiteral(NEEDLE_BINARY),
        {QStringLiteral("review"), path, QStringLiteral("--meeting"), QString::number(meetingId)});
    QVERIFY2(app.waitForStarted(5000), qPrintable(app.errorString()));
    RfbKeyboard keyboard;
    QVERIFY2(keyboard.connectTo(port, 20000), "no VNC connection to the app");

    // The slides are up once a key moves them: → until the current item is the second.
    QVERIFY2(waitFor([&] {
                 keyboard.key(RfbKeyboard::Right);
                 return waitFor([&] { return stored() && stored()->currentItem == 1; }, 700);
             }),
             "the app never took the → key");
    QCOMPARE(stored()->currentItem, 1);

    // On the second KPI (churn): a note, a decision, an action item, typed on the slide.
    keyboard.type(QStringLiteral("n"));
    keyboard.type(QStringLiteral("churn rose after the price change"));
    keyboard.key(RfbKeyboard::Return);
    keyboard.type(QStringLiteral("d"));
    keyboard.type(QStringLiteral("freeze legacy prices"));
    keyboard.key(RfbKeyboard::Return);
    keyboard.type(QStringLiteral("a"));
    keyboard.type(QStringLiteral("call the ten largest accounts"));
    keyboard.key(RfbKeyboard::Return);
    // The agenda: skip the fourth item; then jump to the fifth.
    keyboard.type(QStringLiteral("g"));
    keyboard.key(RfbKeyboard::Down);
    keyboard.key(RfbKeyboard::Down);
    keyboard.key(RfbKeyboard::Delete);
    keyboard.key(RfbKeyboard::Escape);
    keyboard.type(QStringLiteral("5"));
    keyboard.key(RfbKeyboard::Return);
    QVERIFY2(waitFor([&] { return notes().size() == 3 && stored()->currentItem == 4; }),
             qPrintable(QStringLiteral("%1 notes, current item %2")
                            .arg(notes().size())
                            .arg(stored()->currentItem)));

    app.kill(); // SIGKILL: no clean-up, no last save
    QVERIFY(app.waitForFinished(5000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    const std::optional<ReviewMeeting> m = stored();
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->status, MeetingStatus::Running);
    QCOMPARE(m->currentItem, 4);
    QVERIFY(m->agenda.at(3).skipped);
    int skipped = 0;
    for (const AgendaItem &item : m->agenda)
        skipped += item.skipped;
    QCOMPARE(skipped, 1);
    QVERIFY(m->agenda.at(1).secondsSpent >= 0);
    const QVector<ReviewNote> captured = notes();
    QCOMPARE(captured.size(), 3);
    QCOMPARE(captured.at(0).kind, NoteKind::Note);
    QCOMPARE(captured.at(0).text, QStringLiteral("churn rose after the price change"));
    QCOMPARE(captured.at(1).kind, NoteKind::Decision);
    QCOMPARE(captured.at(1).text, QStringLiteral("freeze legacy prices"));
    QCOMPARE(captured.at(2).kind, NoteKind::ActionItem);
    QVERIFY(captured.at(2).ownerId > 0); // the KPI's owner, proposed by the panel
    QVERIFY(captured.at(2).dueDate.isValid());
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    for (const ReviewNote &n : captured)
        QCOMPARE(n.kpiId, ReviewFixture::kpiId(ws.get(), "churn"));
}

QTEST_GUILESS_MAIN(TestReviewKill)
#include "tst_reviewkill.moc"
