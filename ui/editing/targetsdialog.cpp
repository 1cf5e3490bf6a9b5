#include "editing/targetsdialog.h"

#include "editing/valuespinbox.h"
#include "models/targetmodel.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTableView>

namespace Needle {

TargetForm::TargetForm(const Kpi &kpi, const Target &target, QWidget *parent)
    : QDialog(parent), m_kpi(kpi), m_target(target)
{
    setWindowTitle(target.id ? tr("Edit target") : tr("New target"));
    auto *form = new QFormLayout(this);
    m_from =
        new QDateEdit(target.effectiveFrom.isValid() ? target.effectiveFrom : QDate::currentDate());
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Effective from"));
    form->addRow(tr("&Effective from:"), m_from);
    if (kpi.direction == Direction::WithinBand) {
        m_low = ValueSpinBox::create(kpi, target.low.value_or(0), tr("Band low"));
        m_high = ValueSpinBox::create(kpi, target.high.value_or(0), tr("Band high"));
        form->addRow(tr("Band &low:"), m_low);
        form->addRow(tr("Band &high:"), m_high);
    } else {
        m_value = ValueSpinBox::create(kpi, target.value.value_or(0), tr("Target value"));
        form->addRow(tr("&Value:"), m_value);
    }
    m_hasDeadline = new QCheckBox(tr("&Deadline:"));
    m_hasDeadline->setChecked(target.deadline.isValid());
    m_deadline = new QDateEdit(target.deadline.isValid() ? target.deadline
                                                         : QDate::currentDate().addMonths(6));
    m_deadline->setCalendarPopup(true);
    m_deadline->setAccessibleName(tr("Deadline"));
    m_deadline->setEnabled(m_hasDeadline->isChecked());
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    form->addRow(m_hasDeadline, m_deadline);
    m_tolerance = new QDoubleSpinBox;
    m_tolerance->setRange(0, 100);
    m_tolerance->setDecimals(1);
    m_tolerance->setSuffix(tr(" %"));
    m_tolerance->setValue(target.tolerance * 100);
    m_tolerance->setAccessibleName(tr("Tolerance for at risk"));
    m_tolerance->setToolTip(tr("How far the value may miss the target and still count as "
                               "\"at risk\" rather than \"off track\"."));
    form->addRow(tr("&Tolerance:"), m_tolerance);
    m_note = new QLineEdit(target.note);
    m_note->setAccessibleName(tr("Note"));
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Target TargetForm::target() const
{
    Target t = m_target;
    t.kpiId = m_kpi.id;
    t.effectiveFrom = m_from->date();
    if (m_value) {
        t.value = m_value->value();
        t.low.reset();
        t.high.reset();
    } else {
        t.value.reset();
        t.low = std::min(m_low->value(), m_high->value());
        t.high = std::max(m_low->value(), m_high->value());
    }
    t.deadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    t.tolerance = m_tolerance->value() / 100;
    t.note = m_note->text().trimmed();
    return t;
}

TargetsDialog::TargetsDialog(Workspace *workspace, const Kpi &kpi, QWidget *parent)
    : RecordListDialog(new TargetModel(workspace), tr("Targets"), parent), m_workspace(workspace),
      m_kpi(kpi), m_model(static_cast<TargetModel *>(table()->model()))
{
    m_model->setParent(this);
    m_model->setKpi(kpi.id);
    setWindowTitle(tr("Targets: %1").arg(kpi.name));
}

bool TargetsDialog::saveTarget(const Target &target)
{
    QString error;
    Target t = target;
    t.kpiId = m_kpi.id;
    const bool ok =
        t.id ? m_workspace->updateTarget(t, &error) : m_workspace->addTarget(&t, &error);
    showError(ok ? QString() : error);
    return ok;
}

bool TargetsDialog::addRecord()
{
    Target t;
    t.kpiId = m_kpi.id;
    if (m_model->rowCount() > 0) // a new phase usually starts from the last one's numbers
        t = m_model->rowAt(m_model->rowCount() - 1);
    t.id = 0;
    t.effectiveFrom = QDate::currentDate();
    TargetForm form(m_kpi, t, this);
    return form.exec() == QDialog::Accepted && saveTarget(form.target());
}

bool TargetsDialog::editRecord(int row)
{
    TargetForm form(m_kpi, m_model->rowAt(row), this);
    return form.exec() == QDialog::Accepted && saveTarget(form.target());
}

bool TargetsDialog::removeRecord(int row)
{
    QString error;
    const bool ok = m_workspace->removeTarget(m_model->rowAt(row).id, &error);
    showError(ok ? QString() : error);
    return ok;
}

} // namespace Needle
