#pragma once

#include <QWidget>

class QFormLayout;
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
    // The text of the field with the given label ("Owner", ...), for tests.
    QString fieldText(const QString &label) const;

private:
    void refresh();
    void setField(int row, const QString &text);

    Workspace *m_workspace;
    qint64 m_kpiId = 0;
    QLabel *m_name;
    QLabel *m_description;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_fields;
};

} // namespace Needle
