#include "i18n/translations.h"
#include "shell/mainwindow.h"
#include "shell/preferencesdialog.h"
#include "shell/theme.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QtTest>

using namespace Needle;

// The language is chosen in one place, Edit > Preferences: every language offered by its own
// name, the current choice selected, a change noted as taking effect at the next start, the
// choice kept in the preferences on OK (and not on Cancel), "Same as the system" removing it.
// The main window offers no second language chooser.
class TestLanguageMenu : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Translations::setPreferredLanguage(QString()); }
    void choose_data();
    void choose();
    void cancelKeepsLanguage();
    void onePlaceInTheMenus();
    void themeRestoredAtStart_data();
    void themeRestoredAtStart();
};

// The theme saved in the preferences is the one a new window starts in.
void TestLanguageMenu::themeRestoredAtStart_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << QStringLiteral("dark") << true;
    QTest::newRow("light") << QStringLiteral("light") << false;
}

void TestLanguageMenu::themeRestoredAtStart()
{
    QFETCH(QString, theme);
    QFETCH(bool, dark);
    QSettings().setValue(QStringLiteral("preferences/theme"), theme);
    QApplication::setPalette(Theme::palette(dark ? Theme::Mode::Light : Theme::Mode::Dark));
    MainWindow window;
    QSettings().remove(QStringLiteral("preferences/theme"));
    QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 128, dark);
    QTRY_COMPARE(window.palette().color(QPalette::Window).lightness() < 128, dark);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
}

void TestLanguageMenu::choose_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("code");
    QTest::newRow("german") << QStringLiteral("Deutsch") << QStringLiteral("de");
    QTest::newRow("french") << QStringLiteral("Français") << QStringLiteral("fr");
    QTest::newRow("spanish") << QStringLiteral("Español") << QStringLiteral("es");
    QTest::newRow("english") << QStringLiteral("English") << QStringLiteral("en");
    QTest::newRow("system") << QStringLiteral("Same as the system") << QString();
}

void TestLanguageMenu::choose()
{
    QFETCH(QString, label);
    QFETCH(QString, code);
    Translations::setPreferredLanguage(QStringLiteral("fr"));
    PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    QVERIFY(combo);
    QVERIFY(note);
    QCOMPARE(combo->accessibleName(), QStringLiteral("Language"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("fr")); // the current preference
    QVERIFY(note->isHidden());
    const int index = combo->findText(label);
    QVERIFY2(index >= 0, qPrintable(label));
    QCOMPARE(combo->itemData(index).toString(), code);
    combo->setCurrentIndex(index);
    QCOMPARE(note->isHidden(), code == QLatin1String("fr"));
    dialog.accept();
    QCOMPARE(Translations::preferredLanguage(), code);
    QCOMPARE(Preferences::load().language, code);
}

void TestLanguageMenu::cancelKeepsLanguage()
{
    Translations::setPreferredLanguage(QStringLiteral("de"));
    PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("es")));
    dialog.reject();
    QCOMPARE(Translations::preferredLanguage(), QStringLiteral("de"));
}

void TestLanguageMenu::onePlaceInTheMenus()
{
    MainWindow window;
    QAction *preferences = nullptr;
    int languageEntries = 0;
    for (QAction *top : window.menuBar()->actions()) {
        QVERIFY(top->menu());
        const QString menu = top->text().remove(QLatin1Char('&'));
        QVERIFY2(menu != QLatin1String("Settings"), "no menu of its own for a single setting");
        for (QAction *a : top->menu()->actions()) {
            const QString text = a->text().remove(QLatin1Char('&'));
            languageEntries += text.contains(QStringLiteral("Language")) ? 1 : 0;
            if (text.startsWith(QStringLiteral("Preferences")))
                preferences = a;
        }
        if (menu == QLatin1String("Edit"))
            QVERIFY(preferences);
    }
    QVERIFY(preferences);
    QCOMPARE(languageEntries, 0);
    QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
    QVERIFY(preferences->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+,"))));
}

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
