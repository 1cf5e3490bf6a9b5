#pragma once

#include "review/agenda.h"

#include <QDate>
#include <QSqlDatabase>

namespace Needle {

// Where every KPI of a workspace stands at the end of a period under review, for the agenda.
QVector<KpiStanding> kpiStandings(const QSqlDatabase &db, const QDate &from, const QDate &asOf);

} // namespace Needle
