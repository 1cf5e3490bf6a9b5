#include "import/kpiguess.h"

#include "import/importer.h"
#include "import/valueparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace Needle {

namespace {

int decimalsNeeded(double value)
{
    double scaled = std::fabs(value);
    for (int d = 0; d < CellEvidence::ManyDecimals; ++d, scaled *= 10)
        if (std::fabs(scaled - std::round(scaled)) <= 1e-9 * std::max(1.0, scaled))
            return d;
    return CellEvidence::ManyDecimals;
}

// "0.00", "#,##0.0 [$€-407]": the zeros and hashes after the decimal point.
int formatDecimals(const QString &code)
{
    const int point = int(code.indexOf(QLatin1Char('.')));
    if (point < 0)
        return code.contains(QLatin1Char('0')) ? 0 : -1;
    int n = 0;
    for (int i = point + 1; i < code.size() && (code.at(i) == u'0' || code.at(i) == u'#'); ++i)
        ++n;
    return n;
}

// The decimals a number is written with: "1,200.50" and "12,5 %" say 2 and 1; "1,200" says
// nothing (three digits after the only separator are thousands as often as decimals).
int writtenDecimals(const QString &text)
{
    const int point =
        int(std::max(text.lastIndexOf(QLatin1Char('.')), text.lastIndexOf(QLatin1Char(','))));
    if (point < 0)
        return 0;
    int digits = 0;
    for (int i = point + 1; i < text.size() && text.at(i).isDigit(); ++i)
        ++digits;
    const bool both = text.contains(QLatin1Char('.')) && text.contains(QLatin1Char(','));
    return digits == 3 && !both ? 0 : std::min(digits, int(CellEvidence::ManyDecimals));
}

// The words of a name that say what it measures, lower case: "Churn %" -> {churn};
// "CSAT score" -> {csat}; "Monthly active users (MAU)" -> {monthly, active, users, mau}.
QStringList words(const QString &name)
{
    static const QSet<QString> filler = {
        QStringLiteral("rate"),   QStringLiteral("percent"), QStringLiteral("pct"),
        QStringLiteral("score"),  QStringLiteral("the"),     QStringLiteral("of"),
        QStringLiteral("number"), QStringLiteral("count"),   QStringLiteral("total"),
        QStringLiteral("kpi"),    QStringLiteral("in"),      QStringLiteral("per")};
    QStringList result;
    static const QRegularExpression separators(QStringLiteral("[^\\w]+|_"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &w : name.toLower().split(separators, Qt::SkipEmptyParts))
        if (!filler.contains(w) && !result.contains(w))
            result << w;
    return result;
}

QString joined(QStringList w)
{
    std::sort(w.begin(), w.end());
    return w.join(QLatin1Char(' '));
}

// Other names people give the library's KPIs, by key (English; the library's own names are
// matched in the interface language as well).
const QHash<QString, QStringList> &aliases()
{
    static const QHash<QString, QStringList> a = {
        {QStringLiteral("customer_churn"),
         {QStringLiteral("churn"), QStringLiteral("logo churn"), QStringLiteral("monthly churn")}},
        {QStringLiteral("revenue_churn"), {QStringLiteral("mrr churn")}},
        {QStringLiteral("csat"), {QStringLiteral("customer satisfaction")}},
        {QStringLiteral("cltv"),
         {QStringLiteral("ltv"), QStringLiteral("clv"), QStringLiteral("lifetime value")}},
        {QStringLiteral("cac"), {QStringLiteral("acquisition cost")}},
        {QStringLiteral("conversion_rate"),
         {QStringLiteral("conversion"), QStringLiteral("trial conversion")}},
        {QStringLiteral("activation_rate"), {QStringLiteral("activation")}},
        {QStringLiteral("retention"), {QStringLiteral("customer retention")}},
        {QStringLiteral("signups"),
         {QStringLiteral("sign ups"), QStringLiteral("registrations"),
          QStringLiteral("new signups")}},
        {QStringLiteral("gross_margin"), {QStringLiteral("margin")}},
    };
    return a;
}

// Every way of writing an entry, as sorted word lists: its key, its name, the abbreviation in
// its name's parentheses, the aliases.
QStringList spellings(const LibraryEntry &e)
{
    QStringList result;
    result << joined(words(QString(e.kpi.key).replace(QLatin1Char('_'), QLatin1Char(' '))));
    result << joined(words(e.kpi.name));
    static const QRegularExpression inParentheses(QStringLiteral("^(.*)\\(([^)]*)\\)\\s*$"));
    const QRegularExpressionMatch m = inParentheses.match(e.kpi.name);
    if (m.hasMatch()) {
        result << joined(words(m.captured(1))) << joined(words(m.captured(2)));
    }
    for (const QString &alias : aliases().value(e.kpi.key))
        result << joined(words(alias));
    result.removeAll(QString());
    return result;
}

} // namespace

void CellEvidence::note(const Cell &cell, double value)
{
    if (full())
        return;
    ++cells;
    valueDecimals = std::max(valueDecimals, decimalsNeeded(value));
    if (cell.type == Cell::Type::Number) {
        if (cell.format == QLatin1String("percent")) {
            ++percent;
        } else if (cell.format.startsWith(QLatin1String("currency"))) {
            ++currency;
            if (currencyCode.isEmpty())
                currencyCode = cell.format.section(QLatin1Char(':'), 1);
        } else if (!cell.format.isEmpty() && formatDecimals < 0) {
            formatDecimals = Needle::formatDecimals(cell.format);
        }
        return;
    }
    if (cell.type != Cell::Type::Text)
        return;
    ValueParser::NumberDetail detail;
    QString error;
    if (!ValueParser::parseNumber(cell.text, ValueParser::NumberLocale::DecimalPoint, &error,
                                  &detail)
        && !ValueParser::parseNumber(cell.text, ValueParser::NumberLocale::DecimalComma, &error,
                                     &detail))
        return;
    valueDecimals = std::max(valueDecimals, writtenDecimals(cell.text));
    if (detail.percent)
        ++percent;
    if (!detail.currency.isEmpty()) {
        ++currency;
        if (currencyCode.isEmpty())
            currencyCode = detail.currency;
    }
}

namespace KpiGuess {

std::optional<LibraryEntry> libraryMatch(const QString &name)
{
    const QStringList w = words(name);
    if (w.isEmpty())
        return std::nullopt;
    const QString wanted = joined(w);
    // Without a leading cadence word too: "Monthly churn" is a churn.
    QStringList bare = w;
    for (const char *cadence : {"daily", "weekly", "monthly", "quarterly", "yearly", "annual"})
        bare.removeAll(QLatin1String(cadence));
    const QString wantedBare = joined(bare);
    const QVector<LibraryEntry> entries = KpiLibrary::entries();
    for (const QString &target : {wanted, wantedBare}) {
        if (target.isEmpty())
            continue;
        for (const LibraryEntry &e : entries)
            if (spellings(e).contains(target))
                return e;
    }
    return std::nullopt;
}

bool lowerIsBetterByName(const QString &name)
{
    static const QSet<QString> lower = {
        QStringLiteral("churn"),      QStringLiteral("cost"),      QStringLiteral("costs"),
        QStringLiteral("cac"),        QStringLiteral("latency"),   QStringLiteral("downtime"),
        QStringLiteral("error"),      QStringLiteral("errors"),    QStringLiteral("defect"),
        QStringLiteral("defects"),    QStringLiteral("bug"),       QStringLiteral("bugs"),
        QStringLiteral("incident"),   QStringLiteral("incidents"), QStringLiteral("complaint"),
        QStringLiteral("complaints"), QStringLiteral("bounce"),    QStringLiteral("refund"),
        QStringLiteral("refunds"),    QStringLiteral("backlog"),   QStringLiteral("outage"),
        QStringLiteral("outages"),    QStringLiteral("attrition"), QStringLiteral("turnover"),
        QStringLiteral("expenses"),   QStringLiteral("spend"),     QStringLiteral("burn")};
    static const QStringList phrases = {
        QStringLiteral("response time"), QStringLiteral("resolution time"),
        QStringLiteral("lead time"),     QStringLiteral("cycle time"),
        QStringLiteral("wait time"),     QStringLiteral("handle time"),
        QStringLiteral("time to")};
    const QString lowerName = name.simplified().toLower();
    for (const QString &p : phrases)
        if (lowerName.contains(p))
            return true;
    const QStringList w = words(name);
    return std::any_of(w.cbegin(), w.cend(), [](const QString &x) { return lower.contains(x); });
}

void guess(NewKpi *kpi, const CellEvidence &cells, bool unitFromColumn)
{
    const std::optional<LibraryEntry> library = libraryMatch(kpi->name);
    if (!unitFromColumn) {
        if (cells.cells > 0 && cells.percent * 2 > cells.cells) {
            kpi->unit = Unit::Percent;
        } else if (cells.cells > 0 && cells.currency * 2 > cells.cells) {
            kpi->unit = Unit::Currency;
            kpi->currency = cells.currencyCode;
        } else if (library) {
            kpi->unit = library->kpi.unit;
            kpi->currency = library->kpi.currency;
        }
    }
    if (kpi->unit == Unit::Currency && kpi->currency.isEmpty())
        kpi->currency = library && !library->kpi.currency.isEmpty() ? library->kpi.currency
                                                                    : QStringLiteral("EUR");
    if (cells.formatDecimals >= 0)
        kpi->decimals = std::min(cells.formatDecimals, 4);
    else if (cells.valueDecimals <= 4)
        kpi->decimals = cells.valueDecimals;
    else
        kpi->decimals = library ? library->kpi.decimals : 2;
    kpi->direction = library             ? library->kpi.direction
        : lowerIsBetterByName(kpi->name) ? Direction::LowerIsBetter
                                         : Direction::HigherIsBetter;
    if (library) {
        kpi->libraryKey = library->kpi.key;
        kpi->libraryName = library->kpi.name;
        kpi->category = library->kpi.category;
        kpi->indicator = library->kpi.indicator;
        kpi->aggregation = library->kpi.aggregation;
        kpi->description = library->kpi.description;
    }
}

} // namespace KpiGuess

} // namespace Needle
