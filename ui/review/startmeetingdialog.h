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
// whether KPIs with nothing to discuss start skipped, and the screen to present on. Start
// runs the meeting at once; Plan the agenda first lets the agenda be edited before.
class StartMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    // "Plan the agenda first" closes the dialog with PlanResult: the meeting is then created
    // without starting, and its agenda shown to edit.
    enum { PlanResult = 2 };

    explicit StartMeetingDialog(Workspace *workspace, QWidget *parent = nullptr);

    // The screen chosen last time for the slides, or the one this window is not on.
    static int rememberedScreen();

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
    QPushButton *m_plan = nullptr;
};

} // namespace Needle
