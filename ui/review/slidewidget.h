#pragma once

#include "review/slidecontent.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace Needle {

class KpiChart;
class Workspace;

// One KPI's slide: its name, why it is on the agenda and its status in words above a large
// chart (values, target, benchmarks, anomalies, forecast), with the sentences, benchmark gaps,
// what changed since the last meeting and the open action items beside it. Text scales with
// the widget so it reads from the back of the room.
class SlideWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SlideWidget(Workspace *workspace, QWidget *parent = nullptr);

    void showSlide(const SlideContent &content, const ReviewMeeting &meeting);
    const SlideContent &content() const { return m_content; }
    KpiChart *chart() const { return m_chart; }
    QString detailsText() const; // what the side panel says, as plain text (tests)

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyScale();
    QString detailsHtml() const;

    Workspace *m_workspace;
    SlideContent m_content;
    QLabel *m_name;
    QLabel *m_reason;
    QLabel *m_status;
    QLabel *m_statusIcon;
    QLabel *m_latest;
    QChartView *m_chartView;
    KpiChart *m_chart;
    QLabel *m_details;
};

} // namespace Needle
