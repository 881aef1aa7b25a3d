#pragma once

// Fast paths for the two events that make up almost every stream (an Anthropic text/thinking delta,
// an OpenAI-style content/reasoning chunk): read without building a QJsonDocument (performance.md
// §4.7). They are strict and conservative: anything they do not fully understand (an escape in a key,
// a float, a duplicate key, invalid UTF-8, an error field, a second choice, ...) returns nullopt and
// the codec falls back on QJsonDocument, so both paths give the same events for every input (a
// differential test in tst_codecs checks this on mutated payloads).

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace maas::codec {

struct AnthropicDelta
{
    enum class Kind
    {
        Text,     // text_delta
        Thinking, // thinking_delta
        Other,    // signature_delta, input_json_delta, ...: nothing to show
    };
    Kind kind = Kind::Other;
    QString text;
};
// {"type":"content_block_delta","index":N,"delta":{"type":"text_delta","text":"..."}} in any key order.
std::optional<AnthropicDelta> readAnthropicDelta(QByteArrayView json);

struct ChatChunk
{
    QString reasoningContent;
    QString reasoning;
    QString content;
    QString finishReason;
};
// A chat.completion.chunk with at most one choice (index 0) whose delta carries only strings or nulls,
// and "usage" null or absent.
std::optional<ChatChunk> readChatChunk(QByteArrayView json);

// On by default. Tests and the benchmark switch it off to compare with the QJsonDocument path.
void setFastPathsEnabled(bool enabled);
bool fastPathsEnabled();

} // namespace maas::codec
