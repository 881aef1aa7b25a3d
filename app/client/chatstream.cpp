#include "client/chatstream.h"

#include "client/retrypolicy.h"
#include "client/tokenprovider.h"
#include "common/clock.h"
#include "common/urlpolicy.h"
#include "wire/sseparser.h"
#include "wire/wirecodec.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStream, "maas.client.stream")

namespace maas {

ChatStream::ChatStream(int id, StreamSetup setup, QNetworkAccessManager &network, TokenProvider &tokens, Clock &clock,
                       const RetryPolicy &retry, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_setup(std::move(setup))
    , m_network(network)
    , m_tokens(tokens)
    , m_clock(clock)
    , m_retry(retry)
{}

ChatStream::~ChatStream()
{
    dropReply();
}

void ChatStream::start()
{
    m_timer.start();
    attempt();
}

void ChatStream::attempt()
{
    m_pendingRetryMs = -1;
    ++m_result.metrics.attempts;
    if (m_setup.url.scheme() == u"http" && !isLoopbackHost(m_setup.url.host())) {
        fail(
            UserError::make(u"Refusing to send credentials over plain http"_s, m_setup.url.toDisplayString(),
                            u"Use an https endpoint; plain http is only allowed for loopback (127.0.0.1, localhost)."_s,
                            u"insecure"_s));
        return;
    }
    m_tokens.fetch(this, [this](const AccessToken &token, const QString &error) {
        if (m_finished)
            return;
        if (!error.isEmpty()) {
            fail(UserError::make(u"No access token"_s, error,
                                 u"Check the credential source in Settings (or MAAS_ACCESS_TOKEN for maas-cli)."_s,
                                 u"credentials"_s));
            return;
        }
        send(token.value);
    });
}

void ChatStream::send(const QString &token)
{
    m_parser = std::make_unique<SseParser>();
    m_codec = makeCodec(m_setup.request.family);
    m_codec->begin(m_setup.request);
    m_errorBody.clear();
    m_streamError.reset();

    QNetworkRequest request(m_setup.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    addVertexHeaders(request, m_setup.quotaProject, m_setup.throughput);
    // The bearer token must never follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // An idle timeout: aborted only when no byte arrives for this long (pings and comments count).
    request.setTransferTimeout(std::chrono::milliseconds(m_setup.idleTimeoutMs));

    qCDebug(lcStream) << "stream" << m_id << "attempt" << m_result.metrics.attempts << "POST"
                      << m_setup.url.toDisplayString();
    m_reply = m_network.post(request, m_codec->body(m_setup.request));
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatStream::onReplyFinished);
}

void ChatStream::onReadyRead()
{
    if (!m_reply || m_finished)
        return;
    if (m_result.metrics.firstByteMs < 0)
        m_result.metrics.firstByteMs = elapsed();
    const QByteArray bytes = m_reply->readAll();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (status < 200 || status >= 300 || type.contains("text/html")) {
        if (m_errorBody.size() < 1024 * 1024)
            m_errorBody += bytes;
        return;
    }
    QList<SseEvent> events;
    m_parser->feed(bytes, events);
    for (const SseEvent &sse : std::as_const(events)) {
        QList<StreamEvent> decoded;
        m_codec->decode(sse, decoded);
        for (const StreamEvent &e : std::as_const(decoded)) {
            handle(e);
            if (m_finished || m_streamError)
                return;
        }
    }
    if (m_parser->overflowed())
        fail(ErrorTranslator::fromStreamError(
            StreamEvent::error(u"malformed_event"_s, u"an event was larger than the parser accepts"_s, false),
            m_setup.context));
}

void ChatStream::handle(const StreamEvent &e)
{
    switch (e.kind) {
    case StreamEvent::Kind::TextDelta:
    case StreamEvent::Kind::ThinkingDelta: {
        const qint64 now = elapsed();
        if (m_result.metrics.firstTokenMs < 0)
            m_result.metrics.firstTokenMs = now;
        m_result.metrics.lastTokenMs = now;
        if (e.kind == StreamEvent::Kind::TextDelta) {
            m_result.text += e.text;
            m_result.metrics.outputChars += e.text.size();
        } else {
            m_result.thinking += e.text;
            m_result.metrics.thinkingChars += e.text.size();
        }
        break;
    }
    case StreamEvent::Kind::Usage:
        m_result.metrics.usage.merge(e.usage);
        break;
    case StreamEvent::Kind::Finish:
        m_result.finishReason = e.finishReason;
        m_result.rawFinishReason = e.rawReason;
        break;
    case StreamEvent::Kind::Error:
        // Terminal for this stream; the reply is dropped and the error decided in one place.
        m_streamError = ErrorTranslator::fromStreamError(e, m_setup.context);
        Q_EMIT event(this, e);
        dropReply();
        retryOrFail(*m_streamError);
        return;
    }
    Q_EMIT event(this, e);
}

void ChatStream::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorString = reply->errorString();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_finished || !m_reply)
        return;
    dropReply();

    if (status != 0 && (status < 200 || status >= 300 || type.contains("text/html"))) {
        UserError e = ErrorTranslator::fromHttp(status, m_errorBody, type, retryAfter, m_setup.context, m_clock.now());
        if (status == 401 && !m_refreshedAfter401 && m_result.text.isEmpty()) {
            // One forced refresh and one retry; never a loop.
            m_refreshedAfter401 = true;
            m_tokens.invalidate();
            attempt();
            return;
        }
        retryOrFail(e);
        return;
    }
    if (networkError != QNetworkReply::NoError) {
        retryOrFail(ErrorTranslator::fromNetwork(
            networkError, errorString, m_result.metrics.outputChars + m_result.metrics.thinkingChars, m_setup.context));
        return;
    }
    m_parser->finish();
    QList<StreamEvent> tail;
    m_codec->finish(tail);
    for (const StreamEvent &e : std::as_const(tail)) {
        handle(e);
        if (m_finished)
            return;
    }
    if (!m_codec->sawEnd()) {
        fail(ErrorTranslator::incompleteStream(m_result.metrics.outputChars + m_result.metrics.thinkingChars,
                                               m_setup.context));
        return;
    }
    complete();
}

// Retries only while nothing has been shown: a retry after text would splice two generations.
bool ChatStream::retryOrFail(const UserError &error)
{
    const bool nothingShown = m_result.text.isEmpty() && m_result.thinking.isEmpty();
    const std::optional<qint64> delay = error.retryable && nothingShown
                                            ? m_retry.delayBeforeRetry(m_retries + 1, error.retryAfterSeconds)
                                            : std::nullopt;
    if (!delay) {
        fail(error);
        return false;
    }
    ++m_retries;
    m_pendingRetryMs = *delay;
    m_result.metrics.firstByteMs = -1;
    qCInfo(lcStream) << "stream" << m_id << "retry" << m_retries << "in" << *delay << "ms:" << error.title;
    Q_EMIT retrying(this, m_retries, *delay, error);
    m_clock.singleShot(*delay, this, [this] {
        if (!m_finished)
            attempt();
    });
    return true;
}

void ChatStream::fail(const UserError &error)
{
    m_result.error = error;
    m_result.complete = false;
    finish();
}

void ChatStream::complete()
{
    m_result.complete = true;
    finish();
}

void ChatStream::cancel()
{
    if (m_finished)
        return;
    m_result.cancelled = true;
    dropReply();
    finish();
}

void ChatStream::abortWith(const UserError &error)
{
    if (m_finished)
        return;
    dropReply();
    fail(error);
}

void ChatStream::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_pendingRetryMs = -1;
    dropReply();
    m_result.metrics.totalMs = m_timer.isValid() ? elapsed() : 0;
    qCDebug(lcStream) << "stream" << m_id << "finished complete=" << m_result.complete
                      << "chars=" << m_result.metrics.outputChars;
    Q_EMIT finished(this, m_result);
}

void ChatStream::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace maas
