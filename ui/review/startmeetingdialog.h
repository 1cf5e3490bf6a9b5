#pragma once

#include "review/reviewsession.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace Needle {

class Workspace;

// Review > Start meeting: title, date, attendees (from the owners), the period under review,
// whether KPIs with nothing to discuss start skipped, and the screen to present on.
class StartMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StartMeetingDialog(Workspace *workspace, QWidget *parent = nullptr);

    MeetingSetup setup() const;
    int screenIndex() const; // into QGuiApplication::screens()

private:
    void validate();

    QLineEdit *m_title;
    QDateEdit *m_date;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QListWidget *m_attendees;
    QCheckBox *m_hideRest;
    QComboBox *m_screen;
    QPushButton *m_start = nullptr;
};

} // namespace Needle
