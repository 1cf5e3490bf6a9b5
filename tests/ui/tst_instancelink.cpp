#include "shell/instancelink.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Needle;

// A second `needle FILE` hands FILE to the running app instead of opening the workspace (or
// watching its folders) a second time: the running app receives it, a second listener is
// refused, and with nobody listening the hand-over fails at once (the new process opens its own
// window).
class TestInstanceLink : public QObject
{
    Q_OBJECT
private slots:
    void handOver_data();
    void handOver();
    void secondListenerRefused();
    void nobodyListening();
    void staleSocketTakenOver();

private:
    static QString uniqueName()
    {
        return QStringLiteral("needle-test-%1-%2")
            .arg(QCoreApplication::applicationPid())
            .arg(QDateTime::currentMSecsSinceEpoch());
    }
};

void TestInstanceLink::handOver_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("workspace") << QStringLiteral("/home/ana/Team KPIs.needle");
    QTest::newRow("spreadsheet_unicode") << QStringLiteral("/home/ana/Zahlen März.xlsx");
    QTest::newRow("nothing_just_show") << QString();
}

void TestInstanceLink::handOver()
{
    QFETCH(QString, path);
    const QString name = uniqueName();
    InstanceLink running;
    QVERIFY(running.listen(name));
    QSignalSpy received(&running, &InstanceLink::fileReceived);
    // The second process: in another thread here, so the running one's event loop answers.
    QFuture<bool> handed =
        QtConcurrent::run([path, name] { return InstanceLink::handOver(path, name, 5000); });
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
    QCOMPARE(received.at(0).at(0).toString(), path);
    QTRY_VERIFY_WITH_TIMEOUT(handed.isFinished(), 5000);
    QVERIFY(handed.result());
}

void TestInstanceLink::secondListenerRefused()
{
    const QString name = uniqueName();
    InstanceLink first;
    QVERIFY(first.listen(name));
    // The second app, in another thread here (its own object there).
    QFuture<bool> listening = QtConcurrent::run([name] {
        InstanceLink second;
        return second.listen(name);
    });
    QTRY_VERIFY_WITH_TIMEOUT(listening.isFinished(), 5000);
    QVERIFY(!listening.result());
    QVERIFY(first.isListening());
}

void TestInstanceLink::nobodyListening()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!InstanceLink::handOver(QStringLiteral("/tmp/x.needle"), uniqueName(), 3000));
    QVERIFY(timer.elapsed() < 2000); // no server: refused at once, not after the timeout
}

// A Needle that crashed leaves its socket behind: the next one takes it over.
void TestInstanceLink::staleSocketTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("needle.sock"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    QVERIFY(size_t(native.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd); // bound, never listening: the file stays, nobody answers
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!InstanceLink::handOver(QString(), path, 1000));
    InstanceLink next;
    QVERIFY(next.listen(path));
    QSignalSpy received(&next, &InstanceLink::fileReceived);
    QFuture<bool> handed = QtConcurrent::run(
        [path] { return InstanceLink::handOver(QStringLiteral("/tmp/a.csv"), path, 5000); });
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(handed.isFinished(), 5000);
    QVERIFY(handed.result());
}

QTEST_GUILESS_MAIN(TestInstanceLink)
#include "tst_instancelink.moc"
