#pragma once

#include "import/cell.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Needle {

// How a sheet holds KPI values (DESIGN section 5):
//   Long: one row per value, with a KPI column, a date column and a value column.
//   Wide: a date column and one column per KPI (the header names the KPI).
//   Transposed: a KPI column and one column per period (the header names the period).
enum class ImportLayout { Long, Wide, Transposed };

QString storageName(ImportLayout layout); // "long", "wide", "transposed" (CLI, JSON, database)
QString displayName(ImportLayout layout); // translated
bool parse(const QString &name, ImportLayout *out);

// What one column of the sheet means. Series: wide layout, the column holds the values of the
// KPI its header names; transposed layout, the column holds the values of the period its
// header names.
enum class ColumnRole { Ignore, Kpi, Date, Value, Owner, Unit, Target, Benchmark, Note, Series };

QString storageName(ColumnRole role); // "ignore", "kpi", ... (saved mappings)
QString displayName(ColumnRole role); // translated, for the wizard's column menus
bool parse(const QString &name, ColumnRole *out);

// The role a header name stands for, recognised case-insensitively after trimming, in English
// and in the loaded translation ("KPI", "Metric", "Kennzahl" -> Kpi; "Date", "Month" -> Date;
// "Value", "Actual" -> Value; ...). Ignore when the name is not recognised.
ColumnRole roleForHeader(const QString &header);

// The column mapping of one sheet: which row holds the column names and what each column
// means. Detected by LayoutDetector, corrected by the user in the wizard, and saved per
// source so the next file of the same shape imports without questions.
struct ColumnMapping
{
    ImportLayout layout = ImportLayout::Long;
    int headerRow = 0; // 0-based sheet row of the column names; the data starts below it
    QVector<ColumnRole> roles; // per 0-based column; columns beyond the end are ignored
    QStringList headers; // the column names as read from headerRow
    int confidence = 0; // 0..100: how sure the detection is (the wizard shows it)
    // KPI names in the file (a wide sheet's column header, a long sheet's KPI cell) that stand
    // for an existing KPI under another name: normalised name (kpiMatchName) -> that KPI's key.
    // Saved with the mapping, so the next file of the same shape matches them again.
    QHash<QString, QString> kpiMatches;

    ColumnRole role(int column) const;
    void setRole(int column, ColumnRole role);
    int column(ColumnRole role) const; // first column with that role, -1 if none
    QVector<int> columns(ColumnRole role) const;

    // Whether the mapping has what its layout needs; if not, *errorMessage says what is
    // missing ("Choose the column that holds the dates.") or which two columns clash
    // ("Columns B and D both mean Value ...").
    bool isComplete(QString *errorMessage = nullptr) const;
    // The first two columns (0-based) that clash, -1 each if none: two columns given the same
    // one-column role, or two value columns of a wide or transposed sheet with the same name.
    std::pair<int, int> clash() const;
    static QString kpiMatchName(const QString &name); // trimmed, simplified, lower case

    // Normalised column names (trimmed, lower case) joined: identifies a source's shape.
    QString headerSignature() const;
    static QString headerSignature(const QStringList &headers);

    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject &json);
    bool operator==(const ColumnMapping &o) const
    {
        return layout == o.layout && headerRow == o.headerRow && roles == o.roles
            && headers == o.headers && kpiMatches == o.kpiMatches;
    }
};

// Guesses the layout and mapping of a sheet from its first rows (up to about 50). Knows the
// workspace's KPI keys and names, lower-cased, to recognise wide and transposed sheets whose
// headers or first column name KPIs.
class LayoutDetector
{
public:
    static ColumnMapping detect(const QVector<Row> &firstRows, const QStringList &kpiKeysAndNames);
    // The same with the layout forced (CLI --layout long|wide): transposed is still told
    // apart from wide by where the dates are.
    static ColumnMapping detect(const QVector<Row> &firstRows, const QStringList &kpiKeysAndNames,
                                ImportLayout forced);
};

} // namespace Needle
