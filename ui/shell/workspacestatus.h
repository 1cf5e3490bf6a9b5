#pragma once

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QToolButton>

class QStatusBar;

namespace Needle {

class Workspace;
class WorkspaceAnalyzer;

// A status-bar field that gives up width gracefully: it asks for its whole text but can shrink
// to a few characters, eliding the rest (the tooltip keeps the whole story). A window is never
// held wide by its status bar.
class StatusField : public QToolButton
{
    Q_OBJECT
public:
    explicit StatusField(QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

// The main window's permanent status-bar fields: the last import (file, when, values written;
// a click opens File > Import History) and the data's freshness (the latest value date and how
// many KPIs are stale, from the workspace analysis). Follows imports, edits, undo and redo, and
// every analysis run.
class WorkspaceStatus : public QObject
{
    Q_OBJECT
public:
    WorkspaceStatus(QStatusBar *bar, QAction *historyAction);

    void setWorkspace(Workspace *workspace, WorkspaceAnalyzer *analyzer);
    void setDateFormat(const QLocale &locale, bool isoDates);

    StatusField *importField() const { return m_import; }
    StatusField *freshnessField() const { return m_freshness; }

public slots:
    void updateImport();
    void updateFreshness();

private:
    QString date(const QDate &d) const;

    StatusField *m_import;
    StatusField *m_freshness;
    QPointer<Workspace> m_workspace;
    QPointer<WorkspaceAnalyzer> m_analyzer;
    QLocale m_locale;
    bool m_isoDates = false;
};

} // namespace Needle
