// OpenAI-compatible chat completions (Llama, gpt-oss, Qwen, DeepSeek) and Mistral on Vertex: the
// same chunk shape with different key orders and usage placement (vertex-protocol.md §3.5, §4.2).
#include "emulator/jsonwriter.h"
#include "emulator/wire.h"

using namespace Qt::StringLiterals;

namespace maas::emulator {

namespace {

bool isMistral(const ChatMeta &meta)
{
    return meta.dialect == ChatMeta::Dialect::Mistral;
}

QByteArray finishReason(const GenerationPlan &plan)
{
    return plan.truncated ? QByteArrayLiteral("\"length\"") : QByteArrayLiteral("\"stop\"");
}

QByteArray usageObject(const GenerationPlan &plan, const ChatMeta &meta)
{
    const int total = plan.inputTokens + plan.outputTokens;
    if (isMistral(meta)) {
        return JsonObjectWriter()
            .add("prompt_tokens"_L1, plan.inputTokens)
            .add("total_tokens"_L1, total)
            .add("completion_tokens"_L1, plan.outputTokens)
            .bytes();
    }
    return JsonObjectWriter()
        .add("prompt_tokens"_L1, plan.inputTokens)
        .add("completion_tokens"_L1, plan.outputTokens)
        .add("total_tokens"_L1, total)
        .bytes();
}

JsonObjectWriter header(const ChatMeta &meta, QLatin1StringView object)
{
    JsonObjectWriter writer;
    writer.add("id"_L1, meta.id).add("object"_L1, object).add("created"_L1, meta.created).add("model"_L1, meta.model);
    return writer;
}

QByteArray choice(const ChatMeta &meta, QLatin1StringView key, const QByteArray &body, const QByteArray &finish)
{
    JsonObjectWriter writer;
    writer.add("index"_L1, 0).addRaw(key, body);
    if (isMistral(meta))
        writer.addRaw("finish_reason"_L1, finish).addNull("logprobs"_L1);
    else
        writer.addNull("logprobs"_L1).addRaw("finish_reason"_L1, finish);
    return writer.bytes();
}

QByteArray chunk(const ChatMeta &meta, const QByteArray &delta, const QByteArray &finish = "null",
                 const QByteArray &usage = {})
{
    JsonObjectWriter writer = header(meta, "chat.completion.chunk"_L1);
    writer.addRaw("choices"_L1, jsonArray({choice(meta, "delta"_L1, delta, finish)}));
    if (!usage.isEmpty())
        writer.addRaw("usage"_L1, usage);
    return sseData(writer.bytes());
}

} // namespace

StreamPlan chatStream(const GenerationPlan &plan, const ChatMeta &meta)
{
    StreamPlan out;
    const auto add = [&out](const QByteArray &bytes, double at, bool textDelta = false) {
        out.frames.append(StreamFrame{bytes, at, textDelta, StreamFrame::Kind::Data});
    };

    const double firstAt = plan.deltas.isEmpty() ? plan.firstTokenMs : plan.deltas.first().atMs;
    add(chunk(meta, JsonObjectWriter().add("role"_L1, "assistant"_L1).add("content"_L1, ""_L1).bytes()), firstAt);

    qsizetype lastText = -1;
    for (qsizetype i = 0; i < plan.deltas.size(); ++i) {
        if (!plan.deltas.at(i).thinking)
            lastText = i;
    }
    double lastAt = firstAt;
    bool finished = false;
    for (qsizetype i = 0; i < plan.deltas.size(); ++i) {
        const Delta &delta = plan.deltas.at(i);
        const QLatin1StringView key = delta.thinking && meta.reasoningField ? "reasoning_content"_L1 : "content"_L1;
        const QByteArray body = JsonObjectWriter().add(key, delta.text).bytes();
        if (isMistral(meta) && i == lastText) {
            add(chunk(meta, body, finishReason(plan), usageObject(plan, meta)), delta.atMs, true);
            finished = true;
        } else {
            add(chunk(meta, body), delta.atMs, !delta.thinking);
        }
        lastAt = delta.atMs;
    }
    if (isMistral(meta)) {
        if (!finished)
            add(chunk(meta, QByteArrayLiteral("{\"content\":\"\"}"), finishReason(plan), usageObject(plan, meta)),
                lastAt);
    } else {
        add(chunk(meta, QByteArrayLiteral("{}"), finishReason(plan)), lastAt);
        if (meta.includeUsage) {
            JsonObjectWriter usage = header(meta, "chat.completion.chunk"_L1);
            usage.addRaw("choices"_L1, "[]").addRaw("usage"_L1, usageObject(plan, meta));
            add(sseData(usage.bytes()), lastAt);
        }
    }
    add(sseData(QByteArrayLiteral("[DONE]")), lastAt);

    out.errorFrame =
        sseData(JsonObjectWriter()
                    .add("error"_L1, JsonObjectWriter()
                                         .add("message"_L1, "The model is overloaded. Please try again later."_L1)
                                         .add("type"_L1, "overloaded_error"_L1)
                                         .addNull("param"_L1)
                                         .add("code"_L1, 503))
                    .bytes());
    QByteArray broken = header(meta, "chat.completion.chunk"_L1).bytes();
    broken.chop(1); // drop the closing brace: the object never ends
    out.malformedFrame = sseData(broken + ",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"unfinis");
    return out;
}

QByteArray chatCompletion(const GenerationPlan &plan, const ChatMeta &meta)
{
    JsonObjectWriter message;
    message.add("role"_L1, "assistant"_L1).add("content"_L1, plan.text);
    if (meta.reasoningField && !plan.thinking.isEmpty())
        message.add("reasoning_content"_L1, plan.thinking);
    if (isMistral(meta))
        message.addNull("tool_calls"_L1);
    JsonObjectWriter writer = header(meta, "chat.completion"_L1);
    writer.addRaw("choices"_L1, jsonArray({choice(meta, "message"_L1, message.bytes(), finishReason(plan))}))
        .addRaw("usage"_L1, usageObject(plan, meta));
    return writer.bytes();
}

} // namespace maas::emulator
