#include "dashboard/kpivaluestable.h"

#include "dashboard/addvaluedialog.h"
#include "models/measurementtablemodel.h"
#include "models/roles.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>

namespace Needle {

namespace {
bool parseNumber(QString text, double *out)
{
    text = text.trimmed();
    bool ok = false;
    *out = QLocale().toDouble(text, &ok);
    if (!ok)
        *out = QLocale::c().toDouble(text, &ok);
    return ok;
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QLocale().toDate(t, QLocale::ShortFormat);
    if (d.isValid() && d.year() < 100)
        d = d.addYears(2000); // two-digit years in short formats mean this century
    return d;
}
} // namespace

KpiValuesTable::KpiValuesTable(Workspace *workspace, QWidget *parent)
    : QTableView(parent), m_workspace(workspace),
      m_model(new MeasurementTableModel(workspace, this))
{
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    setAccessibleName(tr("Values"));
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_model->lastError().isEmpty())
            emit editFailed(m_model->lastError());
    });
}

void KpiValuesTable::setKpi(qint64 kpiId)
{
    m_model->setKpi(kpiId);
    resizeColumnsToContents();
    scrollToBottom(); // the latest values
}

bool KpiValuesTable::pasteText(const QString &text, QString *errorMessage)
{
    const qint64 kpiId = m_model->kpiId();
    if (kpiId == 0)
        return false;
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.remove(QLatin1Char('\r'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    // The dates of the selected rows, from the current one down, for a column of bare values.
    QVector<QDate> targets;
    const int startRow = currentIndex().isValid() ? currentIndex().row() : m_model->rowCount();
    for (int r = startRow; r < m_model->rowCount(); ++r)
        targets.append(m_model->rowAt(r).date);
    QVector<Measurement> values;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char('\t'));
        Measurement m;
        m.kpiId = kpiId;
        QString valueText = cells.last();
        if (cells.size() >= 2) {
            m.date = parseDate(cells.first());
            valueText = cells.at(1);
        } else if (i < targets.size()) {
            m.date = targets.at(i);
        }
        if (!m.date.isValid()) {
            if (i == 0 && cells.size() >= 2 && lines.size() > 1)
                continue; // a header row
            *errorMessage = cells.size() >= 2
                ? tr("Line %1: \"%2\" is not a date.").arg(i + 1).arg(cells.first())
                : tr("Line %1: there is no row to paste this value onto.").arg(i + 1);
            return false;
        }
        if (!parseNumber(valueText, &m.value)) {
            *errorMessage = tr("Line %1: \"%2\" is not a number.").arg(i + 1).arg(valueText);
            return false;
        }
        values.append(m);
    }
    if (values.isEmpty())
        return true;
    return m_workspace->setValues(values, tr("Paste %n value(s)", nullptr, int(values.size())),
                                  errorMessage);
}

bool KpiValuesTable::deleteSelected(QString *errorMessage)
{
    QVector<QDate> dates;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        dates.append(m_model->rowAt(index.row()).date);
    if (dates.isEmpty())
        return true;
    const qint64 kpiId = m_model->kpiId();
    QUndoStack *stack = m_workspace->undoStack();
    stack->beginMacro(tr("Delete %n value(s)", nullptr, int(dates.size())));
    bool ok = true;
    for (const QDate &d : std::as_const(dates)) {
        if (!m_workspace->removeValue(kpiId, d, errorMessage)) {
            ok = false;
            break;
        }
    }
    stack->endMacro();
    if (!ok)
        stack->undo(); // all or nothing
    return ok;
}

bool KpiValuesTable::canAddValue() const
{
    return m_model->kpiId() > 0 && !m_model->kpi().isComputed();
}

std::unique_ptr<AddValueDialog> KpiValuesTable::addValueDialog(const QDate &today)
{
    QVector<QDate> dates;
    for (int r = 0; r < m_model->rowCount(); ++r)
        dates.append(m_model->rowAt(r).date);
    const double latest =
        m_model->rowCount() > 0 ? m_model->rowAt(m_model->rowCount() - 1).value : 0.0;
    const Kpi &kpi = m_model->kpi();
    return std::make_unique<AddValueDialog>(kpi, AddValueDialog::suggestedDate(kpi, dates, today),
                                            latest, dates, this);
}

bool KpiValuesTable::addValue(const QDate &date, double value, QString *errorMessage)
{
    if (!canAddValue())
        return false;
    if (!m_workspace->setValue(m_model->kpiId(), date, value, errorMessage))
        return false;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->rowAt(r).date == date) {
            setCurrentIndex(m_model->index(r, MeasurementTableModel::ValueColumn));
            scrollTo(currentIndex());
        }
    return true;
}

void KpiValuesTable::addValue()
{
    if (!canAddValue())
        return;
    const std::unique_ptr<AddValueDialog> dialog =
        addValueDialog(m_asOf.isValid() ? m_asOf : QDate::currentDate());
    if (dialog->exec() != QDialog::Accepted)
        return;
    QString error;
    if (!addValue(dialog->date(), dialog->value(), &error))
        emit editFailed(error);
}

void KpiValuesTable::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid() && !selectionModel()->isRowSelected(index.row(), QModelIndex()))
        setCurrentIndex(index);
    QMenu menu(this);
    QAction *add =
        menu.addAction(tr("&Add Value..."), this, qOverload<>(&KpiValuesTable::addValue));
    add->setShortcut(QKeySequence(Qt::Key_Insert));
    add->setEnabled(canAddValue());
    menu.addSeparator();
    const bool selected = selectionModel()->hasSelection();
    menu.addAction(tr("&Copy"), this, &KpiValuesTable::copy)->setEnabled(selected);
    QAction *paste = menu.addAction(tr("&Paste"), this, &KpiValuesTable::paste);
    paste->setEnabled(canAddValue());
    QAction *remove = menu.addAction(tr("&Delete"), this, [this] {
        QString error;
        if (!deleteSelected(&error))
            emit editFailed(error);
    });
    remove->setEnabled(selected && canAddValue());
    menu.exec(event->globalPos());
}

void KpiValuesTable::paste()
{
    QString error;
    if (!pasteText(QGuiApplication::clipboard()->text(), &error) && !error.isEmpty())
        emit editFailed(error);
}

void KpiValuesTable::copy()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // spreadsheets read it back
    QStringList lines;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : std::as_const(rows)) {
        const Measurement &m = m_model->rowAt(index.row());
        lines << m.date.toString(Qt::ISODate) + QLatin1Char('\t')
                + locale.toString(m.value, 'g', 15);
    }
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void KpiValuesTable::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Insert && event->modifiers() == Qt::NoModifier) {
        addValue();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        if (state() != QAbstractItemView::EditingState) {
            QString error;
            if (!deleteSelected(&error))
                emit editFailed(error);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace Needle
