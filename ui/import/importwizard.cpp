#include "import/importwizard.h"

#include "import/importpages.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QMetaObject>

namespace Needle {

ImportWizard::ImportWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Import"));
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_filePage = new FilePage(this);
    m_sheetPage = new SheetPage(this);
    m_mappingPage = new MappingPage(this);
    m_previewPage = new PreviewPage(this);
    m_runPage = new RunPage(this);
    setPage(FilePageId, m_filePage);
    setPage(SheetPageId, m_sheetPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    // The pages wait for their worker threads when they go; tell the workers to stop first.
    m_cancel = true;
}

QString ImportWizard::workspacePath() const
{
    return m_workspace ? m_workspace->filePath() : QString();
}

QString ImportWizard::userName() const
{
    return m_workspace ? m_workspace->userName() : QString();
}

QVector<Kpi> ImportWizard::existingKpis() const
{
    return m_workspace ? WorkspaceReader(m_workspace).kpis() : QVector<Kpi>();
}

QStringList ImportWizard::kpiKeysAndNames() const
{
    QStringList names;
    const QVector<Kpi> kpis = existingKpis();
    for (const Kpi &k : kpis)
        names << k.key.toLower() << k.name.toLower();
    return names;
}

std::optional<ColumnMapping> ImportWizard::savedMapping() const
{
    if (!m_workspace)
        return std::nullopt;
    return Importer::savedMapping(m_workspace->connection(),
                                  m_peek.path.section(QLatin1Char('/'), -1), m_peek.rows);
}

void ImportWizard::setFilePath(const QString &path)
{
    m_filePage->setPath(path);
}

QString ImportWizard::filePath() const
{
    return m_peek.path;
}

void ImportWizard::setPeek(const SheetPeek &peek)
{
    const bool newFile = peek.path != m_peek.path;
    m_peek = peek;
    if (newFile) {
        m_kpisToCreate.clear();
        m_kpiDefinitions.clear();
        m_listedNames.clear();
        m_createOwners = false;
        m_skipInvalid = false;
    }
}

void ImportWizard::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
}

void ImportWizard::setSkipInvalid(bool skip)
{
    m_skipInvalid = skip;
}

void ImportWizard::setKpisToCreate(const QStringList &names)
{
    m_kpisToCreate = names;
}

void ImportWizard::setKpiChoice(const QString &name, const QString &choice)
{
    const QString normal = ColumnMapping::kpiMatchName(name);
    m_kpisToCreate.removeAll(name);
    m_mapping.kpiMatches.remove(normal);
    if (choice == QLatin1String("new"))
        m_kpisToCreate << name;
    else if (choice.startsWith(QLatin1String("kpi:")))
        m_mapping.kpiMatches.insert(normal, choice.mid(4));
}

QString ImportWizard::kpiChoice(const QString &name) const
{
    const QString key = m_mapping.kpiMatches.value(ColumnMapping::kpiMatchName(name));
    if (!key.isEmpty())
        return QStringLiteral("kpi:") + key;
    return m_kpisToCreate.contains(name) ? QStringLiteral("new") : QStringLiteral("skip");
}

void ImportWizard::setKpiDefinition(const QString &name, const NewKpi &definition)
{
    m_kpiDefinitions.insert(ColumnMapping::kpiMatchName(name), definition);
}

void ImportWizard::addListedNames(const QStringList &names)
{
    for (const QString &n : names)
        if (!m_listedNames.contains(n))
            m_listedNames << n;
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.sheet = m_peek.sheet;
    o.mapping = m_mapping;
    o.useSavedMapping = false; // the wizard's mapping is the one the user saw and confirmed
    o.saveMapping = true;
    o.createKpis = !m_kpisToCreate.isEmpty();
    o.createOnly = m_kpisToCreate;
    o.kpiDefinitions = m_kpiDefinitions;
    o.createOwners = m_createOwners;
    o.skipInvalid = m_skipInvalid;
    o.numberLocale = m_numberLocale;
    o.dateOrder = m_dateOrder;
    o.previewLimit = 5000;
    return o;
}

bool ImportWizard::isBusy() const
{
    return m_busy > 0;
}

void ImportWizard::setBusy(bool busy)
{
    const bool was = isBusy();
    m_busy = std::max(0, m_busy + (busy ? 1 : -1));
    if (busy)
        m_cancel = false;
    if (was != isBusy())
        emit busyChanged(isBusy());
}

void ImportWizard::cancelWork()
{
    m_cancel = true;
}

ImportProgress ImportWizard::progressFor(QObject *receiver,
                                         std::function<void(qint64, qint64)> show)
{
    ImportProgress progress;
    progress.cancel = &m_cancel;
    progress.report = [receiver, show](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            receiver, [show, done, total] { show(done, total); }, Qt::QueuedConnection);
    };
    return progress;
}

void ImportWizard::reject()
{
    // Closing while the worker reads or imports: stop it (nothing is written) and close
    // once it has stopped, so the window never hangs on a long file.
    if (isBusy()) {
        cancelWork();
        connect(
            this, &ImportWizard::busyChanged, this,
            [this](bool busy) {
                if (!busy)
                    QWizard::reject();
            },
            Qt::SingleShotConnection);
        return;
    }
    QWizard::reject();
}

} // namespace Needle
