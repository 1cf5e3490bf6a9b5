#include "shell/instancelink.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>

namespace Needle {

namespace {

constexpr char Ok[] = "ok\n";

} // namespace

InstanceLink::InstanceLink(QObject *parent) : QObject(parent)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &InstanceLink::accept);
}

QString InstanceLink::defaultName()
{
    const QString forced = qEnvironmentVariable("NEEDLE_INSTANCE");
    if (!forced.isEmpty())
        return forced;
    // Per user: the home folder stands for the user on every platform.
    const QByteArray home = QDir::homePath().toUtf8();
    return QStringLiteral("needle-")
        + QString::fromLatin1(
               QCryptographicHash::hash(home, QCryptographicHash::Sha256).toHex().left(16));
}

bool InstanceLink::handOver(const QString &path, const QString &name, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(path.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    return socket.readLine() == Ok;
}

bool InstanceLink::listen(const QString &name)
{
    // Someone answering on the name is a running Needle; a socket nobody answers on was left
    // by one that crashed, and is taken over.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500))
        return false;
    QLocalServer::removeServer(name);
    return m_server.listen(name);
}

void InstanceLink::accept()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QString path = QString::fromUtf8(socket->readLine()).chopped(1);
            socket->write(Ok);
            socket->flush();
            emit fileReceived(path);
        });
    }
}

} // namespace Needle
