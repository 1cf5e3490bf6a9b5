#pragma once

#include <QHash>
#include <QLocale>
#include <QString>

namespace Needle::ChangeLogText {

// The change log stores records as they are kept (field "owner_id", value "lower_is_better");
// these put them in the words the dialogs use ("Owner", "Lower is better").

// "Effective from" for ("target", "effective_from"); an unknown field comes back as it is.
QString field(const QString &entity, const QString &field);
// A stored value in words: enum names translated, yes/no, owner ids as names, ISO dates in the
// locale's short format, numbers in its format.
QString value(const QString &entity, const QString &field, const QString &stored,
              const QHash<qint64, QString> &owners, const QLocale &locale);
// A whole record (created or deleted, stored as JSON) as "Field: value; ..." without empty ones.
QString record(const QString &entity, const QString &json, const QHash<qint64, QString> &owners,
               const QLocale &locale);

} // namespace Needle::ChangeLogText
