#include "storage/bulkvalues.h"
#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Needle;

// The bulk value seam: SQLite's own store and the portable QtSql one read and write the same
// values on the same workspace (the portable one is what another engine starts from).
class TestValueStore : public QObject
{
    Q_OBJECT
private slots:
    void sameResults_data();
    void sameResults();
    void errorsAreReported_data();
    void errorsAreReported();
};

namespace {
qint32 day(int y, int m, int d)
{
    return qint32(QDate(y, m, d).toJulianDay());
}
} // namespace

void TestValueStore::sameResults_data()
{
    QTest::addColumn<int>("store");
    QTest::newRow("sqlite_store") << int(BulkValues::Store::OfEngine);
    QTest::newRow("portable_store") << int(BulkValues::Store::Portable);
}

void TestValueStore::sameResults()
{
    QFETCH(int, store);
    QString error;
    auto db = Database::openInMemory(&error);
    QVERIFY2(db, qPrintable(error));
    Kpi k;
    k.key = QStringLiteral("mrr");
    k.name = QStringLiteral("MRR");
    QVERIFY2(KpiRepository(db->connection()).insert(&k, &error), qPrintable(error));
    Sql::WriteTransaction tx(db->connection());
    QVERIFY(tx.begin(&error));
    BulkValues values(db->connection(), BulkValues::Store(store));
    QVERIFY(values.isValid());
    // 70 appended values: one block of 64 and 6 written by flush.
    for (int i = 0; i < 70; ++i)
        QVERIFY2(values.append(k.id, day(2024, 1, 1) + i, i * 1.5, 0, i + 2,
                               i == 3 ? QStringLiteral("späť") : QString(), &error),
                 qPrintable(error));
    QVERIFY2(values.flush(&error), qPrintable(error));
    QVERIFY2(values.insert(k.id, day(2023, 12, 31), -1, 0, 0, QStringLiteral("first"), &error),
             qPrintable(error));
    const QString note = QStringLiteral("edited");
    QVERIFY(values.update(k.id, day(2024, 1, 2), 99, 0, 7, &note, &error));
    QVERIFY(values.update(k.id, day(2024, 1, 4), 98, 0, 8, nullptr, &error)); // keeps "späť"
    QVERIFY(values.insert(k.id, day(2024, 1, 2), 1, 0, 0, QString(), &error) == false);
    QVERIFY(!error.isEmpty()); // the (kpi, date) exists

    QVector<BulkValues::Stored> read;
    QVERIFY2(values.read(k.id, day(2024, 1, 1), day(2024, 1, 4), &read, &error), qPrintable(error));
    QCOMPARE(read.size(), 4);
    QCOMPARE(read.at(1).value, 99.0);
    QCOMPARE(read.at(1).note, QStringLiteral("edited"));
    QCOMPARE(read.at(1).sourceRow, qint64(7));
    QCOMPARE(read.at(3).value, 98.0);
    QCOMPARE(read.at(3).note, QStringLiteral("späť"));
    QCOMPARE(read.at(0).batchId, qint64(0));

    Series series;
    QVERIFY2(values.series(k.id, &series, &error), qPrintable(error));
    QCOMPARE(series.size(), 71);
    QCOMPARE(series.dates.first(), QDate(2023, 12, 31));
    QCOMPARE(series.dates.last(), QDate(2024, 3, 10));
    QCOMPARE(series.values.last(), 69 * 1.5);
    // What the repository reads is what the store wrote.
    const Series fromRepository = MeasurementRepository(db->connection()).series(k.id);
    QCOMPARE(fromRepository.dates, series.dates);
    QCOMPARE(fromRepository.values, series.values);
    QVERIFY(tx.commit(&error));
}

void TestValueStore::errorsAreReported_data()
{
    sameResults_data();
}

// A write the database refuses (no such KPI, with foreign keys on) is an error with a message,
// in either store.
void TestValueStore::errorsAreReported()
{
    QFETCH(int, store);
    QString error;
    auto db = Database::openInMemory(&error);
    QVERIFY2(db, qPrintable(error));
    BulkValues values(db->connection(), BulkValues::Store(store));
    QVERIFY(!values.insert(4242, day(2024, 1, 1), 1, 0, 0, QString(), &error));
    QVERIFY2(error.contains(QLatin1String("FOREIGN KEY")), qPrintable(error));
}

QTEST_MAIN(TestValueStore)
#include "tst_valuestore.moc"
