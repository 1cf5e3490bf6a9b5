#pragma once

#include <QDate>
#include <QWidget>

class QLabel;

namespace Needle {

class Workspace;

// The definition of one KPI as a person reads it: description, status (icon, word, colour),
// latest value, formula or "stored values", unit, direction, cadence and roll-up, owner, data
// source, the target in force and the benchmarks. Read-only; follows the workspace's changes.
class KpiDefinitionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KpiDefinitionPanel(Workspace *workspace, QWidget *parent = nullptr);

    void setKpi(qint64 kpiId);
    void setAsOf(const QDate &asOf); // null: today
    // The text of the field with the given label ("Owner", ...), for tests.
    QString fieldText(const QString &label) const;

private:
    void refresh();
    void setField(int row, const QString &text);
    void updateDetails();

    Workspace *m_workspace;
    qint64 m_kpiId = 0;
    QDate m_asOf;
    QLabel *m_name;
    QLabel *m_description;
    QLabel *m_statusIcon;
    QLabel *m_status;
    // One rich-text label: wrapped multi-line fields lay out reliably in a scroll area, where
    // a form of word-wrapped labels overlaps.
    QLabel *m_details;
    QStringList m_texts;
};

} // namespace Needle
