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

} // namespace Needle
