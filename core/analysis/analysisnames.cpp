#include "analysis/kpianalysis.h"

#include <QCoreApplication>

namespace Needle {

QString storageName(Severity v)
{
    switch (v) {
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    }
    return QString();
}

QString displayName(Severity v)
{
    switch (v) {
    case Severity::Low:
        return QCoreApplication::translate("Needle::Analysis", "Low");
    case Severity::Medium:
        return QCoreApplication::translate("Needle::Analysis", "Medium");
    case Severity::High:
        return QCoreApplication::translate("Needle::Analysis", "High");
    }
    return QString();
}

QString storageName(AnomalyKind v)
{
    switch (v) {
    case AnomalyKind::Spike:
        return QStringLiteral("spike");
    case AnomalyKind::LevelShift:
        return QStringLiteral("level_shift");
    case AnomalyKind::Run:
        return QStringLiteral("run");
    }
    return QString();
}

QString storageName(AnomalyMethod v)
{
    switch (v) {
    case AnomalyMethod::ControlLimits:
        return QStringLiteral("xmr");
    case AnomalyMethod::RobustZ:
        return QStringLiteral("robust_z");
    case AnomalyMethod::SeasonalEsd:
        return QStringLiteral("seasonal_esd");
    }
    return QString();
}

QString storageName(Trend::Direction v)
{
    switch (v) {
    case Trend::Direction::Flat:
        return QStringLiteral("flat");
    case Trend::Direction::Rising:
        return QStringLiteral("rising");
    case Trend::Direction::Falling:
        return QStringLiteral("falling");
    }
    return QString();
}

} // namespace Needle
