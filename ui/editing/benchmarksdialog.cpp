#include "editing/benchmarksdialog.h"

#include "editing/valuespinbox.h"
#include "models/benchmarkmodel.h"
#include "models/ownermodel.h"
#include "workspace/workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTableView>

namespace Needle {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QLineEdit *lineEdit(const QString &text, const QString &accessibleName)
{
    auto *e = new QLineEdit(text);
    e->setAccessibleName(accessibleName);
    return e;
}

} // namespace

BenchmarksDialog::BenchmarksDialog(Workspace *workspace, const Kpi &kpi, QWidget *parent)
    : RecordListDialog(new BenchmarkModel(workspace), tr("Benchmarks"), parent),
      m_workspace(workspace), m_kpi(kpi), m_model(static_cast<BenchmarkModel *>(table()->model()))
{
    m_model->setParent(this);
    m_model->setKpi(kpi.id);
    setWindowTitle(tr("Benchmarks: %1").arg(kpi.name));
}

bool BenchmarksDialog::ask(QWidget *parent, const Kpi &kpi, Benchmark *b)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(b->id ? tr("Edit benchmark") : tr("New benchmark"));
    auto *form = new QFormLayout(&dialog);
    QLineEdit *label = lineEdit(b->label, tr("Label"));
    label->setPlaceholderText(tr("e.g. SaaS median, top quartile"));
    form->addRow(tr("&Label:"), label);
    QDoubleSpinBox *value = ValueSpinBox::create(kpi, b->value, tr("Value"));
    form->addRow(tr("&Value:"), value);
    QLineEdit *source = lineEdit(b->source, tr("Source"));
    source->setPlaceholderText(tr("Report, survey or URL the value comes from"));
    form->addRow(tr("&Source:"), source);
    auto *asOf = new QDateEdit(b->asOf.isValid() ? b->asOf : QDate::currentDate());
    asOf->setCalendarPopup(true);
    asOf->setAccessibleName(tr("As of"));
    form->addRow(tr("&As of:"), asOf);
    form->addRow(okCancel(&dialog));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    b->kpiId = kpi.id;
    b->label = label->text().trimmed();
    b->value = value->value();
    b->source = source->text().trimmed();
    b->asOf = asOf->date();
    return true;
}

bool BenchmarksDialog::saveBenchmark(const Benchmark &benchmark)
{
    QString error;
    Benchmark b = benchmark;
    b.kpiId = m_kpi.id;
    const bool ok =
        b.id ? m_workspace->updateBenchmark(b, &error) : m_workspace->addBenchmark(&b, &error);
    showError(ok ? QString() : error);
    return ok;
}

bool BenchmarksDialog::addRecord()
{
    Benchmark b;
    return ask(this, m_kpi, &b) && saveBenchmark(b);
}

bool BenchmarksDialog::editRecord(int row)
{
    Benchmark b = m_model->rowAt(row);
    return ask(this, m_kpi, &b) && saveBenchmark(b);
}

bool BenchmarksDialog::removeRecord(int row)
{
    QString error;
    const bool ok = m_workspace->removeBenchmark(m_model->rowAt(row).id, &error);
    showError(ok ? QString() : error);
    return ok;
}

OwnersDialog::OwnersDialog(Workspace *workspace, QWidget *parent)
    : RecordListDialog(new OwnerModel(workspace), tr("Owners"), parent), m_workspace(workspace),
      m_model(static_cast<OwnerModel *>(table()->model()))
{
    m_model->setParent(this);
    setWindowTitle(tr("Owners"));
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this] { showError(m_model->lastError()); });
}

bool OwnersDialog::ask(QWidget *parent, Owner *owner)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(owner->id ? tr("Edit owner") : tr("New owner"));
    auto *form = new QFormLayout(&dialog);
    QLineEdit *name = lineEdit(owner->name, tr("Name"));
    form->addRow(tr("&Name:"), name);
    QLineEdit *email = lineEdit(owner->email, tr("E-mail"));
    form->addRow(tr("&E-mail:"), email);
    QLineEdit *team = lineEdit(owner->team, tr("Team"));
    form->addRow(tr("&Team:"), team);
    form->addRow(okCancel(&dialog));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    owner->name = name->text().trimmed();
    owner->email = email->text().trimmed();
    owner->team = team->text().trimmed();
    return true;
}

bool OwnersDialog::saveOwner(const Owner &owner)
{
    QString error;
    Owner o = owner;
    const bool ok = o.id ? m_workspace->updateOwner(o, &error) : m_workspace->addOwner(&o, &error);
    showError(ok ? QString() : error);
    return ok;
}

bool OwnersDialog::addRecord()
{
    Owner o;
    return ask(this, &o) && saveOwner(o);
}

bool OwnersDialog::editRecord(int row)
{
    Owner o = m_model->rowAt(row);
    return ask(this, &o) && saveOwner(o);
}

bool OwnersDialog::removeRecord(int row)
{
    QString error;
    const bool ok = m_workspace->removeOwner(m_model->rowAt(row).id, &error);
    showError(ok ? QString() : error);
    return ok;
}

} // namespace Needle
