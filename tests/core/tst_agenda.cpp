#include "demo/demoworkspace.h"
#include "review/agenda.h"
#include "review/kpistandings.h"
#include "reviewfixture.h"
#include "storage/kpirepository.h"
#include "workspace/workspace.h"

#include <QtTest>

using namespace Needle;

// The agenda proposes itself from exceptions, in a fixed order of urgency.
class TestAgenda : public QObject
{
    Q_OBJECT
private slots:
    void reasonOf_data();
    void reasonOf();
    void orderOnKnownWorkspace();
    void hideRest();
    void anomaliesRankBetweenOffTrackAndAtRisk();
    void demoStartsWithTheOneMetricThatMatters();
    void reasonsRoundTrip();
};

void TestAgenda::reasonOf_data()
{
    QTest::addColumn<bool>("omtm");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("anomalies");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<bool>("owner");
    QTest::addColumn<int>("expected");
    using R = AgendaReason;
    QTest::newRow("omtm_beats_everything")
        << true << int(Status::OffTrack) << 3 << true << false << int(R::Omtm);
    QTest::newRow("off_track") << false << int(Status::OffTrack) << 1 << false << true
                               << int(R::OffTrack);
    QTest::newRow("anomaly_on_track")
        << false << int(Status::OnTrack) << 2 << false << true << int(R::NewAnomaly);
    QTest::newRow("anomaly_beats_at_risk")
        << false << int(Status::AtRisk) << 1 << false << true << int(R::NewAnomaly);
    QTest::newRow("at_risk") << false << int(Status::AtRisk) << 0 << true << false
                             << int(R::AtRisk);
    QTest::newRow("stale") << false << int(Status::OnTrack) << 0 << true << true << int(R::Stale);
    QTest::newRow("no_owner") << false << int(Status::NoTarget) << 0 << false << false
                              << int(R::NoOwner);
    QTest::newRow("rest") << false << int(Status::OnTrack) << 0 << false << true << int(R::Rest);
    QTest::newRow("no_data_owned_is_rest")
        << false << int(Status::NoData) << 0 << false << true << int(R::Rest);
}

void TestAgenda::reasonOf()
{
    QFETCH(bool, omtm);
    QFETCH(int, status);
    QFETCH(int, anomalies);
    QFETCH(bool, stale);
    QFETCH(bool, owner);
    QFETCH(int, expected);
    KpiStanding s;
    s.omtm = omtm;
    s.status = Status(status);
    s.unjudgedAnomalies = anomalies;
    s.stale = stale;
    s.hasOwner = owner;
    QCOMPARE(int(agendaReason(s)), expected);
}

void TestAgenda::orderOnKnownWorkspace()
{
    QString error;
    auto ws = Workspace::createInMemory(&error);
    QVERIFY2(ws && ReviewFixture::fill(ws.get(), &error), qPrintable(error));
    const QVector<AgendaItem> agenda = buildAgenda(
        kpiStandings(ws->connection(), ReviewFixture::periodFrom(), ReviewFixture::periodTo()),
        false);
    QStringList keys;
    QStringList reasons;
    KpiRepository repo(ws->connection());
    for (const AgendaItem &item : agenda) {
        keys << repo.byId(item.kpiId)->key;
        reasons << item.reason;
        QVERIFY(!item.skipped);
    }
    QCOMPARE(keys, ReviewFixture::expectedOrder());
    QCOMPARE(
        reasons,
        QStringLiteral("omtm,off_track,at_risk,stale,no_owner,rest,rest").split(QLatin1Char(',')));
}

void TestAgenda::hideRest()
{
    QString error;
    auto ws = Workspace::createInMemory(&error);
    QVERIFY2(ws && ReviewFixture::fill(ws.get(), &error), qPrintable(error));
    const QVector<AgendaItem> agenda = buildAgenda(
        kpiStandings(ws->connection(), ReviewFixture::periodFrom(), ReviewFixture::periodTo()),
        true);
    QCOMPARE(agenda.size(), 7); // hidden, not dropped: they can be brought back
    int skipped = 0;
    for (const AgendaItem &item : agenda) {
        QCOMPARE(item.skipped, item.reason == QLatin1String("rest"));
        skipped += item.skipped;
    }
    QCOMPARE(skipped, 2);
}

void TestAgenda::anomaliesRankBetweenOffTrackAndAtRisk()
{
    auto standing = [](qint64 id, const char *name, Status status, int anomalies) {
        KpiStanding s;
        s.kpiId = id;
        s.name = QString::fromLatin1(name);
        s.status = status;
        s.unjudgedAnomalies = anomalies;
        return s;
    };
    const QVector<KpiStanding> standings = {
        standing(1, "b rest", Status::OnTrack, 0),    standing(2, "z at risk", Status::AtRisk, 0),
        standing(3, "y anomaly", Status::OnTrack, 1), standing(4, "x off", Status::OffTrack, 0),
        standing(5, "a rest", Status::OnTrack, 0),
    };
    QVector<qint64> ids;
    for (const AgendaItem &item : buildAgenda(standings, false))
        ids << item.kpiId;
    QCOMPARE(ids, (QVector<qint64>{4, 3, 2, 5, 1}));
}

void TestAgenda::demoStartsWithTheOneMetricThatMatters()
{
    QString error;
    auto ws = Workspace::createInMemory(&error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY2(DemoWorkspace::fill(ws->connection(), QDate(2026, 11, 21), &error), qPrintable(error));
    const QVector<AgendaItem> agenda =
        buildAgenda(kpiStandings(ws->connection(), QDate(2026, 10, 1), QDate(2026, 10, 31)), false);
    QCOMPARE(agenda.size(), 21);
    KpiRepository repo(ws->connection());
    QCOMPARE(repo.byId(agenda.first().kpiId)->key, QStringLiteral("mrr"));
    QCOMPARE(agenda.first().reason, QStringLiteral("omtm"));
    // Every item's reason is one of the known ones, and they never go back up in urgency.
    int lastRank = -1;
    const QStringList order =
        QStringLiteral("omtm,off_track,new_anomaly,at_risk,stale|no_owner,rest")
            .split(QLatin1Char(','));
    for (const AgendaItem &item : agenda) {
        int rank = -1;
        for (int i = 0; i < order.size(); ++i)
            if (order.at(i).split(QLatin1Char('|')).contains(item.reason))
                rank = i;
        QVERIFY2(rank >= 0, qPrintable(item.reason));
        QVERIFY(rank >= lastRank);
        lastRank = rank;
    }
}

void TestAgenda::reasonsRoundTrip()
{
    for (AgendaReason r : {AgendaReason::Omtm, AgendaReason::OffTrack, AgendaReason::NewAnomaly,
                           AgendaReason::AtRisk, AgendaReason::Stale, AgendaReason::NoOwner,
                           AgendaReason::Rest, AgendaReason::Added}) {
        QCOMPARE(agendaReasonOf(storageName(r)), r);
        QVERIFY(!reasonText(r).isEmpty());
    }
    QCOMPARE(agendaReasonOf(QString()), AgendaReason::Rest); // meetings from before reasons
}

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
