#pragma once

#include "emulator/errorbodies.h"
#include "emulator/wire.h"

#include <QElapsedTimer>
#include <QHttpHeaders>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

class QHttpServerResponder;

namespace maas::emulator {

// Answers one request, now or later: a whole reply after a delay (latency, slow-start), or a
// stream whose frames go out when they are due, driven by a timer so that any number of streams
// run side by side on the event loop. Faults that need the connection itself (drop) and clients
// that leave mid-stream are handled through the request's QTcpSocket. Deletes itself when done.
class ResponseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseSession)

public:
    // socket may be null; then a drop fault ends the response cleanly instead.
    ResponseSession(QHttpServerResponder &&responder, QTcpSocket *socket, QObject *parent);
    ~ResponseSession() override;

    void sendReply(Reply reply, const QHttpHeaders &headers, double delayMs);
    void sendStream(StreamPlan plan, const QHttpHeaders &headers, double headerDelayMs);
    // Closes the connection after the delay without answering at all.
    void sendDrop(double delayMs);

Q_SIGNALS:
    // status: the HTTP status sent; outcome: "complete", "dropped", "client closed".
    void finished(int status, const QString &outcome);

private:
    void beginStream();
    void pump();
    void finish(const QString &outcome);
    bool socketUsable() const;

    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    QElapsedTimer m_clock;
    StreamPlan m_plan;
    QHttpHeaders m_headers;
    qsizetype m_next = 0;
    int m_status = 200;
    bool m_done = false;
};

} // namespace maas::emulator
