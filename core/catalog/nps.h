#pragma once

#include <QVector>
#include <optional>

namespace Needle::Nps {

// Net Promoter Score: percent of promoters (9-10) minus percent of detractors (0-6).
// No answers: no score.
std::optional<double> fromCounts(qint64 promoters, qint64 passives, qint64 detractors);
// From raw 0-10 answers; answers outside 0-10 are an error (returns nullopt, *invalid set).
std::optional<double> fromAnswers(const QVector<int> &answers, int *invalidIndex = nullptr);

} // namespace Needle::Nps
