#pragma once

#include <QKeySequence>
#include <QList>
#include <functional>

namespace Needle::Shortcuts {

// The keys of a standard action on this platform followed by extra ones, each key once. An
// action that holds the same key twice makes Qt call the key ambiguous and do nothing (Redo as
// QKeySequence::Redo plus "Ctrl+Shift+Z" on X11, where Redo already is Ctrl+Shift+Z).
QList<QKeySequence> standardAnd(QKeySequence::StandardKey key, const QList<QKeySequence> &extras);

// Where the platform's bindings come from: QKeySequence::keyBindings unless a test installs
// another keyboard scheme; an empty function restores the platform's.
using Bindings = std::function<QList<QKeySequence>(QKeySequence::StandardKey)>;
void setBindings(Bindings bindings);

} // namespace Needle::Shortcuts
