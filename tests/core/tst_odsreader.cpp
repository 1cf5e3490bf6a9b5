#include "import/celljson.h"
#include "import/odsreader.h"
#include "import/spreadsheetreader.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Needle;

static QString s(const char *t)
{
    return QString::fromUtf8(t);
}

static QString ods(const char *name)
{
    return QStringLiteral(NEEDLE_TEST_DATA "/import/ods/") + QString::fromUtf8(name);
}

static QString hostile(const char *name)
{
    return QStringLiteral(NEEDLE_TEST_DATA "/import/hostile/") + QString::fromUtf8(name);
}

static bool readSheet(SpreadsheetReader *reader, const QString &sheet, QString *json,
                      ImportIssues *issues, QStringList *formats = nullptr)
{
    QJsonArray rows;
    const bool ok = reader->readRows(
        sheet,
        [&](qint64 index, const Row &row) {
            while (rows.size() < index)
                rows.append(QStringLiteral("<missing>"));
            rows.append(CellJson::toJson(row));
            if (formats)
                for (const Cell &c : row)
                    if (!c.format.isEmpty())
                        *formats << c.format;
            return true;
        },
        issues);
    *json = QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    return ok;
}

// OpenDocument spreadsheets written by LibreOffice, and hand-made ones for repeats, merges
// and hostile content.
class TestOdsReader : public QObject
{
    Q_OBJECT
private slots:
    void read_data();
    void read();
    void sheets();
    void formatsAndWarnings();
    void rejected_data();
    void rejected();
};

void TestOdsReader::read_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("json");
    const QString lo = s("[[\"Kpi\",\"Date\",\"Value\",\"Share\",\"Revenue\",\"Note\"],"
                         "[\"Revenue\",{\"date\":\"2024-01-31\"},1234.5,0.125,1000,\"plain\"],"
                         "[\"Churn\",{\"date\":\"2024-02-29\"},2469,1],"
                         "[],"
                         "[\"Logins\",{\"datetime\":\"2024-03-01T13:30:00\"},-7,0],"
                         "[\"Merged\",null,3],"
                         "[\"Merged\",null,4],"
                         "[null,{\"date\":\"1900-01-01\"},0.25]]");
    // LibreOffice has no phantom 1900-02-29, so Excel's serial 1 became 1899-12-31 in the
    // 1900 system; the ODS file stores that date, and the reader reports what is stored.
    QString lo1900 = lo;
    lo1900.replace(s("1900-01-01"), s("1899-12-31"));
    QTest::newRow("LibreOffice") << ods("libreoffice.ods") << s("Data") << lo1900;
    QTest::newRow("LibreOffice, from a 1904 workbook")
        << ods("libreoffice-1904.ods") << s("Data") << lo;
    QTest::newRow("LibreOffice hidden sheet")
        << ods("libreoffice.ods") << s("Hidden") << s("[[\"secret\"]]");
    QTest::newRow("first sheet by default") << ods("libreoffice.ods") << QString() << lo1900;
    QTest::newRow("text, repeats, merges, groups")
        << ods("handmade.ods") << s("T")
        << s("[[\"a  bc\\nd\\nsecond\",true,0.5625,{\"error\":\"#DIV/0!\"}],"
             "[7,7],[7,7],[],[],[],"
             "[null,\"merged\",\"merged\",-1.5],"
             "[0.5,\"merged\",\"merged\",{\"date\":\"2024-02-29\"}]]");
    QTest::newRow("repeat counts in the billions, all empty")
        << hostile("ods-empty-billions.ods") << s("S") << s("[[1]]");
    QTest::newRow("span of 2^40 x 2^40 cells is not filled (was an overflow; fuzz)")
        << hostile("ods-span-overflow.ods") << s("S") << s("[[1]]");
}

void TestOdsReader::read()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, json);
    QElapsedTimer timer;
    timer.start();
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(file, ReaderOptions(), &issues);
    QVERIFY2(reader, qPrintable(issues.value(0).toString()));
    QCOMPARE(reader->formatName(), s("ods"));
    QString read;
    QVERIFY2(readSheet(reader.get(), sheet, &read, &issues),
             qPrintable(issues.value(0).toString()));
    QVERIFY2(!hasErrors(issues), qPrintable(issues.value(0).toString()));
    QCOMPARE(read, json);
    QVERIFY(timer.elapsed() < 5000);
}

void TestOdsReader::sheets()
{
    ImportIssues issues;
    auto reader = OdsReader::open(ods("libreoffice.ods"), &issues);
    QVERIFY(reader);
    QStringList names;
    for (const SheetInfo &info : reader->sheets())
        names << info.name + u':' + info.state;
    QCOMPARE(names.join(u','), s("Data:visible,Hidden:hidden,Ünïcode €:visible"));
    reader = OdsReader::open(ods("handmade.ods"), &issues);
    QCOMPARE(reader->sheets().value(1).state, s("hidden"));
}

void TestOdsReader::formatsAndWarnings()
{
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(ods("handmade.ods"), ReaderOptions(), &issues);
    QString json;
    QStringList formats;
    QVERIFY(readSheet(reader.get(), s("T"), &json, &issues, &formats));
    QCOMPARE(formats, QStringList({s("time"), s("currency:USD"), s("percent")}));
    QCOMPARE(issues.size(), 1); // the formula without a saved result
    QCOMPARE(issues.at(0).severity, ImportIssue::Severity::Warning);
    QCOMPARE(issues.at(0).row, 1);
    QCOMPARE(issues.at(0).column, 5);
    QCOMPARE(issues.at(0).sheet, s("T"));
}

void TestOdsReader::rejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("row");
    QTest::newRow("non-empty row repeated two billion times")
        << hostile("ods-rows-billions.ods") << s("beyond row") << qint64(1);
    QTest::newRow("non-empty cell repeated two billion times")
        << hostile("ods-columns-billions.ods") << s("beyond column") << qint64(1);
    QTest::newRow("DOCTYPE") << hostile("ods-doctype.ods") << s("DOCTYPE") << qint64(0);
    QTest::newRow("encrypted") << hostile("ods-encrypted.ods") << s("password") << qint64(0);
    QTest::newRow("text document")
        << hostile("text-document.ods") << s("text document") << qint64(0);
    QTest::newRow("no table") << hostile("ods-no-table.ods") << s("no spreadsheet table")
                              << qint64(0);
    QTest::newRow("missing sheet") << ods("libreoffice.ods") << s("no sheet") << qint64(0);
}

void TestOdsReader::rejected()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(qint64, row);
    QElapsedTimer timer;
    timer.start();
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(file, ReaderOptions(), &issues);
    if (reader) {
        QString json;
        const QString sheet = QTest::currentDataTag() == QByteArray("missing sheet")
            ? s("Nope")
            : reader->sheets().constFirst().name;
        QVERIFY(!readSheet(reader.get(), sheet, &json, &issues));
    }
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(hasErrors(issues));
    const ImportIssue &issue = issues.constLast();
    QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
    QCOMPARE(issue.file, QFileInfo(file).fileName());
    QCOMPARE(issue.row, row);
}

QTEST_GUILESS_MAIN(TestOdsReader)
#include "tst_odsreader.moc"
