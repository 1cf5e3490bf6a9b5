#include "automation/datasourcesdialog.h"
#include "automation/sourceeditdialog.h"
#include "automation/sourcescontroller.h"
#include "models/datasourcemodel.h"
#include "storage/measurementrepository.h"
#include "storage/sourcerepository.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;

// File > Data Sources and KPI > Data Source on a SQLite source: adding with a
// test run, refreshing in the background onto the undo stack, a failure
// reported without a dialog, and the due jobs the open app runs.
class TestDataSources : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addWithTestRun_data();
    void addWithTestRun();
    void refreshNowAndUndo();
    void failureReported();
    void appRunsDueJobs();

private:
    qint64 addSource(const QString &name, const QString &path, qint64 interval = 3600);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Workspace> m_ws;
    QString m_src;
    qint64 m_kpi = 0;
};

void TestDataSources::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("w.needle")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    Kpi k;
    k.key = QStringLiteral("signups");
    k.name = QStringLiteral("Sign-ups");
    k.cadence = Cadence::Daily;
    QVERIFY2(m_ws->addKpi(&k, &error), qPrintable(error));
    m_kpi = k.id;
    m_src = m_dir->filePath(QStringLiteral("app.db"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("src"));
        db.setDatabaseName(m_src);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE signups (day TEXT, n TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO signups VALUES ('2025-03-01', "
                                      "'40'), ('2025-03-02', '42')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("src"));
}

void TestDataSources::cleanup()
{
    m_ws.reset();
    delete m_dir;
}

qint64 TestDataSources::addSource(const QString &name, const QString &path, qint64 interval)
{
    DataSource s;
    s.name = name;
    s.url = QStringLiteral("sqlite://") + path;
    s.query = QStringLiteral("SELECT day, n FROM signups");
    s.kpiId = m_kpi;
    s.intervalSeconds = interval;
    QString error;
    if (!SourceRepository(m_ws->connection()).insertSource(&s, &error))
        qWarning("%s", qPrintable(error));
    return s.id;
}

void TestDataSources::addWithTestRun_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("testPasses");
    QTest::addColumn<QString>("shown"); // part of the result text
    QTest::newRow("good") << QString() << QStringLiteral("SELECT day, n FROM signups") << true
                          << QStringLiteral("(dry run): 2 value");
    QTest::newRow("not_a_number") << QString() << QStringLiteral("SELECT day, 'many' FROM signups")
                                  << false << QStringLiteral("many");
    QTest::newRow("writes") << QString() << QStringLiteral("DELETE FROM signups") << false
                            << QStringLiteral("The query failed");
    QTest::newRow("password_in_url")
        << QStringLiteral("postgresql://me:pw@db/app") << QStringLiteral("SELECT 1") << false
        << QStringLiteral("password");
}

void TestDataSources::addWithTestRun()
{
    QFETCH(QString, url);
    QFETCH(QString, query);
    QFETCH(bool, testPasses);
    QFETCH(QString, shown);
    SourceEditDialog dialog(m_ws.get(), m_kpi, nullptr);
    QCOMPARE(dialog.kpiCombo()->currentData().toLongLong(), m_kpi);
    dialog.nameEdit()->setText(QStringLiteral("App"));
    dialog.urlEdit()->setText(url.isEmpty() ? QStringLiteral("sqlite://") + m_src : url);
    dialog.queryEdit()->setPlainText(query);
    QCOMPARE(dialog.test(), testPasses);
    QVERIFY2(dialog.resultView()->toPlainText().contains(shown),
             qPrintable(dialog.resultView()->toPlainText()));
    // A test run writes nothing.
    QCOMPARE(MeasurementRepository(m_ws->connection()).measurements(m_kpi).size(), 0);
    QString error;
    QCOMPARE(dialog.save(&error), url.isEmpty());
    QCOMPARE(SourceRepository(m_ws->connection()).sources().size(), url.isEmpty() ? 1 : 0);
}

void TestDataSources::refreshNowAndUndo()
{
    addSource(QStringLiteral("App"), m_src);
    SourcesController controller(nullptr, [] { return qint64(0); });
    controller.setAutoRunInterval(0);
    controller.setWorkspace(m_ws.get());
    DataSourcesDialog dialog(m_ws.get(), &controller);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.model()->index(0, DataSourceModel::LastRunColumn).data().toString(),
             DataSourceModel::tr("never"));
    QSignalSpy finished(&controller, &SourcesController::finished);
    dialog.refreshSelected();
    QVERIFY(finished.wait(20000));
    QCOMPARE(dialog.model()->index(0, DataSourceModel::ResultColumn).data().toString(),
             DataSourceModel::outcomeText(JobRun::Outcome::Written));
    QCOMPARE(MeasurementRepository(m_ws->connection()).measurements(m_kpi).size(), 2);
    QCOMPARE(m_ws->undoStack()->count(), 2); // the KPI, then the refresh
    m_ws->undoStack()->undo();
    QCOMPARE(MeasurementRepository(m_ws->connection()).measurements(m_kpi).size(), 0);
    m_ws->undoStack()->redo();
    QCOMPARE(MeasurementRepository(m_ws->connection()).measurements(m_kpi).size(), 2);
}

void TestDataSources::failureReported()
{
    const qint64 id =
        addSource(QStringLiteral("Gone"), m_dir->filePath(QStringLiteral("missing.db")));
    SourcesController controller(nullptr, [] { return qint64(0); });
    controller.setAutoRunInterval(0);
    controller.setWorkspace(m_ws.get());
    DataSourcesDialog dialog(m_ws.get(), &controller);
    QSignalSpy finished(&controller, &SourcesController::finished);
    controller.refreshNow(id);
    QVERIFY(finished.wait(20000));
    QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("Gone")),
             qPrintable(dialog.messageLabel()->text()));
    const QModelIndex result = dialog.model()->index(0, DataSourceModel::ResultColumn);
    QCOMPARE(result.data().toString(), DataSourceModel::outcomeText(JobRun::Outcome::Failed));
    QVERIFY(result.data(Qt::ToolTipRole).toString().contains(QLatin1String("missing.db")));
    QVERIFY(dialog.removeSelected());
    QCOMPARE(dialog.model()->rowCount(), 0);
}

void TestDataSources::appRunsDueJobs()
{
    addSource(QStringLiteral("App"), m_src);
    addSource(QStringLiteral("Gone"), m_dir->filePath(QStringLiteral("missing.db")));
    addSource(QStringLiteral("By hand"), m_src, 0);
    SourcesController controller(nullptr, [] { return qint64(0); });
    controller.setAutoRunInterval(0);
    controller.setWorkspace(m_ws.get());
    QSignalSpy finished(&controller, &SourcesController::finished);
    QSignalSpy message(&controller, &SourcesController::message);
    QSignalSpy values(m_ws.get(), &Workspace::changed);
    controller.runDue();
    QVERIFY(finished.wait(20000));
    QCOMPARE(MeasurementRepository(m_ws->connection()).measurements(m_kpi).size(), 2);
    QVERIFY(values.count() >= 1);
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.constLast().at(0).toString().contains(QLatin1String("Gone")),
             qPrintable(message.constLast().at(0).toString()));
    const QVector<JobRun> runs = SourceRepository(m_ws->connection()).runs(10);
    QCOMPARE(runs.size(), 2); // "By hand" is not scheduled
}

QTEST_MAIN(TestDataSources)
#include "tst_datasources.moc"
