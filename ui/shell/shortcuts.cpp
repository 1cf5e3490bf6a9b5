#include "shell/shortcuts.h"

namespace Needle::Shortcuts {

namespace {
Bindings &bindings()
{
    static Bindings b;
    return b;
}
} // namespace

void setBindings(Bindings b)
{
    bindings() = std::move(b);
}

QList<QKeySequence> standardAnd(QKeySequence::StandardKey key, const QList<QKeySequence> &extras)
{
    QList<QKeySequence> keys = bindings() ? bindings()(key) : QKeySequence::keyBindings(key);
    for (const QKeySequence &k : extras)
        if (!k.isEmpty() && !keys.contains(k))
            keys.append(k);
    return keys;
}

} // namespace Needle::Shortcuts
