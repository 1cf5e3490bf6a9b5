#include "cli/jsonwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>

namespace Needle::JsonWriter {

namespace {

// One order for every documented object: each object's documented fields appear here in
// their documented relative order (inspect, import, undo-import, check and its anomalies).
const QHash<QString, int> &ranks()
{
    static const QHash<QString, int> table = [] {
        const QStringList order = {
            QStringLiteral("format"),       QStringLiteral("sheets"),
            QStringLiteral("as_of"),        QStringLiteral("batch"),
            QStringLiteral("rows_read"),    QStringLiteral("values_written"),
            QStringLiteral("unchanged"),    QStringLiteral("values_undone"),
            QStringLiteral("values_kept"),  QStringLiteral("kpis_created"),
            QStringLiteral("kpis_removed"), QStringLiteral("key"),
            QStringLiteral("name"),         QStringLiteral("state"),
            QStringLiteral("rows"),         QStringLiteral("status"),
            QStringLiteral("latest"),       QStringLiteral("target"),
            QStringLiteral("benchmarks"),   QStringLiteral("trend"),
            QStringLiteral("forecast"),     QStringLiteral("stale"),
            QStringLiteral("anomalies"),    QStringLiteral("period"),
            QStringLiteral("value"),        QStringLiteral("expected"),
            QStringLiteral("low"),          QStringLiteral("high"),
            QStringLiteral("score"),        QStringLiteral("direction"),
            QStringLiteral("severity"),     QStringLiteral("file"),
            QStringLiteral("sheet"),        QStringLiteral("row"),
            QStringLiteral("column"),       QStringLiteral("message"),
            QStringLiteral("reason"),       QStringLiteral("verdict"),
            QStringLiteral("issues"),       QStringLiteral("kpis"),
            QStringLiteral("imports"),
        };
        QHash<QString, int> h;
        for (int i = 0; i < order.size(); ++i)
            h.insert(order.at(i), i);
        return h;
    }();
    return table;
}

QByteArray scalar(const QJsonValue &v)
{
    // Through a one-element array, so numbers and strings read exactly as QJsonDocument writes
    // them.
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

void writeValue(QByteArray &out, const QJsonValue &v, Style style, int depth)
{
    const bool indented = style == Style::Indented;
    auto newline = [&](int level) {
        if (indented) {
            out += '\n';
            out += QByteArray(4 * level, ' ');
        }
    };
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            newline(depth + 1);
            writeValue(out, a.at(i), style, depth + 1);
        }
        if (!a.isEmpty())
            newline(depth);
        out += ']';
        return;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        const QHash<QString, int> &rank = ranks();
        std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            const int ra = rank.value(a, INT_MAX), rb = rank.value(b, INT_MAX);
            return ra != rb ? ra < rb : a < b;
        });
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out += ',';
            newline(depth + 1);
            out += scalar(keys.at(i));
            out += indented ? ": " : ":";
            writeValue(out, o.value(keys.at(i)), style, depth + 1);
        }
        if (!keys.isEmpty())
            newline(depth);
        out += '}';
        return;
    }
    out += scalar(v);
}

} // namespace

QByteArray write(const QJsonValue &value, Style style)
{
    QByteArray out;
    writeValue(out, value, style, 0);
    out += '\n';
    return out;
}

QByteArray writeNested(const QJsonValue &value, int depth)
{
    QByteArray out;
    writeValue(out, value, Style::Indented, depth);
    return out;
}

QByteArray key(const QString &name)
{
    return scalar(name);
}

} // namespace Needle::JsonWriter
