#include "shell/theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace Needle::Theme {

namespace {
QString &systemStyleName()
{
    static QString name;
    return name;
}
QPalette &systemPalette()
{
    static QPalette palette;
    return palette;
}
void rememberSystem()
{
    if (systemStyleName().isEmpty() && qApp->style()) {
        systemStyleName() = qApp->style()->name();
        systemPalette() = QApplication::palette();
    }
}
} // namespace

QString storageName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Mode parse(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QString displayName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QApplication::translate("Needle::Theme", "Light");
    case Mode::Dark:
        return QApplication::translate("Needle::Theme", "Dark");
    case Mode::System:
        break;
    }
    return QApplication::translate("Needle::Theme", "Same as the system");
}

QPalette palette(Mode mode)
{
    rememberSystem();
    if (mode == Mode::System)
        return systemPalette();
    QPalette p;
    if (mode == Mode::Light) {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        if (fusion)
            p = fusion->standardPalette();
        p.setColor(QPalette::Window, QColor(0xf0, 0xf1, 0xf3));
        p.setColor(QPalette::Mid, QColor(0xc4, 0xc7, 0xcc));
        return p;
    }
    const QColor window(0x26, 0x28, 0x2c), base(0x1c, 0x1d, 0x20), text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x85, 0x87, 0x8c), highlight(0x4a, 0x90, 0xd9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x26, 0x2a));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Dark, QColor(0x16, 0x17, 0x19));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void apply(Mode mode)
{
    rememberSystem();
    if (mode == Mode::System) {
        QApplication::setStyle(QStyleFactory::create(systemStyleName()));
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    QApplication::setPalette(palette(mode));
}

Mode current()
{
    return parse(QSettings().value(QStringLiteral("preferences/theme")).toString());
}

void applySaved()
{
    const Mode mode = current();
    if (mode != Mode::System)
        apply(mode);
}

} // namespace Needle::Theme
