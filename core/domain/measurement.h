#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace Needle {

// One stored value: the KPI's value for the day it stands for. One per KPI and date.
struct Measurement
{
    qint64 kpiId = 0;
    QDate date;
    double value = 0;
    qint64 batchId = 0; // 0: typed in, not imported
    qint64 sourceRow = 0;
    QString note;

    bool operator==(const Measurement &o) const
    {
        return kpiId == o.kpiId && date == o.date && value == o.value && batchId == o.batchId
            && sourceRow == o.sourceRow && note == o.note;
    }
};

// A KPI's series as analysis reads it: dates ascending.
struct Series
{
    QVector<QDate> dates;
    QVector<double> values;
    int size() const { return int(values.size()); }
    bool isEmpty() const { return values.isEmpty(); }
};

} // namespace Needle
