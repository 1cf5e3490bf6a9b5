#include "i18n/languagemenu.h"
#include "i18n/translations.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace Needle;

// Settings > Language: every language offered by its own name, the current choice ticked, and
// a choice kept in the preferences (from the next start), "System language" removing it.
class TestLanguageMenu : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Translations::setPreferredLanguage(QString()); }
    void choose_data();
    void choose();
};

void TestLanguageMenu::choose_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("code");
    QTest::newRow("german") << QStringLiteral("Deutsch") << QStringLiteral("de");
    QTest::newRow("french") << QStringLiteral("Français") << QStringLiteral("fr");
    QTest::newRow("spanish") << QStringLiteral("Español") << QStringLiteral("es");
    QTest::newRow("english") << QStringLiteral("English") << QStringLiteral("en");
}

void TestLanguageMenu::choose()
{
    QFETCH(QString, label);
    QFETCH(QString, code);
    Translations::setPreferredLanguage(QStringLiteral("fr"));
    QWidget window;
    LanguageMenu menu(&window);
    QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
    QAction *target = nullptr;
    QAction *system = nullptr;
    for (QAction *a : menu.actions()) {
        if (a->text() == label)
            target = a;
        if (a->isCheckable() && a->data().toString().isEmpty())
            system = a;
        if (a->data().toString() == QLatin1String("fr"))
            QVERIFY(a->isChecked()); // the current preference is ticked
    }
    QVERIFY(target);
    QVERIFY(system);
    target->trigger();
    QCOMPARE(Translations::preferredLanguage(), code);
    QCOMPARE(chosen.count(), code == QLatin1String("fr") ? 0 : 1);
    QVERIFY(target->isChecked());
    system->trigger();
    QCOMPARE(Translations::preferredLanguage(), QString());
}

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
