#pragma once

#include "domain/kpi.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Needle::Formula {

// Computed KPIs: a formula over other KPIs' keys ("ltv / cac", "dau / mau * 100"), parsed and
// evaluated with muParser. Errors are translated sentences, never exceptions.

// The KPI keys a formula refers to, in order of first use; false with a message on a syntax
// error.
bool referencedKeys(const QString &formula, QStringList *keys, QString *errorMessage);

// Checks the formula of the KPI with the given key against all definitions: syntax, unknown
// keys, a reference to itself, and cycles through other computed KPIs.
bool checkDefinitions(const QVector<Kpi> &kpis, const QString &key, QString *errorMessage);

// Evaluates a formula with the given values of the keys it uses. An unknown key, a division by
// zero or a result that is not a number is an error.
bool evaluate(const QString &formula, const QHash<QString, double> &values, double *result,
              QString *errorMessage);

} // namespace Needle::Formula
