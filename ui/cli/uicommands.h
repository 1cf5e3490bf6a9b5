#pragma once

#include "cli/commandline.h"

#include <QTextStream>

namespace Needle {

// The commands that need widgets: the app itself, the review mode, the PDF export.
int runGui(const CommandLine &cl);
// export-pdf: a dashboard snapshot, or with --meeting the minutes of a meeting.
int runExportPdf(const CommandLine &cl, QTextStream &out, QTextStream &err);
int runReview(const CommandLine &cl); // ui/review/reviewcommand.cpp

} // namespace Needle
