#pragma once

#include "emulator/errorbodies.h"
#include "emulator/faults.h"
#include "emulator/wire.h"

#include <QHttpHeaders>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace maas {
struct EmulatorOptions;
class ModelCatalog;
struct ModelInfo;
} // namespace maas

namespace maas::emulator {

class ScriptBook;

enum class Route
{
    AnthropicRaw,
    AnthropicStream,
    CountTokens,
    Chat,
    Embeddings,
    MistralRaw,
    MistralStream,
};

// One request as the route handlers see it, after routing, auth and model lookup.
struct Call
{
    Route route = Route::Chat;
    QString version; // v1 or v1beta1
    QString project;
    QString location;
    QJsonObject json;
    QString modelId;                  // as requested (path segment or body `model`)
    const ModelInfo *model = nullptr; // from the catalog
    QString prompt;                   // the last user message, without a [[fault:...]] directive
    int inputTokens = 0;
    std::optional<Fault> fault; // the fault that fires for this request, if any
    QString requestId;          // req_vrtx_...
    qint64 created = 0;         // unix seconds, for OpenAI/Mistral chunks
    double speed = 1;

    bool streamVerb() const { return route == Route::AnthropicStream || route == Route::MistralStream; }
    // "projects/P/locations/L/publishers/PUB/models/M", the name Vertex errors quote.
    QString publisherModelResource() const;
    // "projects/P/locations/L/endpoints/openapi".
    QString endpointResource() const;
    // The stable seed of everything generated for this request.
    QString seedText() const;
};

// What to answer: a whole reply or a stream, after a delay.
struct Outcome
{
    std::optional<Reply> reply;
    std::optional<StreamPlan> stream;
    double delayMs = 0; // before the reply, or before the stream's headers
    QList<QPair<QByteArray, QByteArray>> headers;
    bool dropWithoutReply = false; // close the connection instead of answering

    static Outcome of(Reply reply)
    {
        Outcome outcome;
        outcome.reply = std::move(reply);
        return outcome;
    }
};

struct Context
{
    const ModelCatalog &catalog;
    const ScriptBook &scripts;
    const EmulatorOptions &options;
};

Outcome answerAnthropic(const Context &context, const Call &call);
Outcome answerCountTokens(const Context &context, const Call &call);
Outcome answerChat(const Context &context, const Call &call); // OpenAI-compatible and Mistral
Outcome answerEmbeddings(const Context &context, const Call &call);

// An image a request carried, as the emulator decoded it.
struct SeenImage
{
    QString mediaType;
    qint64 bytes = 0;
};
// Checks every image block of the messages (base64, media type, size, the model's vision support)
// the way the family's backend does; returns the error reply, or fills seen in message order.
std::optional<Reply> checkImages(const Call &call, QList<SeenImage> *seen);
// "I see 1 image (image/png, 12 KB)." or empty without images: the scripted answer starts with it.
QString imageAcknowledgement(const QList<SeenImage> &seen);

// The text of the last user message (string content or text blocks/parts).
QString lastUserText(const QJsonArray &messages);
// All prompt text the model reads: system plus every message, for the input token estimate.
QString allPromptText(const QJsonObject &body);
// A deterministic id: prefix + `length` characters derived from seed.
QString deterministicId(QLatin1StringView prefix, const QString &seed, int length, bool hex = false);

} // namespace maas::emulator
