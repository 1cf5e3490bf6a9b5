#include "shell/helpmenu.h"

#include <QAction>
#include <QCoreApplication>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Needle::Help {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::Help", text);
}

QString plain(QString text)
{
    // "&Undo Edit KPI" -> "Undo Edit KPI"; "&&" stays one "&".
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.remove(QStringLiteral("..."));
}

void addMenuRows(const QMenu *menu, const QString &where, QVector<ShortcutRow> *rows)
{
    for (const QAction *a : menu->actions()) {
        if (a->menu()) {
            addMenuRows(a->menu(), where + QStringLiteral(" > ") + plain(a->text()), rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows->append({where, plain(a->text()).trimmed(), keys.join(QStringLiteral(", "))});
    }
}

QDialog *textDialog(QWidget *parent, const QString &title, QWidget *content)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(content, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(760, 620);
    return dialog;
}

void showManual(QWidget *parent)
{
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("manual"));
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(manualMarkdown());
    textDialog(parent, tr("Needle Manual"), browser)->show();
}

void showShortcuts(QMainWindow *window)
{
    const QVector<ShortcutRow> rows = shortcuts(window->menuBar());
    auto *table = new QTableWidget(int(rows.size()), 3);
    table->setObjectName(QStringLiteral("shortcuts"));
    table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows.at(r).where));
        table->setItem(r, 1, new QTableWidgetItem(rows.at(r).what));
        table->setItem(r, 2, new QTableWidgetItem(rows.at(r).keys));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    textDialog(window, tr("Keyboard Shortcuts"), table)->show();
}

} // namespace

QVector<ShortcutRow> shortcuts(const QMenuBar *menuBar)
{
    QVector<ShortcutRow> rows;
    for (const QAction *top : menuBar->actions())
        if (top->menu())
            addMenuRows(top->menu(), plain(top->text()), &rows);
    const auto key = [](QKeySequence k) { return k.toString(QKeySequence::NativeText); };
    const QString tiles = tr("Dashboard and KPI table");
    const QString kpi = tr("KPI page");
    rows.append({tiles, tr("Open the KPI"),
                 key(QKeySequence(Qt::Key_Return)) + QStringLiteral(", ") + tr("double click")});
    rows.append({tiles, tr("Delete the KPI"), key(QKeySequence(QKeySequence::Delete))});
    rows.append({kpi, tr("Back to the dashboard"),
                 key(QKeySequence(Qt::Key_Escape)) + QStringLiteral(", ")
                     + key(QKeySequence(QKeySequence::Back))});
    rows.append({kpi, tr("Add a value"), key(QKeySequence(Qt::Key_Insert))});
    rows.append({kpi, tr("Paste values (date and value per line)"),
                 key(QKeySequence(QKeySequence::Paste))});
    rows.append({kpi, tr("Delete the selected values"), key(QKeySequence(QKeySequence::Delete))});
    rows.append({kpi, tr("Reset the chart's zoom"), key(QKeySequence(Qt::Key_0))});
    return rows;
}

QString manualMarkdown()
{
    QFile file(QStringLiteral(":/help/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QString readme = QString::fromUtf8(file.readAll());
    // The sections for people who use the app, not those for who builds or tests it.
    static const QStringList skipped{QStringLiteral("Two commands"),
                                     QStringLiteral("Install the Debian package"),
                                     QStringLiteral("Tests"), QStringLiteral("Layout")};
    QStringList kept;
    bool keep = true;
    for (const QString &line : readme.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## ")))
            keep = !skipped.contains(line.mid(3).trimmed());
        if (line.startsWith(QLatin1String("![")))
            continue; // the screenshots are not in the binary
        if (keep)
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

QString aboutText()
{
    return tr("<h2>Needle %1</h2>"
              "<p>Your product's KPIs, their targets and benchmarks, and the meetings that "
              "review them.</p>"
              "<p>License: GPL-3.0-or-later. Needle is free software: you can redistribute it "
              "and/or modify it under the terms of the GNU General Public License, version 3 or "
              "any later version. It comes with no warranty.</p>"
              "<p>Built with Qt %2.</p>")
        .arg(QStringLiteral(NEEDLE_VERSION), QString::fromLatin1(qVersion()));
}

void addMenu(QMainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    QAction *manual =
        help->addAction(tr("Needle &Manual"), window, [window] { showManual(window); });
    manual->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), window, [window] { showShortcuts(window); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Needle"), window, [window] {
        QMessageBox::about(window, tr("About Needle"), aboutText());
    });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace Needle::Help
