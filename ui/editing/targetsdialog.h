#pragma once

#include "domain/kpi.h"
#include "domain/target.h"
#include "editing/recordlistdialog.h"

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace Needle {

class TargetModel;
class Workspace;

// One target's fields: effective date, a value or (for "within a band" KPIs) a band, deadline,
// tolerance and note.
class TargetForm : public QDialog
{
    Q_OBJECT
public:
    TargetForm(const Kpi &kpi, const Target &target, QWidget *parent = nullptr);
    Target target() const;

private:
    Kpi m_kpi;
    Target m_target;
    QDateEdit *m_from;
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
    bool addRecord() override;
    bool editRecord(int row) override;
    bool removeRecord(int row) override;

private:
    Workspace *m_workspace;
    Kpi m_kpi;
    TargetModel *m_model;
};

} // namespace Needle
