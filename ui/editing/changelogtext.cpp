#include "editing/changelogtext.h"

#include "domain/datetext.h"

#include "domain/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

namespace Needle::ChangeLogText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::ChangeLogText", text);
}

struct Label
{
    const char *entity; // nullptr: any
    const char *field;
    const char *text;
};

// Record fields as core/workspace/recordfields.cpp writes them, in the dialogs' words.
const Label labels[] = {
    {"kpi", "key", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Key")},
    {"kpi", "name", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Name")},
    {"kpi", "description", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Description")},
    {"kpi", "category", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Category")},
    {"kpi", "indicator", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Leading or lagging")},
    {"kpi", "unit", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Unit")},
    {"kpi", "currency", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Currency")},
    {"kpi", "direction", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Direction")},
    {"kpi", "cadence", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Cadence")},
    {"kpi", "aggregation", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Aggregation")},
    {"kpi", "decimals", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Decimals")},
    {"kpi", "formula", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Formula")},
    {"kpi", "source_note", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Data source")},
    {"kpi", "tags", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Tags")},
    {"kpi", "omtm", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "One metric that matters")},
    {"kpi", "archived", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Archived")},
    {"kpi", "sensitivity", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Anomaly sensitivity")},
    {"target", "value", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Target value")},
    {"target", "low", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Band from")},
    {"target", "high", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Band to")},
    {"target", "effective_from", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Effective from")},
    {"target", "deadline", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Deadline")},
    {"target", "tolerance", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Tolerance")},
    {"benchmark", "label", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Label")},
    {"benchmark", "value", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Benchmark value")},
    {"benchmark", "as_of", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "As of")},
    {"value", "date", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Date")},
    {"value", "value", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Value")},
    {"note", "kind", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Kind")},
    {"note", "text", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Text")},
    {"note", "due_date", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Due date")},
    {"note", "done", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Done")},
    {"owner", "name", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Name")},
    {"owner", "email", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Email")},
    {"owner", "team", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Team")},
    {"verdict", "verdict", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Verdict")},
    {"verdict", "explanation", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Explanation")},
    {nullptr, "owner_id", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Owner")},
    {nullptr, "period", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Period")},
    {nullptr, "source", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Source")},
    {nullptr, "note", QT_TRANSLATE_NOOP("Needle::ChangeLogText", "Note")},
};

template <typename Enum>
QString enumText(const QString &stored)
{
    Enum e;
    return parse(stored, &e) ? displayName(e) : stored;
}

bool isDateField(const QString &field)
{
    static const QStringList dates = {QStringLiteral("effective_from"), QStringLiteral("deadline"),
                                      QStringLiteral("as_of"),          QStringLiteral("date"),
                                      QStringLiteral("due_date"),       QStringLiteral("period")};
    return dates.contains(field);
}

bool isNumberField(const QString &entity, const QString &field)
{
    if (field == QLatin1String("value"))
        return entity != QLatin1String("note");
    return field == QLatin1String("low") || field == QLatin1String("high")
        || field == QLatin1String("tolerance");
}

} // namespace

QString field(const QString &entity, const QString &name)
{
    const QByteArray e = entity.toLatin1(), f = name.toLatin1();
    for (const Label &l : labels)
        if ((!l.entity || e == l.entity) && f == l.field)
            return tr(l.text);
    return name;
}

QString value(const QString &entity, const QString &field, const QString &stored,
              const QHash<qint64, QString> &owners, const QLocale &locale)
{
    if (stored.isEmpty())
        return stored;
    if (field == QLatin1String("owner_id")) {
        const qint64 id = stored.toLongLong();
        if (id <= 0)
            return tr("No owner");
        return owners.value(id, stored);
    }
    if (field == QLatin1String("omtm") || field == QLatin1String("archived")
        || field == QLatin1String("done")) {
        if (stored == QLatin1String("true") || stored == QLatin1String("1"))
            return tr("Yes");
        if (stored == QLatin1String("false") || stored == QLatin1String("0"))
            return tr("No");
        return stored;
    }
    if (field == QLatin1String("category"))
        return enumText<Category>(stored);
    if (field == QLatin1String("indicator"))
        return enumText<Indicator>(stored);
    if (field == QLatin1String("unit"))
        return enumText<Unit>(stored);
    if (field == QLatin1String("direction"))
        return enumText<Direction>(stored);
    if (field == QLatin1String("cadence"))
        return enumText<Cadence>(stored);
    if (field == QLatin1String("aggregation"))
        return enumText<Aggregation>(stored);
    if (field == QLatin1String("sensitivity"))
        return enumText<Sensitivity>(stored);
    if (entity == QLatin1String("note") && field == QLatin1String("kind"))
        return enumText<NoteKind>(stored);
    if (entity == QLatin1String("verdict") && field == QLatin1String("verdict"))
        return enumText<Verdict>(stored);
    if (isDateField(field)) {
        const QDate d = QDate::fromString(stored, Qt::ISODate);
        return d.isValid() ? DateText::day(d, locale) : stored;
    }
    if (entity == QLatin1String("target") && field == QLatin1String("tolerance")) {
        bool ok = false; // stored as a fraction, entered and shown in percent
        const double v = stored.toDouble(&ok);
        return ok ? tr("%1 %").arg(locale.toString(v * 100, 'g', 12)) : stored;
    }
    if (isNumberField(entity, field)) {
        bool ok = false;
        const double v = stored.toDouble(&ok);
        return ok ? locale.toString(v, 'g', QLocale::FloatingPointShortest) : stored;
    }
    return stored;
}

QString record(const QString &entity, const QString &json, const QHash<qint64, QString> &owners,
               const QLocale &locale)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return json;
    QStringList parts;
    const QVariantMap fields = doc.object().toVariantMap();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QVariant &v = it.value();
        if (v.isNull())
            continue;
        const QString stored = v.typeId() == QMetaType::Bool
            ? QString::fromLatin1(v.toBool() ? "true" : "false")
            : v.toString();
        const QString text = value(entity, it.key(), stored, owners, locale);
        // Leave out what says nothing: empty text, no owner, "no" flags, zero decimals.
        if (text.isEmpty() || (it.key() == QLatin1String("owner_id") && stored.toLongLong() <= 0)
            || (v.typeId() == QMetaType::Bool && !v.toBool()))
            continue;
        parts << tr("%1: %2").arg(field(entity, it.key()), text);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace Needle::ChangeLogText
