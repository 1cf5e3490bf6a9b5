#include "report/csvexport.h"

#include <QBuffer>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

// CSV export with protection against formula injection: text that a spreadsheet would run gets
// a leading apostrophe, numbers never do.
class TestCsvExport : public QObject
{
    Q_OBJECT
private slots:
    void field_data();
    void field();
    void modelRowsUseNumbersWhereTheModelHasThem();
    void unwritablePathLeavesNothing();
};

void TestCsvExport::field_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain_text") << QVariant(QStringLiteral("Revenue")) << QStringLiteral("Revenue");
    QTest::newRow("equals_formula") << QVariant(QStringLiteral("=HYPERLINK(\"http://x\")"))
                                    << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("plus") << QVariant(QStringLiteral("+1+1")) << QStringLiteral("'+1+1");
    QTest::newRow("minus_text") << QVariant(QStringLiteral("-2+3")) << QStringLiteral("'-2+3");
    QTest::newRow("at") << QVariant(QStringLiteral("@SUM(A1)")) << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QVariant(QStringLiteral("\t=1")) << QStringLiteral("'\t=1");
    QTest::newRow("carriage_return")
        << QVariant(QStringLiteral("\r=1")) << QStringLiteral("\"'\r=1\"");
    QTest::newRow("line_feed") << QVariant(QStringLiteral("\n=1")) << QStringLiteral("\"'\n=1\"");
    QTest::newRow("equals_inside_is_fine")
        << QVariant(QStringLiteral("a=b")) << QStringLiteral("a=b");
    QTest::newRow("negative_number") << QVariant(-3.25) << QStringLiteral("-3.25");
    QTest::newRow("negative_integer") << QVariant(-7) << QStringLiteral("-7");
    QTest::newRow("shortest_double")
        << QVariant(0.1 + 0.2) << QStringLiteral("0.30000000000000004");
    QTest::newRow("comma_quoted") << QVariant(QStringLiteral("a, b")) << QStringLiteral("\"a, b\"");
    QTest::newRow("quote_doubled")
        << QVariant(QStringLiteral("say \"hi\"")) << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("date_iso") << QVariant(QDate(2026, 3, 1)) << QStringLiteral("2026-03-01");
    QTest::newRow("null") << QVariant() << QString();
}

void TestCsvExport::field()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvExport::field(value), expected);
}

void TestCsvExport::modelRowsUseNumbersWhereTheModelHasThem()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Value")});
    model.setData(model.index(0, 0), QStringLiteral("=cmd|' /C calc'!A0"), Qt::DisplayRole);
    // A view shows "-1,200 €"; the edit role holds the number, which is what the file gets.
    auto *value = new QStandardItem;
    value->setData(QStringLiteral("-1,200 \u20ac"), Qt::DisplayRole);
    value->setData(-1200.0, Qt::EditRole);
    model.setItem(0, 1, value);
    model.setData(model.index(1, 0), QStringLiteral("Churn"), Qt::DisplayRole);
    model.setData(model.index(1, 1), QStringLiteral("-"), Qt::DisplayRole);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(CsvExport::writeModel(model, &buffer, &error));
    const QString csv = QString::fromUtf8(buffer.data());
    QCOMPARE(csv, QStringLiteral("Name,Value\n'=cmd|' /C calc'!A0,-1200\nChurn,'-\n"));
}

void TestCsvExport::unwritablePathLeavesNothing()
{
    QTemporaryDir dir;
    QStandardItemModel model(1, 1);
    QString error;
    const QString path = dir.filePath(QStringLiteral("missing/out.csv"));
    QVERIFY(!CsvExport::saveModel(model, path, &error));
    QVERIFY(error.contains(QLatin1String("out.csv")));
    QVERIFY(!QFileInfo::exists(path));
    const QString ok = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY2(CsvExport::saveModel(model, ok, &error), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.csv")});
}

QTEST_APPLESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
