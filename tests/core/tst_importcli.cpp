#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

// needle import and undo-import as scripts use them: the real binary, its JSON, its exit
// status, a rejected file leaving the workspace byte-identical, and a killed import leaving
// it exactly as before.
class TestImportCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void jsonShape();
    void rejected_data();
    void rejected();
    void undoImport();
    void killedMidway();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
    QString file(const QString &name, const QByteArray &content);
    QByteArray checksum() const;
    QString table(const QString &sql) const;

    QTemporaryDir *m_dir = nullptr;
    QString m_ws;
};

int TestImportCli::run(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess p;
    p.start(QStringLiteral(NEEDLE_BINARY), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString TestImportCli::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestImportCli::checksum() const
{
    QFile f(m_ws);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString TestImportCli::table(const QString &sql) const
{
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_ws);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(sql);
            while (q.next()) {
                QStringList fields;
                for (int i = 0; i < 8 && q.value(i).isValid(); ++i)
                    fields << q.value(i).toString();
                lines << fields.join(QLatin1Char('|'));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return lines.join(QLatin1Char('\n'));
}

void TestImportCli::init()
{
    m_dir = new QTemporaryDir;
    m_ws = m_dir->filePath(QStringLiteral("w.needle"));
    QCOMPARE(run({QStringLiteral("demo"), m_ws}), 0);
}

void TestImportCli::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void TestImportCli::jsonShape()
{
    const QString csv = file(QStringLiteral("new.csv"), "kpi,date,value\nmrr,2030-01-01,5\nBrand New Thing,2030-01-01,7\n");
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("import"), m_ws, csv, QStringLiteral("--create-kpis"), QStringLiteral("--json")}, &out, &err), 0);
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QStringList keys = o.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("batch"), QStringLiteral("issues"), QStringLiteral("kpis_created"),
                                QStringLiteral("rows_read"), QStringLiteral("unchanged"), QStringLiteral("values_written")}));
    QVERIFY(o.value(QStringLiteral("batch")).toInt() > 0);
    QCOMPARE(o.value(QStringLiteral("rows_read")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("values_written")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 0);
    const QJsonArray created = o.value(QStringLiteral("kpis_created")).toArray();
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("brand_new_thing"));
    QCOMPARE(created.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Brand New Thing"));

    // Again: nothing changes, and it says so.
    QCOMPARE(run({QStringLiteral("import"), m_ws, csv, QStringLiteral("--json")}, &out, &err), 0);
    const QJsonObject again = QJsonDocument::fromJson(out).object();
    QCOMPARE(again.value(QStringLiteral("values_written")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("unchanged")).toInt(), 2);
    QVERIFY(again.value(QStringLiteral("batch")).isNull());

    // Issues carry severity, file, sheet, row, column and message.
    const QString bad = file(QStringLiteral("bad.csv"), "kpi,date,value\nmrr,2030-02-01,zz\n");
    QCOMPARE(run({QStringLiteral("import"), m_ws, bad, QStringLiteral("--json")}, &out, &err), 1);
    const QJsonObject issue = QJsonDocument::fromJson(out).object().value(QStringLiteral("issues")).toArray().at(0).toObject();
    QCOMPARE(issue.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(issue.value(QStringLiteral("file")).toString(), QStringLiteral("bad.csv"));
    QCOMPARE(issue.value(QStringLiteral("row")).toInt(), 2);
    QCOMPARE(issue.value(QStringLiteral("column")).toString(), QStringLiteral("C"));
    QVERIFY(issue.contains(QStringLiteral("sheet")));
    QVERIFY(issue.value(QStringLiteral("message")).toString().contains(QLatin1String("zz")));
}

void TestImportCli::rejected_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown_kpi") << QStringList{QStringLiteral("a.csv:kpi,date,value\nnope,2030-01-01,1\n")} << QStringList() << QStringLiteral("a.csv");
    QTest::newRow("second_file_bad") << QStringList{QStringLiteral("good.csv:kpi,date,value\nmrr,2030-01-01,1\n"),
                                                   QStringLiteral("worse.csv:kpi,date,value\nmrr,2030-13-01,1\n")}
                                     << QStringList() << QStringLiteral("worse.csv");
    QTest::newRow("missing_file") << QStringList{QStringLiteral("!/nonexistent/x.csv")} << QStringList() << QStringLiteral("x.csv");
    QTest::newRow("no_such_sheet") << QStringList{QStringLiteral("s.csv:kpi,date,value\nmrr,2030-01-01,1\n")}
                                   << QStringList{QStringLiteral("--sheet"), QStringLiteral("Data")} << QStringLiteral("s.csv");
    QTest::newRow("empty_file") << QStringList{QStringLiteral("e.csv:")} << QStringList() << QStringLiteral("e.csv");
}

void TestImportCli::rejected()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, options);
    QFETCH(QString, named);
    QStringList args{QStringLiteral("import"), m_ws};
    for (const QString &f : files) {
        if (f.startsWith(QLatin1Char('!'))) {
            args << f.mid(1);
            continue;
        }
        const int colon = int(f.indexOf(QLatin1Char(':')));
        args << file(f.left(colon), f.mid(colon + 1).toUtf8());
    }
    args << options;
    const QByteArray before = checksum();
    QByteArray err;
    QCOMPARE(run(args, nullptr, &err), 1);
    QVERIFY2(err.contains(named.toUtf8()), err.constData());
    QCOMPARE(checksum(), before);
}

void TestImportCli::undoImport()
{
    const QString values = QStringLiteral("SELECT k.key, m.date, m.value, m.batch_id FROM measurement m "
                                          "JOIN kpi k ON k.id = m.kpi_id ORDER BY 1, 2");
    const QString before = table(values);
    const QString csv = file(QStringLiteral("u.csv"), "kpi,date,value\nmrr,2026-10-01,1\nmrr,2040-01-01,2\n");
    QByteArray out;
    QCOMPARE(run({QStringLiteral("import"), m_ws, csv, QStringLiteral("--json")}, &out), 0);
    const int batch = QJsonDocument::fromJson(out).object().value(QStringLiteral("batch")).toInt();
    QVERIFY(batch > 0);
    QVERIFY(table(values) != before);
    QCOMPARE(run({QStringLiteral("undo-import"), m_ws, QString::number(batch)}), 0);
    QCOMPARE(table(values), before);
    QByteArray err;
    QCOMPARE(run({QStringLiteral("undo-import"), m_ws, QString::number(batch)}, nullptr, &err), 1);
    QCOMPARE(run({QStringLiteral("undo-import"), m_ws, QStringLiteral("4242")}, nullptr, &err), 1);
    QVERIFY(err.contains("4242"));
    QCOMPARE(run({QStringLiteral("undo-import"), m_ws, QStringLiteral("x")}), 2);
}

// A large import killed while it writes: SQLite's journal takes the workspace back to where
// it was, and it is intact.
void TestImportCli::killedMidway()
{
    QByteArray csv("kpi,date,value\n");
    csv.reserve(40 * 1000 * 1000);
    for (int day = 0; day < 5000; ++day) {
        const QByteArray date = QDate(2000, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1();
        for (int k = 0; k < 200; ++k)
            csv += "bulk_" + QByteArray::number(k) + ',' + date + ',' + QByteArray::number(day * 7 + k) + '\n';
    }
    const QString path = file(QStringLiteral("big.csv"), csv);
    csv.clear();
    const QString everything = QStringLiteral("SELECT count(*), sum(value), max(date) FROM measurement "
                                              "UNION ALL SELECT count(*), 0, max(key) FROM kpi "
                                              "UNION ALL SELECT count(*), 0, '' FROM import_batch");
    const QString before = table(everything);
    const QByteArray beforeSum = checksum();

    QProcess p;
    p.start(QStringLiteral(NEEDLE_BINARY), {QStringLiteral("import"), m_ws, path, QStringLiteral("--create-kpis")});
    QVERIFY(p.waitForStarted());
    // Kill it once the write transaction has spilled pages into the write-ahead log.
    const QString wal = m_ws + QStringLiteral("-wal");
    QElapsedTimer t;
    t.start();
    while (p.state() == QProcess::Running && QFileInfo(wal).size() < 4 * 1024 * 1024 && t.elapsed() < 30000)
        QThread::msleep(5);
    QVERIFY2(p.state() == QProcess::Running, "the import ended before it could be killed");
    p.kill();
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    QCOMPARE(table(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(table(everything), before);
    Q_UNUSED(beforeSum);
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
