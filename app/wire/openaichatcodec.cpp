#include "wire/openaichatcodec.h"

#include "wire/codecsupport.h"
#include "wire/fastjson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

constexpr QStringView kOpenTag = u"<think>";
constexpr QStringView kCloseTag = u"</think>";

bool isPartialTag(QStringView rest)
{
    return (rest.size() < kCloseTag.size() && kCloseTag.startsWith(rest)) ||
           (rest.size() < kOpenTag.size() && kOpenTag.startsWith(rest));
}

Usage usageFrom(const QJsonObject &usage)
{
    Usage u;
    u.inputTokens = codec::tokenCount(usage.value("prompt_tokens"_L1));
    u.outputTokens = codec::tokenCount(usage.value("completion_tokens"_L1));
    u.cacheReadTokens = codec::tokenCount(usage.value("prompt_tokens_details"_L1).toObject().value("cached_tokens"_L1));
    return u;
}

} // namespace

QString OpenAiChatCodec::path(const ChatRequest &request) const
{
    Q_UNUSED(request); // the model travels in the body
    return u"endpoints/openapi/chat/completions"_s;
}

QByteArray OpenAiChatCodec::body(const ChatRequest &request) const
{
    BodyOptions options;
    options.model = request.model;
    return chatBody(request, options);
}

QByteArray OpenAiChatCodec::chatBody(const ChatRequest &request, const BodyOptions &options) const
{
    QJsonObject body;
    body.insert("model"_L1, options.model);
    body.insert("messages"_L1, codec::chatMessages(request, true, options.imageStyle));
    // Always sent: some MaaS models cut answers short at a low default otherwise.
    body.insert("max_tokens"_L1, request.maxTokens);
    body.insert("stream"_L1, true);
    if (options.includeUsageOption)
        body.insert("stream_options"_L1, QJsonObject{{u"include_usage"_s, true}});
    if (request.temperature)
        body.insert("temperature"_L1, *request.temperature);
    if (request.topP)
        body.insert("top_p"_L1, *request.topP);
    if (request.topK && options.topK)
        body.insert("top_k"_L1, *request.topK);
    if (!request.stopSequences.isEmpty())
        body.insert("stop"_L1, QJsonArray::fromStringList(request.stopSequences));
    // DeepSeek V3.1's switch for reasoning; chat templates without the variable ignore it.
    if (options.thinkingSwitch && request.thinkingBudget > 0)
        body.insert("chat_template_kwargs"_L1, QJsonObject{{u"thinking"_s, true}});
    return codec::compactJson(body);
}

void OpenAiChatCodec::begin(const ChatRequest &request)
{
    m_thinkTags = request.thinkingFormat == ThinkingFormat::ThinkTags;
}

void OpenAiChatCodec::decode(const SseEvent &event, QList<StreamEvent> &out)
{
    if (m_done)
        return; // nothing after [DONE] counts (the client stops reading there)
    if (event.data == "[DONE]") {
        // Exact match only: "[DONE] " or a multi-line "[DONE]\nx" is not the sentinel.
        flushHeldTag(out);
        m_done = true;
        return;
    }
    if (codec::isBlank(event.data))
        return; // keep-alive: never parsed
    if (codec::fastPathsEnabled()) {
        // Plain content/reasoning chunks, nearly all of a stream, are read without a DOM.
        if (const std::optional<codec::ChatChunk> chunk = codec::readChatChunk(event.data)) {
            emitReasoning(chunk->reasoningContent.isEmpty() ? chunk->reasoning : chunk->reasoningContent, out);
            emitContentText(chunk->content, out);
            if (!chunk->finishReason.isEmpty())
                finishWith(chunk->finishReason, out);
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
    decodeObject(*object, out);
}

void OpenAiChatCodec::decodeObject(const QJsonObject &object, QList<StreamEvent> &out)
{
    if (std::optional<StreamEvent> error = codec::errorFromObject(object)) {
        flushHeldTag(out);
        out.append(std::move(*error));
        m_failed = true;
        return;
    }
    QString finishReason;
    const QJsonArray choices = object.value("choices"_L1).toArray();
    for (const QJsonValue &choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        if (choice.value("index"_L1).toInteger(0) != 0)
            continue; // we ask for one choice (n = 1)
        const QJsonObject delta = choice.value("delta"_L1).toObject();
        // Newer vLLM renamed reasoning_content to reasoning and may send both: take one.
        const QString reasoningContent = codec::stringField(delta, "reasoning_content"_L1);
        emitReasoning(reasoningContent.isEmpty() ? codec::stringField(delta, "reasoning"_L1) : reasoningContent, out);
        decodeContent(delta.value("content"_L1), out);
        // Llama Guard's refusal is the visible answer of a blocked prompt.
        if (const QString refusal = codec::stringField(delta, "refusal"_L1); !refusal.isEmpty()) {
            out.append(StreamEvent::textDelta(refusal));
            m_finished = false;
        }
        if (const QString reason = codec::stringField(choice, "finish_reason"_L1); !reason.isEmpty())
            finishReason = reason;
    }
    // With include_usage the counts come on a last chunk with "choices": []; some models put them on
    // the chunk with the finish_reason instead, and vLLM sends "usage": null on the others.
    if (const QJsonValue usage = object.value("usage"_L1); usage.isObject())
        out.append(StreamEvent::usageReport(usageFrom(usage.toObject())));
    if (!finishReason.isEmpty())
        finishWith(finishReason, out);
}

void OpenAiChatCodec::emitReasoning(const QString &reasoning, QList<StreamEvent> &out)
{
    if (reasoning.isEmpty())
        return;
    out.append(StreamEvent::thinkingDelta(reasoning));
    m_finished = false;
}

void OpenAiChatCodec::emitContentText(const QString &text, QList<StreamEvent> &out)
{
    if (m_thinkTags)
        splitThinkTags(text, out);
    else
        emitContent(text, out);
}

void OpenAiChatCodec::finishWith(const QString &reason, QList<StreamEvent> &out)
{
    flushHeldTag(out);
    out.append(StreamEvent::finish(finishReasonFromRaw(reason), reason));
    m_finished = true;
}

void OpenAiChatCodec::decodeContent(const QJsonValue &content, QList<StreamEvent> &out)
{
    if (content.isString()) {
        emitContentText(content.toString(), out);
        return;
    }
    // Mistral's reasoning models send typed parts: {"type":"thinking","thinking":[{"type":"text",...}]}.
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &partValue : parts) {
        const QJsonObject part = partValue.toObject();
        const QString type = part.value("type"_L1).toString();
        if (type == "text"_L1) {
            if (const QString text = codec::stringField(part, "text"_L1); !text.isEmpty()) {
                out.append(StreamEvent::textDelta(text));
                m_finished = false;
            }
        } else if (type == "thinking"_L1) {
            const QJsonValue thinking = part.value("thinking"_L1);
            QString text = thinking.toString();
            for (const QJsonValue &inner : thinking.toArray())
                text += inner.toObject().value("text"_L1).toString();
            if (!text.isEmpty()) {
                out.append(StreamEvent::thinkingDelta(text));
                m_finished = false;
            }
        }
    }
}

void OpenAiChatCodec::splitThinkTags(const QString &content, QList<StreamEvent> &out)
{
    if (content.isEmpty())
        return;
    if (m_thinkClosed) {
        emitContent(content, out);
        return;
    }
    const QString text = m_heldTag.isEmpty() ? content : m_heldTag + content;
    m_heldTag.clear();
    const QStringView view(text);
    qsizetype runStart = 0; // start of the text not emitted yet
    qsizetype from = 0;     // where the search for '<' resumes
    while (!m_thinkClosed) {
        const qsizetype lt = view.indexOf(u'<', from);
        if (lt < 0)
            break;
        const QStringView rest = view.sliced(lt);
        if (rest.startsWith(kCloseTag)) {
            emitContent(view.sliced(runStart, lt - runStart), out);
            m_thinkClosed = true;
            runStart = lt + kCloseTag.size();
        } else if (rest.startsWith(kOpenTag)) {
            emitContent(view.sliced(runStart, lt - runStart), out); // the tag itself is dropped
            runStart = from = lt + kOpenTag.size();
        } else if (isPartialTag(rest)) {
            emitContent(view.sliced(runStart, lt - runStart), out);
            m_heldTag = rest.toString(); // decided by the next delta (or flushed at the end)
            return;
        } else {
            from = lt + 1; // a literal '<'
        }
    }
    emitContent(view.sliced(runStart), out);
}

void OpenAiChatCodec::emitContent(QStringView text, QList<StreamEvent> &out)
{
    if (text.isEmpty())
        return;
    const bool thinking = m_thinkTags && !m_thinkClosed;
    out.append(thinking ? StreamEvent::thinkingDelta(text.toString()) : StreamEvent::textDelta(text.toString()));
    m_finished = false;
}

void OpenAiChatCodec::flushHeldTag(QList<StreamEvent> &out)
{
    if (m_heldTag.isEmpty())
        return;
    const QString held = std::exchange(m_heldTag, QString());
    emitContent(held, out); // it never became a tag: it was text of the current kind
}

void OpenAiChatCodec::finish(QList<StreamEvent> &out)
{
    flushHeldTag(out);
}

} // namespace maas
