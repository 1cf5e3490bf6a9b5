#pragma once

#include <QDate>
#include <QTableView>
#include <memory>

namespace Needle {

class AddValueDialog;
class MeasurementTableModel;
class Workspace;

// The stored values of one KPI as an editable table: add a value (Insert, the context menu or
// the view's button), type over a value, paste rows of "date <tab> value" (or a column of
// values onto the selected dates) from a spreadsheet, delete the selected values. Each add,
// paste or delete is one undo step on the workspace's stack.
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
    // Whether values can be added (a measured KPI is shown; computed ones have none).
    bool canAddValue() const;
    // The add-value dialog, on the period after the latest value (or today's, without any),
    // prefilled with the latest value.
    std::unique_ptr<AddValueDialog> addValueDialog(const QDate &today);
    bool addValue(const QDate &date, double value, QString *errorMessage);
    // The day a new value is proposed from when the KPI has none (default: today).
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }

public slots:
    void addValue(); // asks for the date and value
    void paste();
    void copy();

signals:
    void editFailed(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    Workspace *m_workspace;
    MeasurementTableModel *m_model;
    QDate m_asOf;
};

} // namespace Needle
