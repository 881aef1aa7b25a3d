#pragma once

#include "wire/codecsupport.h"
#include "wire/wirecodec.h"

namespace maas {

// Open models on Vertex's OpenAI-compatible endpoint (vLLM behind it): Chat Completions body to
// endpoints/openapi/chat/completions, chat.completion.chunk events back, ending with [DONE] or with
// a finish_reason (some models send no [DONE]). Reasoning arrives as reasoning_content/reasoning
// deltas or, with ThinkingFormat::ThinkTags, inline in the content between <think> and </think>.
class OpenAiChatCodec : public WireCodec
{
public:
    QString path(const ChatRequest &request) const override;
    QByteArray body(const ChatRequest &request) const override;
    void begin(const ChatRequest &request) override;
    void decode(const SseEvent &event, QList<StreamEvent> &out) override;
    void finish(QList<StreamEvent> &out) override;
    bool sawEnd() const override { return (m_done || m_finished) && !m_failed; }

protected:
    // Everything the OpenAI endpoint and Mistral share; the families differ in these details.
    struct BodyOptions
    {
        bool includeUsageOption = true; // stream_options.include_usage
        bool topK = true;               // vLLM extension
        bool thinkingSwitch = true;     // chat_template_kwargs.thinking
        codec::ImageStyle imageStyle = codec::ImageStyle::OpenAiObject;
        QString model;
    };
    QByteArray chatBody(const ChatRequest &request, const BodyOptions &options) const;

private:
    void decodeObject(const QJsonObject &object, QList<StreamEvent> &out);
    void decodeContent(const QJsonValue &content, QList<StreamEvent> &out);
    void emitReasoning(const QString &reasoning, QList<StreamEvent> &out);
    void emitContentText(const QString &text, QList<StreamEvent> &out);
    void finishWith(const QString &reason, QList<StreamEvent> &out);
    void splitThinkTags(const QString &content, QList<StreamEvent> &out);
    void emitContent(QStringView text, QList<StreamEvent> &out);
    void flushHeldTag(QList<StreamEvent> &out);

    bool m_thinkTags = false;
    // ThinkTags state: content is reasoning until </think> (DeepSeek R1 may omit the opening tag,
    // as vLLM's own reasoning parser assumes); m_heldTag is a possible partial tag ("<thi") at the
    // end of the last content delta, the only text ever held back.
    bool m_thinkClosed = false;
    QString m_heldTag;
    bool m_done = false;     // [DONE]
    bool m_finished = false; // a finish_reason with no content after it
    bool m_failed = false;   // an error was reported: never complete
};

} // namespace maas
