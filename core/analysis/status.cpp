#include "analysis/status.h"

#include <cmath>

namespace Needle {

Status statusOf(double value, const std::optional<Target> &target, Direction direction)
{
    if (!std::isfinite(value))
        return Status::NoData;
    if (!target)
        return Status::NoTarget;
    const double tol = target->tolerance;
    if (direction == Direction::WithinBand || (target->isBand() && !target->value)) {
        if (!target->isBand()) {
            // A single value for a band KPI: the band is value +- tolerance.
            const double t = *target->value;
            const double margin = std::fabs(t) * tol;
            return std::fabs(value - t) <= margin ? Status::OnTrack : Status::OffTrack;
        }
        const double low = *target->low, high = *target->high;
        if (value >= low && value <= high)
            return Status::OnTrack;
        const double width = high - low;
        const double margin = (width > 0 ? width : std::max(std::fabs(low), std::fabs(high))) * tol;
        const double miss = value < low ? low - value : value - high;
        return miss <= margin ? Status::AtRisk : Status::OffTrack;
    }
    const double t = *target->value;
    const bool higher = direction == Direction::HigherIsBetter;
    const double miss = higher ? t - value : value - t; // > 0: target missed
    if (miss <= 0)
        return Status::OnTrack;
    // A zero target has no scale: any miss within the tolerance as an absolute amount is at risk.
    const double margin = t != 0 ? std::fabs(t) * tol : tol;
    return miss <= margin ? Status::AtRisk : Status::OffTrack;
}

} // namespace Needle
