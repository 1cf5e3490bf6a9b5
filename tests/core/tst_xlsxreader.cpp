#include "import/celljson.h"
#include "import/spreadsheetreader.h"
#include "import/xlsxreader.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Needle;

static QString s(const char *t)
{
    return QString::fromUtf8(t);
}

static QString xlsx(const char *name)
{
    return QStringLiteral(NEEDLE_TEST_DATA "/import/xlsx/") + QString::fromUtf8(name);
}

static QString hostile(const char *name)
{
    return QStringLiteral(NEEDLE_TEST_DATA "/import/hostile/") + QString::fromUtf8(name);
}

// A sheet as compact JSON, the rows numbered by their position in the array.
static bool readSheet(SpreadsheetReader *reader, const QString &sheet, QString *json,
                      ImportIssues *issues, QStringList *formats = nullptr)
{
    QJsonArray rows;
    const bool ok = reader->readRows(sheet, [&](qint64 index, const Row &row) {
        while (rows.size() < index)
            rows.append(QStringLiteral("<missing>"));
        rows.append(CellJson::toJson(row));
        if (formats)
            for (const Cell &c : row)
                if (!c.format.isEmpty())
                    *formats << c.format;
        return true;
    }, issues);
    *json = QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    return ok;
}

// Workbooks written by real programs (openpyxl, LibreOffice) and hand-made hostile ones.
class TestXlsxReader : public QObject
{
    Q_OBJECT
private slots:
    void read_data();
    void read();
    void sheets_data();
    void sheets();
    void formats();
    void missingCachedValue();
    void rejected_data();
    void rejected();
};

void TestXlsxReader::read_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("json");
    const QString lo = s(
        "[[\"Kpi\",\"Date\",\"Value\",\"Share\",\"Revenue\",\"Note\"],"
        "[\"Revenue\",{\"date\":\"2024-01-31\"},1234.5,0.125,1000,\"plain\"],"
        "[\"Churn\",{\"date\":\"2024-02-29\"},2469,true],"
        "[],"
        "[\"Logins\",{\"datetime\":\"2024-03-01T13:30:00\"},-7,false],"
        "[\"Merged\",null,3],"
        "[\"Merged\",null,4],"
        "[null,{\"date\":\"1900-01-01\"},0.25]]");
    QTest::newRow("LibreOffice") << xlsx("libreoffice.xlsx") << s("Data") << lo;
    QTest::newRow("LibreOffice, 1904 date system") << xlsx("libreoffice-1904.xlsx") << s("Data") << lo;
    QString openpyxl = lo;
    openpyxl.replace(s("2469,true"), s("null,true"));
    QTest::newRow("openpyxl (formula without a cached value)") << xlsx("openpyxl.xlsx") << s("Data") << openpyxl;
    QTest::newRow("openpyxl, 1904") << xlsx("openpyxl-1904.xlsx") << s("Data") << openpyxl;
    QTest::newRow("hidden sheet") << xlsx("libreoffice.xlsx") << s("Hidden") << s("[[\"secret\"]]");
    QTest::newRow("unicode sheet name") << xlsx("libreoffice.xlsx") << s("Ünïcode €") << s("[[],[null,\"x\"]]");
    QTest::newRow("first sheet by default") << xlsx("libreoffice.xlsx") << QString() << lo;
    QTest::newRow("inline and rich strings, phonetic runs, errors, ISO dates")
        << xlsx("handmade-strings.xlsx") << s("Strings")
        << s("[[\"inline\",\"rich text\",\"漢字\",{\"error\":\"#DIV/0!\"},{\"date\":\"2024-05-06\"},\"formula text\"],"
             "[],[],[null,null,null,12.5]]");
    QTest::newRow("parts found through relationships, odd names")
        << xlsx("handmade-relationships.xlsx") << s("Only") << s("[[\"found\",1]]");
}

void TestXlsxReader::read()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, json);
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(file, ReaderOptions(), &issues);
    QVERIFY2(reader, qPrintable(issues.value(0).toString()));
    QCOMPARE(reader->formatName(), s("xlsx"));
    QString read;
    QVERIFY2(readSheet(reader.get(), sheet, &read, &issues), qPrintable(issues.value(0).toString()));
    QVERIFY2(!hasErrors(issues), qPrintable(issues.value(0).toString()));
    QCOMPARE(read, json);
}

void TestXlsxReader::sheets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheets");
    QTest::addColumn<bool>("date1904");
    QTest::newRow("LibreOffice") << xlsx("libreoffice.xlsx") << s("Data:visible,Hidden:hidden,Ünïcode €:visible") << false;
    QTest::newRow("LibreOffice 1904") << xlsx("libreoffice-1904.xlsx") << s("Data:visible,Hidden:hidden,Ünïcode €:visible") << true;
    QTest::newRow("openpyxl") << xlsx("openpyxl.xlsx") << s("Data:visible,Hidden:hidden,Ünïcode €:visible") << false;
}

void TestXlsxReader::sheets()
{
    QFETCH(QString, file);
    QFETCH(QString, sheets);
    QFETCH(bool, date1904);
    ImportIssues issues;
    auto reader = XlsxReader::open(file, &issues);
    QVERIFY(reader);
    QStringList names;
    for (const SheetInfo &info : reader->sheets())
        names << info.name + u':' + info.state;
    QCOMPARE(names.join(u','), sheets);
    QCOMPARE(reader->uses1904(), date1904);
}

void TestXlsxReader::formats()
{
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(xlsx("libreoffice.xlsx"), ReaderOptions(), &issues);
    QString json;
    QStringList formats;
    QVERIFY(readSheet(reader.get(), s("Data"), &json, &issues, &formats));
    QCOMPARE(formats, QStringList({ s("percent"), s("currency:EUR"), s("time") }));
}

void TestXlsxReader::missingCachedValue()
{
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(xlsx("openpyxl.xlsx"), ReaderOptions(), &issues);
    QString json;
    QVERIFY(readSheet(reader.get(), s("Data"), &json, &issues));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).severity, ImportIssue::Severity::Warning);
    QCOMPARE(issues.at(0).sheet, s("Data"));
    QCOMPARE(issues.at(0).row, 3);
    QCOMPARE(issues.at(0).column, 3);
    QCOMPARE(issues.at(0).file, s("openpyxl.xlsx"));
}

void TestXlsxReader::rejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<int>("column");
    QTest::newRow("zip bomb") << hostile("bomb.xlsx") << s("zip bomb") << qint64(0) << 0;
    QTest::newRow("header claims a small size") << hostile("lying-size.xlsx") << s("damaged") << qint64(0) << 0;
    QTest::newRow("duplicate entries") << hostile("duplicate-entry.xlsx") << s("twice") << qint64(0) << 0;
    QTest::newRow("unsafe entry name") << hostile("unsafe-name.xlsx") << s("unsafe") << qint64(0) << 0;
    QTest::newRow("truncated") << hostile("truncated.xlsx") << s("damaged or truncated") << qint64(0) << 0;
    QTest::newRow("corrupt CRC") << hostile("bad-crc.xlsx") << s("checksum") << qint64(0) << 0;
    QTest::newRow("DOCTYPE in a sheet (billion laughs)") << hostile("doctype.xlsx") << s("DOCTYPE") << qint64(0) << 0;
    QTest::newRow("DOCTYPE in the workbook (external entity)") << hostile("xxe.xlsx") << s("DOCTYPE") << qint64(0) << 0;
    QTest::newRow("deep nesting") << hostile("deep.xlsx") << s("nested") << qint64(1) << 0;
    QTest::newRow("column beyond XFD") << hostile("column-beyond.xlsx") << s("beyond") << qint64(1) << 0;
    QTest::newRow("row beyond 1048576") << hostile("row-beyond.xlsx") << s("beyond") << qint64(0) << 0;
    QTest::newRow("shared string out of range") << hostile("shared-string-range.xlsx") << s("does not exist") << qint64(1) << 2;
    QTest::newRow("dimension in the billions") << hostile("huge-dimension.xlsx") << QString() << qint64(0) << 0;
    QTest::newRow("huge cell") << hostile("huge-cell.xlsx") << s("characters") << qint64(1) << 0;
    QTest::newRow("CSV renamed .xlsx is read as CSV") << hostile("csv-renamed.xlsx") << QString() << qint64(0) << 0;
    QTest::newRow("Word document") << hostile("word.xlsx") << s("Word document") << qint64(0) << 0;
    QTest::newRow("plain zip") << hostile("plain.zip") << s("no spreadsheet") << qint64(0) << 0;
    QTest::newRow("no workbook") << hostile("no-workbook.xlsx") << s("no workbook") << qint64(0) << 0;
    QTest::newRow("phantom 1900-02-29") << hostile("phantom-day.xlsx") << s("1900-02-29") << qint64(1) << 1;
}

void TestXlsxReader::rejected()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(qint64, row);
    QFETCH(int, column);
    QElapsedTimer timer;
    timer.start();
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(file, ReaderOptions(), &issues);
    if (reader) {
        QString json;
        for (const SheetInfo &sheet : reader->sheets())
            if (!readSheet(reader.get(), sheet.name, &json, &issues))
                break;
    }
    QVERIFY(timer.elapsed() < 10000);
    if (message.isEmpty()) { // read fine, nothing materialised
        QVERIFY2(!hasErrors(issues), qPrintable(issues.value(0).toString()));
        return;
    }
    QVERIFY(hasErrors(issues));
    const ImportIssue &issue = issues.constLast();
    QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
    QCOMPARE(issue.file, QFileInfo(file).fileName());
    QCOMPARE(issue.row, row);
    QCOMPARE(issue.column, column);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
