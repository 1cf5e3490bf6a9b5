#include "analysis/formula.h"

#include <QCoreApplication>
#include <QSet>
#include <functional>
#include <memory>
#include <cmath>
#include <muParser.h>

namespace Needle::Formula {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::Formula", text);
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

QString syntaxError(const mu::Parser::exception_type &e)
{
    return tr("The formula is not valid at position %1: %2")
        .arg(int(e.GetPos()) + 1)
        .arg(QString::fromStdString(e.GetMsg()));
}

// muParser asks for storage for every variable it meets; keep it alive for the parse.
double *collectVariable(const char *, void *userData)
{
    auto *storage = static_cast<std::vector<std::unique_ptr<double>> *>(userData);
    storage->push_back(std::make_unique<double>(1.0));
    return storage->back().get();
}

} // namespace

bool referencedKeys(const QString &formula, QStringList *keys, QString *errorMessage)
{
    keys->clear();
    if (formula.trimmed().isEmpty())
        return fail(errorMessage, tr("The formula is empty."));
    std::vector<std::unique_ptr<double>> storage;
    try {
        mu::Parser parser;
        parser.SetVarFactory(collectVariable, &storage);
        parser.SetExpr(formula.toStdString());
        parser.Eval(); // parses; the values are placeholders
        for (const auto &used : parser.GetUsedVar())
            keys->append(QString::fromStdString(used.first));
    } catch (const mu::Parser::exception_type &e) {
        return fail(errorMessage, syntaxError(e));
    }
    return true;
}

bool checkDefinitions(const QVector<Kpi> &kpis, const QString &key, QString *errorMessage)
{
    QHash<QString, QString> formulas; // key -> formula ("" when measured)
    for (const Kpi &k : kpis)
        formulas.insert(k.key, k.formula.trimmed());
    if (!formulas.contains(key))
        return fail(errorMessage, tr("Unknown KPI %1.").arg(key));

    QStringList refs;
    if (!referencedKeys(formulas.value(key), &refs, errorMessage))
        return false;
    for (const QString &ref : refs) {
        if (ref == key)
            return fail(errorMessage, tr("The formula of %1 refers to itself.").arg(key));
        if (!formulas.contains(ref))
            return fail(errorMessage,
                        tr("The formula refers to %1, which is not a KPI key.").arg(ref));
    }

    // Depth-first search for a path back to the key through other computed KPIs.
    QStringList path{key};
    QSet<QString> done;
    std::function<bool(const QString &)> reachesKey = [&](const QString &current) -> bool {
        QStringList next;
        QString ignored;
        if (formulas.value(current).isEmpty()
            || !referencedKeys(formulas.value(current), &next, &ignored))
            return false;
        for (const QString &n : next) {
            if (n == key) {
                path << n;
                return true;
            }
            if (done.contains(n) || !formulas.contains(n))
                continue;
            done.insert(n);
            path << n;
            if (reachesKey(n))
                return true;
            path.removeLast();
        }
        return false;
    };
    if (reachesKey(key))
        return fail(errorMessage,
                    tr("The formulas form a cycle: %1.").arg(path.join(QStringLiteral(" → "))));
    return true;
}

bool evaluate(const QString &formula, const QHash<QString, double> &values, double *result,
              QString *errorMessage)
{
    QStringList refs;
    if (!referencedKeys(formula, &refs, errorMessage))
        return false;
    std::vector<double> storage(size_t(refs.size()));
    try {
        mu::Parser parser;
        for (int i = 0; i < refs.size(); ++i) {
            const auto it = values.constFind(refs.at(i));
            if (it == values.constEnd())
                return fail(errorMessage, tr("No value of %1 for this period.").arg(refs.at(i)));
            storage[size_t(i)] = *it;
            parser.DefineVar(refs.at(i).toStdString(), &storage[size_t(i)]);
        }
        parser.SetExpr(formula.toStdString());
        const double v = parser.Eval();
        if (std::isinf(v))
            return fail(errorMessage, tr("Division by zero."));
        if (std::isnan(v))
            return fail(errorMessage, tr("The result is not a number."));
        *result = v;
    } catch (const mu::Parser::exception_type &e) {
        if (e.GetCode() == mu::ecDIV_BY_ZERO)
            return fail(errorMessage, tr("Division by zero."));
        return fail(errorMessage, syntaxError(e));
    }
    return true;
}

} // namespace Needle::Formula
