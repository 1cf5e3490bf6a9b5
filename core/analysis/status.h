#pragma once

#include "domain/enums.h"
#include "domain/target.h"

#include <optional>

namespace Needle {

// Status of one value against a target, direction-aware (DESIGN section 4): on track when the
// target is met, at risk when it misses by no more than the tolerance (a fraction of the
// target, or of the band's width for bands), off track beyond that.
Status statusOf(double value, const std::optional<Target> &target, Direction direction);

} // namespace Needle
