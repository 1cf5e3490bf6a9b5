#pragma once

#include <QDateTime>
#include <QString>

namespace Needle {

// Who changed what, when, from what to what. Written by every undo command, in both directions.
struct ChangeLogEntry
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString entity; // "kpi", "target", "benchmark", "owner", "value", "note", ...
    qint64 entityId = 0;
    qint64 kpiId = 0;
    QString field; // "" for a whole record, "created", "deleted"
    QString oldValue;
    QString newValue;
};

} // namespace Needle
