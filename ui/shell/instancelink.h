#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace Needle {

// One Needle app per user session (issue 19, item 30): `needle FILE` or "Open With" while Needle
// runs hands FILE to the running app, which opens it (a workspace) or imports it (a spreadsheet)
// in its window, and the second process exits; so two processes never edit one workspace or
// watch one folder side by side. A plain local socket in the user's runtime folder; a headless
// (offscreen) run never takes part, so tests and scripts stay independent.
class InstanceLink : public QObject
{
    Q_OBJECT
public:
    explicit InstanceLink(QObject *parent = nullptr);

    // The socket's name for this user (NEEDLE_INSTANCE overrides it).
    static QString defaultName();
    // Hands path (absolute; empty: just show the window) to the app listening on name; true
    // when it took it, within timeoutMs.
    static bool handOver(const QString &path, const QString &name = defaultName(),
                         int timeoutMs = 3000);
    // Listens on name for handed-over files; false when another app listens already.
    bool listen(const QString &name = defaultName());
    bool isListening() const { return m_server.isListening(); }

signals:
    void fileReceived(const QString &path); // empty: show the window

private:
    void accept();

    QLocalServer m_server;
};

} // namespace Needle
