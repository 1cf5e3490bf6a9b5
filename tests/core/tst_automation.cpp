#include "sources/exportwhen.h"
#include "sources/jobrunner.h"
#include "sources/refresher.h"
#include "sources/usertimer.h"
#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/sourcerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

// run-due, scheduled exports, the user timer and the source commands of the
// command line, on a SQLite source (the server engines are covered by
// tst_sourcerefresh). Fixed clocks only.
class TestAutomation : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exportWhen_data();
    void exportWhen();
    void sourceDue_data();
    void sourceDue();
    void windowStart_data();
    void windowStart();
    void runDue();
    void lockKeepsSecondRunnerOut();
    void timerFiles_data();
    void timerFiles();
    void cliSources();
    void cliRunDueAndSchedule();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    void sourceTable(const QString &sql);

    QTemporaryDir *m_dir = nullptr;
    QString m_ws;
    QString m_src;
};

int TestAutomation::run(const QStringList &args, QByteArray *out, QByteArray *err,
                        const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NEEDLE_BINARY), args);
    if (!p.waitForFinished(120000))
        return -1;
    const QByteArray o = p.readAllStandardOutput();
    const QByteArray e = p.readAllStandardError();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestAutomation::sourceTable(const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("src"));
        db.setDatabaseName(m_src);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("src"));
}

void TestAutomation::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(QStringLiteral("team.needle"));
    m_src = m_dir->filePath(QStringLiteral("app.db"));
    QString error;
    auto db = Database::open(m_ws, Database::Mode::CreateNew, &error);
    QVERIFY2(db, qPrintable(error));
    Kpi k;
    k.key = QStringLiteral("signups");
    k.name = QStringLiteral("Sign-ups");
    k.cadence = Cadence::Daily;
    QVERIFY(KpiRepository(db->connection()).insert(&k, &error));
    sourceTable(QStringLiteral("CREATE TABLE signups (day TEXT, n INTEGER)"));
    sourceTable(
        QStringLiteral("INSERT INTO signups VALUES ('2025-03-01', 40), ('2025-03-02', 42)"));
}

void TestAutomation::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void TestAutomation::exportWhen_data()
{
    QTest::addColumn<QString>("when");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("next"); // invalid: not a schedule
    const QDateTime wed(QDate(2025, 3, 5), QTime(10, 0)); // local time
    QTest::newRow("every_day") << QStringLiteral("1d") << wed << wed.addDays(1);
    QTest::newRow("every_12h") << QStringLiteral("12h") << wed << wed.addSecs(12 * 3600);
    QTest::newRow("daily_time") << QStringLiteral("07:00") << wed
                                << QDateTime(QDate(2025, 3, 6), QTime(7, 0));
    QTest::newRow("daily_later_today")
        << QStringLiteral("daily 18:30") << wed << QDateTime(QDate(2025, 3, 5), QTime(18, 30));
    QTest::newRow("monday") << QStringLiteral("mon 07:00") << wed
                            << QDateTime(QDate(2025, 3, 10), QTime(7, 0));
    QTest::newRow("friday_long") << QStringLiteral("Friday 17:00") << wed
                                 << QDateTime(QDate(2025, 3, 7), QTime(17, 0));
    QTest::newRow("before_meeting") << QStringLiteral("before-meeting 18:00") << wed
                                    << QDateTime(QDate(2025, 3, 11), QTime(18, 0));
    QTest::newRow("not_a_schedule") << QStringLiteral("tomorrow") << wed << QDateTime();
    QTest::newRow("bad_time") << QStringLiteral("mon 25:00") << wed << QDateTime();
    QTest::newRow("bad_day") << QStringLiteral("someday 07:00") << wed << QDateTime();
}

void TestAutomation::exportWhen()
{
    QFETCH(QString, when);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, next);
    ExportWhen w;
    QString error;
    const bool ok = ExportWhen::parse(when, &w, &error);
    QCOMPARE(ok, next.isValid());
    if (!ok) {
        QVERIFY(error.contains(when));
        return;
    }
    // Meetings: one already past, one next week.
    QCOMPARE(w.nextAfter(after, {QDate(2025, 3, 1), QDate(2025, 3, 12)}), next);
}

void TestAutomation::sourceDue_data()
{
    QTest::addColumn<qint64>("interval");
    QTest::addColumn<int>("minutesAgo"); // -1: never run
    QTest::addColumn<bool>("failed");
    QTest::addColumn<bool>("due");
    QTest::newRow("never_run") << qint64(3600) << -1 << false << true;
    QTest::newRow("ran_recently") << qint64(3600) << 30 << false << false;
    QTest::newRow("interval_passed") << qint64(3600) << 61 << false << true;
    QTest::newRow("failed_retried_within_an_hour") << qint64(86400) << 61 << true << true;
    QTest::newRow("failed_just_now") << qint64(86400) << 10 << true << false;
    QTest::newRow("by_hand_only") << qint64(0) << -1 << false << false;
}

void TestAutomation::sourceDue()
{
    QFETCH(qint64, interval);
    QFETCH(int, minutesAgo);
    QFETCH(bool, failed);
    QFETCH(bool, due);
    const QDateTime now(QDate(2025, 3, 10), QTime(8, 0), Qt::UTC);
    DataSource s;
    s.intervalSeconds = interval;
    std::optional<JobRun> last;
    if (minutesAgo >= 0) {
        last = JobRun();
        last->startedAt = now.addSecs(-60 * minutesAgo);
        last->outcome = failed ? JobRun::Outcome::Failed : JobRun::Outcome::Unchanged;
    }
    QCOMPARE(JobRunner::sourceDue(s, last, now), due);
}

void TestAutomation::windowStart_data()
{
    QTest::addColumn<Cadence>("cadence");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDate>("from");
    QTest::newRow("daily") << Cadence::Daily << QDate(2025, 3, 12) << QDate(2025, 3, 10);
    // Whole periods: the Monday of the week two weeks back, the first of the
    // month.
    QTest::newRow("weekly") << Cadence::Weekly << QDate(2025, 3, 12) << QDate(2025, 2, 24);
    QTest::newRow("weekly_sunday") << Cadence::Weekly << QDate(2025, 3, 16) << QDate(2025, 2, 24);
    QTest::newRow("monthly") << Cadence::Monthly << QDate(2025, 3, 31) << QDate(2025, 1, 1);
    QTest::newRow("quarterly") << Cadence::Quarterly << QDate(2025, 5, 15) << QDate(2024, 10, 1);
}

void TestAutomation::windowStart()
{
    QFETCH(Cadence, cadence);
    QFETCH(QDate, last);
    QFETCH(QDate, from);
    QString error;
    auto db = Database::open(m_ws, Database::Mode::OpenExisting, &error);
    KpiRepository kpis(db->connection());
    Kpi k = *kpis.byKey(QStringLiteral("signups"));
    k.cadence = cadence;
    QVERIFY(kpis.update(k, &error));
    sourceTable(QStringLiteral("DELETE FROM signups"));
    sourceTable(QStringLiteral("INSERT INTO signups VALUES ('2024-01-01', 1), ('%1', 2)")
                    .arg(last.toString(Qt::ISODate)));
    DataSource s;
    s.name = QStringLiteral("Sign-ups");
    s.url = QStringLiteral("sqlite://") + m_src;
    s.query = QStringLiteral("SELECT day, n FROM signups WHERE day >= :from");
    s.kpiId = k.id;
    QVERIFY(SourceRepository(db->connection()).insertSource(&s, &error));
    Refresher refresher(db->connection());
    // Nothing written by the source yet: the first refresh backfills.
    QVERIFY(!refresher.windowStart(s, &error).isValid());
    const RefreshResult r = refresher.refresh(s, {});
    QVERIFY2(r.ok(), qPrintable(r.run.message));
    QCOMPARE(r.run.windowFrom, Refresher::earliest());
    QCOMPARE(refresher.windowStart(s, &error), from);
}

void TestAutomation::runDue()
{
    const QString folder = m_dir->filePath(QStringLiteral("reports"));
    {
        QString error;
        auto db = Database::open(m_ws, Database::Mode::OpenExisting, &error);
        QVERIFY(db);
        SourceRepository repo(db->connection());
        DataSource s;
        s.name = QStringLiteral("Sign-ups");
        s.url = QStringLiteral("sqlite://") + m_src;
        s.query = QStringLiteral("SELECT day, n FROM signups WHERE day >= :from");
        s.kpiId = KpiRepository(db->connection()).byKey(QStringLiteral("signups"))->id;
        s.intervalSeconds = 3600;
        QVERIFY(repo.insertSource(&s, &error));
        ScheduledExport check;
        check.name = QStringLiteral("Monday check");
        check.kind = ScheduledExport::Kind::Check;
        check.folder = folder;
        check.schedule = QStringLiteral("mon 07:00");
        check.createdAt = QDateTime(QDate(2025, 3, 5), QTime(9, 0));
        QVERIFY(repo.insertExport(&check, &error));
        ScheduledExport pdf = check;
        pdf.name = QStringLiteral("Review pack");
        pdf.kind = ScheduledExport::Kind::Pdf;
        pdf.schedule = QStringLiteral("before-meeting 18:00");
        QVERIFY(repo.insertExport(&pdf, &error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO review_meeting (title, date) VALUES "
                                      "('March review', '2025-03-12')")));
    }
    RunDueOptions o;
    o.needleProgram = QStringLiteral(NEEDLE_BINARY);
    o.now = QDateTime(QDate(2025, 3, 10), QTime(8, 0)); // Monday, local time
    RunDueResult r = JobRunner::runDue(m_ws, o);
    QVERIFY2(r.ok(), qPrintable(r.error + QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
    QCOMPARE(r.runs.size(),
             2); // the refresh and the Monday check; the meeting is not yet near
    QCOMPARE(r.runs.at(0).job, QStringLiteral("Sign-ups"));
    QCOMPARE(r.runs.at(0).valuesWritten, qint64(2));
    QCOMPARE(r.runs.at(1).job, QStringLiteral("Monday check"));
    const QString checkFile = QDir(folder).filePath(QStringLiteral("Monday-check-2025-03-10.json"));
    QCOMPARE(r.runs.at(1).output, checkFile);
    QFile json(checkFile);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(json.readAll()).isObject());

    // Half an hour later nothing is due.
    o.now = o.now.addSecs(1800);
    r = JobRunner::runDue(m_ws, o);
    QVERIFY(r.ok());
    QCOMPARE(r.runs.size(), 0);

    // The evening before the meeting: the refresh again (nothing new) and the
    // PDF.
    sourceTable(QStringLiteral("UPDATE signups SET n = 43 WHERE day = '2025-03-02'"));
    o.now = QDateTime(QDate(2025, 3, 11), QTime(18, 5));
    r = JobRunner::runDue(m_ws, o);
    QVERIFY2(r.ok(), QJsonDocument(r.toJson()).toJson().constData());
    QCOMPARE(r.runs.size(), 2);
    QCOMPARE(r.runs.at(0).valuesWritten, qint64(1));
    QCOMPARE(r.runs.at(1).job, QStringLiteral("Review pack"));
    QFile pdf(r.runs.at(1).output);
    QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(r.runs.at(1).output));
    QVERIFY(pdf.read(5) == "%PDF-");

    // Every run is in the workspace's log.
    QString error;
    auto db = Database::open(m_ws, Database::Mode::ReadOnly, &error);
    QCOMPARE(SourceRepository(db->connection()).runs(10).size(), 4);
}

void TestAutomation::lockKeepsSecondRunnerOut()
{
    const QDateTime now(QDate(2025, 3, 10), QTime(8, 0), Qt::UTC);
    {
        QString error;
        auto db = Database::open(m_ws, Database::Mode::OpenExisting, &error);
        DataSource s;
        s.name = QStringLiteral("Sign-ups");
        s.url = QStringLiteral("sqlite://") + m_src;
        s.query = QStringLiteral("SELECT day, n FROM signups");
        s.kpiId = KpiRepository(db->connection()).byKey(QStringLiteral("signups"))->id;
        QVERIFY(SourceRepository(db->connection()).insertSource(&s, &error));
        bool got = false;
        QVERIFY(SourceRepository(db->connection())
                    .acquireLock(QStringLiteral("run-due"), QStringLiteral("other:1"), now, 7200,
                                 &got, &error));
        QVERIFY(got);
    }
    RunDueOptions o;
    o.now = now.addSecs(60);
    RunDueResult r = JobRunner::runDue(m_ws, o);
    QVERIFY(r.busy);
    QVERIFY(r.runs.isEmpty());
    // A lock left by a runner that died expires.
    o.now = now.addSecs(7300);
    r = JobRunner::runDue(m_ws, o);
    QVERIFY(!r.busy);
    QCOMPARE(r.runs.size(), 1);
}

void TestAutomation::timerFiles_data()
{
    QTest::addColumn<qint64>("every");
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("cron");
    QTest::newRow("15min") << qint64(900) << QStringLiteral("*:0/15")
                           << QStringLiteral("*/15 * * * *");
    QTest::newRow("1h") << qint64(3600) << QStringLiteral("hourly")
                        << QStringLiteral("0 */1 * * *");
    QTest::newRow("6h") << qint64(21600) << QStringLiteral("0/6:00")
                        << QStringLiteral("0 */6 * * *");
    QTest::newRow("1d") << qint64(86400) << QStringLiteral("daily") << QStringLiteral("0 0 * * *");
    QTest::newRow("1w") << qint64(604800) << QStringLiteral("weekly")
                        << QStringLiteral("0 0 * * 1");
}

void TestAutomation::timerFiles()
{
    QFETCH(qint64, every);
    QFETCH(QString, calendar);
    QFETCH(QString, cron);
    const UserTimer t(QStringLiteral("/data/my team's.needle"), QStringLiteral("/usr/bin/needle"),
                      every);
    QCOMPARE(t.onCalendar(), calendar);
    QVERIFY(t.timerText().contains(QStringLiteral("OnCalendar=") + calendar + QLatin1Char('\n')));
    QVERIFY(t.timerText().contains(QLatin1String("Persistent=true\n")));
    QVERIFY(t.serviceText().contains(
        QLatin1String("ExecStart=\"/usr/bin/needle\" run-due \"/data/my team's.needle\"\n")));
    QCOMPARE(t.crontabLine(),
             cron + QLatin1String(" '/usr/bin/needle' run-due '/data/my team'\\''s.needle'"));
}

void TestAutomation::cliSources()
{
    const QString url = QStringLiteral("sqlite://") + m_src;
    const QString query = QStringLiteral("SELECT day, n FROM signups WHERE day >= :from");
    QByteArray out;
    QByteArray err;
    QCOMPARE(run({QStringLiteral("source"), QStringLiteral("add"), m_ws, QStringLiteral("Sign-ups"),
                  QStringLiteral("--url"), url, QStringLiteral("--query"), query,
                  QStringLiteral("--kpi"), QStringLiteral("signups"), QStringLiteral("--every"),
                  QStringLiteral("1h")},
                 &out, &err),
             0);
    // Refused: the same name, a password in the URL, an unknown KPI, no query.
    QCOMPARE(run({QStringLiteral("source"), QStringLiteral("add"), m_ws, QStringLiteral("sign-ups"),
                  QStringLiteral("--url"), url, QStringLiteral("--query"), query}),
             1);
    QCOMPARE(run({QStringLiteral("source"), QStringLiteral("add"), m_ws, QStringLiteral("x"),
                  QStringLiteral("--url"), QStringLiteral("postgresql://u:pw@db/app"),
                  QStringLiteral("--query"), query},
                 nullptr, &err),
             1);
    QVERIFY(err.contains("password"));
    QCOMPARE(run({QStringLiteral("source"), QStringLiteral("add"), m_ws, QStringLiteral("y"),
                  QStringLiteral("--url"), url, QStringLiteral("--query"), query,
                  QStringLiteral("--kpi"), QStringLiteral("nope")}),
             1);
    QCOMPARE(run({QStringLiteral("source"), QStringLiteral("add"), m_ws, QStringLiteral("z"),
                  QStringLiteral("--url"), url}),
             2);

    QCOMPARE(run({QStringLiteral("refresh"), m_ws, QStringLiteral("--json")}, &out, &err), 0);
    QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("Sign-ups"));
    QCOMPARE(o.value(QStringLiteral("rows_read")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("values_written")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 0);
    QVERIFY(o.value(QStringLiteral("kpis_created")).isArray());
    QVERIFY(o.value(QStringLiteral("issues")).isArray());
    const int batch = o.value(QStringLiteral("batch")).toInt();
    QVERIFY(batch > 0);

    QCOMPARE(
        run({QStringLiteral("refresh"), m_ws, QStringLiteral("Sign-ups"), QStringLiteral("--json")},
            &out),
        0);
    o = QJsonDocument::fromJson(out).object();
    QVERIFY(o.value(QStringLiteral("batch")).isNull());
    QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 2);

    QCOMPARE(run({QStringLiteral("source"), QStringLiteral("list"), m_ws, QStringLiteral("--json")},
                 &out),
             0);
    const QJsonObject listed = QJsonDocument::fromJson(out)
                                   .object()
                                   .value(QStringLiteral("sources"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(listed.value(QStringLiteral("kpi")).toString(), QStringLiteral("signups"));
    QCOMPARE(listed.value(QStringLiteral("every_seconds")).toInt(), 3600);
    QCOMPARE(listed.value(QStringLiteral("last_run"))
                 .toObject()
                 .value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("unchanged"));

    QCOMPARE(
        run({QStringLiteral("undo-import"), m_ws, QString::number(batch), QStringLiteral("--json")},
            &out),
        0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("values_undone")).toInt(),
             2);
    QCOMPARE(run({QStringLiteral("refresh"), m_ws, QStringLiteral("nope")}), 1);
    QCOMPARE(
        run({QStringLiteral("source"), QStringLiteral("remove"), m_ws, QStringLiteral("Sign-ups")}),
        0);
    QCOMPARE(
        run({QStringLiteral("source"), QStringLiteral("remove"), m_ws, QStringLiteral("Sign-ups")}),
        1);
    QCOMPARE(run({QStringLiteral("refresh"), m_ws}), 1); // no sources left
}

void TestAutomation::cliRunDueAndSchedule()
{
    QByteArray out;
    QByteArray err;
    QCOMPARE(run({QStringLiteral("source"), QStringLiteral("add"), m_ws, QStringLiteral("Sign-ups"),
                  QStringLiteral("--url"), QStringLiteral("sqlite://") + m_src,
                  QStringLiteral("--query"), QStringLiteral("SELECT day, n FROM signups"),
                  QStringLiteral("--kpi"), QStringLiteral("signups")}),
             0);
    QCOMPARE(run({QStringLiteral("export-job"), QStringLiteral("add"), m_ws,
                  QStringLiteral("Weekly"), QStringLiteral("--kind"), QStringLiteral("check"),
                  QStringLiteral("--folder"), m_dir->filePath(QStringLiteral("out")),
                  QStringLiteral("--when"), QStringLiteral("someday")}),
             1);
    QCOMPARE(run({QStringLiteral("run-due"), m_ws, QStringLiteral("--json")}, &out, &err), 0);
    const QJsonArray jobs = QJsonDocument::fromJson(out)
                                .object()
                                .value(QStringLiteral("workspaces"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("jobs"))
                                .toArray();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("written"));
    QCOMPARE(run({QStringLiteral("run-due"), m_dir->filePath(QStringLiteral("missing.needle"))}),
             1);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString config = m_dir->filePath(QStringLiteral("config"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("NEEDLE_SYSTEMCTL"), QStringLiteral("true"));
    QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("install"), m_ws,
                  QStringLiteral("--every"), QStringLiteral("1h")},
                 &out, &err, env),
             0);
    const QStringList files = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(files.size(), 2);
    for (const QString &f : files)
        QVERIFY2(f.startsWith(config + QLatin1String("/systemd/user/needle-run-due-")),
                 qPrintable(f));
    QFile timer(files.at(1));
    QVERIFY(timer.open(QIODevice::ReadOnly));
    const QByteArray text = timer.readAll();
    QVERIFY(text.contains("Persistent=true"));
    QVERIFY(text.contains("OnCalendar=hourly"));
    QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("remove"), m_ws}, &out, &err, env), 0);
    QVERIFY(!QFile::exists(files.at(0)));
    QVERIFY(!QFile::exists(files.at(1)));

    env.insert(QStringLiteral("NEEDLE_SYSTEMCTL"), QStringLiteral("none"));
    QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("install"), m_ws}, &out, &err, env),
             0);
    QVERIFY(out.startsWith("*/15 * * * * '"));
    QVERIFY(out.contains("run-due '" + m_ws.toUtf8() + "'"));
    QVERIFY(!QDir(config + QLatin1String("/systemd/user")).exists()
            || QDir(config + QLatin1String("/systemd/user")).isEmpty());
}

QTEST_GUILESS_MAIN(TestAutomation)
#include "tst_automation.moc"
