#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace Needle {

// One spreadsheet cell as a reader sees it, before any interpretation as a KPI value.
// CSV cells are always Text (the raw field); XLSX and ODS cells carry their stored type.
struct Cell
{
    enum class Type { Empty, Text, Number, Bool, Date, DateTime, Error };

    Type type = Type::Empty;
    QString text; // Text; Error: the error code ("#DIV/0!")
    double number = 0; // Number (percent and currency cells: the stored number)
    bool boolean = false; // Bool
    QDate date; // Date
    QDateTime dateTime; // DateTime
    QString format; // optional hint from the file: "percent", "currency:EUR", a number format

    bool isEmpty() const { return type == Type::Empty || (type == Type::Text && text.isEmpty()); }
    static Cell ofText(const QString &t)
    {
        Cell c;
        c.type = Type::Text;
        c.text = t;
        return c;
    }
    static Cell ofNumber(double n)
    {
        Cell c;
        c.type = Type::Number;
        c.number = n;
        return c;
    }
    bool operator==(const Cell &o) const
    {
        return type == o.type && text == o.text && number == o.number && boolean == o.boolean
            && date == o.date && dateTime == o.dateTime && format == o.format;
    }
};

using Row = QVector<Cell>; // trailing empty cells are left off

} // namespace Needle
