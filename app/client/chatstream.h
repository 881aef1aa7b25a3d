#pragma once

#include "client/streammetrics.h"
#include "vertex/errortranslator.h"
#include "vertex/requestheaders.h"
#include "wire/chatrequest.h"
#include "wire/streamevent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace maas {

class Clock;
class RetryPolicy;
class SseParser;
class TokenProvider;
class WireCodec;

// Everything a finished stream leaves behind. text keeps the partial answer when it failed.
struct ChatResult
{
    QString text;
    QString thinking;
    FinishReason finishReason = FinishReason::Other;
    QString rawFinishReason;
    bool complete = false; // the family's end marker arrived and no error happened
    bool cancelled = false;
    std::optional<UserError> error;
    StreamMetrics metrics;
};

// Where and how a stream's request is sent; built by ChatClient.
struct StreamSetup
{
    ChatRequest request;
    QString location;
    QUrl url;
    QString quotaProject;                                  // empty for custom (non-Vertex) endpoints
    ThroughputMode throughput = ThroughputMode::Automatic; // Automatic for custom endpoints
    qint64 idleTimeoutMs = 600000;
    ErrorContext context;
};

// One running request: a cancellable handle whose signals carry the stream they come from, so
// deltas of concurrent streams never mix. Retries before the first token on its own.
class ChatStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatStream)

public:
    ChatStream(int id, StreamSetup setup, QNetworkAccessManager &network, TokenProvider &tokens, Clock &clock,
               const RetryPolicy &retry, QObject *parent = nullptr);
    ~ChatStream() override;

    int id() const { return m_id; }
    const ChatRequest &request() const { return m_setup.request; }
    const QString &location() const { return m_setup.location; }
    const QUrl &url() const { return m_setup.url; }
    bool isFinished() const { return m_finished; }
    const ChatResult &result() const { return m_result; }
    // Delay of the retry now pending, or -1.
    qint64 pendingRetryMs() const { return m_pendingRetryMs; }
    // The clock its retries are scheduled on, so a view can time the stream the same way.
    Clock &clock() const { return m_clock; }

    void start();
    // Stops the stream; the text so far stays in result(). Emits finished() once, if not finished yet.
    void cancel();
    // Ends the stream with this error (used for problems found before sending). No-op once finished.
    void abortWith(const UserError &error);

Q_SIGNALS:
    void event(maas::ChatStream *stream, const maas::StreamEvent &event);
    void retrying(maas::ChatStream *stream, int retry, qint64 delayMs, const maas::UserError &why);
    void finished(maas::ChatStream *stream, const maas::ChatResult &result);

private:
    void attempt();
    void send(const QString &token);
    void onReadyRead();
    void onReplyFinished();
    void handle(const StreamEvent &e);
    bool retryOrFail(const UserError &error);
    void fail(const UserError &error);
    void complete();
    void finish();
    void dropReply();
    qint64 elapsed() const { return m_timer.elapsed(); }

    int m_id;
    StreamSetup m_setup;
    QNetworkAccessManager &m_network;
    TokenProvider &m_tokens;
    Clock &m_clock;
    const RetryPolicy &m_retry;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<SseParser> m_parser;
    std::unique_ptr<WireCodec> m_codec;
    QElapsedTimer m_timer;
    ChatResult m_result;
    QByteArray m_errorBody;
    std::optional<UserError> m_streamError;
    int m_retries = 0;
    bool m_refreshedAfter401 = false;
    bool m_finished = false;
    qint64 m_pendingRetryMs = -1;
};

} // namespace maas
