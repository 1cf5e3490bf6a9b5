#include "domain/kpi.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Needle {

bool Kpi::operator==(const Kpi &o) const
{
    return id == o.id && key == o.key && name == o.name && description == o.description
        && category == o.category && indicator == o.indicator && unit == o.unit
        && currency == o.currency && direction == o.direction && cadence == o.cadence
        && aggregation == o.aggregation && decimals == o.decimals && formula == o.formula
        && ownerId == o.ownerId && sourceNote == o.sourceNote && tags == o.tags && omtm == o.omtm
        && archived == o.archived && sensitivity == o.sensitivity;
}

bool Kpi::isValidKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return re.match(key).hasMatch();
}

QString Kpi::keyFromName(const QString &name)
{
    QString key;
    bool lastUnderscore = true;
    const QString folded = name.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar c : folded) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            key += c;
            lastUnderscore = false;
        } else if (c.isLetterOrNumber() || c.isSpace() || c.isPunct() || c.isSymbol()) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue;
            if (!lastUnderscore) {
                key += QLatin1Char('_');
                lastUnderscore = true;
            }
        }
    }
    while (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    if (key.isEmpty() || !(key.at(0) >= QLatin1Char('a') && key.at(0) <= QLatin1Char('z')))
        key.prepend(QStringLiteral("kpi_"));
    return key.left(64);
}

bool Kpi::validate(QString *errorMessage) const
{
    auto fail = [errorMessage](const QString &m) {
        if (errorMessage)
            *errorMessage = m;
        return false;
    };
    if (!isValidKey(key))
        return fail(QCoreApplication::translate(
                        "Needle::Kpi",
                        "The key \"%1\" is not valid: use lower-case letters, digits and "
                        "underscores, starting with a letter.")
                        .arg(key));
    if (name.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Needle::Kpi", "A KPI needs a name."));
    if (decimals < 0 || decimals > 6)
        return fail(
            QCoreApplication::translate("Needle::Kpi", "Decimals must be between 0 and 6."));
    if (unit == Unit::Currency
        && !QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(currency).hasMatch())
        return fail(QCoreApplication::translate(
            "Needle::Kpi", "A currency KPI needs a three-letter currency code such as EUR."));
    return true;
}

} // namespace Needle
