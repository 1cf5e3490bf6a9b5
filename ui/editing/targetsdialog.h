#pragma once

#include "domain/kpi.h"
#include "domain/target.h"
#include "editing/recordlistdialog.h"

#include <memory>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace Needle {

class TargetModel;
class Workspace;

// One target's fields: effective date, a value or (for "within a band" KPIs) a band, deadline,
// tolerance and note. Below the date it says which of the KPI's periods the target applies to,
// given the KPI's other targets and the dates of its stored values.
class TargetForm : public QDialog
{
    Q_OBJECT
public:
    TargetForm(const Kpi &kpi, const Target &target, QWidget *parent = nullptr);
    TargetForm(const Kpi &kpi, const Target &target, const QVector<Target> &targets,
               const QVector<QDate> &valueDates, QWidget *parent = nullptr);
    Target target() const;
    QString coverageText() const;
    void setEffectiveFrom(const QDate &date);

private:
    void updateCoverage();
    QString periodName(const QDate &period) const;

    Kpi m_kpi;
    Target m_target;
    QVector<Target> m_targets;
    QVector<QDate> m_valueDates;
    QDateEdit *m_from;
    QLabel *m_coverage;
    QDoubleSpinBox *m_value = nullptr;
    QDoubleSpinBox *m_low = nullptr;
    QDoubleSpinBox *m_high = nullptr;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
    QDoubleSpinBox *m_tolerance;
    QLineEdit *m_note;
};

// The time-phased targets of one KPI: each takes effect on its date and holds until the next.
class TargetsDialog : public RecordListDialog
{
    Q_OBJECT
public:
    TargetsDialog(Workspace *workspace, const Kpi &kpi, QWidget *parent = nullptr);

    bool saveTarget(const Target &target); // adds (id 0) or updates, as one undoable edit
    // The form for a new target, starting where it applies to the data there is; `today`
    // matters only for a KPI without values.
    std::unique_ptr<TargetForm> newTargetForm(const QDate &today);
    std::unique_ptr<TargetForm> editTargetForm(int row);
    bool addRecord() override;
    bool editRecord(int row) override;
    bool removeRecord(int row) override;

private:
    QVector<Target> targets() const;
    QVector<QDate> valueDates() const;

    Workspace *m_workspace;
    Kpi m_kpi;
    TargetModel *m_model;
};

} // namespace Needle
