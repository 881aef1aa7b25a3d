#include "emulator/wire.h"

#include "emulator/faults.h"
#include "emulator/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace maas::emulator {

namespace {

// Where a fault after `count` visible deltas goes: the index of the frame that follows them.
qsizetype indexAfterTextDeltas(const StreamPlan &plan, int count)
{
    qsizetype lastText = -1;
    int seen = 0;
    for (qsizetype i = 0; i < plan.frames.size(); ++i) {
        if (!plan.frames.at(i).textDelta)
            continue;
        if (seen == count)
            return i;
        lastText = i;
        ++seen;
    }
    if (lastText >= 0)
        return lastText + 1;
    return qMin<qsizetype>(1, plan.frames.size());
}

double timeBefore(const StreamPlan &plan, qsizetype index)
{
    return index > 0 && index <= plan.frames.size() ? plan.frames.at(index - 1).atMs : 0.0;
}

} // namespace

void injectStreamFault(StreamPlan *plan, const Fault &fault)
{
    if (!fault.firesMidStream())
        return;
    const qsizetype at = indexAfterTextDeltas(*plan, fault.deltasBefore());
    const double when = timeBefore(*plan, at);
    switch (fault.kind) {
    case Fault::Kind::Drop:
        plan->frames.resize(at);
        plan->frames.append(StreamFrame{{}, when, false, StreamFrame::Kind::Close});
        break;
    case Fault::Kind::Overloaded:
        plan->frames.resize(at);
        plan->frames.append(StreamFrame{plan->errorFrame, when, false, StreamFrame::Kind::Data});
        break;
    case Fault::Kind::Malformed:
        plan->frames.insert(at, StreamFrame{plan->malformedFrame, when, false, StreamFrame::Kind::Data});
        break;
    case Fault::Kind::Stall:
        // Seconds of silence are real seconds: the speed factor does not shorten them.
        for (qsizetype i = at; i < plan->frames.size(); ++i)
            plan->frames[i].atMs += fault.arg * 1000.0;
        break;
    default:
        break;
    }
}

QByteArray sseEvent(QLatin1StringView name, const QByteArray &data)
{
    return "event: " + QByteArrayView(name.data(), name.size()).toByteArray() + "\ndata: " + data + "\n\n";
}

QByteArray sseData(const QByteArray &data)
{
    return "data: " + data + "\n\n";
}

// --- Anthropic -------------------------------------------------------------------------------------

namespace {

QLatin1StringView stopReason(const GenerationPlan &plan)
{
    return plan.truncated ? "max_tokens"_L1 : "end_turn"_L1;
}

QByteArray contentBlockEvent(QLatin1StringView type, int index, const QByteArray &block)
{
    return sseEvent(
        type, JsonObjectWriter().add("type"_L1, type).add("index"_L1, index).addRaw("content_block"_L1, block).bytes());
}

QByteArray deltaEvent(int index, const QByteArray &delta)
{
    return sseEvent("content_block_delta"_L1, JsonObjectWriter()
                                                  .add("type"_L1, "content_block_delta"_L1)
                                                  .add("index"_L1, index)
                                                  .addRaw("delta"_L1, delta)
                                                  .bytes());
}

QByteArray stopEvent(int index)
{
    return sseEvent("content_block_stop"_L1,
                    JsonObjectWriter().add("type"_L1, "content_block_stop"_L1).add("index"_L1, index).bytes());
}

} // namespace

StreamPlan anthropicStream(const GenerationPlan &plan, const AnthropicMeta &meta)
{
    StreamPlan out;
    const auto add = [&out](const QByteArray &bytes, double at, bool textDelta = false) {
        out.frames.append(StreamFrame{bytes, at, textDelta, StreamFrame::Kind::Data});
    };

    const QByteArray usage = JsonObjectWriter()
                                 .add("input_tokens"_L1, plan.inputTokens)
                                 .add("cache_creation_input_tokens"_L1, 0)
                                 .add("cache_read_input_tokens"_L1, 0)
                                 .add("output_tokens"_L1, 1)
                                 .bytes();
    const QByteArray message = JsonObjectWriter()
                                   .add("id"_L1, meta.messageId)
                                   .add("type"_L1, "message"_L1)
                                   .add("role"_L1, "assistant"_L1)
                                   .add("model"_L1, meta.model)
                                   .addRaw("content"_L1, "[]")
                                   .addNull("stop_reason"_L1)
                                   .addNull("stop_sequence"_L1)
                                   .addRaw("usage"_L1, usage)
                                   .bytes();
    add(sseEvent("message_start"_L1,
                 JsonObjectWriter().add("type"_L1, "message_start"_L1).addRaw("message"_L1, message).bytes()),
        0);
    add(sseEvent("ping"_L1, QByteArrayLiteral("{\"type\": \"ping\"}")), 0);

    int index = -1;
    bool inThinking = false;
    bool inText = false;
    double lastAt = plan.firstTokenMs;
    const auto closeThinking = [&](double at) {
        add(deltaEvent(
                index,
                JsonObjectWriter().add("type"_L1, "signature_delta"_L1).add("signature"_L1, meta.signature).bytes()),
            at);
        add(stopEvent(index), at);
        inThinking = false;
    };
    for (const Delta &delta : plan.deltas) {
        if (delta.thinking && !inThinking) {
            ++index;
            inThinking = true;
            add(contentBlockEvent("content_block_start"_L1, index,
                                  JsonObjectWriter()
                                      .add("type"_L1, "thinking"_L1)
                                      .add("thinking"_L1, ""_L1)
                                      .add("signature"_L1, ""_L1)
                                      .bytes()),
                delta.atMs);
        }
        if (!delta.thinking && !inText) {
            if (inThinking)
                closeThinking(delta.atMs);
            ++index;
            inText = true;
            add(contentBlockEvent("content_block_start"_L1, index,
                                  JsonObjectWriter().add("type"_L1, "text"_L1).add("text"_L1, ""_L1).bytes()),
                delta.atMs);
        }
        const QByteArray body =
            delta.thinking
                ? JsonObjectWriter().add("type"_L1, "thinking_delta"_L1).add("thinking"_L1, delta.text).bytes()
                : JsonObjectWriter().add("type"_L1, "text_delta"_L1).add("text"_L1, delta.text).bytes();
        add(deltaEvent(index, body), delta.atMs, !delta.thinking);
        lastAt = delta.atMs;
    }
    if (inThinking)
        closeThinking(lastAt);
    if (inText)
        add(stopEvent(index), lastAt);

    const QByteArray stop =
        JsonObjectWriter().add("stop_reason"_L1, stopReason(plan)).addNull("stop_sequence"_L1).bytes();
    add(sseEvent("message_delta"_L1,
                 JsonObjectWriter()
                     .add("type"_L1, "message_delta"_L1)
                     .addRaw("delta"_L1, stop)
                     .addRaw("usage"_L1, JsonObjectWriter().add("output_tokens"_L1, plan.outputTokens).bytes())
                     .bytes()),
        lastAt);
    add(sseEvent("message_stop"_L1, QByteArrayLiteral("{\"type\":\"message_stop\"}")), lastAt);

    out.errorFrame = sseEvent("error"_L1, QByteArrayLiteral("{\"type\": \"error\", \"error\": {\"type\": "
                                                            "\"overloaded_error\", \"message\": \"Overloaded\"}}"));
    out.malformedFrame = sseEvent("content_block_delta"_L1,
                                  QByteArrayLiteral("{\"type\":\"content_block_delta\",\"index\":") +
                                      QByteArray::number(qMax(0, index)) +
                                      QByteArrayLiteral(",\"delta\":{\"type\":\"text_delta\",\"text\":\"unfinis"));
    return out;
}

QByteArray anthropicMessage(const GenerationPlan &plan, const AnthropicMeta &meta)
{
    QList<QByteArray> content;
    if (!plan.thinking.isEmpty()) {
        content << JsonObjectWriter()
                       .add("type"_L1, "thinking"_L1)
                       .add("thinking"_L1, plan.thinking)
                       .add("signature"_L1, meta.signature)
                       .bytes();
    }
    content << JsonObjectWriter().add("type"_L1, "text"_L1).add("text"_L1, plan.text).bytes();
    const QByteArray cacheCreation =
        JsonObjectWriter().add("ephemeral_5m_input_tokens"_L1, 0).add("ephemeral_1h_input_tokens"_L1, 0).bytes();
    const QByteArray usage = JsonObjectWriter()
                                 .add("input_tokens"_L1, plan.inputTokens)
                                 .add("cache_creation_input_tokens"_L1, 0)
                                 .add("cache_read_input_tokens"_L1, 0)
                                 .addRaw("cache_creation"_L1, cacheCreation)
                                 .add("output_tokens"_L1, plan.outputTokens)
                                 .bytes();
    return JsonObjectWriter()
        .add("model"_L1, meta.model)
        .add("id"_L1, meta.messageId)
        .add("type"_L1, "message"_L1)
        .add("role"_L1, "assistant"_L1)
        .addRaw("content"_L1, jsonArray(content))
        .add("stop_reason"_L1, stopReason(plan))
        .addNull("stop_sequence"_L1)
        .addRaw("usage"_L1, usage)
        .bytes();
}

} // namespace maas::emulator
