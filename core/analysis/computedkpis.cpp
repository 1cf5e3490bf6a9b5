#include "analysis/formula.h"
#include "analysis/kpianalysis.h"
#include "analysis/sentences.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <functional>

namespace Needle {

namespace {

// lupdate files the tr() calls of PointSource under its name.
QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::PointSource", text);
}

// Rolled-up points of every KPI at a granularity, computed KPIs evaluated per period from the
// KPIs they use (each rolled up with its own aggregation).
class PointSource
{
public:
    PointSource(const QVector<KpiInput> &inputs, const QDate &asOf) : m_asOf(asOf)
    {
        for (const KpiInput &in : inputs) {
            m_byKey.insert(in.kpi.key, &in);
            m_kpis << in.kpi;
        }
    }

    // Points of `key` at g; false with a message when a formula cannot be evaluated at all.
    bool points(const QString &key, Granularity g, QVector<RolledPoint> *out, QString *error)
    {
        const QString cacheKey = key + QLatin1Char('/') + QString::number(int(g));
        if (m_cache.contains(cacheKey)) {
            *out = m_cache.value(cacheKey);
            *error = m_errors.value(cacheKey);
            return m_errors.value(cacheKey).isEmpty() || !out->isEmpty();
        }
        const KpiInput *in = m_byKey.value(key);
        if (!in) {
            *error = tr("The formula refers to %1, which is not a KPI key.").arg(key);
            return false;
        }
        QString err;
        QVector<RolledPoint> result;
        if (!in->kpi.isComputed()) {
            result = rollUp(in->series, g, in->kpi.aggregation, m_asOf);
        } else if (Formula::checkDefinitions(m_kpis, key, &err)) {
            result = evaluate(in->kpi, g, &err);
        }
        m_cache.insert(cacheKey, result);
        m_errors.insert(cacheKey, err);
        *out = result;
        *error = err;
        return err.isEmpty() || !result.isEmpty();
    }

private:
    QVector<RolledPoint> evaluate(const Kpi &kpi, Granularity g, QString *error)
    {
        QStringList refs;
        if (!Formula::referencedKeys(kpi.formula, &refs, error))
            return {};
        // Periods where every referenced KPI has a value.
        QMap<QDate, QHash<QString, double>> values;
        QMap<QDate, bool> partial;
        for (int r = 0; r < refs.size(); ++r) {
            QVector<RolledPoint> pts;
            QString refError;
            if (!points(refs.at(r), g, &pts, &refError)) {
                *error = tr("%1 cannot be computed: %2").arg(refs.at(r), refError);
                return {};
            }
            for (const RolledPoint &p : pts) {
                if (r > 0 && !values.contains(p.period))
                    continue;
                values[p.period].insert(refs.at(r), p.value);
                partial[p.period] = partial.value(p.period) || p.partial;
            }
        }
        QVector<RolledPoint> out;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.value().size() != refs.size())
                continue;
            double v = 0;
            QString err;
            if (!Formula::evaluate(kpi.formula, it.value(), &v, &err)) {
                // The latest failing period is the one a person needs to hear about.
                *error = tr("%1 in the period of %2.")
                             .arg(err.chopped(err.endsWith(QLatin1Char('.')) ? 1 : 0),
                                  it.key().toString(Qt::ISODate));
                continue;
            }
            RolledPoint p;
            p.period = it.key();
            p.value = v;
            p.count = 1;
            p.partial = partial.value(it.key());
            out << p;
        }
        return out;
    }

    QDate m_asOf;
    QHash<QString, const KpiInput *> m_byKey;
    QVector<Kpi> m_kpis;
    QHash<QString, QVector<RolledPoint>> m_cache;
    QHash<QString, QString> m_errors;
};

} // namespace

QVector<KpiAnalysis> analyzeKpis(const QVector<KpiInput> &inputs, const AnalysisOptions &options)
{
    AnalysisOptions o = options;
    if (!o.asOf.isValid())
        o.asOf = QDate::currentDate();
    PointSource source(inputs, o.asOf);
    QVector<KpiAnalysis> out;
    out.reserve(inputs.size());
    for (const KpiInput &in : inputs) {
        if (!in.kpi.isComputed()) {
            out << analyzeKpi(in, o);
            continue;
        }
        QVector<RolledPoint> pts;
        QString error;
        source.points(in.kpi.key, granularityOf(in.kpi.cadence), &pts, &error);
        KpiAnalysis a = analyzePoints(in, pts, o);
        if (!error.isEmpty()) {
            a.error = error;
            a.statusSentence = Sentences::status(in.kpi, a, o.locale);
        }
        out << a;
    }
    return out;
}

} // namespace Needle
