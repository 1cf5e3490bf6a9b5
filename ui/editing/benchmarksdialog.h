#pragma once

#include "domain/benchmark.h"
#include "domain/kpi.h"
#include "domain/owner.h"
#include "editing/recordlistdialog.h"

namespace Needle {

class BenchmarkModel;
class OwnerModel;
class Workspace;

// The benchmarks of one KPI, each with its label, value, source and as-of date.
class BenchmarksDialog : public RecordListDialog
{
    Q_OBJECT
public:
    BenchmarksDialog(Workspace *workspace, const Kpi &kpi, QWidget *parent = nullptr);

    // Asks for a benchmark's fields; false when cancelled.
    static bool ask(QWidget *parent, const Kpi &kpi, Benchmark *benchmark);
    bool saveBenchmark(const Benchmark &benchmark); // adds (id 0) or updates
    bool addRecord() override;
    bool editRecord(int row) override;
    bool removeRecord(int row) override;

private:
    Workspace *m_workspace;
    Kpi m_kpi;
    BenchmarkModel *m_model;
};

// The people who answer for KPIs and action items. Names, e-mails and teams can also be edited
// in the list itself (F2).
class OwnersDialog : public RecordListDialog
{
    Q_OBJECT
public:
    explicit OwnersDialog(Workspace *workspace, QWidget *parent = nullptr);

    static bool ask(QWidget *parent, Owner *owner);
    bool saveOwner(const Owner &owner); // adds (id 0) or updates
    bool addRecord() override;
    bool editRecord(int row) override;
    bool removeRecord(int row) override;

private:
    Workspace *m_workspace;
    OwnerModel *m_model;
};

} // namespace Needle
