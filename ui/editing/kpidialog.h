#pragma once

#include "domain/kpi.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Needle {

class Workspace;

// Creates a KPI (blank or from the built-in library) or edits one's definition. The formula of
// a computed KPI is checked as it is typed (syntax, unknown keys, cycles). OK saves through the
// workspace as one undoable edit; a refused edit keeps the dialog open with the reason.
class KpiDialog : public QDialog
{
    Q_OBJECT
public:
    // existing: the KPI to edit; none: a new KPI.
    KpiDialog(Workspace *workspace, const std::optional<Kpi> &existing, QWidget *parent = nullptr);

    Kpi kpi() const; // the definition as the fields say
    QString problem() const; // why OK is disabled; empty when the definition is valid
    bool save(QString *errorMessage); // what OK does

    void accept() override;

private:
    void fillFromLibrary(int index);
    void setFields(const Kpi &kpi);
    void check();

    Workspace *m_workspace;
    std::optional<Kpi> m_existing;
    bool m_keyEdited = false;
    QComboBox *m_library = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_key;
    QPlainTextEdit *m_description;
    QComboBox *m_category;
    QComboBox *m_indicator;
    QComboBox *m_unit;
    QLineEdit *m_currency;
    QComboBox *m_direction;
    QComboBox *m_cadence;
    QComboBox *m_aggregation;
    QSpinBox *m_decimals;
    QLineEdit *m_formula;
    QLabel *m_formulaCheck;
    QComboBox *m_owner;
    QLineEdit *m_source;
    QLineEdit *m_tags;
    QComboBox *m_sensitivity;
    QCheckBox *m_omtm;
    QCheckBox *m_archived;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Needle
