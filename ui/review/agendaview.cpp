#include "review/agendaview.h"

#include "review/reviewsession.h"
#include "storage/kpirepository.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QListWidget>

namespace Needle {

void fillAgendaList(QListWidget *list, const ReviewSession &session)
{
    QHash<qint64, QString> names;
    for (const Kpi &k : KpiRepository(session.workspace()->connection()).all())
        names.insert(k.id, k.name);
    const QSignalBlocker block(list);
    list->clear();
    for (int i = 0; i < session.itemCount(); ++i) {
        const AgendaItem &item = session.item(i);
        const int seconds = session.secondsOnItem(i);
        QString text = QCoreApplication::translate("Needle::AgendaView", "%1. %2 — %3")
                           .arg(i + 1)
                           .arg(names.value(item.kpiId), reasonText(item));
        if (seconds > 0)
            text += QStringLiteral(" · %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
        if (item.skipped)
            text += QCoreApplication::translate("Needle::AgendaView", " (skipped)");
        auto *row = new QListWidgetItem(text, list);
        row->setData(Qt::UserRole, item.kpiId);
        if (item.skipped)
            row->setForeground(QColor(0x90, 0x90, 0x90));
        if (i == session.currentIndex()) {
            QFont f = row->font();
            f.setBold(true);
            row->setFont(f);
        }
    }
    list->setCurrentRow(session.currentIndex());
}

} // namespace Needle
