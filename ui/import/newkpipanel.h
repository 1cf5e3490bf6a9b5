#pragma once

#include "domain/kpi.h"
#include "import/importer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace Needle {

class ImportWizard;

// The import preview's list of KPI names in the file that the workspace does not have: for
// each, create it as a new KPI, leave it out, or take it as an existing KPI under another name
// (remembered with the saved mapping). A KPI to be created shows what Needle guessed for it
// (unit, decimals, direction, from the cells and the KPI library), each editable below the
// list. Owners the file names that the workspace lacks can be created with their KPIs.
// Keeps its order by name, its current row and its scroll position when the plan changes.
class NewKpiPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NewKpiPanel(ImportWizard *wizard, QWidget *parent = nullptr);

    void showPlan(const ImportPlan &plan, const QVector<Kpi> &existing);
    bool isEmpty() const;

    QTableWidget *table() const { return m_table; }
    QComboBox *choiceBox(int row) const; // "Import as" of a row
    QComboBox *unitBox() const { return m_unit; }
    QSpinBox *decimalsBox() const { return m_decimals; }
    QComboBox *directionBox() const { return m_direction; }
    QLabel *guessLabel() const { return m_guess; }
    QCheckBox *ownersBox() const { return m_owners; }

signals:
    void changed(); // a choice changed: the plan must be checked again

private:
    void fillChoices(QComboBox *box, const QVector<Kpi> &existing);
    void showDefinition();
    void definitionEdited();
    const NewKpi *definitionOf(const QString &name) const;

    ImportWizard *m_wizard;
    QLabel *m_label;
    QTableWidget *m_table;
    QWidget *m_form;
    QComboBox *m_unit;
    QSpinBox *m_decimals;
    QComboBox *m_direction;
    QLabel *m_guess;
    QCheckBox *m_owners;
    QVector<NewKpi> m_toCreate; // of the plan shown
    bool m_updating = false;
};

} // namespace Needle
