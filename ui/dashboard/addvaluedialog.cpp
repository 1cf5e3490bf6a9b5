#include "dashboard/addvaluedialog.h"

#include "analysis/rollup.h"
#include "domain/datetext.h"
#include "editing/valuespinbox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace Needle {

AddValueDialog::AddValueDialog(const Kpi &kpi, const QDate &date, double value,
                               const QVector<QDate> &taken, QWidget *parent)
    : QDialog(parent), m_taken(taken)
{
    setWindowTitle(tr("Add Value: %1").arg(kpi.name));
    auto *form = new QFormLayout(this);
    m_date = new QDateEdit(date);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateText::dayFormat(QLocale()));
    m_date->setAccessibleName(tr("Date"));
    form->addRow(tr("&Date:"), m_date);
    m_value = ValueSpinBox::create(kpi, value, tr("Value"));
    form->addRow(tr("&Value:"), m_value);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("hint"));
    form->addRow(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_date, &QDateEdit::dateChanged, this, &AddValueDialog::updateHint);
    updateHint();
    m_value->setFocus();
    m_value->selectAll();
}

QDate AddValueDialog::date() const
{
    return m_date->date();
}

double AddValueDialog::value() const
{
    return m_value->value();
}

void AddValueDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void AddValueDialog::setValue(double value)
{
    m_value->setValue(value);
}

QString AddValueDialog::hint() const
{
    return m_hint->text();
}

void AddValueDialog::updateHint()
{
    const bool taken = m_taken.contains(m_date->date());
    m_hint->setText(taken ? tr("This date already has a value; adding replaces it.") : QString());
    m_hint->setVisible(taken);
}

QDate AddValueDialog::suggestedDate(const Kpi &kpi, const QVector<QDate> &stored,
                                    const QDate &today)
{
    const Granularity g = granularityOf(kpi.cadence);
    if (stored.isEmpty())
        return periodStart(today, g);
    const QDate latest = *std::max_element(stored.begin(), stored.end());
    return nextPeriod(periodStart(latest, g), g);
}

} // namespace Needle
