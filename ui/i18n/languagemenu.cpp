#include "i18n/languagemenu.h"

#include "i18n/translations.h"

#include <QActionGroup>
#include <QLocale>
#include <QMessageBox>

namespace Needle {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    auto *group = new QActionGroup(this);
    const QString current = Translations::preferredLanguage();
    auto add = [&](const QString &code, const QString &label) {
        QAction *action = addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("System language (%1)").arg(Translations::nativeName(QLocale::system().name())));
    addSeparator();
    add(QStringLiteral("en"), Translations::nativeName(QStringLiteral("en")));
    for (const QString &code : Translations::available())
        add(code, Translations::nativeName(code));
}

void LanguageMenu::choose(const QString &language)
{
    if (language == Translations::preferredLanguage())
        return;
    Translations::setPreferredLanguage(language);
    emit languageChosen(language);
    const QString name = language.isEmpty() ? tr("the system language")
                                             : Translations::nativeName(language);
    // Not modal: nothing to decide, and the choice is already kept.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("Needle will use %1 from its next start.").arg(name),
                                QMessageBox::Ok, parentWidget());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Needle
