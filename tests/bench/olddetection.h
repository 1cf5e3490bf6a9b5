#pragma once

#include "analysis/detection.h"

namespace Needle::OldDetection {

// The detector before issue 16 (see olddetection.cpp): the same flags as main at 48a6743 gave.
QVector<Detection::Flag> detect(const QVector<double> &y, const Detection::Options &o);

} // namespace Needle::OldDetection
