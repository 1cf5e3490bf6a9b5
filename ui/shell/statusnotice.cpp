#include "shell/statusnotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace Needle {

namespace {
StatusNotice::Opener &opener()
{
    static StatusNotice::Opener o;
    return o;
}
} // namespace

StatusNotice::StatusNotice(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("statusNotice"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAccessibleName(tr("Notice"));
    row->addWidget(m_label);
    m_actions = new QHBoxLayout;
    row->addLayout(m_actions);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    row->addWidget(close);
    m_timer->setSingleShot(true);
    m_timer->setInterval(60000);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void StatusNotice::show(const QString &message, const QVector<Action> &actions)
{
    m_label->setText(message);
    setToolTip(message);
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Action &a : actions) {
        auto *button = new QPushButton(a.text, this);
        button->setFlat(true);
        connect(button, &QPushButton::clicked, this, a.run);
        m_actions->addWidget(button);
    }
    if (auto *bar = qobject_cast<QStatusBar *>(parentWidget())) {
        bar->clearMessage();
        // The message is not cut by the fields beside it: they elide instead.
        m_label->setMinimumWidth(std::min(m_label->sizeHint().width(), bar->width() * 2 / 3));
    }
    QWidget::show();
    m_timer->start();
}

QString StatusNotice::message() const
{
    return m_label->text();
}

StatusNotice *StatusNotice::of(QMainWindow *window)
{
    QStatusBar *bar = window->statusBar(); // made now when the window has none
    if (bar->isHidden() && !bar->testAttribute(Qt::WA_WState_ExplicitShowHide))
        bar->show();
    auto *notice = bar->findChild<StatusNotice *>(QString(), Qt::FindDirectChildrenOnly);
    if (!notice) {
        notice = new StatusNotice(bar);
        bar->addWidget(notice, 1);
        // A plain message replaces the notice (Qt hides it while the message shows).
    }
    return notice;
}

void StatusNotice::setOpener(Opener o)
{
    opener() = std::move(o);
}

bool StatusNotice::open(const QUrl &url)
{
    return opener() ? opener()(url) : QDesktopServices::openUrl(url);
}

void StatusNotice::fileWritten(QWidget *parent, const QString &message, const QString &path)
{
    const QUrl file = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    const QUrl folder = QUrl::fromLocalFile(QFileInfo(path).absolutePath());
    auto *window = parent ? qobject_cast<QMainWindow *>(parent->window()) : nullptr;
    if (window) {
        of(window)->show(message,
                         {{tr("&Open"), [file] { open(file); }},
                          {tr("Show in &Folder"), [folder] { open(folder); }}});
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("File written"), message, QMessageBox::Close,
                    parent);
    QPushButton *openButton = box.addButton(tr("&Open"), QMessageBox::ActionRole);
    QPushButton *folderButton = box.addButton(tr("Show in &Folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == openButton)
        open(file);
    else if (box.clickedButton() == folderButton)
        open(folder);
}

} // namespace Needle
