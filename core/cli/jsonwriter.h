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
// One value as it appears nested `depth` levels deep in an indented document (no line end):
// for documents written piece by piece, so that a long list is never held whole.
QByteArray writeNested(const QJsonValue &value, int depth);
// A key as JSON text, quoted and escaped.
QByteArray key(const QString &name);

} // namespace Needle::JsonWriter
