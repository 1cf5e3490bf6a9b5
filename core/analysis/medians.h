#pragma once

#include "analysis/detection.h"

#include <vector>

namespace Needle::Detection {

// Medians of windows for the detector (medians.cpp): small windows by compare-exchange
// networks, longer ones by a sorted window that slides. slidingMedians and rollingMedian are
// declared in detection.h.

// Moves a sorted window of finite values on: the `outCount` values at `out` (all in the window)
// leave it and the `inCount` values at `in` join it.
void slideSorted(std::vector<double> &window, const double *out, int outCount, const double *in,
                 int inCount);

} // namespace Needle::Detection
