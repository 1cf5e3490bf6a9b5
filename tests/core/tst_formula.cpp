#include "analysis/formula.h"

#include <QtTest>

using namespace Needle;

class TestFormula : public QObject
{
    Q_OBJECT
private slots:
    void evaluates_data();
    void evaluates();
    void errors_data();
    void errors();
    void definitions_data();
    void definitions();
    void referencedKeys();
};

void TestFormula::evaluates_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("expected");
    QTest::newRow("ratio") << QStringLiteral("ltv / cac") << 3.0;
    QTest::newRow("stickiness") << QStringLiteral("dau / mau * 100") << 25.0;
    QTest::newRow("arr") << QStringLiteral("mrr * 12") << 1200.0;
    QTest::newRow("retention") << QStringLiteral("100 - churn") << 97.5;
    QTest::newRow("functions") << QStringLiteral("max(dau, mau) + min(ltv, cac)") << 4300.0;
}

void TestFormula::evaluates()
{
    QFETCH(QString, formula);
    QFETCH(double, expected);
    const QHash<QString, double> values = {
        {QStringLiteral("ltv"), 900},  {QStringLiteral("cac"), 300},
        {QStringLiteral("dau"), 1000}, {QStringLiteral("mau"), 4000},
        {QStringLiteral("mrr"), 100},  {QStringLiteral("churn"), 2.5}};
    double result = 0;
    QString error;
    QVERIFY2(Formula::evaluate(formula, values, &result, &error), qPrintable(error));
    QCOMPARE(result, expected);
}

void TestFormula::errors_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("message");
    QTest::newRow("division_by_zero")
        << QStringLiteral("ltv / zero") << QStringLiteral("Division by zero");
    QTest::newRow("zero_by_zero") << QStringLiteral("zero / zero")
                                  << QStringLiteral("not a number");
    QTest::newRow("missing_value")
        << QStringLiteral("ltv / nothing") << QStringLiteral("No value of nothing");
    QTest::newRow("syntax") << QStringLiteral("ltv / (cac") << QStringLiteral("not valid");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("empty");
}

void TestFormula::errors()
{
    QFETCH(QString, formula);
    QFETCH(QString, message);
    const QHash<QString, double> values = {
        {QStringLiteral("ltv"), 900}, {QStringLiteral("cac"), 300}, {QStringLiteral("zero"), 0}};
    double result = -1;
    QString error;
    QVERIFY(!Formula::evaluate(formula, values, &result, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(result, -1.0);
}

void TestFormula::definitions_data()
{
    QTest::addColumn<QStringList>("formulas"); // key=formula
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::newRow("valid") << QStringList{QStringLiteral("a="), QStringLiteral("b=a*2")}
                           << QStringLiteral("b") << QString();
    QTest::newRow("chain") << QStringList{QStringLiteral("a="), QStringLiteral("b=a*2"),
                                          QStringLiteral("c=b+a")}
                           << QStringLiteral("c") << QString();
    QTest::newRow("unknown_key") << QStringList{QStringLiteral("a="), QStringLiteral("b=a*x")}
                                 << QStringLiteral("b") << QStringLiteral("not a KPI key");
    QTest::newRow("self") << QStringList{QStringLiteral("b=b+1")} << QStringLiteral("b")
                          << QStringLiteral("itself");
    QTest::newRow("cycle") << QStringList{QStringLiteral("a=c"), QStringLiteral("b=a*2"),
                                          QStringLiteral("c=b+1")}
                           << QStringLiteral("c") << QStringLiteral("cycle");
}

void TestFormula::definitions()
{
    QFETCH(QStringList, formulas);
    QFETCH(QString, key);
    QFETCH(QString, message);
    QVector<Kpi> kpis;
    for (const QString &f : formulas) {
        Kpi k;
        k.key = f.section(QLatin1Char('='), 0, 0);
        k.formula = f.section(QLatin1Char('='), 1);
        kpis << k;
    }
    QString error;
    const bool ok = Formula::checkDefinitions(kpis, key, &error);
    QCOMPARE(ok, message.isEmpty());
    if (!ok)
        QVERIFY2(error.contains(message), qPrintable(error));
}

void TestFormula::referencedKeys()
{
    QStringList keys;
    QString error;
    QVERIFY(Formula::referencedKeys(QStringLiteral("dau / mau * 100 + dau"), &keys, &error));
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("dau"), QStringLiteral("mau")}));
}

QTEST_GUILESS_MAIN(TestFormula)
#include "tst_formula.moc"
