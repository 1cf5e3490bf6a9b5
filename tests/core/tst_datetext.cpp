#include "domain/datetext.h"

#include <QtTest>

using namespace Needle;

// One way to write a day per language, in the locale's order, never the ambiguous 12/7/26.
class TestDateText : public QObject
{
    Q_OBJECT
private slots:
    void day_data();
    void day();
};

void TestDateText::day_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("c") << QLocale::c() << QStringLiteral("7 Dec 2026");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                           << QStringLiteral("7 Dec 2026");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << QStringLiteral("Dec 7, 2026");
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany)
                        << QStringLiteral("7. Dez. 2026");
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France)
                        << QStringLiteral("7 déc. 2026");
}

void TestDateText::day()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(DateText::day(QDate(2026, 12, 7), locale), text);
    // What is written reads back as the same day.
    QCOMPARE(locale.toDate(text, DateText::dayFormat(locale)), QDate(2026, 12, 7));
    QCOMPARE(DateText::day(QDate(), locale), QString());
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
