#pragma once

#include "wire/chatrequest.h"
#include "wire/sseparser.h"
#include "wire/streamevent.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace maas {

// One codec per wire family: builds the request for a ChatRequest and turns the family's stream
// into StreamEvents. Pure code: bytes in, events out. One instance per stream (it keeps state,
// e.g. an open <think> tag or the type of each content block).
class WireCodec
{
public:
    virtual ~WireCodec() = default;

    // Path after ".../v1/projects/{p}/locations/{l}/", e.g.
    // "publishers/anthropic/models/claude-sonnet-4@20250514:streamRawPredict" or
    // "endpoints/openapi/chat/completions". For custom OpenAI-compatible servers the client uses
    // customPath() after the server's base URL instead.
    virtual QString path(const ChatRequest &request) const = 0;
    virtual QString customPath() const { return QStringLiteral("chat/completions"); }
    virtual QByteArray body(const ChatRequest &request) const = 0;

    // Called once by the client before the first decode(): some streams can only be read knowing
    // the request (e.g. ThinkingFormat::ThinkTags makes the OpenAI codec split <think> out of the
    // content). makeCodec(family) has no request, hence this hook.
    virtual void begin(const ChatRequest &request) { Q_UNUSED(request); }

    // Turns one SSE event into zero or more StreamEvents.
    virtual void decode(const SseEvent &event, QList<StreamEvent> &out) = 0;
    // End of stream: flush anything held back (e.g. text after an unclosed <think>).
    virtual void finish(QList<StreamEvent> &out) { Q_UNUSED(out); }
    // True once the stream said it was complete (message_stop, [DONE], or a finish reason). A stream
    // that ends without it is incomplete, never a silent success; so is one that carried an error
    // (an error event or chunk, or an unreadable event), whatever came after it.
    virtual bool sawEnd() const = 0;
};

// A fresh codec for one stream; nullptr for WireFamily::Embeddings (no stream: see below).
std::unique_ptr<WireCodec> makeCodec(WireFamily family);

// Embeddings (multilingual-e5): one JSON request and one JSON response, no stream.
struct EmbeddingResult
{
    QList<QList<float>> vectors; // in input order (sorted by "index")
    qint64 promptTokens = -1;
    QString error; // what was wrong with the response; empty on success
};
QString embeddingsPath();
QByteArray embeddingsBody(const EmbeddingRequest &request);
EmbeddingResult parseEmbeddings(const QByteArray &json);

} // namespace maas
