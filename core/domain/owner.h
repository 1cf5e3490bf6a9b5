#pragma once

#include <QString>

namespace Needle {

// A person who answers for KPIs and action items.
struct Owner
{
    qint64 id = 0;
    QString name;
    QString email;
    QString team;

    bool operator==(const Owner &o) const
    {
        return id == o.id && name == o.name && email == o.email && team == o.team;
    }
};

} // namespace Needle
