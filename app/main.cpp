// needle: the app, and its command line (DESIGN section 5). Only dispatch lives here.

#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/uicommands.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QTemporaryDir>
#include <QTextStream>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace Needle;

namespace {

bool needsWidgets(CommandLine::Command c)
{
    return c == CommandLine::Command::Gui || c == CommandLine::Command::Review
        || c == CommandLine::Command::ExportPdf;
}

bool needsDisplay(CommandLine::Command c)
{
    return c == CommandLine::Command::Gui || c == CommandLine::Command::Review;
}

// Data written to standard output that did not arrive (a full disk, a closed pipe) is a
// failure: the command says so and exits 1, never 0.
int checkOutput(int status, QTextStream &out, QTextStream &err)
{
    out.flush();
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    if (flushed && out.status() == QTextStream::Ok && !std::ferror(stdout))
        return status;
    const int error = errno;
    QString why = out.device() ? out.device()->errorString() : QString();
    if (error != 0)
        why = QString::fromLocal8Bit(std::strerror(error));
    if (why.isEmpty() || why == QLatin1String("Unknown error"))
        why = QCoreApplication::translate("main", "the output could not be written");
    err << QCoreApplication::translate(
               "main", "Could not write to standard output (%1); the output is incomplete.")
               .arg(why)
        << Qt::endl;
    return status == ExitUsage ? ExitUsage : ExitRejected;
}

int dispatch(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    using C = CommandLine::Command;
    switch (cl.command) {
    case C::Help:
        out << CommandLine::helpText();
        return ExitOk;
    case C::Version:
        out << CommandLine::versionText() << Qt::endl;
        return ExitOk;
    case C::Demo:
        return runDemo(cl, out, err);
    case C::New:
        return runNew(cl, out, err);
    case C::ExportCsv:
        return runExportCsv(cl, out, err);
    case C::Inspect:
        return runInspect(cl, out, err);
    case C::ExportPdf:
        return runExportPdf(cl, out, err);
    case C::Check:
        return runCheck(cl, out, err);
    case C::Import:
        return runImport(cl, out, err);
    case C::UndoImport:
        return runUndoImport(cl, out, err);
    case C::Source:
        return runSource(cl, out, err);
    case C::Refresh:
        return runRefresh(cl, out, err);
    case C::ExportJob:
        return runExportJob(cl, out, err);
    case C::RunDue:
        return runRunDue(cl, out, err);
    case C::Schedule:
        return runSchedule(cl, out, err);
    case C::Gui:
        return runGui(cl);
    case C::Review:
        return runReview(cl);
    default:
        err << QCoreApplication::translate("main", "This command is not available in this build.")
            << Qt::endl;
        return ExitUsage;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine untranslated = CommandLine::parse(arguments);

    // Headless commands that paint use the offscreen platform on their own.
    if (needsWidgets(untranslated.command) && !needsDisplay(untranslated.command)
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app;
    if (needsWidgets(untranslated.command) && untranslated.error.isEmpty())
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("needle"));
    QCoreApplication::setApplicationName(QStringLiteral("needle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEEDLE_VERSION));
    if (qobject_cast<QApplication *>(app.get())) {
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.needle.Needle"));
        QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/needle.svg")));
    }
    Translations::install(app.get(), CommandLine::languageOption(arguments));

    const CommandLine cl = CommandLine::parse(arguments); // again, for translated messages
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!cl.error.isEmpty()) {
        err << cl.error << Qt::endl;
        return ExitUsage;
    }

    return checkOutput(dispatch(cl, out, err), out, err);
}
