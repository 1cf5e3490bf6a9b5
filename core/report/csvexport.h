#pragma once

#include <QString>
#include <QVariant>

class QAbstractItemModel;
class QIODevice;

namespace Needle::CsvExport {

// CSV for people who open it in a spreadsheet. Text that a spreadsheet would run as a formula
// (it begins with =, +, -, @, a tab, CR or LF) gets a leading apostrophe; numbers never do, so a
// negative value stays a number. Fields holding a comma, quote or line break are quoted.

QString protectText(const QString &text);
// One field: numbers in the shortest form that reads back to the same double, dates in ISO
// form, everything else as protected text.
QString field(const QVariant &value);
// The model's header and rows (the view's order, e.g. through a filter proxy). A cell is the
// number of its edit role when that is a number, else its display text.
bool writeModel(const QAbstractItemModel &model, QIODevice *device, QString *errorMessage);
// Written through QSaveFile: a failure leaves the old file (or none) in place.
bool saveModel(const QAbstractItemModel &model, const QString &path, QString *errorMessage);

} // namespace Needle::CsvExport
