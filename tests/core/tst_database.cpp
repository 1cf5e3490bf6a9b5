#include "storage/bulkvalues.h"
#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QString();
    return q.value(0).toString();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createAndReopen();
    void pragmas();
    void upgradesFixtures_data();
    void upgradesFixtures();
    void refusesWithoutChange_data();
    void refusesWithoutChange();
    void createRefusesExisting();
    void fastSeriesReadsLikeRepository_data();
    void fastSeriesReadsLikeRepository();
    void parseDayLikeQDate_data();
    void parseDayLikeQDate();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::createAndReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("new.needle"));
    QString error;
    {
        auto db = Database::open(path, Database::Mode::CreateNew, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::CurrentVersion);
    }
    auto db = Database::open(path, Database::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA application_id")).toInt(),
             Database::ApplicationId);
    QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA integrity_check")),
             QStringLiteral("ok"));
}

void TestDatabase::pragmas()
{
    const QString path = m_dir.filePath(QStringLiteral("pragmas.needle"));
    QString error;
    auto db = Database::open(path, Database::Mode::CreateNew, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA journal_mode")),
             QStringLiteral("wal"));
    QVERIFY(scalar(db->connection(), QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
}

// Every released schema version has a fixture in tests/data/workspaces/; each must upgrade
// to the current version with its data intact.
void TestDatabase::upgradesFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("kpis");
    const QDir dir(QStringLiteral(NEEDLE_TEST_DATA "/workspaces"));
    const QStringList files = dir.entryList({QStringLiteral("schema-v*.needle")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f) << 3;
}

void TestDatabase::upgradesFixtures()
{
    QFETCH(QString, fixture);
    QFETCH(int, kpis);
    const QString copy = m_dir.filePath(QFileInfo(fixture).fileName());
    QFile::remove(copy);
    QVERIFY(QFile::copy(fixture, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    auto db = Database::open(copy, Database::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), Database::CurrentVersion);
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM kpi")).toInt(), kpis);
    QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA integrity_check")),
             QStringLiteral("ok"));
}

void TestDatabase::refusesWithoutChange_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("setup"); // SQL run on a fresh workspace or plain SQLite file
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("text_file") << QByteArray("kpi,date,value\n") << QString()
                               << QStringLiteral("not a Needle workspace");
    QTest::newRow("empty_file") << QByteArray() << QString()
                                << QStringLiteral("not a Needle workspace");
    QTest::newRow("other_sqlite") << QByteArray() << QStringLiteral("plain")
                                  << QStringLiteral("not a Needle workspace");
    QTest::newRow("newer_version")
        << QByteArray() << QStringLiteral("newer") << QStringLiteral("newer version");
}

void TestDatabase::refusesWithoutChange()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, setup);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(
        QStringLiteral("refuse-%1.needle").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile::remove(path);
    if (setup == QLatin1String("newer")) {
        QString error;
        auto db = Database::open(path, Database::Mode::CreateNew, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    } else if (setup == QLatin1String("plain")) {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray before = fileHash(path);
    QString error;
    auto db = Database::open(path, Database::Mode::OpenExisting, &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
            || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

void TestDatabase::createRefusesExisting()
{
    const QString path = m_dir.filePath(QStringLiteral("exists.needle"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    QString error;
    QVERIFY(!Database::open(path, Database::Mode::CreateNew, &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
}

// BulkValues::series is the fast read analysis uses; it must give what the repository's
// QSqlQuery read gives, date texts that are not YYYY-MM-DD included.
void TestDatabase::fastSeriesReadsLikeRepository_data()
{
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<int>("validDates");
    QTest::newRow("none") << QStringList() << 0;
    QTest::newRow("iso_days") << QStringList{QStringLiteral("2024-01-05"),
                                             QStringLiteral("2024-02-29"),
                                             QStringLiteral("2024-12-31")}
                              << 3;
    QTest::newRow("old_and_far_years")
        << QStringList{QStringLiteral("1899-12-31"), QStringLiteral("9999-12-31")} << 2;
    QTest::newRow("not_a_day") << QStringList{QStringLiteral("2023-02-29"),
                                              QStringLiteral("2024-01-05"),
                                              QStringLiteral("2024-1-6"), QStringLiteral("garbage")}
                               << 1;
    QTest::newRow("days_in_a_row")
        << QStringList{QStringLiteral("2023-02-27"), QStringLiteral("2023-02-28"),
                       QStringLiteral("2023-02-29"), QStringLiteral("2023-02-30"),
                       QStringLiteral("2023-02-3x"), QStringLiteral("2023-02-00"),
                       QStringLiteral("2023-03-01"), QStringLiteral("2023-03-31"),
                       QStringLiteral("2023-03-32"), QStringLiteral("2024-02-28"),
                       QStringLiteral("2024-02-29"), QStringLiteral("2024-02-30")}
        << 6;
}

void TestDatabase::fastSeriesReadsLikeRepository()
{
    QFETCH(QStringList, dates);
    QFETCH(int, validDates);
    const QString path = m_dir.filePath(
        QStringLiteral("fast-%1.needle").arg(QLatin1String(QTest::currentDataTag())));
    QString error;
    auto db = Database::open(path, Database::Mode::CreateNew, &error);
    QVERIFY2(db, qPrintable(error));
    Kpi k;
    k.key = QStringLiteral("signups");
    k.name = QStringLiteral("Signups");
    QVERIFY2(KpiRepository(db->connection()).insert(&k, &error), qPrintable(error));
    double value = -1.5;
    for (const QString &d : std::as_const(dates)) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO measurement (kpi_id, date, value) VALUES (?, ?, ?)"));
        q.addBindValue(k.id);
        q.addBindValue(d);
        q.addBindValue(value *= -3.25);
        QVERIFY(q.exec());
    }
    const Series expected = MeasurementRepository(db->connection()).series(k.id);
    BulkValues fast(db->connection());
    QVERIFY(fast.isValid());
    Series got;
    got.dates << QDate(2000, 1, 1); // replaced, not appended to
    got.values << 1;
    QVERIFY2(fast.series(k.id, &got, &error), qPrintable(error));
    QCOMPARE(got.dates, expected.dates);
    QCOMPARE(got.values, expected.values);
    QCOMPARE(int(got.size()), int(dates.size()));
    QCOMPARE(int(std::count_if(got.dates.cbegin(), got.dates.cend(),
                               [](const QDate &d) { return d.isValid(); })),
             validDates);
}

// BulkValues::parseDay computes the Julian day itself; every year, month and day number of a
// span (months 0-13 and days 0-32 included) must read as QDate reads them.
void TestDatabase::parseDayLikeQDate_data()
{
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("toYear");
    QTest::newRow("first_years") << 1 << 5;
    QTest::newRow("centuries_1599_1601") << 1599 << 1601;
    QTest::newRow("1895_to_2105") << 1895 << 2105;
    QTest::newRow("last_years") << 9995 << 9999;
}

void TestDatabase::parseDayLikeQDate()
{
    QFETCH(int, fromYear);
    QFETCH(int, toYear);
    int checked = 0;
    for (int y = fromYear; y <= toYear; ++y)
        for (int m = 0; m <= 13; ++m)
            for (int d = 0; d <= 32; ++d) {
                char text[16];
                std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
                const QDate expected(y, m, d);
                qint32 day = -1;
                const bool ok = BulkValues::parseDay(text, 10, &day);
                QVERIFY2(ok == expected.isValid(), text);
                if (ok) {
                    QVERIFY2(day == expected.toJulianDay(), text);
                    ++checked;
                }
            }
    QVERIFY(checked >= 365 * (toYear - fromYear + 1));
    for (const char *bad : {"2024-1-05 ", "2024/01/05", "0000-01-01", "2024-01-5x", "2024-13-01"}) {
        qint32 day = -1;
        QVERIFY2(!BulkValues::parseDay(bad, 10, &day), bad);
    }
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
