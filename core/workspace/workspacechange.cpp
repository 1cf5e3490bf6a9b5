#include "workspace/workspacechange.h"

namespace Needle {

void WorkspaceChange::add(Record record, Kind kind, qint64 id, qint64 kpiId)
{
    for (Part &p : parts) {
        if (p.record == record && p.kind == kind && p.kpiId == kpiId) {
            if (!p.ids.contains(id))
                p.ids << id;
            return;
        }
    }
    Part p;
    p.record = record;
    p.kind = kind;
    p.ids << id;
    p.kpiId = kpiId;
    parts << p;
}

void WorkspaceChange::addValues(qint64 kpiId, const QDate &from, const QDate &to)
{
    for (Part &p : parts) {
        if (p.record == Record::Value && p.kind == Kind::Updated && p.kpiId == kpiId) {
            p.from = qMin(p.from, from);
            p.to = qMax(p.to, to);
            return;
        }
    }
    Part p;
    p.record = Record::Value;
    p.kind = Kind::Updated;
    p.kpiId = kpiId;
    p.from = from;
    p.to = to;
    parts << p;
}

void WorkspaceChange::addReset(Record record)
{
    if (isReset(record))
        return;
    Part p;
    p.record = record;
    p.kind = Kind::Reset;
    parts << p;
}

void WorkspaceChange::append(const WorkspaceChange &other)
{
    for (const Part &p : other.parts) {
        if (p.kind == Kind::Reset)
            addReset(p.record);
        else if (p.record == Record::Value)
            addValues(p.kpiId, p.from, p.to);
        else
            for (qint64 id : p.ids)
                add(p.record, p.kind, id, p.kpiId);
    }
}

bool WorkspaceChange::touches(Record record) const
{
    for (const Part &p : parts)
        if (p.record == record)
            return true;
    return false;
}

bool WorkspaceChange::isReset(Record record) const
{
    for (const Part &p : parts)
        if (p.record == record && p.kind == Kind::Reset)
            return true;
    return false;
}

QVector<qint64> WorkspaceChange::ids(Record record, Kind kind) const
{
    QVector<qint64> out;
    for (const Part &p : parts)
        if (p.record == record && p.kind == kind)
            for (qint64 id : p.ids)
                if (!out.contains(id))
                    out << id;
    return out;
}

QSet<qint64> WorkspaceChange::kpiIds(Record record) const
{
    QSet<qint64> out;
    for (const Part &p : parts) {
        if (p.record != record || p.kind == Kind::Reset)
            continue;
        if (record == Record::Kpi)
            for (qint64 id : p.ids)
                out.insert(id);
        else if (p.kpiId > 0)
            out.insert(p.kpiId);
    }
    return out;
}

bool WorkspaceChange::touchesKpi(qint64 kpiId) const
{
    for (const Part &p : parts) {
        switch (p.record) {
        case Record::Kpi:
            if (p.kind == Kind::Reset || p.ids.contains(kpiId))
                return true;
            break;
        case Record::Target:
        case Record::Benchmark:
        case Record::Value:
        case Record::Verdict:
            if (p.kind == Kind::Reset || p.kpiId == kpiId)
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace Needle
