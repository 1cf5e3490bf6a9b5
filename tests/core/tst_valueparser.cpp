#include "import/valueparser.h"

#include <QtTest>

using namespace Needle::ValueParser;

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

Q_DECLARE_METATYPE(NumberLocale)
Q_DECLARE_METATYPE(DateOrder)
Q_DECLARE_METATYPE(DateKind)

// Numbers and dates as people write them in spreadsheets: every ambiguity is an error.
class TestValueParser : public QObject
{
    Q_OBJECT
private slots:
    void numbers_data();
    void numbers();
    void numberDetail_data();
    void numberDetail();
    void detectNumbers_data();
    void detectNumbers();
    void dates_data();
    void dates();
    void detectDates_data();
    void detectDates();
};

void TestValueParser::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberLocale>("locale");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    const auto U = NumberLocale::Unknown;
    const auto P = NumberLocale::DecimalPoint;
    const auto C = NumberLocale::DecimalComma;
    QTest::newRow("integer") << s("42") << U << true << 42.0;
    QTest::newRow("spaces around") << s("  42 ") << U << true << 42.0;
    QTest::newRow("negative") << s("-3.5") << U << true << -3.5;
    QTest::newRow("unicode minus") << QString::fromUtf8("\u22123.5") << U << true << -3.5;
    QTest::newRow("parentheses negative") << s("(1,234.50)") << U << true << -1234.5;
    QTest::newRow("plus") << s("+7") << U << true << 7.0;
    QTest::newRow("decimal point unknown") << s("1.5") << U << true << 1.5;
    QTest::newRow("decimal comma unknown") << s("1,5") << U << true << 1.5;
    QTest::newRow("ambiguous 1.234") << s("1.234") << U << false << 0.0;
    QTest::newRow("ambiguous 1,234") << s("1,234") << U << false << 0.0;
    QTest::newRow("1.234 point") << s("1.234") << P << true << 1.234;
    QTest::newRow("1.234 comma") << s("1.234") << C << true << 1234.0;
    QTest::newRow("1,234 point") << s("1,234") << P << true << 1234.0;
    QTest::newRow("both separators us") << s("1,234.5") << U << true << 1234.5;
    QTest::newRow("both separators de") << s("1.234,5") << U << true << 1234.5;
    QTest::newRow("millions us") << s("1,234,567") << U << true << 1234567.0;
    QTest::newRow("millions de") << s("1.234.567") << U << true << 1234567.0;
    QTest::newRow("space thousands") << s("1 234 567,25") << U << true << 1234567.25;
    QTest::newRow("nbsp thousands") << QString::fromUtf8("1\u00a0234,5") << U << true << 1234.5;
    QTest::newRow("apostrophe thousands") << s("1'234.5") << U << true << 1234.5;
    QTest::newRow("leading zero comma") << s("0,123") << U << true << 0.123;
    QTest::newRow("leading dot") << s(".5") << U << true << 0.5;
    QTest::newRow("scientific") << s("1.5e3") << U << true << 1500.0;
    QTest::newRow("bad grouping") << s("12,34,567") << P << false << 0.0;
    QTest::newRow("mixed groups") << s("1,234.567,8") << U << false << 0.0;
    QTest::newRow("comma locale rejects point decimal") << s("1.5") << C << false << 0.0;
    QTest::newRow("point locale rejects comma decimal") << s("1,5") << P << false << 0.0;
    QTest::newRow("trailing separator") << s("12.") << U << false << 0.0;
    QTest::newRow("text") << s("n/a") << U << false << 0.0;
    QTest::newRow("empty") << s("") << U << false << 0.0;
    QTest::newRow("sign only") << s("-") << U << false << 0.0;
    QTest::newRow("two numbers") << s("12 13") << U << false << 0.0;
    QTest::newRow("percent") << s("12.5 %") << U << true << 12.5;
    QTest::newRow("percent comma") << s("12,5%") << U << true << 12.5;
    QTest::newRow("euro prefix de") << QString::fromUtf8("€ 1.234,50") << U << true << 1234.5;
    QTest::newRow("euro suffix") << QString::fromUtf8("3,50 €") << U << true << 3.5;
    QTest::newRow("dollar negative") << s("-$1,234.50") << U << true << -1234.5;
    QTest::newRow("iso code") << s("EUR 12.5") << U << true << 12.5;
    QTest::newRow("code suffix") << s("12.5 CHF") << U << true << 12.5;
    QTest::newRow("huge overflow") << QString(400, u'9') << U << false << 0.0;
}

void TestValueParser::numbers()
{
    QFETCH(QString, text);
    QFETCH(NumberLocale, locale);
    QFETCH(bool, ok);
    QFETCH(double, value);
    QString error;
    const auto v = parseNumber(text, locale, &error);
    QCOMPARE(v.has_value(), ok);
    if (ok) {
        QCOMPARE(*v, value);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestValueParser::numberDetail_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("percent");
    QTest::addColumn<QString>("currency");
    QTest::newRow("plain") << s("12") << false << QString();
    QTest::newRow("percent") << s("12 %") << true << QString();
    QTest::newRow("euro") << QString::fromUtf8("12 €") << false << s("EUR");
    QTest::newRow("pound") << QString::fromUtf8("£12") << false << s("GBP");
    QTest::newRow("us dollar") << s("US$12") << false << s("USD");
    QTest::newRow("code") << s("sek 12") << false << s("SEK");
}

void TestValueParser::numberDetail()
{
    QFETCH(QString, text);
    QFETCH(bool, percent);
    QFETCH(QString, currency);
    NumberDetail d;
    QVERIFY(parseNumber(text, NumberLocale::Unknown, nullptr, &d));
    QCOMPARE(d.percent, percent);
    QCOMPARE(d.currency, currency);
}

void TestValueParser::detectNumbers_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<NumberLocale>("locale");
    QTest::addColumn<int>("conflicting");
    QTest::newRow("us") << sl({"1.234", "12.5", "1,000"}) << NumberLocale::DecimalPoint << 0;
    QTest::newRow("german") << sl({"1.234", "12,5", "", "7"}) << NumberLocale::DecimalComma << 0;
    QTest::newRow("nothing decides") << sl({"1.234", "12", "1 000"}) << NumberLocale::Unknown << 0;
    QTest::newRow("majority") << sl({"1,5", "2,5", "3.5"}) << NumberLocale::DecimalComma << 1;
    QTest::newRow("tie") << sl({"1,5", "3.5"}) << NumberLocale::Unknown << 1;
    QTest::newRow("empty") << QStringList() << NumberLocale::Unknown << 0;
}

void TestValueParser::detectNumbers()
{
    QFETCH(QStringList, samples);
    QFETCH(NumberLocale, locale);
    QFETCH(int, conflicting);
    const NumberFormatGuess g = detectNumberFormat(samples);
    QCOMPARE(g.locale, locale);
    QCOMPARE(g.conflicting, conflicting);
}

void TestValueParser::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DateKind>("kind");
    const auto U = DateOrder::Unknown;
    const auto DMY = DateOrder::DayMonthYear;
    const auto MDY = DateOrder::MonthDayYear;
    const auto D = DateKind::Day;
    const QDate bad;
    QTest::newRow("iso") << s("2024-03-31") << U << QDate(2024, 3, 31) << D;
    QTest::newRow("iso time") << s("2024-03-31T10:15:00Z") << U << QDate(2024, 3, 31) << D;
    QTest::newRow("iso slash") << s("2024/3/5") << U << QDate(2024, 3, 5) << D;
    QTest::newRow("german dots") << s("31.12.2024") << U << QDate(2024, 12, 31) << D;
    QTest::newRow("german dots ambiguous day") << s("03.04.2024") << U << QDate(2024, 4, 3) << D;
    QTest::newRow("dmy unambiguous") << s("31/12/2024") << U << QDate(2024, 12, 31) << D;
    QTest::newRow("mdy unambiguous") << s("12/31/2024") << U << QDate(2024, 12, 31) << D;
    QTest::newRow("ambiguous slash") << s("03/04/2024") << U << bad << D;
    QTest::newRow("same day and month") << s("04/04/2024") << U << QDate(2024, 4, 4) << D;
    QTest::newRow("dmy chosen") << s("03/04/2024") << DMY << QDate(2024, 4, 3) << D;
    QTest::newRow("mdy chosen") << s("03/04/2024") << MDY << QDate(2024, 3, 4) << D;
    QTest::newRow("mdy chosen wrong") << s("31/12/2024") << MDY << bad << D;
    QTest::newRow("two digit year") << s("31.12.24") << U << QDate(2024, 12, 31) << D;
    QTest::newRow("two digit year 1900s") << s("31.12.85") << U << QDate(1985, 12, 31) << D;
    QTest::newRow("dashes") << s("31-12-2024") << U << QDate(2024, 12, 31) << D;
    QTest::newRow("impossible leap") << s("2023-02-29") << U << bad << D;
    QTest::newRow("1900 not leap") << s("1900-02-29") << U << bad << D;
    QTest::newRow("leap ok") << s("2024-02-29") << U << QDate(2024, 2, 29) << D;
    QTest::newRow("april 31") << s("31/04/2024") << DMY << bad << D;
    QTest::newRow("month 13") << s("2024-13-01") << U << bad << D;
    QTest::newRow("english day month") << s("31 Dec 2024") << U << QDate(2024, 12, 31) << D;
    QTest::newRow("english month day") << s("March 5, 2024") << U << QDate(2024, 3, 5) << D;
    QTest::newRow("english ordinal") << s("5th of March 2024") << U << QDate(2024, 3, 5) << D;
    QTest::newRow("german") << QString::fromUtf8("5. März 2024") << U << QDate(2024, 3, 5) << D;
    QTest::newRow("german abbrev") << s("5. Okt. 2024") << U << QDate(2024, 10, 5) << D;
    QTest::newRow("french") << s("1er janvier 2024") << U << QDate(2024, 1, 1) << D;
    QTest::newRow("french accent")
        << QString::fromUtf8("14 février 2024") << U << QDate(2024, 2, 14) << D;
    QTest::newRow("spanish") << s("5 de marzo de 2024") << U << QDate(2024, 3, 5) << D;
    QTest::newRow("named impossible") << s("30 February 2024") << U << bad << D;
    QTest::newRow("month name only") << s("Mar 2024") << U << QDate(2024, 3, 1) << DateKind::Month;
    QTest::newRow("german month") << QString::fromUtf8("März 2024") << U << QDate(2024, 3, 1)
                                  << DateKind::Month;
    QTest::newRow("month period") << s("2024-03") << U << QDate(2024, 3, 1) << DateKind::Month;
    QTest::newRow("month first period")
        << s("03/2024") << U << QDate(2024, 3, 1) << DateKind::Month;
    QTest::newRow("bad month period") << s("2024-13") << U << bad << DateKind::Month;
    QTest::newRow("quarter") << s("Q1 2024") << U << QDate(2024, 1, 1) << DateKind::Quarter;
    QTest::newRow("quarter after") << s("2024-Q3") << U << QDate(2024, 7, 1) << DateKind::Quarter;
    QTest::newRow("quarter lower") << s("q4/2024") << U << QDate(2024, 10, 1) << DateKind::Quarter;
    QTest::newRow("quarter 5") << s("Q5 2024") << U << bad << DateKind::Quarter;
    QTest::newRow("week") << s("2024-W05") << U << QDate(2024, 1, 29) << DateKind::Week;
    QTest::newRow("week 1 starts in december")
        << s("2025-W01") << U << QDate(2024, 12, 30) << DateKind::Week;
    QTest::newRow("week 53") << s("2020-W53") << U << QDate(2020, 12, 28) << DateKind::Week;
    QTest::newRow("week 53 missing") << s("2024-W53") << U << bad << DateKind::Week;
    QTest::newRow("week day") << s("2024W05-3") << U << QDate(2024, 1, 31) << D;
    QTest::newRow("year") << s("2024") << U << QDate(2024, 1, 1) << DateKind::Year;
    QTest::newRow("text") << s("yesterday") << U << bad << D;
    QTest::newRow("empty") << s("") << U << bad << D;
    QTest::newRow("number") << s("45000") << U << bad << D;
}

void TestValueParser::dates()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QDate, date);
    QFETCH(DateKind, kind);
    QString error;
    DateKind k = DateKind::Year;
    const auto d = parseDate(text, order, &error, &k);
    QCOMPARE(d.has_value(), date.isValid());
    if (d) {
        QCOMPARE(*d, date);
        QCOMPARE(k, kind);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestValueParser::detectDates_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<DateOrder>("order");
    QTest::newRow("day first") << sl({"03/04/2024", "13/04/2024"}) << DateOrder::DayMonthYear;
    QTest::newRow("month first") << sl({"03/04/2024", "04/13/2024"}) << DateOrder::MonthDayYear;
    QTest::newRow("undecided") << sl({"03/04/2024", "2024-05-01"}) << DateOrder::Unknown;
    QTest::newRow("dots") << sl({"03.04.2024"}) << DateOrder::DayMonthYear;
}

void TestValueParser::detectDates()
{
    QFETCH(QStringList, samples);
    QFETCH(DateOrder, order);
    QCOMPARE(detectDateOrder(samples).order, order);
}

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
