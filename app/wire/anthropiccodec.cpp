#include "wire/anthropiccodec.h"

#include "wire/codecsupport.h"
#include "wire/fastjson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// The only version Vertex documents; newer SDKs copy their header date here, which Vertex may reject.
constexpr QLatin1StringView kAnthropicVersion = "vertex-2023-10-16"_L1;

Usage usageFrom(const QJsonObject &usage)
{
    Usage u;
    u.inputTokens = codec::tokenCount(usage.value("input_tokens"_L1));
    u.outputTokens = codec::tokenCount(usage.value("output_tokens"_L1));
    u.cacheReadTokens = codec::tokenCount(usage.value("cache_read_input_tokens"_L1));
    u.cacheWriteTokens = codec::tokenCount(usage.value("cache_creation_input_tokens"_L1));
    return u;
}

} // namespace

QString AnthropicCodec::path(const ChatRequest &request) const
{
    return u"publishers/anthropic/models/"_s + request.model + u":streamRawPredict"_s;
}

QByteArray AnthropicCodec::body(const ChatRequest &request) const
{
    QJsonObject body;
    body.insert("anthropic_version"_L1, kAnthropicVersion);
    body.insert("messages"_L1, codec::chatMessages(request, false, codec::ImageStyle::Anthropic));
    if (!request.system.isEmpty())
        body.insert("system"_L1, request.system);
    body.insert("max_tokens"_L1, request.maxTokens);
    body.insert("stream"_L1, true);
    const bool thinking = request.thinkingBudget > 0;
    if (thinking) {
        body.insert("thinking"_L1,
                    QJsonObject{{u"type"_s, u"enabled"_s}, {u"budget_tokens"_s, request.thinkingBudget}});
    }
    // Extended thinking rejects temperature and top_k changes, and top_p below 0.95 (Anthropic's
    // extended-thinking compatibility notes): leave them out rather than fail.
    if (request.temperature && !thinking)
        body.insert("temperature"_L1, *request.temperature);
    if (request.topP && (!thinking || *request.topP >= 0.95))
        body.insert("top_p"_L1, *request.topP);
    if (request.topK && !thinking)
        body.insert("top_k"_L1, *request.topK);
    if (!request.stopSequences.isEmpty())
        body.insert("stop_sequences"_L1, QJsonArray::fromStringList(request.stopSequences));
    return codec::compactJson(body);
}

void AnthropicCodec::decode(const SseEvent &event, QList<StreamEvent> &out)
{
    // Pings are liveness only (the parser already counted their bytes): never parsed.
    if (event.event == "ping" || codec::isBlank(event.data))
        return;
    if (event.event != "error" && codec::fastPathsEnabled()) {
        // Nearly every event is a text or thinking delta: read those without a DOM.
        if (std::optional<codec::AnthropicDelta> delta = codec::readAnthropicDelta(event.data)) {
            if (delta->text.isEmpty())
                return;
            if (delta->kind == codec::AnthropicDelta::Kind::Text)
                out.append(StreamEvent::textDelta(std::move(delta->text)));
            else if (delta->kind == codec::AnthropicDelta::Kind::Thinking)
                out.append(StreamEvent::thinkingDelta(std::move(delta->text)));
            return;
        }
    }
    StreamEvent error;
    const std::optional<QJsonObject> object = codec::parseObject(event, &error);
    if (!object) {
        out.append(std::move(error));
        m_failed = true;
        return;
    }
    if (event.event == "error") {
        // The event name alone makes it an error, whatever the payload looks like.
        std::optional<StreamEvent> e = codec::errorFromObject(*object);
        out.append(e ? std::move(*e)
                     : StreamEvent::error(u"api_error"_s, u"the server sent an error event without details"_s, true));
        m_failed = true;
        return;
    }
    decodeObject(*object, out);
}

void AnthropicCodec::decodeObject(const QJsonObject &object, QList<StreamEvent> &out)
{
    const QString type = object.value("type"_L1).toString();
    if (type == "content_block_delta"_L1) {
        const QJsonObject delta = object.value("delta"_L1).toObject();
        const QString deltaType = delta.value("type"_L1).toString();
        Block block = Block::Other;
        if (deltaType == "text_delta"_L1)
            block = Block::Text;
        else if (deltaType == "thinking_delta"_L1)
            block = Block::Thinking;
        else if (deltaType.isEmpty())
            block = m_blocks.value(object.value("index"_L1).toInteger(-1), Block::Other); // untyped delta
        // signature_delta, input_json_delta, citations_delta: nothing to show.
        if (block == Block::Text) {
            const QString text = delta.value("text"_L1).toString();
            if (!text.isEmpty())
                out.append(StreamEvent::textDelta(text));
        } else if (block == Block::Thinking) {
            const QString thinking = delta.value("thinking"_L1).toString();
            if (!thinking.isEmpty())
                out.append(StreamEvent::thinkingDelta(thinking));
        }
    } else if (type == "content_block_start"_L1) {
        const QJsonObject block = object.value("content_block"_L1).toObject();
        const QString blockType = block.value("type"_L1).toString();
        const qint64 index = object.value("index"_L1).toInteger(-1);
        if (blockType == "text"_L1) {
            m_blocks.insert(index, Block::Text);
            if (const QString text = block.value("text"_L1).toString(); !text.isEmpty())
                out.append(StreamEvent::textDelta(text));
        } else if (blockType == "thinking"_L1) {
            m_blocks.insert(index, Block::Thinking);
            if (const QString thinking = block.value("thinking"_L1).toString(); !thinking.isEmpty())
                out.append(StreamEvent::thinkingDelta(thinking));
        } else {
            m_blocks.insert(index, Block::Other);
        }
    } else if (type == "message_start"_L1) {
        const QJsonValue usage = object.value("message"_L1).toObject().value("usage"_L1);
        if (usage.isObject())
            out.append(StreamEvent::usageReport(usageFrom(usage.toObject())));
    } else if (type == "message_delta"_L1) {
        const QJsonValue usage = object.value("usage"_L1);
        if (usage.isObject())
            out.append(StreamEvent::usageReport(usageFrom(usage.toObject())));
        const QString reason = object.value("delta"_L1).toObject().value("stop_reason"_L1).toString();
        if (!reason.isEmpty()) {
            out.append(StreamEvent::finish(finishReasonFromRaw(reason), reason));
            m_sawEnd = true; // all content is in; only message_stop would follow
        }
    } else if (type == "message_stop"_L1) {
        m_sawEnd = true;
    } else if (type == "error"_L1 || object.contains("error"_L1)) {
        // An error in a data-only event (no "event: error" line): same treatment.
        if (std::optional<StreamEvent> e = codec::errorFromObject(object)) {
            out.append(std::move(*e));
            m_failed = true;
        }
    }
    // content_block_stop, ping (in data only) and future event types: nothing to show.
}

} // namespace maas
