#pragma once

#include <QDialog>

class QLabel;

namespace Needle {

class AgendaEditor;
class ReviewSession;
class Workspace;

// Review > Plan meeting or Edit agenda: a planned (or unfinished) meeting's agenda, edited
// before the meeting. Every change is in the workspace at once; "Start meeting" closes the
// dialog with StartResult so the caller runs the meeting.
class AgendaDialog : public QDialog
{
    Q_OBJECT
public:
    enum { StartResult = 2 };

    AgendaDialog(Workspace *workspace, QWidget *parent = nullptr);

    bool open(qint64 meetingId, QString *errorMessage);
    ReviewSession *session() const { return m_session; }
    AgendaEditor *editor() const { return m_editor; }
    qint64 meetingId() const;

private:
    ReviewSession *m_session;
    QLabel *m_heading;
    AgendaEditor *m_editor = nullptr;
};

} // namespace Needle
