#include "cli/commandline.h"

#include <QtTest>

using namespace Needle;

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void usageErrors_data();
    void usageErrors();
    void options();
};

using C = CommandLine::Command;
Q_DECLARE_METATYPE(CommandLine::Command)

void TestCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<CommandLine::Command>("command");
    QTest::addColumn<QString>("workspace");
    QTest::newRow("no_arguments") << QStringList{} << C::Gui << QString();
    QTest::newRow("open_workspace")
        << QStringList{QStringLiteral("w.needle")} << C::Gui << QStringLiteral("w.needle");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << C::Help << QString();
    QTest::newRow("help_after_command")
        << QStringList{QStringLiteral("check"), QStringLiteral("--help")} << C::Help << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << C::Version << QString();
    QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("d.needle")}
                          << C::Demo << QStringLiteral("d.needle");
    QTest::newRow("new") << QStringList{QStringLiteral("new"), QStringLiteral("e.needle")} << C::New
                         << QStringLiteral("e.needle");
    QTest::newRow("import_many") << QStringList{QStringLiteral("import"), QStringLiteral("w"),
                                                QStringLiteral("a.csv"), QStringLiteral("b.xlsx"),
                                                QStringLiteral("--json")}
                                 << C::Import << QStringLiteral("w");
    QTest::newRow("undo_import") << QStringList{QStringLiteral("undo-import"), QStringLiteral("w"),
                                                QStringLiteral("3")}
                                 << C::UndoImport << QStringLiteral("w");
    QTest::newRow("export_csv") << QStringList{QStringLiteral("export-csv"), QStringLiteral("w"),
                                               QStringLiteral("--rollup=month")}
                                << C::ExportCsv << QStringLiteral("w");
    QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("w"),
                                          QStringLiteral("--as-of"), QStringLiteral("2024-02-29")}
                           << C::Check << QStringLiteral("w");
    QTest::newRow("export_pdf") << QStringList{QStringLiteral("export-pdf"), QStringLiteral("w"),
                                               QStringLiteral("o.pdf"), QStringLiteral("--meeting"),
                                               QStringLiteral("2")}
                                << C::ExportPdf << QStringLiteral("w");
    QTest::newRow("inspect") << QStringList{QStringLiteral("inspect"), QStringLiteral("f.xlsx"),
                                            QStringLiteral("--sheet"), QStringLiteral("Data")}
                             << C::Inspect << QStringLiteral("f.xlsx");
    QTest::newRow("review") << QStringList{QStringLiteral("review"), QStringLiteral("w")}
                            << C::Review << QStringLiteral("w");
    QTest::newRow("file_named_like_option_after_dashes")
        << QStringList{QStringLiteral("--"), QStringLiteral("--odd.needle")} << C::Gui
        << QStringLiteral("--odd.needle");
}

void TestCommandLine::parses()
{
    QFETCH(QStringList, args);
    QFETCH(CommandLine::Command, command);
    QFETCH(QString, workspace);
    const CommandLine cl = CommandLine::parse(args);
    QVERIFY2(cl.error.isEmpty(), qPrintable(cl.error));
    QCOMPARE(cl.command, command);
    QCOMPARE(cl.workspace, workspace);
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown_option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("option_of_other_command")
        << QStringList{QStringLiteral("demo"), QStringLiteral("w"), QStringLiteral("--json")};
    QTest::newRow("missing_workspace") << QStringList{QStringLiteral("export-csv")};
    QTest::newRow("missing_files") << QStringList{QStringLiteral("import"), QStringLiteral("w")};
    QTest::newRow("too_many") << QStringList{QStringLiteral("check"), QStringLiteral("w"),
                                             QStringLiteral("x")};
    QTest::newRow("two_workspaces")
        << QStringList{QStringLiteral("a.needle"), QStringLiteral("b.needle")};
    QTest::newRow("bad_date") << QStringList{QStringLiteral("check"), QStringLiteral("w"),
                                             QStringLiteral("--as-of"),
                                             QStringLiteral("2023-02-29")};
    QTest::newRow("date_not_iso") << QStringList{QStringLiteral("check"), QStringLiteral("w"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("01/02/2024")};
    QTest::newRow("from_after_to") << QStringList{
        QStringLiteral("export-csv"), QStringLiteral("w"),    QStringLiteral("--from"),
        QStringLiteral("2024-02-01"), QStringLiteral("--to"), QStringLiteral("2024-01-01")};
    QTest::newRow("bad_rollup") << QStringList{QStringLiteral("export-csv"), QStringLiteral("w"),
                                               QStringLiteral("--rollup"), QStringLiteral("year")};
    QTest::newRow("bad_layout") << QStringList{QStringLiteral("import"), QStringLiteral("w"),
                                               QStringLiteral("f"), QStringLiteral("--layout"),
                                               QStringLiteral("diagonal")};
    QTest::newRow("bad_batch") << QStringList{QStringLiteral("undo-import"), QStringLiteral("w"),
                                              QStringLiteral("last")};
    QTest::newRow("bad_meeting") << QStringList{QStringLiteral("review"), QStringLiteral("w"),
                                                QStringLiteral("--meeting"), QStringLiteral("0")};
    QTest::newRow("value_missing")
        << QStringList{QStringLiteral("export-csv"), QStringLiteral("w"), QStringLiteral("--kpi")};
    QTest::newRow("short_option") << QStringList{QStringLiteral("-x")};
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, args);
    QVERIFY(!CommandLine::parse(args).error.isEmpty());
}

void TestCommandLine::options()
{
    const CommandLine cl = CommandLine::parse(
        {QStringLiteral("export-csv"), QStringLiteral("w"), QStringLiteral("--kpi"),
         QStringLiteral("dau"), QStringLiteral("--kpi=mau"), QStringLiteral("--from"),
         QStringLiteral("2024-01-01"), QStringLiteral("--lang"), QStringLiteral("de")});
    QVERIFY(cl.error.isEmpty());
    QCOMPARE(cl.kpis, (QStringList{QStringLiteral("dau"), QStringLiteral("mau")}));
    QCOMPARE(cl.from, QDate(2024, 1, 1));
    QCOMPARE(cl.lang, QStringLiteral("de"));
    QCOMPARE(CommandLine::languageOption({QStringLiteral("--lang=fr")}), QStringLiteral("fr"));
    const CommandLine imp = CommandLine::parse(
        {QStringLiteral("import"), QStringLiteral("w"), QStringLiteral("a.csv"),
         QStringLiteral("b.csv"), QStringLiteral("--create-kpis"), QStringLiteral("--dry-run"),
         QStringLiteral("--layout"), QStringLiteral("wide")});
    QCOMPARE(imp.files, (QStringList{QStringLiteral("a.csv"), QStringLiteral("b.csv")}));
    QVERIFY(imp.createKpis && imp.dryRun && !imp.json);
    QCOMPARE(imp.layout, QStringLiteral("wide"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
