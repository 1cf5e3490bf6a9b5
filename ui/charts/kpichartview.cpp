#include "charts/kpichartview.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolTip>

namespace Needle {

KpiChartView::KpiChartView(QWidget *parent) : QChartView(parent), m_chart(new KpiChart)
{
    // QChartView made a default chart of its own; setChart only releases it, so delete it.
    QChart *initial = chart();
    setChart(m_chart); // the view owns the chart
    delete initial;
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 220);
    setAccessibleName(tr("KPI chart"));
    setToolTip(QString());
    m_chart->setChartPalette(ChartPalette::fromWidgetPalette(palette()));
    connect(m_chart, &KpiChart::tooltipRequested, this, [this](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), text, this);
    });
}

void KpiChartView::setData(const KpiChartData &data)
{
    m_chart->setData(data);
    setAccessibleDescription(data.kpi.name);
}

void KpiChartView::resetZoom()
{
    m_chart->resetZoom();
}

void KpiChartView::zoomBy(qreal factor, qreal atX)
{
    const QRectF plot = m_chart->plotArea();
    if (!plot.isValid() || factor <= 0)
        return;
    const qreal x = std::clamp(mapToScene(QPoint(int(atX), 0)).x() - m_chart->pos().x(),
                               plot.left(), plot.right());
    // Keep the time under the cursor where it is.
    const qreal width = plot.width() / factor;
    const qreal left = x - (x - plot.left()) / factor;
    m_chart->zoomIn(QRectF(left, plot.top(), width, plot.height()));
}

void KpiChartView::panBy(qreal dx)
{
    m_chart->scroll(-dx, 0);
}

void KpiChartView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(1.25, steps), event->position().x());
    event->accept();
}

void KpiChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier)) {
        m_panning = true;
        m_lastPanPos = event->pos();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept(); // the context menu; QChartView would zoom out on release
        return;
    }
    m_chart->hideReadOut();
    QChartView::mousePressEvent(event);
}

void KpiChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        panBy(event->pos().x() - m_lastPanPos.x());
        m_lastPanPos = event->pos();
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton) {
        const QPointF inChart = m_chart->mapFromScene(mapToScene(event->pos()));
        emit readOutChanged(m_chart->showReadOut(inChart));
    }
    QChartView::mouseMoveEvent(event);
}

void KpiChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void KpiChartView::keyPressEvent(QKeyEvent *event)
{
    const qreal centre = width() / 2.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, centre);
        break;
    case Qt::Key_Left:
        panBy(width() / 8.0);
        break;
    case Qt::Key_Right:
        panBy(-width() / 8.0);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void KpiChartView::leaveEvent(QEvent *event)
{
    m_chart->hideReadOut();
    emit readOutChanged(QString());
    QChartView::leaveEvent(event);
}

void KpiChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_chart->setChartPalette(ChartPalette::fromWidgetPalette(palette()));
    QChartView::changeEvent(event);
}

QMenu *KpiChartView::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QAction *reset = menu->addAction(tr("&Reset Zoom"), this, &KpiChartView::resetZoom);
    reset->setEnabled(m_chart->isZoomed());
    menu->addSeparator();
    menu->addAction(tr("&Copy Chart as Image"), this, &KpiChartView::copyToClipboard);
    menu->addAction(tr("Export as &PNG…"), this, &KpiChartView::exportPngDialog);
    menu->addAction(tr("Export as &SVG…"), this, &KpiChartView::exportSvgDialog);
    return menu;
}

void KpiChartView::contextMenuEvent(QContextMenuEvent *event)
{
    m_chart->hideReadOut();
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

template <typename Paint>
void KpiChartView::renderShown(Paint &&paintOn) const
{
    // Paint the chart item itself (not the viewport), so the image has the chart's size and
    // SVG output stays vector; the read-out is a hover aid, not part of the picture.
    m_chart->hideReadOut();
    const QRectF source = m_chart->sceneBoundingRect();
    paintOn(source.size(), [&](QPainter *painter, const QRectF &target) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        painter->fillRect(target, m_chart->chartPalette().background);
        scene()->render(painter, target, source);
    });
}

QImage KpiChartView::toImage(qreal devicePixelRatio) const
{
    QImage image;
    renderShown([&](const QSizeF &size, const auto &render) {
        image = QImage((size * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(devicePixelRatio);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        render(&painter, QRectF(QPointF(0, 0), size));
    });
    return image;
}

bool KpiChartView::exportPng(const QString &path, QString *errorMessage) const
{
    const QImage image = toImage(2.0);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Could not write %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool KpiChartView::exportSvg(const QString &path, QString *errorMessage) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("Could not write %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    renderShown([&](const QSizeF &size, const auto &render) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setTitle(m_chart->chartData().kpi.name);
        generator.setDescription(tr("Chart exported from Needle"));
        QPainter painter(&generator);
        render(&painter, QRectF(QPointF(0, 0), size));
    });
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Could not write %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void KpiChartView::copyToClipboard() const
{
    QGuiApplication::clipboard()->setImage(toImage(devicePixelRatioF()));
}

QString KpiChartView::suggestedFileName(const QString &suffix) const
{
    const Kpi &kpi = m_chart->chartData().kpi;
    const QString base = kpi.key.isEmpty() ? QStringLiteral("chart") : kpi.key;
    return QStringLiteral("%1-%2.%3").arg(base, QDate::currentDate().toString(Qt::ISODate), suffix);
}

QString KpiChartView::askExportPath(const QString &title, const QString &suffix,
                                    const QString &filter)
{
    QSettings settings;
    const QString dir =
        settings
            .value(QStringLiteral("charts/exportDirectory"),
                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    QString path = QFileDialog::getSaveFileName(
        this, title, QDir(dir).filePath(suggestedFileName(suffix)), filter);
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    settings.setValue(QStringLiteral("charts/exportDirectory"), QFileInfo(path).absolutePath());
    return path;
}

void KpiChartView::exportPngDialog()
{
    const QString path =
        askExportPath(tr("Export Chart as PNG"), QStringLiteral("png"), tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportPng(path, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

void KpiChartView::exportSvgDialog()
{
    const QString path =
        askExportPath(tr("Export Chart as SVG"), QStringLiteral("svg"), tr("SVG images (*.svg)"));
    QString error;
    if (!path.isEmpty() && !exportSvg(path, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

} // namespace Needle
