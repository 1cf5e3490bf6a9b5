#pragma once

#include <QMenu>

namespace Needle {

// Settings > Language: the system's language or one Needle is translated into. The choice is
// kept in the preferences and applies from the next start (numbers and dates follow it too);
// --lang on the command line still wins for one run.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    void languageChosen(const QString &language); // empty: the system's

private:
    void choose(const QString &language);
};

} // namespace Needle
