#include "analysis/formula.h"
#include "catalog/kpilibrary.h"
#include "catalog/nps.h"

#include <QSet>
#include <QtTest>

using namespace Needle;

class TestKpiLibrary : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void formulasResolve();
    void nps_data();
    void nps();
};

// The standard product KPIs the foundation issue lists.
void TestKpiLibrary::complete_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : {"nps",
                            "csat",
                            "mrr",
                            "arr",
                            "customer_churn",
                            "revenue_churn",
                            "retention",
                            "cltv",
                            "cac",
                            "ltv_cac",
                            "gross_margin",
                            "dau",
                            "mau",
                            "dau_mau",
                            "feature_adoption",
                            "activation_rate",
                            "conversion_rate",
                            "time_to_market",
                            "innovation_rate",
                            "rnd_spend_ratio"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestKpiLibrary::complete()
{
    QFETCH(QString, key);
    const std::optional<LibraryEntry> e = KpiLibrary::find(key);
    QVERIFY2(e, qPrintable(key));
    QString error;
    QVERIFY2(e->kpi.validate(&error), qPrintable(error));
    QVERIFY(!e->kpi.name.isEmpty());
    QVERIFY(e->kpi.description.size() > 15);
    QVERIFY(e->howMeasured.size() > 10);
}

void TestKpiLibrary::formulasResolve()
{
    QVector<Kpi> kpis;
    QSet<QString> keys;
    for (const LibraryEntry &e : KpiLibrary::entries()) {
        kpis << e.kpi;
        QVERIFY2(!keys.contains(e.kpi.key), qPrintable(e.kpi.key));
        keys.insert(e.kpi.key);
    }
    for (const Kpi &k : kpis) {
        if (!k.isComputed())
            continue;
        QString error;
        QVERIFY2(Formula::checkDefinitions(kpis, k.key, &error),
                 qPrintable(k.key + QLatin1String(": ") + error));
    }
}

void TestKpiLibrary::nps_data()
{
    QTest::addColumn<QVector<int>>("answers");
    QTest::addColumn<double>("expected");
    QTest::newRow("all_promoters") << QVector<int>{9, 10, 10} << 100.0;
    QTest::newRow("mixed") << QVector<int>{10, 9, 8, 7, 6, 0, 10, 3, 9, 9} << 20.0;
    QTest::newRow("all_detractors") << QVector<int>{0, 6} << -100.0;
    QTest::newRow("passives_only") << QVector<int>{7, 8} << 0.0;
}

void TestKpiLibrary::nps()
{
    QFETCH(QVector<int>, answers);
    QFETCH(double, expected);
    QCOMPARE(*Nps::fromAnswers(answers), expected);
    int invalid = -1;
    QVERIFY(!Nps::fromAnswers({5, 11}, &invalid));
    QCOMPARE(invalid, 1);
    QVERIFY(!Nps::fromCounts(0, 0, 0));
    QCOMPARE(*Nps::fromCounts(50, 30, 20), 30.0);
}

QTEST_GUILESS_MAIN(TestKpiLibrary)
#include "tst_kpilibrary.moc"
