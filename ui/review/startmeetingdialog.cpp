#include "review/startmeetingdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>

namespace Needle {

namespace {
QDateEdit *dateEdit(const QDate &date)
{
    auto *edit = new QDateEdit(date);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}
} // namespace

StartMeetingDialog::StartMeetingDialog(Workspace *workspace, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Start meeting"));
    const MeetingSetup proposed = ReviewSession::proposedSetup(workspace, QDate::currentDate());
    auto *form = new QFormLayout;
    m_title = new QLineEdit(proposed.title);
    form->addRow(tr("&Title:"), m_title);
    m_date = dateEdit(proposed.date);
    form->addRow(tr("&Date:"), m_date);
    m_from = dateEdit(proposed.periodFrom);
    m_to = dateEdit(proposed.periodTo);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_to);
    auto *periodLabel = new QLabel(tr("&Period under review:"));
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    m_attendees = new QListWidget;
    m_attendees->setAccessibleName(tr("Attendees"));
    for (const QString &name : proposed.attendees) {
        auto *item = new QListWidgetItem(name, m_attendees);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    form->addRow(tr("&Attendees:"), m_attendees);
    m_hideRest =
        new QCheckBox(tr("&Skip the KPIs with nothing to discuss (they stay on the agenda)"));
    m_hideRest->setChecked(QSettings().value(QStringLiteral("review/hideRest"), true).toBool());
    form->addRow(QString(), m_hideRest);
    m_screen = new QComboBox;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        const QRect g = screens.at(i)->geometry();
        const QString name = screens.at(i)->name();
        m_screen->addItem(
            name.isEmpty()
                ? tr("Screen %1 (%2 × %3)").arg(i + 1).arg(g.width()).arg(g.height())
                : tr("%1: %2 (%3 × %4)").arg(i + 1).arg(name).arg(g.width()).arg(g.height()));
    }
    m_screen->setCurrentIndex(rememberedScreen());
    m_screen->setEnabled(screens.size() > 1);
    form->addRow(tr("Present &on:"), m_screen);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_start->setDefault(true);
    m_plan = buttons->addButton(tr("&Plan the agenda first..."), QDialogButtonBox::ActionRole);
    m_plan->setToolTip(tr("Saves the meeting with its proposed agenda to reorder, skip and add "
                          "KPIs before it starts."));
    auto remember = [this] {
        QSettings().setValue(QStringLiteral("review/hideRest"), m_hideRest->isChecked());
        QSettings().setValue(QStringLiteral("review/screen"), m_screen->currentIndex());
    };
    connect(buttons, &QDialogButtonBox::accepted, this, [this, remember] {
        remember();
        accept();
    });
    connect(m_plan, &QPushButton::clicked, this, [this, remember] {
        remember();
        done(PlanResult);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &StartMeetingDialog::validate);
    connect(m_from, &QDateEdit::dateChanged, this, &StartMeetingDialog::validate);
    connect(m_to, &QDateEdit::dateChanged, this, &StartMeetingDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    validate();
}

void StartMeetingDialog::validate()
{
    const bool ok = !m_title->text().trimmed().isEmpty() && m_from->date() <= m_to->date();
    m_start->setEnabled(ok);
    m_plan->setEnabled(ok);
    m_start->setToolTip(
        ok ? QString() : tr("A meeting needs a title and a period that starts before it ends."));
}

MeetingSetup StartMeetingDialog::setup() const
{
    MeetingSetup s;
    s.title = m_title->text().trimmed();
    s.date = m_date->date();
    s.periodFrom = m_from->date();
    s.periodTo = m_to->date();
    s.hideRest = m_hideRest->isChecked();
    for (int i = 0; i < m_attendees->count(); ++i)
        if (m_attendees->item(i)->checkState() == Qt::Checked)
            s.attendees << m_attendees->item(i)->text();
    return s;
}

int StartMeetingDialog::rememberedScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    const int remembered = QSettings().value(QStringLiteral("review/screen"), -1).toInt();
    if (remembered >= 0 && remembered < screens.size())
        return remembered;
    // With two screens, slides go to the one that is not the primary screen.
    if (screens.size() > 1)
        return screens.indexOf(QGuiApplication::primaryScreen()) == 0 ? 1 : 0;
    return 0;
}

int StartMeetingDialog::screenIndex() const
{
    return m_screen->currentIndex();
}

} // namespace Needle
