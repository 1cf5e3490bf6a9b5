#include "import/importissue.h"

#include <QCoreApplication>

namespace Needle {

QString ImportIssue::columnName(int column)
{
    QString name;
    for (int c = column; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString ImportIssue::severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

QString ImportIssue::toString() const
{
    QStringList where;
    if (!file.isEmpty())
        where << file;
    if (!sheet.isEmpty())
        where << QCoreApplication::translate("Needle::ImportIssue", "sheet %1").arg(sheet);
    if (row > 0)
        where << QCoreApplication::translate("Needle::ImportIssue", "row %1").arg(row);
    if (column > 0)
        where << QCoreApplication::translate("Needle::ImportIssue", "column %1")
                     .arg(columnName(column));
    if (where.isEmpty())
        return message;
    return QCoreApplication::translate("Needle::ImportIssue", "%1: %2")
        .arg(where.join(QStringLiteral(", ")), message);
}

QJsonObject ImportIssue::toJson() const
{
    return QJsonObject{
        {QStringLiteral("severity"), severityName(severity)},
        {QStringLiteral("file"), file},
        {QStringLiteral("sheet"), sheet.isEmpty() ? QJsonValue() : QJsonValue(sheet)},
        {QStringLiteral("row"), row > 0 ? QJsonValue(row) : QJsonValue()},
        {QStringLiteral("column"), column > 0 ? QJsonValue(columnName(column)) : QJsonValue()},
        {QStringLiteral("message"), message}};
}

bool hasErrors(const ImportIssues &issues)
{
    for (const ImportIssue &i : issues)
        if (i.severity == ImportIssue::Severity::Error)
            return true;
    return false;
}

} // namespace Needle
