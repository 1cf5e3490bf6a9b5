#include "automation/sourceeditdialog.h"

#include "domain/datasource.h"
#include "sources/sourceurl.h"
#include "workspace/workerjobs.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Needle {

SourceEditDialog::SourceEditDialog(Workspace *workspace, qint64 kpiId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Data Source"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    form->addRow(tr("&Name:"), m_name);
    m_url = new QLineEdit;
    m_url->setPlaceholderText(tr("postgresql://user@host:5432/db, mysql://user@host/db or "
                                 "sqlite:///path/file.db"));
    m_url->setToolTip(tr("No password here: PostgreSQL reads ~/.pgpass or PGPASSWORD, MySQL "
                         "~/.my.cnf or MYSQL_PWD."));
    form->addRow(tr("&Connection:"), m_url);
    m_kpi = new QComboBox;
    m_kpi->addItem(tr("(the query names the KPIs: kpi, date, value)"), qint64(0));
    for (const Kpi &k : WorkspaceReader(workspace).kpis())
        m_kpi->addItem(QStringLiteral("%1 (%2)").arg(k.name, k.key), k.id);
    m_kpi->setCurrentIndex(qMax(0, m_kpi->findData(kpiId)));
    form->addRow(tr("&KPI:"), m_kpi);
    m_query = new QPlainTextEdit;
    m_query->setPlaceholderText(tr("SELECT day AS date, count(*) AS value FROM signups WHERE "
                                   "day >= :from GROUP BY day"));
    form->addRow(tr("&Query:"), m_query);
    m_interval = new QComboBox;
    m_interval->addItem(tr("By hand"), qint64(0));
    m_interval->addItem(tr("Every 15 minutes"), qint64(900));
    m_interval->addItem(tr("Every hour"), qint64(3600));
    m_interval->addItem(tr("Every day"), qint64(86400));
    m_interval->addItem(tr("Every week"), qint64(604800));
    m_interval->setCurrentIndex(3);
    form->addRow(tr("&Refresh:"), m_interval);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *testButton = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    connect(testButton, &QPushButton::clicked, this, [this] { test(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &SourceEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_result = new QPlainTextEdit;
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("Test result"));
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(640, 520);
}

bool SourceEditDialog::sourceFromFields(DataSource *s, QString *errorMessage) const
{
    SourceUrl url;
    if (!SourceUrl::parse(m_url->text(), &url, errorMessage))
        return false;
    s->name = m_name->text().trimmed();
    s->url = url.display();
    s->query = m_query->toPlainText();
    s->kpiId = m_kpi->currentData().toLongLong();
    s->intervalSeconds = m_interval->currentData().toLongLong();
    if (s->name.isEmpty() || s->name.contains(QLatin1Char('/'))) {
        *errorMessage = tr("Give the source a name (without \"/\").");
        return false;
    }
    if (s->query.trimmed().isEmpty()) {
        *errorMessage = tr("Write the query.");
        return false;
    }
    return true;
}

bool SourceEditDialog::test()
{
    DataSource s;
    QString error;
    if (!sourceFromFields(&s, &error)) {
        m_result->setPlainText(error);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const RefreshResult r = WorkerJobs::tryRefresh(m_workspace, s);
    QApplication::restoreOverrideCursor();
    QStringList lines;
    lines << (r.import.outcome == ImportResult::Outcome::Failed
                  ? tr("The query failed. Nothing would be written.")
                  : r.import.summary());
    for (const ImportIssue &i : r.import.issues)
        if (i.severity != ImportIssue::Severity::Info)
            lines << i.toString();
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
    return r.ok();
}

bool SourceEditDialog::save(QString *errorMessage)
{
    DataSource s;
    if (!sourceFromFields(&s, errorMessage))
        return false;
    return m_workspace->addSource(&s, errorMessage);
}

void SourceEditDialog::accept()
{
    QString error;
    if (!save(&error)) {
        m_result->setPlainText(error);
        return;
    }
    QDialog::accept();
}

} // namespace Needle
