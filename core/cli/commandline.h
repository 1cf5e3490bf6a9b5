#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Needle {

// The parsed command line (DESIGN section 5). Parsing never exits: a usage error is returned
// in `error` and the caller exits with status 2.
struct CommandLine
{
    enum class Command {
        Gui,
        Demo,
        New,
        Import,
        UndoImport,
        ExportCsv,
        Check,
        ExportPdf,
        Inspect,
        Review,
        Version,
        Help
    };

    Command command = Command::Gui;
    QString workspace; // WORKSPACE, or FILE for inspect
    QStringList files; // import: the spreadsheets
    QString output; // export-pdf: OUT.pdf
    qint64 batch = 0; // undo-import
    QString sheet;
    QString layout = QStringLiteral("auto"); // auto, long, wide
    bool createKpis = false;
    bool dryRun = false;
    bool json = false;
    bool skipInvalid = false;
    QStringList kpis; // --kpi, repeatable
    QDate from;
    QDate to;
    QDate asOf;
    QString rollup; // empty, day, week, month, quarter
    qint64 meeting = 0;
    QString lang;
    QString error; // non-empty: wrong usage

    static CommandLine parse(const QStringList &arguments); // without the program name
    // The value of --lang, found before translations are loaded.
    static QString languageOption(const QStringList &arguments);
    static QString helpText();
    static QString versionText();
};

} // namespace Needle
