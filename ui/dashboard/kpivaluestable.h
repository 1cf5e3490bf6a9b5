#pragma once

#include <QTableView>

namespace Needle {

class MeasurementTableModel;
class Workspace;

// The stored values of one KPI as an editable table: type over a value, paste rows of
// "date <tab> value" (or a column of values onto the selected dates) from a spreadsheet, delete
// the selected values. Each paste or delete is one undo step on the workspace's stack.
class KpiValuesTable : public QTableView
{
    Q_OBJECT
public:
    KpiValuesTable(Workspace *workspace, QWidget *parent = nullptr);

    MeasurementTableModel *measurementModel() const { return m_model; }
    void setKpi(qint64 kpiId);

    // Pastes text as values; returns false with a message naming the line that could not be
    // read (and changes nothing).
    bool pasteText(const QString &text, QString *errorMessage);
    bool deleteSelected(QString *errorMessage);

public slots:
    void paste();
    void copy();

signals:
    void editFailed(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    Workspace *m_workspace;
    MeasurementTableModel *m_model;
};

} // namespace Needle
