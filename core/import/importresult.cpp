#include "import/importer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Needle {

QString ImportResult::summary() const
{
    switch (outcome) {
    case Outcome::Rejected:
        return QCoreApplication::translate(
                   "Needle::ImportResult",
                   "%1 was not imported: it has errors. Nothing was written.")
            .arg(fileName);
    case Outcome::Cancelled:
        return QCoreApplication::translate("Needle::ImportResult",
                                           "Importing %1 was cancelled. Nothing was written.")
            .arg(fileName);
    case Outcome::Failed:
        return QCoreApplication::translate(
                   "Needle::ImportResult",
                   "%1 could not be imported: the workspace refused the change. Nothing was "
                   "written.")
            .arg(fileName);
    case Outcome::DryRun:
        return QCoreApplication::translate("Needle::ImportResult",
                                           "%1 (dry run): %2, %3; nothing was written.")
            .arg(fileName,
                 QCoreApplication::translate("Needle::ImportResult", "%n value(s) would be written",
                                             nullptr, int(valuesWritten)),
                 QCoreApplication::translate("Needle::ImportResult", "%n unchanged", nullptr,
                                             int(unchanged)));
    case Outcome::Imported:
        break;
    }
    if (batchId == 0)
        return QCoreApplication::translate("Needle::ImportResult", "%1: nothing changed (%2).")
            .arg(fileName,
                 QCoreApplication::translate("Needle::ImportResult", "%n value(s) unchanged",
                                             nullptr, int(unchanged)));
    QString text =
        QCoreApplication::translate("Needle::ImportResult", "%1: %2, %3, batch %4.")
            .arg(fileName,
                 QCoreApplication::translate("Needle::ImportResult", "%n value(s) written", nullptr,
                                             int(valuesWritten)),
                 QCoreApplication::translate("Needle::ImportResult", "%n unchanged", nullptr,
                                             int(unchanged)))
            .arg(batchId);
    if (!kpisCreated.isEmpty())
        text += QLatin1Char(' ')
            + QCoreApplication::translate("Needle::ImportResult", "%n KPI(s) created.", nullptr,
                                          int(kpisCreated.size()));
    if (!ownersCreated.isEmpty())
        text += QLatin1Char(' ')
            + QCoreApplication::translate("Needle::ImportResult", "%n owner(s) created.", nullptr,
                                          int(ownersCreated.size()));
    if (skippedRows > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("Needle::ImportResult", "%n row(s) with errors skipped.",
                                          nullptr, int(skippedRows));
    return text;
}

QString ImportResult::reason() const
{
    for (const ImportIssue &i : issues)
        if (i.severity == ImportIssue::Severity::Error)
            return i.row > 0 ? i.toString() : i.message;
    return QString();
}

QJsonObject ImportResult::toJson() const
{
    QJsonArray created;
    for (const Kpi &k : kpisCreated) {
        const QString owner = ownerOfCreated.value(k.key);
        created.append(QJsonObject{
            {QStringLiteral("key"), k.key},
            {QStringLiteral("name"), k.name},
            {QStringLiteral("unit"), storageName(k.unit)},
            {QStringLiteral("decimals"), k.decimals},
            {QStringLiteral("direction"), storageName(k.direction)},
            {QStringLiteral("owner"), owner.isEmpty() ? QJsonValue() : QJsonValue(owner)}});
    }
    QJsonArray issueArray;
    for (const ImportIssue &i : issues)
        issueArray.append(i.toJson());
    return QJsonObject{{QStringLiteral("batch"), batchId > 0 ? QJsonValue(batchId) : QJsonValue()},
                       {QStringLiteral("rows_read"), rowsRead},
                       {QStringLiteral("values_written"), valuesWritten},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("kpis_created"), created},
                       {QStringLiteral("issues"), issueArray}};
}

} // namespace Needle
