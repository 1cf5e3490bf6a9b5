#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
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
namespace {

bool hasErrors(const QJsonObject &result)
{
    const QJsonArray issues = result.value(QStringLiteral("issues")).toArray();
    return std::any_of(issues.cbegin(), issues.cend(), [](const QJsonValue &i) {
        return i.toObject().value(QStringLiteral("severity")).toString()
            != QLatin1String("warning");
    });
}

} // namespace

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
    void realToolFiles_data();
    void realToolFiles();
    void excelCsv_data();
    void excelCsv();
    void heldBackFile();
    void skippedRowMessage();
    void englishPluralsInCLocale();
    void missingWorkspace_data();
    void missingWorkspace();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QByteArray exportCsv(const QString &kpi);
    QString file(const QString &name, const QByteArray &content);
    QByteArray checksum() const;
    QString table(const QString &sql) const;

    QTemporaryDir *m_dir = nullptr;
    QString m_ws;
};

int TestImportCli::run(const QStringList &args, QByteArray *out, QByteArray *err,
                       const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NEEDLE_BINARY), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// The KPI's stored values as export-csv writes them, without the header.
QByteArray TestImportCli::exportCsv(const QString &kpi)
{
    QByteArray out;
    if (run({QStringLiteral("export-csv"), m_ws, QStringLiteral("--kpi"), kpi,
             QStringLiteral("--from"), QStringLiteral("2026-12-05")},
            &out)
        != 0)
        return QByteArray("export-csv failed");
    return out.mid(out.indexOf('\n') + 1);
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
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
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
    // A fixed as-of date: the fixtures' dates (from 2026-12-10) follow the demo's last values.
    QCOMPARE(run({QStringLiteral("demo"), m_ws, QStringLiteral("--as-of"),
                  QStringLiteral("2026-12-01")}),
             0);
}

void TestImportCli::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void TestImportCli::jsonShape()
{
    const QString csv = file(QStringLiteral("new.csv"),
                             "kpi,date,value\nmrr,2030-01-01,5\nBrand New Thing,2030-01-01,7\n");
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("import"), m_ws, csv, QStringLiteral("--create-kpis"),
                  QStringLiteral("--json")},
                 &out, &err),
             0);
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QStringList keys = o.keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("batch"), QStringLiteral("issues"),
                          QStringLiteral("kpis_created"), QStringLiteral("rows_read"),
                          QStringLiteral("unchanged"), QStringLiteral("values_written")}));
    QVERIFY(o.value(QStringLiteral("batch")).toInt() > 0);
    QCOMPARE(o.value(QStringLiteral("rows_read")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("values_written")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 0);
    const QJsonArray created = o.value(QStringLiteral("kpis_created")).toArray();
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("brand_new_thing"));
    QCOMPARE(created.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Brand New Thing"));

    // Again: nothing changes, and it says so.
    QCOMPARE(run({QStringLiteral("import"), m_ws, csv, QStringLiteral("--json")}, &out, &err), 0);
    const QJsonObject again = QJsonDocument::fromJson(out).object();
    QCOMPARE(again.value(QStringLiteral("values_written")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("unchanged")).toInt(), 2);
    QVERIFY(again.value(QStringLiteral("batch")).isNull());

    // Issues carry severity, file, sheet, row, column and message.
    const QString bad = file(QStringLiteral("bad.csv"), "kpi,date,value\nmrr,2030-02-01,zz\n");
    QCOMPARE(run({QStringLiteral("import"), m_ws, bad, QStringLiteral("--json")}, &out, &err), 1);
    const QJsonObject issue = QJsonDocument::fromJson(out)
                                  .object()
                                  .value(QStringLiteral("issues"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(issue.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(issue.value(QStringLiteral("file")).toString(), QStringLiteral("bad.csv"));
    QCOMPARE(issue.value(QStringLiteral("row")).toInt(), 2);
    QCOMPARE(issue.value(QStringLiteral("column")).toString(), QStringLiteral("C"));
    QVERIFY(issue.contains(QStringLiteral("sheet")));
    QVERIFY(issue.value(QStringLiteral("message")).toString().contains(QLatin1String("zz")));

    // The fields come in the documented order (issue 3), for scripts that read them in turn.
    auto inOrder = [&](const QList<QByteArray> &names) {
        qsizetype last = -1;
        for (const QByteArray &n : names) {
            const qsizetype at = out.indexOf('"' + n + "\":");
            if (at <= last)
                return false;
            last = at;
        }
        return true;
    };
    QVERIFY2(
        inOrder({"batch", "rows_read", "values_written", "unchanged", "kpis_created", "issues"}),
        out.constData());
    QVERIFY2(inOrder({"severity", "file", "sheet", "row", "column", "message"}), out.constData());
}

void TestImportCli::rejected_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("named");
    QTest::addColumn<bool>("createHint"); // the message says how to create unknown KPIs
    QTest::newRow("unknown_kpi") << QStringList{QStringLiteral(
        "a.csv:kpi,date,value\nnope,2030-01-01,1\n")}
                                 << QStringList() << QStringLiteral("a.csv") << true;
    QTest::newRow("second_file_bad")
        << QStringList{QStringLiteral("good.csv:kpi,date,value\nmrr,2030-01-01,1\n"),
                       QStringLiteral("worse.csv:kpi,date,value\nmrr,2030-13-01,1\n")}
        << QStringList() << QStringLiteral("worse.csv") << false;
    QTest::newRow("missing_file") << QStringList{QStringLiteral("!/nonexistent/x.csv")}
                                  << QStringList() << QStringLiteral("x.csv") << false;
    QTest::newRow("no_such_sheet")
        << QStringList{QStringLiteral("s.csv:kpi,date,value\nmrr,2030-01-01,1\n")}
        << QStringList{QStringLiteral("--sheet"), QStringLiteral("Data")} << QStringLiteral("s.csv")
        << false;
    QTest::newRow("empty_file") << QStringList{QStringLiteral("e.csv:")} << QStringList()
                                << QStringLiteral("e.csv") << false;
}

void TestImportCli::rejected()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, options);
    QFETCH(QString, named);
    QFETCH(bool, createHint);
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
    QCOMPARE(err.contains("run the command again with --create-kpis"), createHint);
    QCOMPARE(checksum(), before);
}

// Imports write only into an existing workspace: the message says how to make one, and no
// file appears.
void TestImportCli::missingWorkspace_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("import") << QStringLiteral("import");
    QTest::newRow("undo_import") << QStringLiteral("undo-import");
}

void TestImportCli::missingWorkspace()
{
    QFETCH(QString, command);
    const QString missing = m_dir->filePath(QStringLiteral("nothing-here.needle"));
    const QString csv = file(QStringLiteral("v.csv"), "kpi,date,value\nmrr,2030-01-01,1\n");
    QByteArray err;
    QCOMPARE(run({command, missing, command == QLatin1String("import") ? csv : QStringLiteral("1")},
                 nullptr, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("%1 does not exist. Create it with `needle new %1`")
                              .arg(missing)
                              .toUtf8()),
             err.constData());
    QVERIFY(!QFileInfo::exists(missing));
}

void TestImportCli::undoImport()
{
    const QString values =
        QStringLiteral("SELECT k.key, m.date, m.value, m.batch_id FROM measurement m "
                       "JOIN kpi k ON k.id = m.kpi_id ORDER BY 1, 2");
    const QString before = table(values);
    const QString csv =
        file(QStringLiteral("u.csv"), "kpi,date,value\nmrr,2026-10-01,1\nmrr,2040-01-01,2\n");
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

    // A KPI the batch created goes with it: the workspace is back where it was.
    const QString kpis = QStringLiteral("SELECT key FROM kpi ORDER BY key");
    const QString kpisBefore = table(kpis);
    const QString created =
        file(QStringLiteral("n.csv"), "kpi,date,value\nBrand New,2030-01-01,3\n");
    QCOMPARE(run({QStringLiteral("import"), m_ws, created, QStringLiteral("--create-kpis"),
                  QStringLiteral("--json")},
                 &out),
             0);
    const int second = QJsonDocument::fromJson(out).object().value(QStringLiteral("batch")).toInt();
    QVERIFY(table(kpis).contains(QLatin1String("brand_new")));
    QCOMPARE(run({QStringLiteral("undo-import"), m_ws, QString::number(second),
                  QStringLiteral("--json")},
                 &out, &err),
             0);
    const QJsonObject undone = QJsonDocument::fromJson(out).object();
    QCOMPARE(undone.value(QStringLiteral("values_undone")).toInt(), 1);
    const QJsonArray removedKpis = undone.value(QStringLiteral("kpis_removed")).toArray();
    QCOMPARE(removedKpis.size(), 1);
    QCOMPARE(removedKpis.at(0).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("brand_new"));
    QVERIFY2(err.contains("Brand New"), err.constData());
    QCOMPARE(table(kpis), kpisBefore);
    QCOMPARE(table(values), before);
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
            csv += "bulk_" + QByteArray::number(k) + ',' + date + ','
                + QByteArray::number(day * 7 + k) + '\n';
    }
    const QString path = file(QStringLiteral("big.csv"), csv);
    csv.clear();
    const QString everything =
        QStringLiteral("SELECT count(*), sum(value), max(date) FROM measurement "
                       "UNION ALL SELECT count(*), 0, max(key) FROM kpi "
                       "UNION ALL SELECT count(*), 0, '' FROM import_batch");
    const QString before = table(everything);
    const QByteArray beforeSum = checksum();

    QProcess p;
    p.start(QStringLiteral(NEEDLE_BINARY),
            {QStringLiteral("import"), m_ws, path, QStringLiteral("--create-kpis")});
    QVERIFY(p.waitForStarted());
    // Kill it once the write transaction has spilled pages into the write-ahead log.
    const QString wal = m_ws + QStringLiteral("-wal");
    QElapsedTimer t;
    t.start();
    while (p.state() == QProcess::Running && QFileInfo(wal).size() < 4 * 1024 * 1024
           && t.elapsed() < 30000)
        QThread::msleep(5);
    QVERIFY2(p.state() == QProcess::Running, "the import ended before it could be killed");
    p.kill();
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    QCOMPARE(table(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(table(everything), before);
    Q_UNUSED(beforeSum);
}

// Files LibreOffice wrote (tests/data/import/make_layouts.py): each layout lands exactly, into
// the demo workspace, and is matched by its headers in any of Needle's languages.
void TestImportCli::realToolFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<QByteArray>("values");
    const QByteArray dau =
        "dau,2026-12-10,5000.25\ndau,2026-12-11,6234.75\ndau,2026-12-12,7469.25\n"
        "dau,2026-12-13,8703.75\ndau,2026-12-14,9938.25\n";
    const QByteArray activation =
        "activation_rate,2026-12-07,41.5\nactivation_rate,2026-12-14,41.6\n"
        "activation_rate,2026-12-21,41.7\nactivation_rate,2026-12-28,41.8\n";
    const QByteArray nps = "nps,2027-01-01,44\nnps,2027-02-01,45\nnps,2027-03-01,46\n";
    for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("ods")}) {
        const QString file = QStringLiteral("%1/libreoffice-layouts.%1").arg(format);
        const QByteArray tag = format.toLatin1();
        QTest::newRow((tag + "_long_german_headers_formulas").constData())
            << file << QStringLiteral("Long") << QStringLiteral("dau") << dau;
        QTest::newRow((tag + "_long_created_kpi").constData())
            << file << QStringLiteral("Long") << QStringLiteral("neue_kennzahl")
            << QByteArray("neue_kennzahl,2026-12-10,0.125\n");
        QTest::newRow((tag + "_wide_merged_title").constData())
            << file << QStringLiteral("Wide") << QStringLiteral("activation_rate") << activation;
        QTest::newRow((tag + "_transposed").constData())
            << file << QStringLiteral("Transposed") << QStringLiteral("nps") << nps;
        QTest::newRow((tag + "_hidden_sheet").constData())
            << file << QStringLiteral("Hidden") << QStringLiteral("dau")
            << QByteArray("dau,2026-12-10,1\n");
    }
}

void TestImportCli::realToolFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, kpi);
    QFETCH(QByteArray, values);
    const QString path = QStringLiteral(NEEDLE_TEST_DATA "/import/") + file;
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("import"), m_ws, path, QStringLiteral("--sheet"), sheet,
                  QStringLiteral("--create-kpis"), QStringLiteral("--json")},
                 &out, &err),
             0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    // Read without a fault; the demo's KPIs may warn that these values look unlike theirs.
    QVERIFY2(!hasErrors(o), out.constData());
    QCOMPARE(exportCsv(kpi), values);
}

// CSV as Excel and LibreOffice write it in Europe and the US (tests/data/import/csv).
void TestImportCli::excelCsv_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<QByteArray>("values");
    const QByteArray dau = "dau,2026-12-10,5000.25\ndau,2026-12-11,6234.75\n";
    QTest::newRow("utf16_bom_semicolon_crlf")
        << QStringLiteral("excel-utf16.csv") << QStringLiteral("dau") << dau;
    QTest::newRow("sep_hint_decimal_comma")
        << QStringLiteral("excel-sep-hint.csv") << QStringLiteral("dau") << dau;
    QTest::newRow("windows_1252_month_names")
        << QStringLiteral("excel-windows-1252.csv") << QStringLiteral("umsatz_munchen")
        << QByteArray("umsatz_munchen,2027-01-01,1234.5\numsatz_munchen,2027-03-01,2000\n");
    QTest::newRow("us_currency_m_d_y")
        << QStringLiteral("excel-us.csv") << QStringLiteral("mrr")
        << QByteArray("mrr,2026-12-15,271234.5\nmrr,2027-01-15,272000\nmrr,2027-02-15,273000.75\n");
}

void TestImportCli::excelCsv()
{
    QFETCH(QString, file);
    QFETCH(QString, kpi);
    QFETCH(QByteArray, values);
    QByteArray out, err;
    QCOMPARE(
        run({QStringLiteral("import"), m_ws, QStringLiteral(NEEDLE_TEST_DATA "/import/csv/") + file,
             QStringLiteral("--create-kpis"), QStringLiteral("--json")},
            &out, &err),
        0);
    QVERIFY2(!hasErrors(QJsonDocument::fromJson(out).object()), out.constData());
    QCOMPARE(exportCsv(kpi), values);
}

// One bad file holds the good ones back: nothing is written, and the good file is not
// reported as written (or as a dry run the user did not ask for).
void TestImportCli::heldBackFile()
{
    const QString good =
        file(QStringLiteral("good.csv"), "kpi,date,value\nmrr,2030-01-01,1\nmrr,2030-02-01,2\n");
    const QString bad = file(QStringLiteral("bad.csv"), "kpi,date,value\nmrr,2030-13-01,1\n");
    const QByteArray before = checksum();
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("import"), m_ws, good, bad, QStringLiteral("--json")}, &out, &err),
             1);
    QCOMPARE(checksum(), before);
    QVERIFY2(err.contains("good.csv was not imported either"), err.constData());
    QVERIFY2(!err.contains("dry run"), err.constData());
    const QJsonArray imports =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("imports")).toArray();
    QCOMPARE(imports.size(), 2);
    QCOMPARE(imports.at(0).toObject().value(QStringLiteral("file")).toString(),
             QStringLiteral("good.csv"));
    QCOMPARE(imports.at(0).toObject().value(QStringLiteral("values_written")).toInt(), 0);
    QCOMPARE(imports.at(0).toObject().value(QStringLiteral("rows_read")).toInt(), 2);
    QVERIFY(imports.at(0).toObject().value(QStringLiteral("batch")).isNull());
}

void TestImportCli::skippedRowMessage()
{
    const QString csv =
        file(QStringLiteral("skip.csv"), "kpi,date,value\nmrr,2030-01-01,abc\nmrr,2030-02-01,2\n");
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("import"), m_ws, csv, QStringLiteral("--skip-invalid"),
                  QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en")},
                 &out, &err),
             0);
    const QJsonObject issue = QJsonDocument::fromJson(out)
                                  .object()
                                  .value(QStringLiteral("issues"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(issue.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(issue.value(QStringLiteral("message")).toString(),
             QStringLiteral("\"abc\" is not a number; the row was skipped."));
}

// LANG=C.UTF-8 (CI, containers) is English: plural forms, not "value(s)".
void TestImportCli::englishPluralsInCLocale()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES")})
        env.remove(name);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_dir->path()); // no saved language preference
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path());
    const QString csv = file(QStringLiteral("one.csv"), "kpi,date,value\nmrr,2030-01-01,1\n");
    QByteArray err;
    QCOMPARE(run({QStringLiteral("import"), m_ws, csv}, nullptr, &err, env), 0);
    QVERIFY2(err.contains("1 value written"), err.constData());
    QVERIFY2(!err.contains("(s)"), err.constData());
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
