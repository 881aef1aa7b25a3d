#pragma once

#include "catalog/modelinfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace maas {

// An image sent with a user message, as raw bytes (each codec encodes it in its family's format).
// Checked when attached (prompt/imageattachment.h): PNG, JPEG, GIF or WebP, at most 5 MB.
struct ImageAttachment
{
    QString mediaType; // "image/png", "image/jpeg", "image/gif", "image/webp"
    QByteArray data;
    QString name; // the file name, shown only; never sent

    friend bool operator==(const ImageAttachment &, const ImageAttachment &) = default;
};

struct ChatMessage
{
    enum class Role
    {
        User,
        Assistant,
    };
    ChatMessage() = default;
    ChatMessage(Role role, QString text, QList<ImageAttachment> images = {})
        : role(role)
        , text(std::move(text))
        , images(std::move(images))
    {}

    Role role = Role::User;
    QString text;
    QList<ImageAttachment> images; // user messages only; sent before the text
};

// One request to one model, whatever its family. The codec of the family turns it into a body.
struct ChatRequest
{
    WireFamily family = WireFamily::AnthropicVertex;
    QString model; // exact id on the wire: "claude-sonnet-4@20250514", "meta/llama-3.3-70b-instruct-maas"
    QString system;
    QList<ChatMessage> messages;
    int maxTokens = 1024;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> topK;
    QStringList stopSequences;
    // > 0 asks for visible reasoning: Claude "thinking" with this budget (>= 1024, < maxTokens);
    // for OpenAI-endpoint models with optional reasoning it switches reasoning on.
    int thinkingBudget = 0;
    // How this model's stream carries reasoning (from the catalog); ThinkTags makes the codec split
    // <think>...</think> out of the content.
    ThinkingFormat thinkingFormat = ThinkingFormat::None;
};

struct EmbeddingRequest
{
    QString model; // "intfloat/multilingual-e5-small-maas"
    QStringList inputs;
};

} // namespace maas
