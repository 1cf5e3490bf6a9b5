#include "i18n/translations.h"
#include "tsfile.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The translations: the .ts files are complete and consistent with the sources (what lupdate
// would extract from them today), their translations keep the placeholders and accelerators of
// the source, the tr() contexts lupdate sees are the ones the code translates under at run time,
// and the built program speaks the language chosen with --lang or in the preferences.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wellFormed_data();
    void wellFormed();
    void complete_data();
    void complete();
    void contextsResolve();
    void languageChoice_data();
    void languageChoice();
    void helpTranslated_data();
    void helpTranslated();

private:
    void addLanguageRows();
    QString tsPath(const QString &language) const;
    int runNeedle(const QStringList &args, QString *out, QString *err);

    QTemporaryDir m_dir;
    QHash<QString, TsFile> m_current; // as committed
    QHash<QString, TsFile> m_updated; // after lupdate on today's sources
    QString m_lupdateLog;
};

namespace {

// The .ts files: the translations, and English, which holds only the plural forms of the %n
// messages (lupdate -pluralonly).
QStringList languages()
{
    return Needle::Translations::available() << QStringLiteral("en");
}

// Plural forms per language as Qt's lrelease counts them.
int pluralForms(const QString &language)
{
    Q_UNUSED(language) // German, French and Spanish: singular and plural
    return 2;
}

} // namespace

QString TestTranslations::tsPath(const QString &language) const
{
    return QStringLiteral(NEEDLE_SOURCE_DIR "/translations/needle_%1.ts").arg(language);
}

int TestTranslations::runNeedle(const QStringList &args, QString *out, QString *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NEEDLE_BINARY), args);
    if (!p.waitForFinished(30000))
        return -1;
    *out = QString::fromUtf8(p.readAllStandardOutput());
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("needle-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));

    // lupdate over today's sources, exactly as `--target update_translations` runs it, but into
    // copies of the .ts files.
    const QString project = m_dir.filePath(QStringLiteral("project.json"));
    QProcess generate;
    generate.start(QStringLiteral(NEEDLE_CMAKE),
                   {QStringLiteral("-DIN_FILE=" NEEDLE_LUPDATE_PROJECT),
                    QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                    QStringLiteral(NEEDLE_LUPDATE_PROJECT_SCRIPT)});
    QVERIFY(generate.waitForFinished(60000));
    QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());

    QStringList tsCopies;
    for (const QString &language : languages()) {
        const TsFile current = TsFile::read(tsPath(language));
        QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
        QCOMPARE(current.language, language);
        m_current.insert(language, current);
        const QString copy = m_dir.filePath(QStringLiteral("needle_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        tsCopies << copy;
    }
    const QString english = tsCopies.takeLast();
    // The options update_translations uses (app/CMakeLists.txt).
    const QStringList common = QStringList{QStringLiteral("-project"), project}
        + QStringLiteral(NEEDLE_LUPDATE_OPTIONS).split(QLatin1Char(','));
    for (const QStringList &args :
         {common + QStringList{QStringLiteral("-ts")} + tsCopies,
          common + QStringList{QStringLiteral("-pluralonly"), QStringLiteral("-ts"), english}}) {
        QProcess lupdate;
        lupdate.start(QStringLiteral(NEEDLE_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        const QString log = QString::fromLocal8Bit(lupdate.readAllStandardError());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(log));
        if (m_lupdateLog.isEmpty())
            m_lupdateLog = log;
    }
    for (const QString &language : languages()) {
        const TsFile updated =
            TsFile::read(m_dir.filePath(QStringLiteral("needle_%1.ts").arg(language)));
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        m_updated.insert(language, updated);
    }
}

void TestTranslations::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::wellFormed_data()
{
    addLanguageRows();
}

// Every translation present keeps what the program fills in or the keyboard uses.
void TestTranslations::wellFormed()
{
    QFETCH(QString, language);
    QStringList problems;
    for (const TsMessage &m : m_current.value(language).messages) {
        if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished")) {
            problems << QStringLiteral("%1: %2 entry").arg(m.describe(), m.type);
            continue;
        }
        if (!m.numerus && m.source.contains(QLatin1String("%n"))) {
            problems << QStringLiteral(
                            "%1: %n without plural forms; pass the count as tr()'s third "
                            "argument (tr(text, nullptr, n)) so that lupdate sees it")
                            .arg(m.describe());
            continue;
        }
        if (m.numerus && m.translations.size() != pluralForms(language)) {
            problems << QStringLiteral("%1: %2 plural forms, expected %3")
                            .arg(m.describe())
                            .arg(m.translations.size())
                            .arg(pluralForms(language));
            continue;
        }
        if (m.type == QLatin1String("unfinished"))
            continue;
        QStringList expected = placeholders(m.source);
        for (int i = 0; i < m.translations.size(); ++i) {
            const QString &t = m.translations.at(i);
            if (t.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: empty translation").arg(m.describe());
                continue;
            }
            QStringList got = placeholders(t);
            // A singular form may spell the number out ("ein Wert") in German and Spanish;
            // French uses its singular for 0 too, so %n stays there.
            if (m.numerus && i + 1 < m.translations.size() && language != QLatin1String("fr"))
                got.removeAll(QStringLiteral("%n")), expected.removeAll(QStringLiteral("%n"));
            if (got != expected)
                problems << QStringLiteral("%1: translation \"%2\" uses %3, the source %4")
                                .arg(m.describe(), t, got.join(QLatin1Char(' ')),
                                     expected.join(QLatin1Char(' ')));
            expected = placeholders(m.source);
            if (accelerators(t) != accelerators(m.source))
                problems << QStringLiteral(
                                "%1: translation \"%2\" has %3 accelerators (&), the source %4")
                                .arg(m.describe(), t)
                                .arg(accelerators(t))
                                .arg(accelerators(m.source));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::complete_data()
{
    addLanguageRows();
}

// Nothing unfinished, nothing lupdate would add (a string in the code the .ts file lacks) and
// nothing it would drop (a string the code no longer has).
void TestTranslations::complete()
{
    QFETCH(QString, language);
    QSet<QString> current;
    QStringList problems;
    for (const TsMessage &m : m_current.value(language).messages) {
        current.insert(m.key());
        if (m.type == QLatin1String("unfinished"))
            problems << QStringLiteral("unfinished: %1").arg(m.describe());
    }
    QSet<QString> updated;
    for (const TsMessage &m : m_updated.value(language).messages) {
        updated.insert(m.key());
        if (!current.contains(m.key()))
            problems << QStringLiteral("missing (run the update_translations target): %1")
                            .arg(m.describe());
    }
    for (const TsMessage &m : m_current.value(language).messages) {
        if (!updated.contains(m.key()))
            problems << QStringLiteral("no longer in the sources: %1").arg(m.describe());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(
                 QStringLiteral("%1 problems in needle_%2.ts:\n").arg(problems.size()).arg(language)
                 + problems.join(QLatin1Char('\n'))));
}

// lupdate files a tr() call outside a Q_OBJECT class under the enclosing class or namespace and
// warns; such a call is only translated at run time when the file's own tr() helper (or
// Q_DECLARE_TR_FUNCTIONS) uses that same context.
void TestTranslations::contextsResolve()
{
    static const QRegularExpression warning(
        QStringLiteral("^(.+):(\\d+): Class '([^']+)' lacks Q_OBJECT macro$"),
        QRegularExpression::MultilineOption);
    QStringList problems;
    for (auto it = warning.globalMatch(m_lupdateLog); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QFile file(m.captured(1));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m.captured(1)));
        const QString text = QString::fromUtf8(file.readAll());
        const QString context = m.captured(3);
        if (!text.contains(QStringLiteral("translate(\"%1\"").arg(context))
            && !text.contains(QStringLiteral("Q_DECLARE_TR_FUNCTIONS(%1)").arg(context)))
            problems << QStringLiteral("%1:%2: lupdate files this tr() under \"%3\", but the file "
                                       "does not translate under that context at run time; outside "
                                       "a member function write QCoreApplication::translate("
                                       "\"Context\", \"...\") at the call")
                            .arg(m.captured(1), m.captured(2), context);
    }

    // A macro that wraps a translation marker hides its strings from lupdate.
    static const QRegularExpression hidingMacro(
        QStringLiteral(
            "^\\s*#\\s*define\\s+\\w+\\(.*(QT_TRANSLATE_NOOP|QT_TR_NOOP|translate\\(|tr\\()"),
        QRegularExpression::MultilineOption);
    const QStringList roots{QStringLiteral(NEEDLE_SOURCE_DIR "/core"),
                            QStringLiteral(NEEDLE_SOURCE_DIR "/ui"),
                            QStringLiteral(NEEDLE_SOURCE_DIR "/app")};
    for (const QString &root : roots) {
        QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QRegularExpressionMatch m = hidingMacro.match(QString::fromUtf8(file.readAll()));
            if (m.hasMatch())
                problems << QStringLiteral(
                                "%1: \"%2\" marks strings through a macro, which lupdate "
                                "does not see; write QT_TRANSLATE_NOOP(\"Context\", \"...\") "
                                "where the string is")
                                .arg(file.fileName(), m.captured(0).trimmed());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::languageChoice_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("decimalPoint");
    QTest::newRow("system") << QString() << QString() << QLocale::system().name()
                            << QLocale::system().decimalPoint();
    QTest::newRow("preference") << QStringLiteral("fr") << QString() << QStringLiteral("fr_FR")
                                << QStringLiteral(",");
    QTest::newRow("command_line_wins") << QStringLiteral("fr") << QStringLiteral("en_US")
                                       << QStringLiteral("en_US") << QStringLiteral(".");
    QTest::newRow("region_kept") << QString() << QStringLiteral("de_CH") << QStringLiteral("de_CH")
                                 << QStringLiteral(".");
    QTest::newRow("invalid_preference_ignored")
        << QStringLiteral("xx") << QString() << QLocale::system().name()
        << QLocale::system().decimalPoint();
}

// The locale chosen also formats numbers (QLocale::setDefault).
void TestTranslations::languageChoice()
{
    QFETCH(QString, preference);
    QFETCH(QString, commandLine);
    QFETCH(QString, expected);
    QFETCH(QString, decimalPoint);
    Needle::Translations::setPreferredLanguage(preference);
    QCOMPARE(Needle::Translations::preferredLanguage(), preference);
    const QLocale chosen = Needle::Translations::install(QCoreApplication::instance(), commandLine);
    QCOMPARE(chosen.name(), expected);
    QCOMPARE(QLocale().name(), expected);
    QCOMPARE(QLocale().decimalPoint(), decimalPoint);
    Needle::Translations::setPreferredLanguage(QString());
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::helpTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Needle::Translations::available())
        QTest::newRow(qPrintable(language)) << language;
}

// The built program carries the translations (embedded .qm) and --lang picks one; the help and
// the command line's error messages are what the .ts file says.
void TestTranslations::helpTranslated()
{
    QFETCH(QString, language);
    QString english, englishErr, out, err;
    QCOMPARE(runNeedle({QStringLiteral("--help")}, &english, &englishErr), 0);
    QCOMPARE(runNeedle({QStringLiteral("--lang"), language, QStringLiteral("--help")}, &out, &err),
             0);
    QVERIFY(english.contains(QLatin1String("Usage:")));

    QString expected;
    for (const TsMessage &m : m_current.value(language).messages) {
        if (m.context == QLatin1String("Needle::CommandLine")
            && m.source.startsWith(QLatin1String("Usage:")) && m.type.isEmpty())
            expected = m.translations.value(0);
    }
    QVERIFY2(!expected.isEmpty(), "the help text is not translated");
    QCOMPARE(out, expected);
    QVERIFY(out != english);

    // A usage error, in the language chosen in the preferences this time.
    QDir(m_dir.path()).mkpath(QStringLiteral("config/needle"));
    QSettings prefs(m_dir.filePath(QStringLiteral("config/needle/needle.conf")),
                    QSettings::IniFormat);
    prefs.setValue(QStringLiteral("language"), language);
    prefs.sync();
    QCOMPARE(runNeedle({QStringLiteral("--nope")}, &out, &err), 2);
    QCOMPARE(runNeedle({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--nope")},
                       &english, &englishErr),
             2);
    QVERIFY(!err.isEmpty());
    QVERIFY2(err != englishErr, qPrintable(err));
    prefs.remove(QStringLiteral("language"));
    prefs.sync();
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
