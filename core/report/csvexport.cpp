#include "report/csvexport.h"

#include "io/outputfile.h"
#include "workspace/recordfields.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QSaveFile>

namespace Needle::CsvExport {

namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

QString quoted(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString protectText(const QString &text)
{
    if (text.isEmpty())
        return text;
    static const QString dangerous = QStringLiteral("=+-@\t\r\n");
    return dangerous.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QString field(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    if (isNumber(value))
        return shortestNumber(value.toDouble());
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return quoted(protectText(value.toString()));
}

bool writeModel(const QAbstractItemModel &model, QIODevice *device, QString *errorMessage)
{
    QString out;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << field(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out += header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant edit = index.data(Qt::EditRole);
            row << field(isNumber(edit) ? edit : index.data(Qt::DisplayRole));
        }
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    const QByteArray bytes = out.toUtf8();
    if (device->write(bytes) != bytes.size()) {
        if (errorMessage)
            *errorMessage = device->errorString();
        return false;
    }
    return true;
}

bool saveModel(const QAbstractItemModel &model, const QString &path, QString *errorMessage)
{
    if (!OutputFile::check(path, {}, errorMessage))
        return false; // never over a workspace, a device or a folder
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !writeModel(model, &file, &error) || !file.commit()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("Needle::CsvExport", "Cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(path),
                                     error.isEmpty() ? file.errorString() : error);
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace Needle::CsvExport
