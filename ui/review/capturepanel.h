#pragma once

#include "review/slidecontent.h"

#include <QFrame>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Needle {

class ReviewSession;

// The small inline panel at the foot of a slide that captures a note, a decision, an action item
// (owner, due date) or a verdict on an anomaly without leaving the slide. Enter saves, Esc
// closes; each entry goes into the workspace at once through the session.
class CapturePanel : public QFrame
{
    Q_OBJECT
public:
    enum class Mode { Note, Decision, Action, Verdict };

    explicit CapturePanel(ReviewSession *session, QWidget *parent = nullptr);

    void open(Mode mode, const SlideContent &slide);
    Mode mode() const { return m_mode; }
    bool save(); // false: nothing saved, the panel says why

    QLineEdit *textEdit() const { return m_text; }
    QComboBox *ownerBox() const { return m_owner; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *verdictBox() const { return m_verdict; }

signals:
    void saved(const QString &message);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    ReviewSession *m_session;
    Mode m_mode = Mode::Note;
    QLabel *m_title;
    QLineEdit *m_text;
    QComboBox *m_owner;
    QDateEdit *m_due;
    QComboBox *m_period;
    QComboBox *m_verdict;
    QLabel *m_error;
};

} // namespace Needle
