#include "analysis/workspaceanalyzer.h"
#include "demo/demoworkspace.h"
#include "models/kpitablemodel.h"
#include "models/roles.h"
#include "storage/kpirepository.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Needle;

// The KPI table fed by the analyzer: analysis roles, status of the latest complete period, and
// one row's signal when one KPI's values change.
class TestAnalysisModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void roles_data();
    void roles();
    void oneRowChanges();
    void analyzerGone();

private:
    qint64 kpiId(const QString &key) { return KpiRepository(m_ws->connection()).byKey(key)->id; }
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<WorkspaceAnalyzer> m_analyzer;
    std::unique_ptr<KpiTableModel> m_model;
    QString m_error;
};

void TestAnalysisModel::init()
{
    m_model.reset();
    m_analyzer.reset();
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws, qPrintable(m_error));
    QVERIFY2(DemoWorkspace::fill(m_ws->connection(), QDate(2026, 11, 21), &m_error),
             qPrintable(m_error));
    m_analyzer = std::make_unique<WorkspaceAnalyzer>(m_ws.get());
    m_analyzer->setAsOf(QDate(2026, 11, 21));
    m_model = std::make_unique<KpiTableModel>(m_ws.get());
}

void TestAnalysisModel::roles_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("anomalies");
    QTest::newRow("dau") << QStringLiteral("dau") << QStringLiteral("off_track") << true;
    QTest::newRow("gross_margin") << QStringLiteral("gross_margin") << QStringLiteral("on_track")
                                  << false;
    QTest::newRow("mau") << QStringLiteral("mau") << QStringLiteral("no_target") << false;
}

void TestAnalysisModel::roles()
{
    QFETCH(QString, key);
    QFETCH(QString, status);
    QFETCH(bool, anomalies);
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = m_model->rowOf(kpiId(key));
    QVERIFY(!m_model->index(row, 0).data(TrendRole).isValid()); // before the analyzer
    m_model->setAnalyzer(m_analyzer.get());
    m_analyzer->waitForFinished();
    const QModelIndex i = m_model->index(row, KpiTableModel::StatusColumn);
    QCOMPARE(i.data(StatusRole).toString(), status);
    QVERIFY(!i.data(StatusSentenceRole).toString().isEmpty());
    QCOMPARE(i.data(Qt::ToolTipRole).toString(), i.data(StatusSentenceRole).toString());
    QVERIFY(
        QStringList({QStringLiteral("flat"), QStringLiteral("rising"), QStringLiteral("falling")})
            .contains(i.data(TrendRole).toString()));
    QCOMPARE(i.data(AnomalyCountRole).toInt() > 0, anomalies);
    QCOMPARE(i.data(LatestAnomalyRole).toString().isEmpty(), !anomalies);
    QCOMPARE(i.data(StaleRole).toBool(), false);
    QVERIFY(i.data(AttentionRole).toDouble() >= 0);
}

void TestAnalysisModel::oneRowChanges()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setAnalyzer(m_analyzer.get());
    m_analyzer->waitForFinished();
    const qint64 id = kpiId(QStringLiteral("gross_margin"));
    const int row = m_model->rowOf(id);
    QCOMPARE(m_model->index(row, 0).data(StatusRole).toString(), QStringLiteral("on_track"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // October's margin far below the 75% target: the latest complete month goes off track.
    QVERIFY2(m_ws->setValue(id, QDate(2026, 10, 1), 50, &m_error), qPrintable(m_error));
    m_analyzer->waitForFinished();
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    for (const QList<QVariant> &args : changed) {
        QCOMPARE(args.at(0).toModelIndex().row(), row);
        QCOMPARE(args.at(1).toModelIndex().row(), row);
    }
    QCOMPARE(m_model->index(row, 0).data(StatusRole).toString(), QStringLiteral("off_track"));
    QVERIFY(m_model->index(row, 0).data(AnomalyCountRole).toInt() >= 1);
}

void TestAnalysisModel::analyzerGone()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setAnalyzer(m_analyzer.get());
    m_analyzer->waitForFinished();
    m_analyzer.reset();
    QVERIFY(!m_model->analyzer());
    QVERIFY(m_model->index(0, 0).data(StatusRole).isValid()); // still answers
    m_model->setAnalyzer(nullptr);
    QVERIFY(!m_model->index(0, 0).data(TrendRole).isValid());
}

QTEST_GUILESS_MAIN(TestAnalysisModel)
#include "tst_analysismodel.moc"
