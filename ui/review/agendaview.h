#pragma once

class QListWidget;

namespace Needle {

class ReviewSession;

// Fills a list with the meeting's agenda: number, KPI, why it is there and the time spent;
// skipped items greyed, the current one bold and selected. Shared by the slides' agenda
// overview and the presenter view.
void fillAgendaList(QListWidget *list, const ReviewSession &session);

} // namespace Needle
