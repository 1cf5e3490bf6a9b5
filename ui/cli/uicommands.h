#pragma once

#include "cli/commandline.h"

#include <QTextStream>

namespace Needle {

// The commands that need widgets: the app itself, the review mode, the PDF export.
int runGui(const CommandLine &cl);

} // namespace Needle
