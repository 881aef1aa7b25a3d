#pragma once

#include "emulator/generation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace maas::emulator {

struct Fault;

// One write of a streamed response and when it is due (ms after the response headers).
struct StreamFrame
{
    enum class Kind
    {
        Data,  // write bytes
        Close, // close the TCP connection without finishing the response (drop fault)
    };
    QByteArray bytes;
    double atMs = 0;
    bool textDelta = false; // a piece of the visible answer: what mid-stream faults count
    Kind kind = Kind::Data;
};

// A whole streamed response, planned before the first byte goes out.
struct StreamPlan
{
    QList<StreamFrame> frames;
    QByteArray errorFrame;     // the family's mid-stream error (overloaded fault)
    QByteArray malformedFrame; // an event whose JSON is cut short (malformed fault)
};

// Applies a mid-stream fault (overloaded, drop, malformed, stall) to a plan.
void injectStreamFault(StreamPlan *plan, const Fault &fault);

QByteArray sseEvent(QLatin1StringView name, const QByteArray &data);
QByteArray sseData(const QByteArray &data);

// --- Anthropic Messages on Vertex (§2.3, §2.4) -----------------------------------------------------
struct AnthropicMeta
{
    QString messageId; // msg_vrtx_...
    QString model;     // as echoed: the dash form, "claude-sonnet-4-5-20250929"
    QString signature; // of the thinking block
};
StreamPlan anthropicStream(const GenerationPlan &plan, const AnthropicMeta &meta);
QByteArray anthropicMessage(const GenerationPlan &plan, const AnthropicMeta &meta);

// --- OpenAI-compatible chat completions (§3.4–3.6) and Mistral (§4.2) ------------------------------
struct ChatMeta
{
    enum class Dialect
    {
        OpenAi,  // vLLM-style chunks, usage chunk only with include_usage
        Mistral, // usage on the last content chunk, always
    };
    Dialect dialect = Dialect::OpenAi;
    QString id;
    qint64 created = 0;
    QString model;               // echoed as sent
    bool reasoningField = false; // thinking deltas go to reasoning_content (else: already inline)
    bool includeUsage = false;
};
StreamPlan chatStream(const GenerationPlan &plan, const ChatMeta &meta);
QByteArray chatCompletion(const GenerationPlan &plan, const ChatMeta &meta);

} // namespace maas::emulator
