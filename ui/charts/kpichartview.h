#pragma once

#include "charts/kpichart.h"

#include <QChartView>

class QMenu;

namespace Needle {

// A KpiChart on screen: zoom with the wheel (time axis, around the cursor) or by dragging a
// range, pan by dragging with the middle button or Shift, keyboard (+, -, arrows, 0 to reset),
// a hover read-out of the nearest period, tooltips on anomaly and note markers, and a context
// menu to reset the zoom, copy the chart as an image and export it as PNG or SVG. Follows the
// widget palette (light or dark).
class KpiChartView : public QChartView
{
    Q_OBJECT
public:
    explicit KpiChartView(QWidget *parent = nullptr);

    KpiChart *kpiChart() const { return m_chart; }
    void setData(const KpiChartData &data);

    // The chart as shown (current zoom), without the read-out.
    QImage toImage(qreal devicePixelRatio = 2.0) const;
    bool exportPng(const QString &path, QString *errorMessage) const;
    bool exportSvg(const QString &path, QString *errorMessage) const;
    void copyToClipboard() const;
    QMenu *createContextMenu(QWidget *parent); // the caller owns it

    void zoomBy(qreal factor, qreal atX); // factor > 1 zooms in; atX in view pixels
    void panBy(qreal dx); // view pixels

public slots:
    void resetZoom();
    void exportPngDialog();
    void exportSvgDialog();

signals:
    void readOutChanged(const QString &text);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    template <typename Paint>
    void renderShown(Paint &&paintOn) const;
    QString suggestedFileName(const QString &suffix) const;
    QString askExportPath(const QString &title, const QString &suffix, const QString &filter);

    KpiChart *m_chart;
    bool m_panning = false;
    QPoint m_lastPanPos;
};

} // namespace Needle
