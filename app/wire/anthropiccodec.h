#pragma once

#include "wire/wirecodec.h"

#include <QHash>

namespace maas {

// Claude on Vertex: Messages API body (no "model", anthropic_version in the body) to
// publishers/anthropic/models/{model}:streamRawPredict, and Anthropic's named SSE events back.
class AnthropicCodec final : public WireCodec
{
public:
    QString path(const ChatRequest &request) const override;
    QByteArray body(const ChatRequest &request) const override;
    void decode(const SseEvent &event, QList<StreamEvent> &out) override;
    bool sawEnd() const override { return m_sawEnd && !m_failed; }

private:
    enum class Block
    {
        Text,
        Thinking,
        Other, // tool_use, redacted_thinking, ...: nothing to show
    };
    void decodeObject(const QJsonObject &object, QList<StreamEvent> &out);

    QHash<qint64, Block> m_blocks; // content block index -> type, from content_block_start
    bool m_sawEnd = false;
    bool m_failed = false; // an error was reported: never complete
};

} // namespace maas
