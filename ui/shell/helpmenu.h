#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

class QMainWindow;
class QMenuBar;

namespace Needle::Help {

// The Help menu: the manual (F1), the keyboard shortcuts, About Needle (version, license) and
// About Qt.
void addMenu(QMainWindow *window);

struct ShortcutRow
{
    QString where; // the menu, or the view the key works in
    QString what;
    QString keys; // as the platform writes them, several separated by commas
};

// Every shortcut of the window's menus, as the menus hold them (so the list cannot go stale),
// followed by the keys that work inside the views.
QVector<ShortcutRow> shortcuts(const QMenuBar *menuBar);
// The user sections of the README, as Markdown.
QString manualMarkdown();
QString aboutText();

} // namespace Needle::Help
