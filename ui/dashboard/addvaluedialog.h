#pragma once

#include "domain/kpi.h"

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;

namespace Needle {

// One value for a KPI: the day it stands for and the number, in the KPI's unit. Says when the
// date already has a value (saving replaces it).
class AddValueDialog : public QDialog
{
    Q_OBJECT
public:
    AddValueDialog(const Kpi &kpi, const QDate &date, double value, const QVector<QDate> &taken,
                   QWidget *parent = nullptr);

    QDate date() const;
    double value() const;
    void setDate(const QDate &date);
    void setValue(double value);
    QString hint() const;

    // Where a new value most likely goes: the period after the latest stored one (its first
    // day), or today's period when there is none.
    static QDate suggestedDate(const Kpi &kpi, const QVector<QDate> &stored, const QDate &today);

private:
    void updateHint();

    QVector<QDate> m_taken;
    QDateEdit *m_date;
    QDoubleSpinBox *m_value;
    QLabel *m_hint;
};

} // namespace Needle
