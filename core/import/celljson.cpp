#include "import/celljson.h"

#include <QJsonObject>
#include <QLocale>

namespace Needle::CellJson {

namespace {

QString dateTimeText(const QDateTime &dt)
{
    return dt.toString(dt.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                        : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace

QJsonValue toJson(const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Empty:
        return QJsonValue::Null;
    case Cell::Type::Text:
        return cell.text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cell.text);
    case Cell::Type::Number:
        return cell.number;
    case Cell::Type::Bool:
        return cell.boolean;
    case Cell::Type::Date:
        return QJsonObject{{QStringLiteral("date"), cell.date.toString(Qt::ISODate)}};
    case Cell::Type::DateTime:
        return QJsonObject{{QStringLiteral("datetime"), dateTimeText(cell.dateTime)}};
    case Cell::Type::Error:
        return QJsonObject{{QStringLiteral("error"), cell.text}};
    }
    return QJsonValue::Null;
}

QJsonArray toJson(const Row &row)
{
    QJsonArray a;
    for (const Cell &c : row)
        a.append(toJson(c));
    return a;
}

QString toText(const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Empty:
        return QString();
    case Cell::Type::Text:
    case Cell::Type::Error:
        return cell.text;
    case Cell::Type::Number:
        return QString::number(cell.number, 'g', QLocale::FloatingPointShortest);
    case Cell::Type::Bool:
        return cell.boolean ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Cell::Type::Date:
        return cell.date.toString(Qt::ISODate);
    case Cell::Type::DateTime:
        return dateTimeText(cell.dateTime).replace(u'T', u' ');
    }
    return QString();
}

} // namespace Needle::CellJson
