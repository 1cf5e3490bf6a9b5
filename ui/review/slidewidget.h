#pragma once

#include "review/slidecontent.h"

#include <QWidget>

class QChartView;
class QHBoxLayout;
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
    // Whether every text of the slide fits the room it has (tests; the slide keeps it so by
    // setting smaller type, then giving the text more of the width, then the chart's room).
    bool textFits() const;
    bool chartShown() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyScale();
    void fitDetails();
    int detailsHeight(int pixelSize) const;
    int baseSize() const;
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
    QHBoxLayout *m_body = nullptr;
};

} // namespace Needle
