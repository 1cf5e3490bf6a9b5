#include "import/columnmapping.h"

#include "import/importissue.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QTranslator>

namespace Needle {

namespace {

const char *const layoutNames[] = {"long", "wide", "transposed"};
const char *const roleNames[] = {"ignore", "kpi",    "date",      "value", "owner",
                                 "unit",   "target", "benchmark", "note",  "series"};

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::ColumnMapping", text);
}

struct Synonyms
{
    const char *source;
    const char *comment;
};

// The translatable names of the roles kpi, date, value, owner, unit, target, benchmark, note.
const Synonyms translatedSynonyms[] = {
    QT_TRANSLATE_NOOP3("Needle::ImportHeaders", "kpi|metric|key|name|indicator|measure",
                       "Column names meaning the KPI, separated by |, lower case"),
    QT_TRANSLATE_NOOP3("Needle::ImportHeaders", "date|period|month|week|day|quarter|year",
                       "Column names meaning the date or period, separated by |, lower case"),
    QT_TRANSLATE_NOOP3("Needle::ImportHeaders", "value|actual|amount|result",
                       "Column names meaning the measured value, separated by |, lower case"),
    QT_TRANSLATE_NOOP3("Needle::ImportHeaders", "owner|responsible",
                       "Column names meaning the KPI's owner, separated by |, lower case"),
    QT_TRANSLATE_NOOP3("Needle::ImportHeaders", "unit|units",
                       "Column names meaning the unit, separated by |, lower case"),
    QT_TRANSLATE_NOOP3("Needle::ImportHeaders", "target|goal",
                       "Column names meaning the target, separated by |, lower case"),
    QT_TRANSLATE_NOOP3("Needle::ImportHeaders", "benchmark|baseline",
                       "Column names meaning the benchmark, separated by |, lower case"),
    QT_TRANSLATE_NOOP3("Needle::ImportHeaders", "note|notes|comment",
                       "Column names meaning a note on the value, separated by |, lower case"),
};

// A sheet's headers are in the language of whoever wrote it, not of the interface reading it
// (DESIGN section 5): the names of every translation Needle carries (the .qm files embedded
// under :/i18n), read once and joined by "|".
QString inEveryLanguage(const char *source, const char *comment)
{
    static const QHash<QByteArray, QString> byKey = [] {
        QHash<QByteArray, QString> h;
        const QStringList files =
            QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("needle_*.qm")}, QDir::Files);
        for (const QString &file : files) {
            QTranslator translator;
            if (!translator.load(file, QStringLiteral(":/i18n")))
                continue;
            for (const Synonyms &s : translatedSynonyms) {
                const QString t =
                    translator.translate("Needle::ImportHeaders", s.source, s.comment);
                if (!t.isEmpty())
                    h[QByteArray(s.source)] += QLatin1Char('|') + t;
            }
        }
        return h;
    }();
    Q_UNUSED(comment);
    return byKey.value(QByteArray(source));
}

// English names of each role, then the translated ones: translators give a list separated
// by "|" in their language, so new synonyms need no code.
QStringList synonyms(ColumnRole role)
{
    QString english;
    Synonyms text{nullptr, nullptr};
    switch (role) {
    case ColumnRole::Kpi:
        english = QStringLiteral("kpi|metric|key|name|indicator|measure|kpi key|kpi name|"
                                 "metric name|series");
        text = translatedSynonyms[0];
        break;
    case ColumnRole::Date:
        english = QStringLiteral("date|period|month|week|day|quarter|year|time|timestamp|as of|"
                                 "as-of date|reporting date");
        text = translatedSynonyms[1];
        break;
    case ColumnRole::Value:
        english = QStringLiteral("value|actual|actuals|amount|result|actual value|measurement|"
                                 "measured");
        text = translatedSynonyms[2];
        break;
    case ColumnRole::Owner:
        english = QStringLiteral("owner|responsible|owner name|accountable");
        text = translatedSynonyms[3];
        break;
    case ColumnRole::Unit:
        english = QStringLiteral("unit|units|uom|unit of measure");
        text = translatedSynonyms[4];
        break;
    case ColumnRole::Target:
        english = QStringLiteral("target|goal|objective|target value");
        text = translatedSynonyms[5];
        break;
    case ColumnRole::Benchmark:
        english = QStringLiteral("benchmark|baseline|industry benchmark");
        text = translatedSynonyms[6];
        break;
    case ColumnRole::Note:
        english = QStringLiteral("note|notes|comment|comments|remark|remarks");
        text = translatedSynonyms[7];
        break;
    case ColumnRole::Ignore:
    case ColumnRole::Series:
        break;
    }
    QStringList all = english.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (!text.source)
        return all;
    const QString translated =
        QCoreApplication::translate("Needle::ImportHeaders", text.source, text.comment)
        + QLatin1Char('|') + inEveryLanguage(text.source, text.comment);
    for (const QString &s : translated.split(QLatin1Char('|'), Qt::SkipEmptyParts))
        all << s.trimmed().toLower();
    return all;
}

} // namespace

QString storageName(ImportLayout layout)
{
    return QString::fromLatin1(layoutNames[int(layout)]);
}

QString displayName(ImportLayout layout)
{
    switch (layout) {
    case ImportLayout::Long:
        return QCoreApplication::translate("Needle::ColumnMapping", "Long (one row per value)");
    case ImportLayout::Wide:
        return QCoreApplication::translate("Needle::ColumnMapping", "Wide (one column per KPI)");
    case ImportLayout::Transposed:
        return QCoreApplication::translate("Needle::ColumnMapping", "Transposed (one row per KPI)");
    }
    return QString();
}

bool parse(const QString &name, ImportLayout *out)
{
    for (int i = 0; i < 3; ++i)
        if (name == QLatin1String(layoutNames[i])) {
            *out = ImportLayout(i);
            return true;
        }
    return false;
}

QString storageName(ColumnRole role)
{
    return QString::fromLatin1(roleNames[int(role)]);
}

QString displayName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignore:
        return QCoreApplication::translate("Needle::ColumnMapping", "(ignore)");
    case ColumnRole::Kpi:
        return QCoreApplication::translate("Needle::ColumnMapping", "KPI");
    case ColumnRole::Date:
        return QCoreApplication::translate("Needle::ColumnMapping", "Date");
    case ColumnRole::Value:
        return QCoreApplication::translate("Needle::ColumnMapping", "Value");
    case ColumnRole::Owner:
        return QCoreApplication::translate("Needle::ColumnMapping", "Owner");
    case ColumnRole::Unit:
        return QCoreApplication::translate("Needle::ColumnMapping", "Unit");
    case ColumnRole::Target:
        return QCoreApplication::translate("Needle::ColumnMapping", "Target");
    case ColumnRole::Benchmark:
        return QCoreApplication::translate("Needle::ColumnMapping", "Benchmark");
    case ColumnRole::Note:
        return QCoreApplication::translate("Needle::ColumnMapping", "Note");
    case ColumnRole::Series:
        return QCoreApplication::translate("Needle::ColumnMapping", "Values");
    }
    return QString();
}

bool parse(const QString &name, ColumnRole *out)
{
    for (int i = 0; i < int(std::size(roleNames)); ++i)
        if (name == QLatin1String(roleNames[i])) {
            *out = ColumnRole(i);
            return true;
        }
    return false;
}

ColumnRole roleForHeader(const QString &header)
{
    const QString h = header.simplified().toLower();
    if (h.isEmpty())
        return ColumnRole::Ignore;
    for (ColumnRole role :
         {ColumnRole::Kpi, ColumnRole::Date, ColumnRole::Value, ColumnRole::Owner, ColumnRole::Unit,
          ColumnRole::Target, ColumnRole::Benchmark, ColumnRole::Note})
        if (synonyms(role).contains(h))
            return role;
    return ColumnRole::Ignore;
}

ColumnRole ColumnMapping::role(int column) const
{
    return column >= 0 && column < roles.size() ? roles.at(column) : ColumnRole::Ignore;
}

void ColumnMapping::setRole(int column, ColumnRole role)
{
    if (column < 0)
        return;
    if (column >= roles.size())
        roles.resize(column + 1, ColumnRole::Ignore);
    roles[column] = role;
}

int ColumnMapping::column(ColumnRole role) const
{
    return int(roles.indexOf(role));
}

QVector<int> ColumnMapping::columns(ColumnRole role) const
{
    QVector<int> result;
    for (int i = 0; i < roles.size(); ++i)
        if (roles.at(i) == role)
            result << i;
    return result;
}

QString ColumnMapping::kpiMatchName(const QString &name)
{
    return name.simplified().toLower();
}

std::pair<int, int> ColumnMapping::clash() const
{
    for (int a = 0; a < roles.size(); ++a) {
        const ColumnRole r = roles.at(a);
        if (r == ColumnRole::Ignore)
            continue;
        for (int b = a + 1; b < roles.size(); ++b) {
            if (roles.at(b) != r)
                continue;
            // Two value columns of a wide sheet may share no name: the second would give the
            // same KPI (or period) a second value for every row.
            if (r != ColumnRole::Series
                || (!headers.value(a).trimmed().isEmpty()
                    && kpiMatchName(headers.value(a)) == kpiMatchName(headers.value(b))))
                return {a, b};
        }
    }
    return {-1, -1};
}

bool ColumnMapping::isComplete(QString *errorMessage) const
{
    auto missing = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const auto [first, second] = clash();
    if (first >= 0) {
        const QString a = ImportIssue::columnName(first + 1);
        const QString b = ImportIssue::columnName(second + 1);
        if (role(first) == ColumnRole::Series)
            return missing(
                tr("Columns %1 and %2 are both named \"%3\": rename one in the file or "
                   "set one to %4.")
                    .arg(a, b, headers.value(first).trimmed(), displayName(ColumnRole::Ignore)));
        const QString named =
            kpiMatchName(headers.value(first)) == kpiMatchName(headers.value(second))
            ? tr(" (both named \"%1\")").arg(headers.value(first).trimmed())
            : QString();
        return missing(
            tr("Columns %1 and %2 both mean %3%4: set the one not to import to %5.")
                .arg(a, b, displayName(role(first)), named, displayName(ColumnRole::Ignore)));
    }
    switch (layout) {
    case ImportLayout::Long:
        if (column(ColumnRole::Kpi) < 0)
            return missing(tr("Choose the column that names the KPI."));
        if (column(ColumnRole::Date) < 0)
            return missing(tr("Choose the column that holds the dates."));
        if (column(ColumnRole::Value) < 0)
            return missing(tr("Choose the column that holds the values."));
        return true;
    case ImportLayout::Wide:
        if (column(ColumnRole::Date) < 0)
            return missing(tr("Choose the column that holds the dates."));
        if (column(ColumnRole::Series) < 0)
            return missing(tr("Choose at least one column of KPI values."));
        return true;
    case ImportLayout::Transposed:
        if (column(ColumnRole::Kpi) < 0)
            return missing(tr("Choose the column that names the KPI."));
        if (column(ColumnRole::Series) < 0)
            return missing(tr("Choose at least one column of period values."));
        return true;
    }
    return false;
}

QString ColumnMapping::headerSignature(const QStringList &headers)
{
    QStringList normal;
    for (const QString &h : headers)
        normal << h.simplified().toLower();
    while (!normal.isEmpty() && normal.constLast().isEmpty())
        normal.removeLast();
    return normal.join(QLatin1Char('\t'));
}

QString ColumnMapping::headerSignature() const
{
    return headerSignature(headers);
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray roleArray;
    for (ColumnRole r : roles)
        roleArray.append(storageName(r));
    QJsonObject matches;
    for (auto it = kpiMatches.cbegin(); it != kpiMatches.cend(); ++it)
        matches.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("layout"), storageName(layout)},
                       {QStringLiteral("header_row"), headerRow},
                       {QStringLiteral("roles"), roleArray},
                       {QStringLiteral("headers"), QJsonArray::fromStringList(headers)},
                       {QStringLiteral("kpi_matches"), matches}};
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json)
{
    ColumnMapping m;
    parse(json.value(QStringLiteral("layout")).toString(), &m.layout);
    m.headerRow = qMax(0, json.value(QStringLiteral("header_row")).toInt());
    for (const QJsonValue &v : json.value(QStringLiteral("roles")).toArray()) {
        ColumnRole r = ColumnRole::Ignore;
        parse(v.toString(), &r);
        m.roles << r;
    }
    for (const QJsonValue &v : json.value(QStringLiteral("headers")).toArray())
        m.headers << v.toString();
    const QJsonObject matches = json.value(QStringLiteral("kpi_matches")).toObject();
    for (auto it = matches.constBegin(); it != matches.constEnd(); ++it)
        if (!it.value().toString().isEmpty())
            m.kpiMatches.insert(kpiMatchName(it.key()), it.value().toString());
    m.confidence = 100;
    return m;
}

} // namespace Needle
