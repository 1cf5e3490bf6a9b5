#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace Needle::JsonWriter {

// QJsonObject keeps its keys sorted, but DESIGN section 5 and issues 3 and 4 give the order of
// the fields scripts read ({"batch", "rows_read", ...}, {"key", "name", "status", ...}). This
// writes a value with the fields of every object in that documented order, then any further
// fields alphabetically. Scalars are written exactly as QJsonDocument writes them.
enum class Style { Compact, Indented };

QByteArray write(const QJsonValue &value, Style style = Style::Indented);

} // namespace Needle::JsonWriter
