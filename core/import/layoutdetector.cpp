#include "import/cellvalues.h"
#include "import/columnmapping.h"

#include <QSet>
#include <algorithm>
#include <optional>

namespace Needle {

namespace {

// What the cells of one column below the header look like.
struct ColumnStats
{
    int filled = 0;
    int dates = 0;
    int numbers = 0;
    int kpiNames = 0;
    double fraction(int n) const { return filled ? double(n) / filled : 0; }
    int texts() const { return filled - dates - numbers; }
};

struct Analysis
{
    int headerRow = 0;
    QStringList headers;
    QVector<ColumnRole> headerRoles;
    QVector<bool> headerIsDate;
    QVector<bool> headerIsKpi;
    QVector<ColumnStats> stats;
    int columns = 0;
};

bool isDateCell(const Cell &c)
{
    return CellValues::looksLikeDate(c);
}

bool isNumberCell(const Cell &c)
{
    return CellValues::looksLikeNumber(c);
}

int filledCount(const Row &row)
{
    return int(std::count_if(row.cbegin(), row.cend(), [](const Cell &c) { return !c.isEmpty(); }));
}

// A title above the table merged across its columns: the readers repeat a merged cell's value
// in every cell it covers, so the row holds one text several times. It is not the header.
bool isMergedTitle(const Row &row)
{
    QString text;
    for (const Cell &c : row) {
        if (c.isEmpty())
            continue;
        const QString t = CellValues::toText(c);
        if (c.type != Cell::Type::Text || (!text.isEmpty() && t != text))
            return false;
        text = t;
    }
    return !text.isEmpty();
}

Analysis analyse(const QVector<Row> &rows, const QSet<QString> &kpis)
{
    Analysis a;
    a.headerRow = -1;
    for (int r = 0; r < rows.size() && r < 20; ++r)
        if (filledCount(rows.at(r)) >= 2 && !(isMergedTitle(rows.at(r)) && r + 1 < rows.size())) {
            a.headerRow = r;
            break;
        }
    if (a.headerRow < 0)
        for (int r = 0; r < rows.size(); ++r)
            if (filledCount(rows.at(r)) >= 1) {
                a.headerRow = r;
                break;
            }
    if (a.headerRow < 0) {
        a.headerRow = 0;
        return a;
    }
    for (int r = a.headerRow; r < rows.size(); ++r)
        a.columns = qMax(a.columns, int(rows.at(r).size()));
    const Row &header = rows.at(a.headerRow);
    a.stats.resize(a.columns);
    for (int c = 0; c < a.columns; ++c) {
        const Cell cell = c < header.size() ? header.at(c) : Cell();
        const QString text = CellValues::toText(cell);
        a.headers << text;
        a.headerRoles << roleForHeader(text);
        a.headerIsDate << (!cell.isEmpty() && isDateCell(cell));
        a.headerIsKpi << kpis.contains(text.toLower());
    }
    for (int r = a.headerRow + 1; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const Cell &cell = row.at(c);
            if (cell.isEmpty())
                continue;
            ColumnStats &s = a.stats[c];
            ++s.filled;
            if (isDateCell(cell))
                ++s.dates;
            else if (isNumberCell(cell))
                ++s.numbers;
            else if (kpis.contains(CellValues::toText(cell).toLower()))
                ++s.kpiNames;
        }
    }
    return a;
}

bool sameName(const Analysis &a, int first, int second)
{
    return first >= 0
        && ColumnMapping::kpiMatchName(a.headers.value(first))
        == ColumnMapping::kpiMatchName(a.headers.value(second));
}

// The unassigned column scoring best, -1 if none scores above zero.
template <typename Score>
int best(const ColumnMapping &m, int columns, Score score)
{
    int found = -1;
    double top = 0;
    for (int c = 0; c < columns; ++c) {
        if (m.role(c) != ColumnRole::Ignore)
            continue;
        const double s = score(c);
        if (s > top) {
            top = s;
            found = c;
        }
    }
    return found;
}

ColumnMapping mapLong(const Analysis &a, int *score)
{
    ColumnMapping m;
    m.layout = ImportLayout::Long;
    m.headerRow = a.headerRow;
    m.headers = a.headers;
    m.roles = QVector<ColumnRole>(a.columns, ColumnRole::Ignore);
    int named = 0;
    for (int c = 0; c < a.columns; ++c) {
        const ColumnRole r = a.headerRoles.at(c);
        if (r != ColumnRole::Ignore && m.column(r) < 0) {
            m.setRole(c, r);
            if (r == ColumnRole::Kpi || r == ColumnRole::Date || r == ColumnRole::Value)
                ++named;
        } else if (r != ColumnRole::Ignore && sameName(a, m.column(r), c)) {
            m.setRole(c, r); // never pick one of two "value" columns silently: a clash to resolve
        }
    }
    if (m.column(ColumnRole::Date) < 0)
        m.setRole(
            best(m, a.columns, [&](int c) { return a.stats.at(c).fraction(a.stats.at(c).dates); }),
            ColumnRole::Date);
    if (m.column(ColumnRole::Value) < 0)
        m.setRole(best(m, a.columns,
                       [&](int c) { return a.stats.at(c).fraction(a.stats.at(c).numbers); }),
                  ColumnRole::Value);
    if (m.column(ColumnRole::Kpi) < 0)
        m.setRole(best(m, a.columns,
                       [&](int c) {
                           const ColumnStats &s = a.stats.at(c);
                           return s.fraction(s.texts()) + s.fraction(s.kpiNames);
                       }),
                  ColumnRole::Kpi);
    // Two columns with one role still score: the wizard and the planner say which clash.
    const bool complete = m.column(ColumnRole::Kpi) >= 0 && m.column(ColumnRole::Date) >= 0
        && m.column(ColumnRole::Value) >= 0;
    *score = !complete ? 0 : named == 3 ? 95 : 40 + 15 * named;
    return m;
}

ColumnMapping mapWide(const Analysis &a, int *score)
{
    ColumnMapping m;
    m.layout = ImportLayout::Wide;
    m.headerRow = a.headerRow;
    m.headers = a.headers;
    m.roles = QVector<ColumnRole>(a.columns, ColumnRole::Ignore);
    int dateColumn = a.headerRoles.indexOf(ColumnRole::Date);
    if (dateColumn < 0 || a.stats.at(dateColumn).fraction(a.stats.at(dateColumn).dates) < 0.5)
        dateColumn = best(m, a.columns, [&](int c) {
            const ColumnStats &s = a.stats.at(c);
            return s.fraction(s.dates) >= 0.8 ? s.fraction(s.dates) : 0;
        });
    m.setRole(dateColumn, ColumnRole::Date);
    int kpiHeaders = 0;
    int series = 0;
    for (int c = 0; c < a.columns; ++c) {
        if (c == dateColumn || a.headers.at(c).isEmpty())
            continue;
        const ColumnStats &s = a.stats.at(c);
        if (a.headerRoles.at(c) == ColumnRole::Note) {
            m.setRole(c, ColumnRole::Note);
            continue;
        }
        if (s.filled > 0 && s.fraction(s.numbers) < 0.5)
            continue;
        m.setRole(c, ColumnRole::Series);
        ++series;
        if (a.headerIsKpi.at(c))
            ++kpiHeaders;
    }
    if (m.column(ColumnRole::Date) < 0 || m.column(ColumnRole::Series) < 0) {
        *score = 0;
        return m;
    }
    const bool longHeaders =
        a.headerRoles.contains(ColumnRole::Kpi) && a.headerRoles.contains(ColumnRole::Value);
    *score = longHeaders ? 20 : 60 + (kpiHeaders * 35) / qMax(1, series);
    return m;
}

ColumnMapping mapTransposed(const Analysis &a, int *score)
{
    ColumnMapping m;
    m.layout = ImportLayout::Transposed;
    m.headerRow = a.headerRow;
    m.headers = a.headers;
    m.roles = QVector<ColumnRole>(a.columns, ColumnRole::Ignore);
    int periods = 0;
    for (int c = 0; c < a.columns; ++c) {
        if (a.headerIsDate.at(c)) {
            m.setRole(c, ColumnRole::Series);
            ++periods;
        } else if (a.headerRoles.at(c) != ColumnRole::Ignore
                   && a.headerRoles.at(c) != ColumnRole::Date
                   && a.headerRoles.at(c) != ColumnRole::Value
                   && (m.column(a.headerRoles.at(c)) < 0
                       || sameName(a, m.column(a.headerRoles.at(c)), c))) {
            m.setRole(c, a.headerRoles.at(c));
        }
    }
    if (m.column(ColumnRole::Kpi) < 0)
        m.setRole(best(m, a.columns,
                       [&](int c) {
                           const ColumnStats &s = a.stats.at(c);
                           return s.fraction(s.texts()) + s.fraction(s.kpiNames);
                       }),
                  ColumnRole::Kpi);
    if (!m.isComplete()) {
        *score = 0;
        return m;
    }
    const int kpiColumn = m.column(ColumnRole::Kpi);
    const ColumnStats &k = a.stats.at(kpiColumn);
    *score = periods >= 2 ? 70 + int(25 * k.fraction(k.kpiNames)) : 35;
    return m;
}

ColumnMapping detectWith(const QVector<Row> &rows, const QStringList &kpiKeysAndNames,
                         std::optional<ImportLayout> forced)
{
    QSet<QString> kpis;
    for (const QString &k : kpiKeysAndNames)
        kpis.insert(k.toLower());
    const Analysis a = analyse(rows, kpis);
    int longScore = 0, wideScore = 0, transposedScore = 0;
    const ColumnMapping longMapping = mapLong(a, &longScore);
    const ColumnMapping wideMapping = mapWide(a, &wideScore);
    const ColumnMapping transposedMapping = mapTransposed(a, &transposedScore);
    ColumnMapping chosen;
    int score = 0;
    auto consider = [&](const ColumnMapping &m, int s) {
        if (s > score || chosen.headers.isEmpty()) {
            chosen = m;
            score = s;
        }
    };
    if (!forced || *forced == ImportLayout::Long)
        consider(longMapping, longScore);
    if (!forced || *forced != ImportLayout::Long) {
        consider(wideMapping, wideScore);
        consider(transposedMapping, transposedScore);
    }
    chosen.confidence = score;
    return chosen;
}

} // namespace

ColumnMapping LayoutDetector::detect(const QVector<Row> &firstRows,
                                     const QStringList &kpiKeysAndNames)
{
    return detectWith(firstRows, kpiKeysAndNames, std::nullopt);
}

ColumnMapping LayoutDetector::detect(const QVector<Row> &firstRows,
                                     const QStringList &kpiKeysAndNames, ImportLayout forced)
{
    return detectWith(firstRows, kpiKeysAndNames, forced);
}

} // namespace Needle
