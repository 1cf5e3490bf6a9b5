#pragma once

#include "import/importer.h"
#include "import/importtask.h"

#include <QWizard>
#include <atomic>

namespace Needle {

class Workspace;
class FilePage;
class SheetPage;
class MappingPage;
class PreviewPage;
class RunPage;

// File > Import...: file, then sheet, then layout and column mapping (detected choices
// preselected), then a preview of the values as they will be stored with errors in their
// cells and counts of new, changed and unchanged values, then the import in a worker thread
// with progress and cancel. Every slow step runs off the GUI thread; the wizard only shows.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, SheetPageId, MappingPageId, PreviewPageId, RunPageId };

    explicit ImportWizard(Workspace *workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Workspace *workspace() const { return m_workspace; }
    QString workspacePath() const;
    QString userName() const; // for the change log
    QStringList kpiKeysAndNames() const; // lower case, for the layout detection

    // What the pages decided so far (tests drive the wizard through these too).
    void setFilePath(const QString &path);
    QString filePath() const;
    const SheetPeek &peek() const { return m_peek; }
    void setPeek(const SheetPeek &peek);
    ColumnMapping mapping() const { return m_mapping; }
    void setMapping(const ColumnMapping &mapping);
    ImportOptions options() const; // for the plan: sheet, mapping, formats, KPIs to create
    void setNumberLocale(ValueParser::NumberLocale l) { m_numberLocale = l; }
    void setDateOrder(ValueParser::DateOrder o) { m_dateOrder = o; }
    void setSkipInvalid(bool skip);
    bool skipInvalid() const { return m_skipInvalid; }
    void setKpisToCreate(const QStringList &names);
    // What to do with a name in the file that matches no KPI: "new" (create it), "skip", or
    // "kpi:KEY" (it is that existing KPI; remembered in the saved mapping).
    void setKpiChoice(const QString &name, const QString &choice);
    QString kpiChoice(const QString &name) const;
    // The user's correction of a KPI to be created (unit, currency, decimals, direction).
    void setKpiDefinition(const QString &name, const NewKpi &definition);
    void setCreateOwners(bool create) { m_createOwners = create; }
    bool createOwners() const { return m_createOwners; }
    // Names once listed as unknown stay listed (matched or not) until another file is chosen.
    QStringList listedNames() const { return m_listedNames; }
    void addListedNames(const QStringList &names);
    QVector<Kpi> existingKpis() const; // the workspace's KPIs, by name
    // The mapping saved by an earlier import of a file like the one chosen, if any.
    std::optional<ColumnMapping> savedMapping() const;
    const ImportPlan &plan() const { return m_plan; }
    void setPlan(const ImportPlan &plan) { m_plan = plan; }
    const ImportResult &result() const { return m_result; }
    void setResult(const ImportResult &result) { m_result = result; }

    // Whether a worker thread is reading, checking or importing right now.
    bool isBusy() const;
    // Stops what the worker is doing; an import in progress writes nothing.
    void cancelWork();

    // Shared by the pages: one cancel flag and one progress callback per task.
    std::atomic_bool *cancelFlag() { return &m_cancel; }
    ImportProgress progressFor(QObject *receiver, std::function<void(qint64, qint64)> show);
    void setBusy(bool busy);

    FilePage *filePage() const { return m_filePage; }
    SheetPage *sheetPage() const { return m_sheetPage; }
    MappingPage *mappingPage() const { return m_mappingPage; }
    PreviewPage *previewPage() const { return m_previewPage; }
    RunPage *runPage() const { return m_runPage; }

signals:
    void busyChanged(bool busy);
    void imported(const Needle::ImportResult &result);

public slots:
    void reject() override;

private:
    Workspace *m_workspace;
    SheetPeek m_peek;
    ColumnMapping m_mapping;
    ValueParser::NumberLocale m_numberLocale = ValueParser::NumberLocale::Unknown;
    ValueParser::DateOrder m_dateOrder = ValueParser::DateOrder::Unknown;
    bool m_skipInvalid = false;
    QStringList m_kpisToCreate;
    QHash<QString, NewKpi> m_kpiDefinitions; // by ColumnMapping::kpiMatchName
    QStringList m_listedNames;
    bool m_createOwners = false;
    ImportPlan m_plan;
    ImportResult m_result;
    int m_busy = 0;
    std::atomic_bool m_cancel{false};
    FilePage *m_filePage;
    SheetPage *m_sheetPage;
    MappingPage *m_mappingPage;
    PreviewPage *m_previewPage;
    RunPage *m_runPage;
};

} // namespace Needle
