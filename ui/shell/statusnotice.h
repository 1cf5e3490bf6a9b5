#pragma once

#include <QUrl>
#include <QWidget>
#include <functional>

class QHBoxLayout;
class QLabel;
class QMainWindow;
class QTimer;

namespace Needle {

// A message in the main window's status bar that offers what to do next ("Open", "Show in
// Folder"): it stays until the next notice, its close button or a minute has passed. The
// message takes the room it needs; the whole text is its tool tip too.
class StatusNotice : public QWidget
{
    Q_OBJECT
public:
    struct Action
    {
        QString text;
        std::function<void()> run;
    };

    explicit StatusNotice(QWidget *parent = nullptr);
    void show(const QString &message, const QVector<Action> &actions);
    QString message() const;

    // The notice of a window's status bar (made on first use).
    static StatusNotice *of(QMainWindow *window);

    // "Exported to NAME" with Open and Show in Folder, on the window of `parent` (a message box
    // when it has no status bar).
    static void fileWritten(QWidget *parent, const QString &message, const QString &path);
    // How files and folders are opened; tests replace it. Default: QDesktopServices::openUrl.
    using Opener = std::function<bool(const QUrl &)>;
    static void setOpener(Opener opener);
    static bool open(const QUrl &url);

private:
    QLabel *m_label;
    QHBoxLayout *m_actions;
    QTimer *m_timer;
};

} // namespace Needle
