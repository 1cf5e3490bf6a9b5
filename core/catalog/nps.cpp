#include "catalog/nps.h"

namespace Needle::Nps {

std::optional<double> fromCounts(qint64 promoters, qint64 passives, qint64 detractors)
{
    if (promoters < 0 || passives < 0 || detractors < 0)
        return std::nullopt;
    const qint64 total = promoters + passives + detractors;
    if (total == 0)
        return std::nullopt;
    return 100.0 * double(promoters - detractors) / double(total);
}

std::optional<double> fromAnswers(const QVector<int> &answers, int *invalidIndex)
{
    qint64 promoters = 0, passives = 0, detractors = 0;
    for (int i = 0; i < answers.size(); ++i) {
        const int a = answers.at(i);
        if (a < 0 || a > 10) {
            if (invalidIndex)
                *invalidIndex = i;
            return std::nullopt;
        }
        if (a >= 9)
            ++promoters;
        else if (a >= 7)
            ++passives;
        else
            ++detractors;
    }
    return fromCounts(promoters, passives, detractors);
}

} // namespace Needle::Nps
