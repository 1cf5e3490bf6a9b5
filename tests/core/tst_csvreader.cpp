#include "import/csvreader.h"
#include "import/spreadsheetreader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(Rows)

static QString s(const char *t)
{
    return QString::fromUtf8(t);
}

static QStringList sl(std::initializer_list<const char *> items)
{
    QStringList l;
    for (const char *i : items)
        l << QString::fromUtf8(i);
    return l;
}

static QString csvPath(const char *name)
{
    return QStringLiteral(NEEDLE_TEST_DATA "/import/csv/") + QString::fromUtf8(name);
}

static QString hostilePath(const char *name)
{
    return QStringLiteral(NEEDLE_TEST_DATA "/import/hostile/") + QString::fromUtf8(name);
}

// Every row as text; rows are numbered so that skipped or invented rows show.
static bool readAll(SpreadsheetReader *reader, Rows *rows, ImportIssues *issues)
{
    return reader->readRows(
        reader->sheets().constFirst().name,
        [&](qint64 index, const Row &row) {
            while (rows->size() < index)
                rows->append(QStringList{QStringLiteral("<missing>")});
            QStringList cells;
            for (const Cell &c : row) {
                if (c.type != Cell::Type::Text && c.type != Cell::Type::Empty)
                    cells << QStringLiteral("<not text>");
                cells << c.text;
            }
            rows->append(cells);
            return true;
        },
        issues);
}

// CSV and TSV files: RFC 4180, delimiters, encodings, and every way a file can be broken.
class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void read_data();
    void read();
    void rejected_data();
    void rejected();
    void forcedOptions();
    void stopEarly();
    void hugeCell();
    void tooManyColumns();
};

void TestCsvReader::read_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<Rows>("rows");
    QTest::newRow("simple") << csvPath("simple.csv") << s(",") << s("UTF-8")
                            << Rows{sl({"kpi", "date", "value"}),
                                    sl({"revenue", "2024-01-31", "100"}),
                                    sl({"churn", "2024-01-31", "2.5"})};
    QTest::newRow("semicolon with decimal commas, CRLF")
        << csvPath("semicolon-decimal-comma.csv") << s(";") << s("UTF-8")
        << Rows{sl({"kpi", "date", "value"}), sl({"revenue", "31.01.2024", "1.234,5"}),
                sl({"churn", "31.01.2024", "2,5"})};
    QTest::newRow("commas inside quotes do not fool detection")
        << csvPath("quoted-delimiters.csv") << s(";") << s("UTF-8")
        << Rows{sl({"name", "note"}), sl({"a, b, c", "x, y, z"}), sl({"d, e", "f"})};
    QTest::newRow("quotes and line breaks kept exactly")
        << csvPath("quotes-and-newlines.csv") << s(",") << s("UTF-8")
        << Rows{sl({"id", "text", "quote"}), sl({"1", "line one\r\nline two", "say \"hi\""}),
                sl({"2", "", "plain"})};
    QTest::newRow("sep= hint") << csvPath("sep-hint.csv") << s(";") << s("UTF-8")
                               << Rows{sl({"a,1", "b"}), sl({"c", "d,2"})};
    QTest::newRow("UTF-8 with BOM")
        << csvPath("utf8-bom.csv") << s(",") << s("UTF-8")
        << Rows{sl({"Kennzahl", "Einheit"}), sl({"Umsatz", "€"}), sl({"Größe", "m²"})};
    QTest::newRow("UTF-16LE with BOM, tabs")
        << csvPath("utf16le-bom.txt") << s("\t") << s("UTF-16LE")
        << Rows{sl({"KPI", "Wert"}), sl({"Umsatz", "1,5"}), sl({"Café", "€"})};
    QTest::newRow("UTF-16BE with BOM, surrogate pair")
        << csvPath("utf16be-bom.csv") << s(";") << s("UTF-16BE")
        << Rows{sl({"KPI", "Wert"}), sl({"Umsatz", "1,5"}), sl({"𝄞", "x"})};
    QTest::newRow("Windows-1252 fallback")
        << csvPath("windows-1252.csv") << s(";") << s("Windows-1252")
        << Rows{sl({"Café", "€ 5", "“quoted”"})};
    QTest::newRow("TSV") << csvPath("tab.tsv") << s("\t") << s("UTF-8")
                         << Rows{sl({"kpi", "date", "value"}),
                                 sl({"revenue", "2024-01-31", "1,000"})};
    QTest::newRow("pipe") << csvPath("pipe.csv") << s("|") << s("UTF-8")
                          << Rows{sl({"kpi", "value"}), sl({"revenue", "1,000"}),
                                  sl({"churn", "2,5"})};
    QTest::newRow("CR line ends") << csvPath("cr-only.csv") << s(",") << s("UTF-8")
                                  << Rows{sl({"a", "b"}), sl({"c", "d"})};
    QTest::newRow("empty rows kept between, dropped at the end")
        << csvPath("empty-rows.csv") << s(",") << s("UTF-8")
        << Rows{sl({"a"}), QStringList(), QStringList(), sl({"b"})};
    QTest::newRow("trailing empty cells left off")
        << csvPath("trailing-cells.csv") << s(",") << s("UTF-8")
        << Rows{sl({"a"}), QStringList(), sl({"", "b"})};
    QTest::newRow("no final line break") << csvPath("no-final-newline.csv") << s(",") << s("UTF-8")
                                         << Rows{sl({"a", "b"}), sl({"c", "d"})};
    QTest::newRow("single column") << csvPath("single-column.csv") << s(",") << s("UTF-8")
                                   << Rows{sl({"value"}), sl({"1"}), sl({"2"})};
    QTest::newRow("text after a closing quote")
        << csvPath("text-after-quote.csv") << s(",") << s("UTF-8") << Rows{sl({"abcd", "e"})};
}

void TestCsvReader::read()
{
    QFETCH(QString, file);
    QFETCH(QString, delimiter);
    QFETCH(QString, encoding);
    QFETCH(Rows, rows);
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(file, ReaderOptions(), &issues);
    QVERIFY2(reader, qPrintable(issues.value(0).toString()));
    QVERIFY(!hasErrors(issues));
    QCOMPARE(reader->formatName(), s("csv"));
    auto *csv = dynamic_cast<CsvReader *>(reader.get());
    QVERIFY(csv);
    QCOMPARE(QString(csv->delimiter()), delimiter);
    QCOMPARE(TextDecoder::encodingName(csv->encoding()), encoding);
    QCOMPARE(reader->sheets().size(), 1);
    QCOMPARE(reader->sheets().constFirst().name, QFileInfo(file).completeBaseName());
    Rows read;
    QVERIFY(readAll(reader.get(), &read, &issues));
    QVERIFY(!hasErrors(issues));
    QCOMPARE(read, rows);
}

void TestCsvReader::rejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("opens"); // false: open() already refuses it
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("message"); // a part of the message
    QTest::newRow("empty file") << hostilePath("empty.csv") << false << qint64(0) << s("empty");
    QTest::newRow("only a BOM") << hostilePath("bom-only.csv") << false << qint64(0)
                                << s("byte-order mark");
    QTest::newRow("invalid UTF-8 names the line")
        << hostilePath("invalid-utf8.csv") << false << qint64(0) << s("line 3");
    QTest::newRow("unclosed quote")
        << hostilePath("unclosed-quote.csv") << true << qint64(2) << s("line 2 is never closed");
    QTest::newRow("binary") << hostilePath("binary.csv") << false << qint64(0) << s("binary");
    QTest::newRow("byte undefined in Windows-1252")
        << hostilePath("cp1252-undefined.csv") << true << qint64(2) << s("line 2");
    QTest::newRow("lone UTF-16 surrogate")
        << hostilePath("utf16-lone-surrogate.csv") << false << qint64(0) << s("line 2");
    QTest::newRow("legacy xls renamed")
        << hostilePath("legacy.xlsx") << false << qint64(0) << s("legacy Excel");
    QTest::newRow("encrypted") << hostilePath("encrypted.xlsx") << false << qint64(0)
                               << s("password");
    QTest::newRow("web page as xls")
        << hostilePath("webpage.xls") << false << qint64(0) << s("HTML");
    QTest::newRow("pdf renamed") << hostilePath("pdf.xlsx") << false << qint64(0) << s("PDF");
    QTest::newRow("missing file") << hostilePath("no-such-file.csv") << false << qint64(0)
                                  << s("cannot be opened");
    QTest::newRow("folder") << hostilePath("") << false << qint64(0) << s("folder");
}

void TestCsvReader::rejected()
{
    QFETCH(QString, file);
    QFETCH(bool, opens);
    QFETCH(qint64, row);
    QFETCH(QString, message);
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(file, ReaderOptions(), &issues);
    QCOMPARE(bool(reader), opens);
    if (reader) {
        Rows rows;
        QVERIFY(!readAll(reader.get(), &rows, &issues));
    }
    QVERIFY(hasErrors(issues));
    const ImportIssue &issue = issues.constLast();
    QCOMPARE(issue.row, row);
    QCOMPARE(issue.file, QFileInfo(file).fileName());
    QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
}

void TestCsvReader::forcedOptions()
{
    ReaderOptions options;
    options.csvDelimiter = u',';
    options.csvEncoding = s("windows-1252");
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(csvPath("utf8-bom.csv"), options, &issues);
    QVERIFY(reader);
    Rows rows;
    QVERIFY(readAll(reader.get(), &rows, &issues));
    QCOMPARE(rows.value(1), sl({"Umsatz", "â‚¬"})); // what the user asked for
    options.csvDelimiter = u';';
    options.csvEncoding.clear();
    reader = SpreadsheetReader::open(csvPath("simple.csv"), options, &issues);
    rows.clear();
    QVERIFY(readAll(reader.get(), &rows, &issues));
    QCOMPARE(rows.value(0), sl({"kpi,date,value"}));
    options.csvEncoding = s("EBCDIC");
    issues.clear();
    QVERIFY(!SpreadsheetReader::open(csvPath("simple.csv"), options, &issues));
    QVERIFY(issues.value(0).message.contains(s("EBCDIC")));
}

void TestCsvReader::stopEarly()
{
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(csvPath("simple.csv"), ReaderOptions(), &issues);
    int seen = 0;
    QVERIFY(reader->readRows(
        QString(), [&](qint64, const Row &) { return ++seen < 2; }, &issues));
    QCOMPARE(seen, 2);
    QVERIFY(!reader->readRows(
        s("Other"), [&](qint64, const Row &) { return true; }, &issues));
}

void TestCsvReader::hugeCell()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("huge.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("a,b\nc,\"");
    f.write(QByteArray(5 * 1024 * 1024, 'x'));
    f.write("\"\n");
    f.close();
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(path, ReaderOptions(), &issues);
    QVERIFY(reader);
    Rows rows;
    QVERIFY(!readAll(reader.get(), &rows, &issues));
    QCOMPARE(issues.constLast().row, 2);
    QCOMPARE(issues.constLast().column, 2);
    QVERIFY(issues.constLast().message.contains(s("characters")));
}

void TestCsvReader::tooManyColumns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("wide.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("a\n");
    f.write(QByteArray(20000, ','));
    f.write("x\n");
    f.close();
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(path, ReaderOptions(), &issues);
    QVERIFY(reader);
    Rows rows;
    QVERIFY(!readAll(reader.get(), &rows, &issues));
    QCOMPARE(issues.constLast().row, 2);
    QVERIFY(issues.constLast().message.contains(s("16384")));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
