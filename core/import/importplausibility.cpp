#include "import/importplanner.h"

#include "storage/bulkvalues.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace Needle {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Needle::ImportPlanner", text, comment, n);
}

// The median of the magnitudes that are not zero; 0 when there are none.
double typical(QVector<double> v)
{
    v.erase(std::remove(v.begin(), v.end(), 0.0), v.end());
    if (v.isEmpty())
        return 0;
    for (double &x : v)
        x = std::fabs(x);
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v.at(v.size() / 2);
}

QString number(double v)
{
    return std::fabs(v) >= 100 ? QLocale().toString(std::round(v), 'f', 0)
                               : QLocale().toString(v, 'g', 3);
}

// Ten times apart or more: a different scale (1-5 instead of percent, a fraction instead of a
// percentage, thousands instead of units), not a change in the business.
constexpr double Jump = 10;
// Days looked back for stored values to compare with.
constexpr int History = 3 * 366;

} // namespace

void ImportPlanner::checkPlausibility()
{
    const QVector<ImportPlanData::Value> &values = m_data->values;
    for (int start = 0; start < values.size();) {
        int end = start;
        while (end < values.size() && values.at(end).kpi == values.at(start).kpi)
            ++end;
        const ImportPlanData::KpiEntry &k = m_data->kpis.at(values.at(start).kpi);
        if (k.id > 0) {
            for (const Kpi &kpi : std::as_const(m_existing))
                if (kpi.id == k.id)
                    checkKpi(k, kpi, start, end);
        }
        start = end;
    }
}

void ImportPlanner::checkKpi(const ImportPlanData::KpiEntry &k, const Kpi &kpi, int start, int end)
{
    const QVector<ImportPlanData::Value> &values = m_data->values;
    // Reported at the first value of the KPI in the file: the preview marks that cell.
    const ImportPlanData::Value *first = &values.at(start);
    QVector<double> incoming;
    for (int i = start; i < end; ++i) {
        incoming << values.at(i).value;
        if (values.at(i).row < first->row)
            first = &values.at(i);
    }
    const auto warn = [&](const QString &message) { warning(first->row, first->column, message); };

    BulkValues store(m_db);
    QVector<BulkValues::Stored> stored;
    QString error;
    if (store.read(k.id, values.at(start).day - History, values.at(end - 1).day, &stored, &error)) {
        QVector<double> old;
        for (const BulkValues::Stored &s : std::as_const(stored))
            old << s.value;
        const double before = typical(old);
        const double now = typical(incoming);
        if (before > 0 && now > 0 && (now / before >= Jump || before / now >= Jump)) {
            const double ratio = now > before ? now / before : before / now;
            warn((now > before
                      ? tr("The values for %1 in the file (typically %2) are about %3 times "
                           "larger than those stored (typically %4). Is it the right column, "
                           "in the right unit?")
                      : tr("The values for %1 in the file (typically %2) are about %3 times "
                           "smaller than those stored (typically %4). Is it the right column, "
                           "in the right unit?"))
                     .arg(kpi.name, number(now), number(std::round(ratio)), number(before)));
        }
    }

    const CellEvidence &cells = k.cells;
    if (cells.cells > 0 && cells.percent * 2 > cells.cells && kpi.unit != Unit::Percent)
        warn(tr("The cells for %1 are percentages, but %1 is measured as %2.")
                 .arg(kpi.name, displayName(kpi.unit)));
    else if (cells.cells > 0 && cells.currency * 2 > cells.cells
             && (kpi.unit != Unit::Currency
                 || (!cells.currencyCode.isEmpty() && cells.currencyCode != kpi.currency)))
        warn(tr("The cells for %1 are amounts in %2, but %1 is measured as %3.")
                 .arg(kpi.name,
                      cells.currencyCode.isEmpty() ? tr("a currency") : cells.currencyCode,
                      kpi.unit == Unit::Currency ? kpi.currency : displayName(kpi.unit)));

    if (end - start >= 3) {
        QVector<qint32> gaps;
        for (int i = start + 1; i < end; ++i)
            gaps << values.at(i).day - values.at(i - 1).day;
        std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
        const qint32 gap = gaps.at(gaps.size() / 2);
        const Cadence spacing = cadenceFromGap(gap);
        if (spacing < kpi.cadence)
            warn(tr("The dates for %1 in the file are about %n day(s) apart, but its cadence is "
                    "%2: the values within one period are combined (%3).",
                    nullptr, int(gap))
                     .arg(kpi.name, displayName(kpi.cadence), displayName(kpi.aggregation)));
        else if (spacing > kpi.cadence)
            warn(tr("The dates for %1 in the file are about %n day(s) apart, but its cadence is "
                    "%2: the periods between them stay empty.",
                    nullptr, int(gap))
                     .arg(kpi.name, displayName(kpi.cadence)));
    }
}

} // namespace Needle
