#include "cli/checkreport.h"
#include "consistencyfixture.h"
#include "models/kpitablemodel.h"
#include "models/roles.h"
#include "report/kpifacts.h"
#include "review/slidecontent.h"
#include "storage/ownerrepository.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;
using ConsistencyFixture::Case;
using ConsistencyFixture::Kind;

// One source of truth (issue 15): for every KPI of several workspaces, the KPI table, the review
// slide, the PDF's facts and `needle check --json` give the same latest complete period and
// value, target in force, status and count of anomalies that still ask for attention. (The
// dashboard's tiles are compared in tests/ui/tst_dashboardconsistency.cpp.)
class TestConsistency : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameAnswers_data();
    void sameAnswers();
    void computedLatestInTable_data();
    void computedLatestInTable();
    void tableShowsLatestCompletePeriod();
    void knownCauseDoesNotCount_data();
    void knownCauseDoesNotCount();
    void csvRollUpOfComputedKpis_data();
    void csvRollUpOfComputedKpis();

private:
    // "key | value | period | target | status | anomalies" per KPI, by key.
    using Lines = QMap<QString, QString>;
    static QString line(const std::optional<double> &value, const QDate &period,
                        const QString &target, const QString &status, int anomalies);
    static QString targetText(const std::optional<Target> &t);
    Lines fromCheck(Workspace *ws, const QDate &asOf, QSet<QString> *keys);
    Lines fromTable(KpiTableModel *model, const QSet<QString> &keys);
    Lines fromSlides(Workspace *ws, const QDate &asOf, const QSet<QString> &keys);
    Lines fromReport(Workspace *ws, const QDate &asOf, const QSet<QString> &keys);
    void compare(const Lines &actual, const Lines &expected, const char *view);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_demo; // shared by the rows of computedLatestInTable
};

void TestConsistency::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestConsistency::line(const std::optional<double> &value, const QDate &period,
                              const QString &target, const QString &status, int anomalies)
{
    return QStringLiteral("value %1 | period %2 | target %3 | %4 | anomalies %5")
        .arg(value ? QString::number(*value, 'g', 12) : QStringLiteral("-"),
             period.toString(Qt::ISODate), target, status)
        .arg(anomalies);
}

QString TestConsistency::targetText(const std::optional<Target> &t)
{
    if (!t)
        return QStringLiteral("none");
    if (t->isBand())
        return QStringLiteral("%1..%2").arg(*t->low).arg(*t->high);
    return t->value ? QString::number(*t->value) : QStringLiteral("none");
}

void TestConsistency::compare(const Lines &actual, const Lines &expected, const char *view)
{
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString got = QStringLiteral("%1: %2").arg(it.key(), actual.value(it.key()));
        const QString want = QStringLiteral("%1: %2").arg(it.key(), it.value());
        if (got != want)
            qWarning("%s disagrees with needle check", view);
        QCOMPARE(got, want);
    }
}

TestConsistency::Lines TestConsistency::fromCheck(Workspace *ws, const QDate &asOf,
                                                  QSet<QString> *keys)
{
    QString json, error;
    QTextStream out(&json);
    if (!CheckReport::writeJson(ws->connection(), asOf, {}, {}, QLocale::c(), out, &error))
        qFatal("check: %s", qPrintable(error));
    out.flush();
    Lines lines;
    const QJsonArray kpis =
        QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String("kpis")).toArray();
    for (const QJsonValue &v : kpis) {
        const QJsonObject k = v.toObject();
        const QJsonObject latest = k.value(QLatin1String("latest")).toObject();
        const QJsonObject t = k.value(QLatin1String("target")).toObject();
        QString target = QStringLiteral("none");
        if (t.contains(QLatin1String("low")))
            target = QStringLiteral("%1..%2")
                         .arg(t.value(QLatin1String("low")).toDouble())
                         .arg(t.value(QLatin1String("high")).toDouble());
        else if (t.contains(QLatin1String("value")))
            target = QString::number(t.value(QLatin1String("value")).toDouble());
        int counted = 0; // the listed flags not judged, or confirmed
        for (const QJsonValue &an : k.value(QLatin1String("anomalies")).toArray()) {
            const QJsonValue verdict = an.toObject().value(QLatin1String("verdict"));
            counted += verdict.isNull() || verdict.toString() == QLatin1String("confirmed");
        }
        // The count `check --json` prints is the one of its list (-1: it is not).
        if (k.contains(QLatin1String("anomaly_count"))
            && k.value(QLatin1String("anomaly_count")).toInt() != counted)
            counted = -1;
        const QString key = k.value(QLatin1String("key")).toString();
        keys->insert(key);
        lines.insert(
            key,
            line(latest.isEmpty() ? std::nullopt
                                  : std::optional(latest.value(QLatin1String("value")).toDouble()),
                 QDate::fromString(latest.value(QLatin1String("period")).toString(), Qt::ISODate),
                 target, k.value(QLatin1String("status")).toString(), counted));
    }
    return lines;
}

TestConsistency::Lines TestConsistency::fromTable(KpiTableModel *model, const QSet<QString> &keys)
{
    Lines lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, 0);
        const QString key = i.data(KeyRole).toString();
        if (!keys.contains(key))
            continue; // archived: not in `needle check`
        const QVariant value = i.data(LatestValueRole);
        QString target = QStringLiteral("none");
        if (i.data(KpiTableModel::TargetLowRole).isValid())
            target = QStringLiteral("%1..%2")
                         .arg(i.data(KpiTableModel::TargetLowRole).toDouble())
                         .arg(i.data(KpiTableModel::TargetHighRole).toDouble());
        else if (i.data(TargetValueRole).isValid())
            target = QString::number(i.data(TargetValueRole).toDouble());
        lines.insert(key,
                     line(value.isValid() ? std::optional(value.toDouble()) : std::nullopt,
                          i.data(LatestDateRole).toDate(), target, i.data(StatusRole).toString(),
                          i.data(AnomalyCountRole).toInt()));
    }
    return lines;
}

TestConsistency::Lines TestConsistency::fromSlides(Workspace *ws, const QDate &asOf,
                                                   const QSet<QString> &keys)
{
    ReviewMeeting meeting;
    meeting.periodFrom = asOf.addDays(-AnomalyWindowDays);
    meeting.periodTo = asOf;
    Lines lines;
    for (const Kpi &k : KpiRepository(ws->connection()).all()) {
        if (!keys.contains(k.key))
            continue;
        const SlideContent c = buildSlideContent(ws, meeting, k.id);
        lines.insert(k.key,
                     line(c.latest ? std::optional(c.latest->value) : std::nullopt,
                          c.latest ? c.latest->period : QDate(), targetText(c.target),
                          storageName(c.status), c.anomalyCount));
    }
    return lines;
}

TestConsistency::Lines TestConsistency::fromReport(Workspace *ws, const QDate &asOf,
                                                   const QSet<QString> &keys)
{
    QHash<qint64, QString> owners;
    for (const Owner &o : OwnerRepository(ws->connection()).all())
        owners.insert(o.id, o.name);
    Lines lines;
    for (const Kpi &k : KpiRepository(ws->connection()).all()) {
        if (!keys.contains(k.key))
            continue;
        // The PDF of the review window (a year back, so every cadence has its latest period).
        const KpiFacts f =
            KpiFacts::read(ws->connection(), k, asOf.addYears(-1), asOf, QLocale::c(), owners);
        const int counted = int(f.analysis.countedAnomalies().size());
        lines.insert(k.key,
                     line(f.latest ? std::optional(f.latest->value) : std::nullopt,
                          f.latest ? f.latest->period : QDate(), targetText(f.series.target),
                          storageName(f.status), counted));
    }
    return lines;
}

void TestConsistency::sameAnswers_data()
{
    ConsistencyFixture::addRows();
}

void TestConsistency::sameAnswers()
{
    QFETCH(int, kind);
    QFETCH(QDate, asOf);
    const QString path =
        m_dir.filePath(QString::fromUtf8(QTest::currentDataTag()) + QStringLiteral(".needle"));
    std::unique_ptr<Workspace> ws = ConsistencyFixture::make(Case{Kind(kind), asOf}, path);

    QSet<QString> keys;
    const Lines check = fromCheck(ws.get(), asOf, &keys);
    QVERIFY(check.size() >= 8);

    KpiTableModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    WorkspaceAnalyzer analyzer(ws.get());
    analyzer.setAsOf(asOf);
    model.setAnalyzer(&analyzer);
    analyzer.waitForFinished();
    QCoreApplication::processEvents();

    compare(fromTable(&model, keys), check, "the table");
    if (QTest::currentTestFailed())
        return;
    compare(fromSlides(ws.get(), asOf, keys), check, "the slides");
    if (QTest::currentTestFailed())
        return;
    compare(fromReport(ws.get(), asOf, keys), check, "the PDF");
}

// Issue 15, first defect: the table's Latest was blank for computed KPIs whose tiles showed one.
void TestConsistency::computedLatestInTable_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("arr") << QStringLiteral("arr");
    QTest::newRow("retention_rate") << QStringLiteral("retention");
    QTest::newRow("ltv_cac") << QStringLiteral("ltv_cac");
    QTest::newRow("stickiness") << QStringLiteral("dau_mau");
}

void TestConsistency::computedLatestInTable()
{
    QFETCH(QString, key);
    const QDate asOf(2026, 11, 21);
    if (!m_demo)
        m_demo = ConsistencyFixture::make(Case{Kind::Demo, asOf},
                                          m_dir.filePath(QStringLiteral("computed.needle")));
    Workspace *ws = m_demo.get();
    KpiTableModel model(ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    WorkspaceAnalyzer analyzer(ws);
    analyzer.setAsOf(asOf);
    model.setAnalyzer(&analyzer);
    analyzer.waitForFinished();
    const Kpi kpi = *KpiRepository(ws->connection()).byKey(key);
    QVERIFY(kpi.isComputed());
    const int row = model.rowOf(kpi.id);
    const KpiAnalysis *a = analyzer.analysis(kpi.id);
    QVERIFY(a && a->latest);
    QCOMPARE(model.index(row, 0).data(LatestValueRole).toDouble(), a->latest->value);
    QVERIFY(!model.index(row, KpiTableModel::LatestColumn).data().toString().isEmpty());
    QCOMPARE(model.index(row, KpiTableModel::PeriodColumn).data().toString(),
             QStringLiteral("October 2026"));
}

// Issue 15, second defect: after an import with a December row the table showed it (268,635 €)
// while the dashboard and slides showed November's value, with no period to explain it.
void TestConsistency::tableShowsLatestCompletePeriod()
{
    const QDate asOf(2026, 12, 10);
    std::unique_ptr<Workspace> ws = ConsistencyFixture::make(
        Case{Kind::DemoDecemberImport, asOf}, m_dir.filePath(QStringLiteral("december.needle")));
    KpiTableModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 mrr = KpiRepository(ws->connection()).byKey(QStringLiteral("mrr"))->id;
    const int row = model.rowOf(mrr);
    // Before the analysis arrives: "pending", never the raw latest value.
    QCOMPARE(model.index(row, KpiTableModel::LatestColumn).data().toString(),
             QStringLiteral("pending"));
    QVERIFY(!model.index(row, 0).data(LatestValueRole).isValid());
    WorkspaceAnalyzer analyzer(ws.get());
    analyzer.setAsOf(asOf);
    model.setAnalyzer(&analyzer);
    analyzer.waitForFinished();
    const double november = model.index(row, 0).data(LatestValueRole).toDouble();
    QVERIFY(november != 268635);
    QCOMPARE(model.index(row, 0).data(LatestDateRole).toDate(), QDate(2026, 11, 1));
    QCOMPARE(model.index(row, KpiTableModel::PeriodColumn).data().toString(),
             QStringLiteral("November 2026"));
    ReviewMeeting meeting;
    meeting.periodFrom = asOf.addDays(-AnomalyWindowDays);
    meeting.periodTo = asOf;
    const SlideContent slide = buildSlideContent(ws.get(), meeting, mrr);
    QVERIFY(slide.latest);
    QCOMPARE(slide.latest->value, november);
    // Another as-of date: "pending" at once, never the answer of the date before.
    analyzer.setAsOf(QDate(2026, 10, 20));
    QCOMPARE(model.index(row, KpiTableModel::LatestColumn).data().toString(),
             QStringLiteral("pending"));
    analyzer.waitForFinished();
    QCOMPARE(model.index(row, 0).data(LatestDateRole).toDate(), QDate(2026, 9, 1));
}

// Issue 15, third defect: a flag judged "known cause" still counted on the tile; `needle check`
// and every view now count only the flags not judged yet or confirmed.
void TestConsistency::knownCauseDoesNotCount_data()
{
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("change"); // of the count
    QTest::newRow("known_cause") << int(Verdict::KnownCause) << -1;
    QTest::newRow("not_an_anomaly") << int(Verdict::NotAnomaly) << -1;
    QTest::newRow("confirmed") << int(Verdict::Confirmed) << 0;
}

void TestConsistency::knownCauseDoesNotCount()
{
    QFETCH(int, verdict);
    QFETCH(int, change);
    const QDate asOf(2026, 9, 3);
    const QString path = m_dir.filePath(QStringLiteral("verdict_%1.needle").arg(verdict));
    QFile::remove(path);
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::create(path, &error);
    QVERIFY2(ws, qPrintable(error));
    ConsistencyFixture::edgeCases(ws.get(), asOf);
    KpiTableModel model(ws.get());
    WorkspaceAnalyzer analyzer(ws.get());
    analyzer.setAsOf(asOf);
    model.setAnalyzer(&analyzer);
    analyzer.waitForFinished();
    const qint64 churn = KpiRepository(ws->connection()).byKey(QStringLiteral("churn"))->id;
    const int row = model.rowOf(churn);
    const int before = model.index(row, 0).data(AnomalyCountRole).toInt();
    const QVector<Anomaly> flags = analyzer.analysis(churn)->countedAnomalies();
    QVERIFY(before >= 1 && before == flags.size());
    AnomalyVerdict v;
    v.kpiId = churn;
    v.period = flags.last().period;
    v.verdict = Verdict(verdict);
    QVERIFY2(ws->setVerdict(&v, &error), qPrintable(error));
    analyzer.waitForFinished();
    QCOMPARE(model.index(row, 0).data(AnomalyCountRole).toInt(), before + change);
    QSet<QString> keys;
    const Lines check = fromCheck(ws.get(), asOf, &keys);
    QVERIFY(check.value(QStringLiteral("churn"))
                .endsWith(QStringLiteral("anomalies %1").arg(before + change)));
}

// `needle export-csv --rollup` of a computed KPI: its formula evaluated per period, the value
// the table shows for the latest complete period (it wrote nothing for computed KPIs before).
void TestConsistency::csvRollUpOfComputedKpis_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("arr") << QStringLiteral("arr");
    QTest::newRow("ltv_cac") << QStringLiteral("ltv_cac");
}

void TestConsistency::csvRollUpOfComputedKpis()
{
    QFETCH(QString, key);
    const QDate asOf(2026, 11, 21);
    const QString path = m_dir.filePath(QStringLiteral("computed.needle"));
    if (!m_demo)
        m_demo = ConsistencyFixture::make(Case{Kind::Demo, asOf}, path);
    WorkspaceAnalyzer analyzer(m_demo.get());
    analyzer.setAsOf(asOf);
    analyzer.waitForFinished();
    const KpiAnalysis *a = analyzer.analysis(KpiRepository(m_demo->connection()).byKey(key)->id);
    QVERIFY(a && a->latest);
    QProcess needle;
    needle.start(QStringLiteral(NEEDLE_BINARY),
                 {QStringLiteral("export-csv"), path, QStringLiteral("--kpi"), key,
                  QStringLiteral("--rollup"), QStringLiteral("month"), QStringLiteral("--to"),
                  asOf.toString(Qt::ISODate)});
    QVERIFY(needle.waitForFinished(30000));
    QCOMPARE(needle.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(needle.readAllStandardOutput()).split(QLatin1Char('\n'));
    const QString period = a->latest->period.toString(Qt::ISODate);
    const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) {
        return l.startsWith(key + QLatin1Char(',') + period);
    });
    QVERIFY2(line != lines.cend(), qPrintable(lines.join(QLatin1Char('|'))));
    QCOMPARE(line->section(QLatin1Char(','), 2).toDouble(), a->latest->value);
}

QTEST_GUILESS_MAIN(TestConsistency)
#include "tst_consistency.moc"
