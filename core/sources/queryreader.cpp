#include "sources/queryreader.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace Needle {

QueryReader::QueryReader(QSqlQuery *query, const QString &sheetName, const QString &boundKpiKey)
    : m_query(query), m_sheet(sheetName), m_kpiKey(boundKpiKey)
{}

QVector<SheetInfo> QueryReader::sheets() const
{
    return {SheetInfo{m_sheet, QStringLiteral("visible")}};
}

QStringList QueryReader::header() const
{
    QStringList names;
    if (!m_kpiKey.isEmpty())
        names << QStringLiteral("kpi");
    const QSqlRecord record = m_query->record();
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

Cell QueryReader::toCell(const QVariant &value)
{
    Cell c;
    if (value.isNull())
        return c;
    switch (value.metaType().id()) {
    case QMetaType::QDate:
        c.type = Cell::Type::Date;
        c.date = value.toDate();
        break;
    case QMetaType::QDateTime:
        c.type = Cell::Type::DateTime;
        c.dateTime = value.toDateTime();
        break;
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        c.type = Cell::Type::Number;
        c.number = value.toDouble();
        break;
    case QMetaType::Bool:
        c.type = Cell::Type::Bool;
        c.boolean = value.toBool();
        break;
    default:
        c.type = Cell::Type::Text;
        c.text = value.toString();
        break;
    }
    return c;
}

bool QueryReader::readRows(const QString &sheet, const RowVisitor &visit, ImportIssues *issues)
{
    Q_UNUSED(sheet)
    Row row;
    for (const QString &name : header())
        row << Cell::ofText(name);
    if (!visit(0, row))
        return true;
    const int columns = m_query->record().count();
    const int offset = m_kpiKey.isEmpty() ? 0 : 1;
    qint64 index = 0;
    while (m_query->next()) {
        row.resize(columns + offset);
        if (offset)
            row[0] = Cell::ofText(m_kpiKey);
        for (int i = 0; i < columns; ++i)
            row[i + offset] = toCell(m_query->value(i));
        while (!row.isEmpty() && row.constLast().isEmpty())
            row.removeLast();
        if (!visit(++index, row))
            return true;
    }
    if (m_query->lastError().isValid()) {
        QString text = m_query->lastError().databaseText().trimmed();
        if (text.isEmpty())
            text = m_query->lastError().driverText();
        if (issues)
            *issues << ImportIssue{
                ImportIssue::Severity::Error,
                m_sheet,
                m_sheet,
                index + 1,
                0,
                QCoreApplication::translate("Needle::QueryReader", "Reading the result failed: %1")
                    .arg(text)};
        return false;
    }
    return true;
}

} // namespace Needle
