#include "emulator/responsesession.h"

#include <QHttpServerResponder>

#include <cmath>

using namespace Qt::StringLiterals;

namespace maas::emulator {

namespace {

int toTimerMs(double ms)
{
    return ms <= 0 ? 0 : int(std::ceil(ms));
}

} // namespace

ResponseSession::ResponseSession(QHttpServerResponder &&responder, QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
    , m_socket(socket)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    if (m_socket) {
        connect(m_socket, &QTcpSocket::disconnected, this, [this] {
            if (!m_done)
                finish(u"client closed"_s);
        });
    }
}

ResponseSession::~ResponseSession() = default;

bool ResponseSession::socketUsable() const
{
    // Without a tracked socket we cannot tell; QHttpServer's own writes then decide.
    return !m_socket || m_socket->state() == QAbstractSocket::ConnectedState;
}

void ResponseSession::sendReply(Reply reply, const QHttpHeaders &headers, double delayMs)
{
    m_status = reply.status;
    connect(&m_timer, &QTimer::timeout, this, [this, reply = std::move(reply), headers] {
        if (m_done)
            return;
        if (!socketUsable()) {
            finish(u"client closed"_s);
            return;
        }
        QHttpHeaders all = headers;
        all.append(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
        for (const auto &[name, value] : reply.headers)
            all.append(name, value);
        m_responder->write(reply.body, all, static_cast<QHttpServerResponder::StatusCode>(reply.status));
        finish(u"complete"_s);
    });
    m_timer.start(toTimerMs(delayMs));
}

void ResponseSession::sendStream(StreamPlan plan, const QHttpHeaders &headers, double headerDelayMs)
{
    m_plan = std::move(plan);
    m_headers = headers;
    m_status = 200;
    connect(&m_timer, &QTimer::timeout, this, &ResponseSession::beginStream, Qt::SingleShotConnection);
    m_timer.start(toTimerMs(headerDelayMs));
}

void ResponseSession::sendDrop(double delayMs)
{
    m_status = 0;
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        if (!m_socket) {
            // Without the connection the best we can do is a gateway-style failure.
            m_status = 502;
            m_responder->write(QHttpServerResponder::StatusCode::BadGateway);
            finish(u"drop unavailable: answered 502"_s);
            return;
        }
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->disconnectFromHost();
        finish(u"dropped"_s);
    });
    m_timer.start(toTimerMs(delayMs));
}

void ResponseSession::beginStream()
{
    if (m_done)
        return;
    if (!socketUsable()) {
        finish(u"client closed"_s);
        return;
    }
    m_responder->writeBeginChunked(m_headers, QHttpServerResponder::StatusCode::Ok);
    m_clock.start();
    connect(&m_timer, &QTimer::timeout, this, &ResponseSession::pump);
    pump();
}

void ResponseSession::pump()
{
    if (m_done)
        return;
    if (!socketUsable()) {
        finish(u"client closed"_s);
        return;
    }
    const double now = double(m_clock.nsecsElapsed()) / 1e6;
    // Everything due goes out as one chunk, as a server's socket buffer would coalesce it.
    QByteArray due;
    while (m_next < m_plan.frames.size() && m_plan.frames.at(m_next).atMs <= now) {
        const StreamFrame &frame = m_plan.frames.at(m_next);
        if (frame.kind == StreamFrame::Kind::Close) {
            if (!due.isEmpty())
                m_responder->writeChunk(due);
            if (m_socket) {
                disconnect(m_socket, nullptr, this, nullptr); // our own close is not the client leaving
                // Whatever was written reaches the client, then the connection ends without the
                // chunked terminator: the client sees the body end early.
                m_socket->flush();
                m_socket->disconnectFromHost();
                finish(u"dropped"_s);
            } else {
                m_responder->writeEndChunked(QByteArrayLiteral("\n"));
                finish(u"drop unavailable: finished cleanly"_s);
            }
            return;
        }
        due += frame.bytes;
        ++m_next;
    }
    if (m_next >= m_plan.frames.size()) {
        // writeEndChunked() needs data: an empty final chunk would be refused.
        m_responder->writeEndChunked(due.isEmpty() ? QByteArrayLiteral("\n") : due);
        finish(u"complete"_s);
        return;
    }
    if (!due.isEmpty())
        m_responder->writeChunk(due);
    m_timer.start(toTimerMs(m_plan.frames.at(m_next).atMs - now));
}

void ResponseSession::finish(const QString &outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    // Releasing the responder tells QHttpServer the request is over; the connection is then reused
    // for the next request, or deleted when it was closed.
    m_responder.reset();
    Q_EMIT finished(m_status, outcome);
    deleteLater();
}

} // namespace maas::emulator
