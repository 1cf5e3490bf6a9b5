#include "storage/database.h"
#include "storage/measurementrepository.h"
#include "storage/seriescache.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;

// The values SeriesCache serves are those a direct read returns, whatever changed the
// workspace in between, and it reads the database only when it must.
class TestSeriesCache : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void sameAsDirectRead_data();
    void sameAsDirectRead();
    void stampMoves_data();
    void stampMoves();

private:
    enum Change {
        Nothing,
        SetValue, // an edit through the workspace
        UndoSetValue, // an edit, then its undo
        RemoveValue,
        PasteValues, // setValues: one undo step of many values
        RemoveKpi, // its values go with it
        OtherConnection, // an import writes through its own connection
        RawSql, // a write through the same connection that bypasses the workspace
        Note, // a change to another table: the cache is dropped all the same
    };
    void apply(Change change);
    static void compare(const QHash<qint64, Series> &actual, const QHash<qint64, Series> &expected);
    // What the dashboard read before the cache: every value visited by forEach.
    QHash<qint64, Series> visited(const QDate &from, const QDate &to) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_a = 0;
    qint64 m_b = 0;
};

void TestSeriesCache::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path =
        m_dir.filePath(QStringLiteral("%1.needle").arg(QString::fromUtf8(QTest::currentDataTag())));
    QFile::remove(path);
    m_ws = Workspace::create(path, &error);
    QVERIFY2(m_ws, qPrintable(error));
    QVector<Measurement> values;
    for (const char *key : {"a", "b"}) {
        Kpi k;
        k.key = QString::fromLatin1(key);
        k.name = k.key;
        QVERIFY2(m_ws->addKpi(&k, &error), qPrintable(error));
        (k.key == QLatin1String("a") ? m_a : m_b) = k.id;
        for (QDate d(2026, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(k.id == m_a ? 1 : 7)) {
            Measurement m;
            m.kpiId = k.id;
            m.date = d;
            m.value = d.dayOfYear() + k.id / 10.0;
            values << m;
        }
    }
    QVERIFY2(m_ws->setValues(values, QStringLiteral("values"), &error), qPrintable(error));
    m_ws->undoStack()->clear();
}

QHash<qint64, Series> TestSeriesCache::visited(const QDate &from, const QDate &to) const
{
    QHash<qint64, Series> series;
    MeasurementRepository(m_ws->connection())
        .forEach(
            {}, from, to,
            [&series](const Measurement &m) {
                series[m.kpiId].dates << m.date;
                series[m.kpiId].values << m.value;
                return true;
            },
            nullptr);
    return series;
}

void TestSeriesCache::compare(const QHash<qint64, Series> &actual,
                              const QHash<qint64, Series> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(actual.contains(it.key()), qPrintable(QString::number(it.key())));
        QCOMPARE(actual.value(it.key()).dates, it->dates);
        QCOMPARE(actual.value(it.key()).values, it->values);
    }
}

void TestSeriesCache::apply(Change change)
{
    QString error;
    switch (change) {
    case Nothing:
        return;
    case SetValue:
        QVERIFY2(m_ws->setValue(m_a, QDate(2026, 6, 15), -1, &error), qPrintable(error));
        return;
    case UndoSetValue:
        QVERIFY2(m_ws->setValue(m_a, QDate(2026, 6, 15), -1, &error), qPrintable(error));
        m_ws->undoStack()->undo();
        return;
    case RemoveValue:
        QVERIFY2(m_ws->removeValue(m_b, QDate(2026, 6, 4), &error), qPrintable(error));
        return;
    case PasteValues: {
        QVector<Measurement> values;
        for (QDate d(2026, 6, 1); d <= QDate(2026, 6, 30); d = d.addDays(1)) {
            Measurement m;
            m.kpiId = m_b;
            m.date = d;
            m.value = 7;
            values << m;
        }
        QVERIFY2(m_ws->setValues(values, QStringLiteral("paste"), &error), qPrintable(error));
        return;
    }
    case RemoveKpi:
        QVERIFY2(m_ws->removeKpi(m_b, &error), qPrintable(error));
        return;
    case OtherConnection: {
        auto other = Database::open(m_ws->filePath(), Database::Mode::OpenExisting, &error);
        QVERIFY2(other, qPrintable(error));
        Measurement m;
        m.kpiId = m_a;
        m.date = QDate(2026, 6, 16);
        m.value = 1000;
        QVERIFY2(MeasurementRepository(other->connection()).put(m, &error), qPrintable(error));
        return;
    }
    case RawSql: {
        QSqlQuery q(m_ws->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE measurement SET value = value + 1 WHERE date = "
                                      "'2026-06-17'")));
        return;
    }
    case Note: {
        ReviewNote note;
        note.kpiId = m_a;
        note.text = QStringLiteral("a note");
        QVERIFY2(m_ws->addNote(&note, &error), qPrintable(error));
        return;
    }
    }
}

void TestSeriesCache::sameAsDirectRead_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("reads"); // database reads after the first one of January to June

    const QDate jan(2026, 1, 1), mar(2026, 3, 1), jun(2026, 6, 30), dec(2026, 12, 31);
    QTest::newRow("the held range") << int(Nothing) << jan << jun << 1;
    QTest::newRow("inside the held range") << int(Nothing) << mar << QDate(2026, 4, 15) << 1;
    QTest::newRow("a single day") << int(Nothing) << mar << mar << 1;
    QTest::newRow("a day without values")
        << int(Nothing) << QDate(2026, 1, 2) << QDate(2026, 1, 2) << 1;
    QTest::newRow("wider at the end") << int(Nothing) << mar << dec << 2;
    QTest::newRow("wider at the start") << int(Nothing) << QDate(2025, 1, 1) << jun << 2;
    QTest::newRow("edit") << int(SetValue) << mar << jun << 2;
    QTest::newRow("edit undone") << int(UndoSetValue) << mar << jun << 2;
    QTest::newRow("value removed") << int(RemoveValue) << mar << jun << 2;
    QTest::newRow("values pasted") << int(PasteValues) << mar << jun << 2;
    QTest::newRow("KPI removed") << int(RemoveKpi) << mar << jun << 2;
    QTest::newRow("write by another connection") << int(OtherConnection) << mar << jun << 2;
    QTest::newRow("write bypassing the workspace") << int(RawSql) << mar << jun << 2;
    QTest::newRow("note added") << int(Note) << mar << jun << 2;
}

void TestSeriesCache::sameAsDirectRead()
{
    QFETCH(int, change);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, reads);
    SeriesCache cache;
    const QDate jan(2026, 1, 1), jun(2026, 6, 30);
    compare(cache.series(m_ws->connection(), jan, jun), visited(jan, jun));
    QCOMPARE(cache.reads(), 1);
    apply(Change(change));
    const QHash<qint64, Series> served = cache.series(m_ws->connection(), from, to);
    QCOMPARE(cache.reads(), reads);
    compare(served, visited(from, to));
    compare(MeasurementRepository(m_ws->connection()).allSeries(from, to, nullptr),
            visited(from, to));
    // And the held range afterwards (what is held now still matches the tables).
    compare(cache.series(m_ws->connection(), jan, jun), visited(jan, jun));
    QCOMPARE(cache.reads(), reads);
}

void TestSeriesCache::stampMoves_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("nothing") << int(Nothing);
    QTest::newRow("edit") << int(SetValue);
    QTest::newRow("write by another connection") << int(OtherConnection);
    QTest::newRow("write bypassing the workspace") << int(RawSql);
}

void TestSeriesCache::stampMoves()
{
    QFETCH(int, change);
    const Sql::ChangeStamp before = Sql::changeStamp(m_ws->connection());
    QVERIFY(before.isValid());
    QCOMPARE(Sql::changeStamp(m_ws->connection()), before); // reading moves nothing
    apply(Change(change));
    QCOMPARE(Sql::changeStamp(m_ws->connection()) != before, change != Nothing);
}

QTEST_GUILESS_MAIN(TestSeriesCache)
#include "tst_seriescache.moc"
