#pragma once

#include "report/reportoptions.h"

#include <QDialog>

class QAbstractItemModel;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QRadioButton;
class QWidget;

namespace Needle {

class Workspace;

// File > Export PDF...: asks what to export (a snapshot of all KPIs or of those the KPI table
// shows, or the minutes of a meeting), the period and the paper, then writes the file with a
// progress dialog that can cancel. Nothing is left behind when it fails or is cancelled.
class ExportPdfDialog : public QDialog
{
    Q_OBJECT
public:
    // `visibleKpis` is the KPI table as filtered (may be null).
    ExportPdfDialog(Workspace *workspace, const QAbstractItemModel *visibleKpis,
                    QWidget *parent = nullptr);

    ReportOptions options() const;

    // The whole flow: this dialog, the file name, the progress. Returns true when written.
    static bool run(Workspace *workspace, const QAbstractItemModel *visibleKpis, QWidget *parent);
    // The minutes of a meeting, asked for a file name only (the review mode's summary).
    static bool exportMinutes(Workspace *workspace, qint64 meetingId, QWidget *parent);
    // Writes the document for `options` to `path` with a progress dialog; false on failure
    // (with a message shown) or cancel.
    static bool write(Workspace *workspace, const ReportOptions &options, const QString &path,
                      QWidget *parent);

private:
    Workspace *m_workspace;
    QStringList m_visibleKeys;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_visible = nullptr;
    QRadioButton *m_minutes = nullptr;
    QComboBox *m_meeting = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_orientation = nullptr;
};

} // namespace Needle
