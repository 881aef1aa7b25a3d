#include "emulator/trackingtcpserver.h"

namespace maas::emulator {

TrackingTcpServer::TrackingTcpServer(QObject *parent)
    : QTcpServer(parent)
{}

QTcpSocket *TrackingTcpServer::socketFor(quint16 peerPort) const
{
    return m_sockets.value(peerPort).data();
}

void TrackingTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Each SSE chunk is its own small write: without TCP_NODELAY, Nagle holds a chunk until the
    // client's delayed ACK of the previous one (~40 ms on Linux) on a reused connection.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const quint16 port = socket->peerPort();
    m_sockets.insert(port, socket);
    // QHttpServer reparents the socket to its connection handler and deletes it when done.
    connect(socket, &QObject::destroyed, this, [this, port] {
        const auto it = m_sockets.constFind(port);
        if (it != m_sockets.cend() && it->isNull())
            m_sockets.erase(it);
    });
    addPendingConnection(socket);
}

} // namespace maas::emulator
