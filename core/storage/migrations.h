#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Needle::Migrations {

// The ordered schema steps. Step N takes a workspace from version N-1 to N, in one transaction.
// Released steps are never edited: a change to the schema is a new step (and a new fixture in
// tests/data/workspaces/).
QStringList statementsFor(int version);

// Upgrades the connection's database to Database::CurrentVersion.
bool upgrade(const QSqlDatabase &db, QString *errorMessage);

} // namespace Needle::Migrations
