#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Needle {

class Workspace;

// A new data source: name, connection URL (no password), the KPI it feeds (or
// none: the query names them), the query and how often it is refreshed. Test
// runs the query as a dry run and shows what a refresh would write, with the
// same row-by-row issues as an import.
class SourceEditDialog : public QDialog
{
    Q_OBJECT
public:
    SourceEditDialog(Workspace *workspace, qint64 kpiId, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *kpiCombo() const { return m_kpi; }
    QPlainTextEdit *queryEdit() const { return m_query; }
    QComboBox *intervalCombo() const { return m_interval; }
    QPlainTextEdit *resultView() const { return m_result; }

    bool test(); // the dry run; false when it would not write
    bool save(QString *errorMessage); // adds the source
    void accept() override;

private:
    bool sourceFromFields(struct DataSource *source, QString *errorMessage) const;

    Workspace *m_workspace;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_kpi;
    QPlainTextEdit *m_query;
    QComboBox *m_interval;
    QPlainTextEdit *m_result;
};

} // namespace Needle
