#pragma once

#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace maas::emulator {

// The QTcpServer that QHttpServer is bound to. It makes the sockets itself (the documented
// incomingConnection() + addPendingConnection() route) and remembers them by the client's port, so
// a fault can reach the connection of a request: QHttpServerResponder has no way to close it
// (drop fault) or to know that the client went away mid-stream.
class TrackingTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingTcpServer)

public:
    explicit TrackingTcpServer(QObject *parent = nullptr);

    // The connection a request arrived on (QHttpServerRequest::remotePort()), or null.
    QTcpSocket *socketFor(quint16 peerPort) const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
};

} // namespace maas::emulator
