#pragma once

#include "cli/commandline.h"

#include <QTextStream>

namespace Needle {

// The headless commands of core. Each returns the exit status (DESIGN section 5): data goes
// to out, messages for people to err.
enum ExitStatus { ExitOk = 0, ExitRejected = 1, ExitUsage = 2 };

int runDemo(const CommandLine &cl, QTextStream &out, QTextStream &err);
// needle new WORKSPACE: an empty workspace, for scripts that import into it.
int runNew(const CommandLine &cl, QTextStream &out, QTextStream &err);
int runExportCsv(const CommandLine &cl, QTextStream &out, QTextStream &err);
int runCheck(const CommandLine &cl, QTextStream &out, QTextStream &err);
// needle inspect FILE [--sheet NAME] [--json]: what the import readers see in a spreadsheet.
int runInspect(const CommandLine &cl, QTextStream &out, QTextStream &err);
int runImport(const CommandLine &cl, QTextStream &out, QTextStream &err);
int runUndoImport(const CommandLine &cl, QTextStream &out, QTextStream &err);
// Data sources and automation (issue 18): source add|list|remove, refresh, export-job
// add|list|remove, run-due, schedule install|remove.
int runSource(const CommandLine &cl, QTextStream &out, QTextStream &err);
int runRefresh(const CommandLine &cl, QTextStream &out, QTextStream &err);
int runExportJob(const CommandLine &cl, QTextStream &out, QTextStream &err);
int runRunDue(const CommandLine &cl, QTextStream &out, QTextStream &err);
int runSchedule(const CommandLine &cl, QTextStream &out, QTextStream &err);

} // namespace Needle
