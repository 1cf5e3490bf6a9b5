#include "editing/targetsdialog.h"

#include "domain/datetext.h"

#include "editing/valuespinbox.h"
#include "models/targetcoverage.h"
#include "models/targetmodel.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace Needle {

TargetForm::TargetForm(const Kpi &kpi, const Target &target, QWidget *parent)
    : TargetForm(kpi, target, {}, {}, parent)
{}

TargetForm::TargetForm(const Kpi &kpi, const Target &target, const QVector<Target> &targets,
                       const QVector<QDate> &valueDates, QWidget *parent)
    : QDialog(parent), m_kpi(kpi), m_target(target), m_targets(targets), m_valueDates(valueDates)
{
    setWindowTitle(target.id ? tr("Edit target") : tr("New target"));
    auto *form = new QFormLayout(this);
    m_from =
        new QDateEdit(target.effectiveFrom.isValid() ? target.effectiveFrom : QDate::currentDate());
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(DateText::dayFormat(QLocale()));
    m_from->setAccessibleName(tr("Effective from"));
    form->addRow(tr("&Effective from:"), m_from);
    m_coverage = new QLabel;
    m_coverage->setWordWrap(true);
    m_coverage->setObjectName(QStringLiteral("coverage"));
    m_coverage->setAccessibleName(tr("Periods the target applies to"));
    form->addRow(QString(), m_coverage);
    connect(m_from, &QDateEdit::dateChanged, this, &TargetForm::updateCoverage);
    updateCoverage();
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
    m_deadline->setDisplayFormat(DateText::dayFormat(QLocale()));
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

void TargetForm::setEffectiveFrom(const QDate &date)
{
    m_from->setDate(date);
}

QString TargetForm::coverageText() const
{
    return m_coverage->text();
}

// A period as people name it: "March 2026", "Q1 2026", "week of 2 Mar 2026", a day.
QString TargetForm::periodName(const QDate &period) const
{
    const QLocale locale;
    switch (m_kpi.cadence) {
    case Cadence::Monthly:
        return locale.toString(period, QStringLiteral("MMMM yyyy"));
    case Cadence::Quarterly:
        return tr("Q%1 %2").arg((period.month() - 1) / 3 + 1).arg(period.year());
    case Cadence::Weekly:
        return tr("the week of %1").arg(DateText::day(period, locale));
    case Cadence::Daily:
        break;
    }
    return DateText::day(period, locale);
}

void TargetForm::updateCoverage()
{
    const TargetCoverage c =
        TargetDates::coverage(m_kpi, m_from->date(), m_target.id, m_targets, m_valueDates);
    QString text;
    if (c.periodsWithValues == 0) {
        text = tr("The KPI has no values yet; the target applies to every period from this "
                  "date on.");
    } else if (c.periods == 0) {
        text = c.until.isValid() && c.until <= c.latestPeriod
            ? tr("Applies to no period with values: a later target takes over from %1.")
                  .arg(DateText::day(c.until, QLocale()))
            : tr("Applies to no period with values yet: the latest is %1. Choose an earlier "
                 "date to apply it to the values there are.")
                  .arg(periodName(c.latestPeriod));
    } else {
        const QString range = c.firstPeriod == c.lastPeriod
            ? periodName(c.firstPeriod)
            : tr("%1 to %2").arg(periodName(c.firstPeriod), periodName(c.lastPeriod));
        text = c.periods == c.periodsWithValues
            ? tr("Applies to every period with values (%1).").arg(range)
            : tr("Applies to %1 of the %2 periods with values (%3).")
                  .arg(c.periods)
                  .arg(c.periodsWithValues)
                  .arg(range);
        text += QLatin1Char(' ')
            + (c.until.isValid()
                   ? tr("From %1 the next target applies.").arg(DateText::day(c.until, QLocale()))
                   : tr("It also applies to every later period."));
    }
    m_coverage->setText(text);
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

QVector<Target> TargetsDialog::targets() const
{
    QVector<Target> list;
    for (int row = 0; row < m_model->rowCount(); ++row)
        list.append(m_model->rowAt(row));
    return list;
}

QVector<QDate> TargetsDialog::valueDates() const
{
    return WorkspaceReader(m_workspace).valueDates(m_kpi.id);
}

std::unique_ptr<TargetForm> TargetsDialog::newTargetForm(const QDate &today)
{
    Target t;
    t.kpiId = m_kpi.id;
    if (m_model->rowCount() > 0) // a new phase usually starts from the last one's numbers
        t = m_model->rowAt(m_model->rowCount() - 1);
    t.id = 0;
    const QVector<Target> all = targets();
    const QVector<QDate> dates = valueDates();
    t.effectiveFrom = TargetDates::defaultStart(m_kpi, all, dates, today);
    return std::make_unique<TargetForm>(m_kpi, t, all, dates, this);
}

std::unique_ptr<TargetForm> TargetsDialog::editTargetForm(int row)
{
    return std::make_unique<TargetForm>(m_kpi, m_model->rowAt(row), targets(), valueDates(), this);
}

bool TargetsDialog::addRecord()
{
    const std::unique_ptr<TargetForm> form = newTargetForm(QDate::currentDate());
    return form->exec() == QDialog::Accepted && saveTarget(form->target());
}

bool TargetsDialog::editRecord(int row)
{
    const std::unique_ptr<TargetForm> form = editTargetForm(row);
    return form->exec() == QDialog::Accepted && saveTarget(form->target());
}

bool TargetsDialog::removeRecord(int row)
{
    QString error;
    const bool ok = m_workspace->removeTarget(m_model->rowAt(row).id, &error);
    showError(ok ? QString() : error);
    return ok;
}

} // namespace Needle
