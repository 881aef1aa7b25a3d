#pragma once

#include "catalog/modelinfo.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace maas {

struct ChatMessage
{
    enum class Role
    {
        User,
        Assistant,
    };
    Role role = Role::User;
    QString text;
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
