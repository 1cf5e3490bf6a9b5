#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

static QString s(const char *t)
{
    return QString::fromUtf8(t);
}

static QString data(const char *name)
{
    return QStringLiteral(NEEDLE_TEST_DATA "/import/") + QString::fromUtf8(name);
}

// `needle inspect`: the real binary, its JSON (DESIGN section 5), its table and exit status.
class TestInspect : public QObject
{
    Q_OBJECT
private slots:
    void json_data();
    void json();
    void plain();
    void exitStatus_data();
    void exitStatus();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
};

int TestInspect::run(const QStringList &args, QByteArray *out, QByteArray *err)
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

void TestInspect::json_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("sheets"); // name:state:rows as JSON
    QTest::newRow("CSV keeps raw text")
        << QStringList{data("csv/semicolon-decimal-comma.csv")} << s("csv")
        << s("semicolon-decimal-comma:visible:[[\"kpi\",\"date\",\"value\"],[\"revenue\",\"31.01."
             "2024\",\"1.234,5\"],[\"churn\",\"31.01.2024\",\"2,5\"]]");
    QTest::newRow("CSV empty rows and cells")
        << QStringList{data("csv/trailing-cells.csv")} << s("csv")
        << s("trailing-cells:visible:[[\"a\"],[],[null,\"b\"]]");
    QTest::newRow("XLSX one sheet")
        << QStringList{data("xlsx/libreoffice.xlsx"), s("--sheet"), s("Hidden")} << s("xlsx")
        << s("Hidden:hidden:[[\"secret\"]]");
    QTest::newRow("XLSX typed cells")
        << QStringList{data("xlsx/handmade-strings.xlsx")} << s("xlsx")
        << s("Strings:visible:[[\"inline\",\"rich "
             "text\",\"漢字\",{\"error\":\"#DIV/0!\"},{\"date\":\"2024-05-06\"},\"formula "
             "text\"],[],[],[null,null,null,12.5]]");
    QTest::newRow("ODS all sheets")
        << QStringList{data("ods/handmade.ods")} << s("ods")
        << s("T:visible:[[\"a  "
             "bc\\nd\\nsecond\",true,0.5625,{\"error\":\"#DIV/"
             "0!\"}],[7,7],[7,7],[],[],[],[null,\"merged\",\"merged\",-1.5],[0.5,\"merged\","
             "\"merged\",{\"date\":\"2024-02-29\"}]]"
             "|H:hidden:[[\"hidden\"]]");
}

void TestInspect::json()
{
    QFETCH(QStringList, args);
    QFETCH(QString, format);
    QFETCH(QString, sheets);
    QByteArray out;
    QByteArray err;
    QCOMPARE(run(QStringList{s("inspect")} + args + QStringList{s("--json")}, &out, &err), 0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(s("format")).toString(), format);
    QStringList got;
    for (const QJsonValue &sheet : root.value(s("sheets")).toArray()) {
        const QJsonObject o = sheet.toObject();
        got << o.value(s("name")).toString() + u':' + o.value(s("state")).toString() + u':'
                + QString::fromUtf8(
                    QJsonDocument(o.value(s("rows")).toArray()).toJson(QJsonDocument::Compact));
    }
    QCOMPARE(got.join(u'|'), sheets);
}

void TestInspect::plain()
{
    QByteArray out;
    QCOMPARE(run({s("inspect"), data("xlsx/libreoffice.xlsx"), s("--sheet"), s("Data")}, &out), 0);
    const QString text = QString::fromUtf8(out);
    QVERIFY2(text.contains(s("Sheet \"Data\" (8 row")), qPrintable(text));
    QVERIFY(text.contains(s("  | A       | B                   | C      |")));
    QVERIFY(
        text.contains(s("2 | Revenue | 2024-01-31          | 1234.5 | 0.125 |    1000 | plain\n")));
    QVERIFY(text.contains(s("5 | Logins  | 2024-03-01 13:30:00 |     -7 | FALSE |")));
    QVERIFY(!text.contains(s("Hidden")));
}

void TestInspect::exitStatus_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("legacy xls") << QStringList{s("inspect"), data("hostile/legacy.xlsx")} << 1
                                << s("legacy.xlsx: this is a legacy Excel");
    QTest::newRow("zip bomb") << QStringList{s("inspect"), data("hostile/bomb.xlsx"), s("--json")}
                              << 1 << s("zip bomb");
    QTest::newRow("missing sheet")
        << QStringList{s("inspect"), data("csv/simple.csv"), s("--sheet"), s("x")} << 1
        << s("no sheet \"x\"");
    QTest::newRow("missing file") << QStringList{s("inspect"), data("nothing.csv")} << 1
                                  << s("nothing.csv");
    QTest::newRow("warning only") << QStringList{s("inspect"), data("xlsx/openpyxl.xlsx")} << 0
                                  << s("warning: openpyxl.xlsx, sheet Data, row 3, column C");
    QTest::newRow("no file") << QStringList{s("inspect")} << 2 << QString();
}

void TestInspect::exitStatus()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, stderrPart);
    QByteArray err;
    QCOMPARE(run(args, nullptr, &err), status);
    QVERIFY2(QString::fromUtf8(err).contains(stderrPart), err.constData());
}

QTEST_GUILESS_MAIN(TestInspect)
#include "tst_inspect.moc"
