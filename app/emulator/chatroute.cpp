// The OpenAI-compatible endpoint (chat completions, embeddings) and Mistral's rawPredict
// (vertex-protocol.md §3, §4, §6).
#include "catalog/modelinfo.h"
#include "emulator/call.h"
#include "emulator/embeddings.h"
#include "emulator/emulator.h"
#include "emulator/generation.h"
#include "emulator/jsonwriter.h"
#include "emulator/scriptbook.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace maas::emulator {

namespace {

bool isMistral(const Call &call)
{
    return call.route == Route::MistralRaw || call.route == Route::MistralStream;
}

// Validation errors in each backend's own shape: FastAPI 422 for Mistral, OpenAI-style otherwise.
Reply invalid(const Call &call, const QString &field, const QString &message, QLatin1StringView mistralType)
{
    if (isMistral(call))
        return errors::mistralValidation({u"body"_s, field}, message, mistralType);
    return errors::openAi(400, field + u": "_s + message, "invalid_request_error"_L1, field);
}

// Whether this request gets visible reasoning, per the catalog's thinking mode.
bool wantsThinking(const ModelInfo &model, const QJsonObject &body)
{
    switch (model.thinkingMode) {
    case ThinkingMode::Always:
        return true;
    case ThinkingMode::Optional: {
        const QJsonObject kwargs = body.value("chat_template_kwargs"_L1).toObject();
        return kwargs.value("thinking"_L1).toBool() || kwargs.value("enable_thinking"_L1).toBool() ||
               body.value("reasoning_effort"_L1).isString();
    }
    default:
        return false;
    }
}

Outcome answerOcr(const Call &call)
{
    const QString markdown = u"# %1 (emulated)\n\nThe emulator does not read documents. This page stands in for "
                             "the text a real OCR run would return, with a heading, a paragraph and a table.\n\n"
                             "| Field | Value |\n|---|---|\n| Pages | 1 |\n| Language | en |\n"_s.arg(call.model->name);
    const QByteArray dimensions =
        JsonObjectWriter().add("dpi"_L1, 200).add("height"_L1, 2339).add("width"_L1, 1653).bytes();
    const QByteArray page = JsonObjectWriter()
                                .add("index"_L1, 0)
                                .add("markdown"_L1, markdown)
                                .addRaw("images"_L1, "[]")
                                .addRaw("dimensions"_L1, dimensions)
                                .bytes();
    const QByteArray usage =
        JsonObjectWriter()
            .add("pages_processed"_L1, 1)
            .add("doc_size_bytes"_L1,
                 qint64(call.json.value("document"_L1).toObject().value("document_url"_L1).toString().size()))
            .bytes();
    Outcome outcome = Outcome::of(Reply::json(200, JsonObjectWriter()
                                                       .addRaw("pages"_L1, jsonArray({page}))
                                                       .add("model"_L1, call.modelId)
                                                       .addRaw("usage_info"_L1, usage)
                                                       .bytes()));
    outcome.delayMs = 900 / (call.speed > 0 ? call.speed : 1e9);
    return outcome;
}

} // namespace

Outcome answerChat(const Context &context, const Call &call)
{
    const QJsonObject &body = call.json;
    const ModelInfo &model = *call.model;
    if (model.isEmbedding())
        return Outcome::of(
            errors::openAi(400, u"Model %1 is an embedding model: use the /embeddings endpoint"_s.arg(call.modelId),
                           "invalid_request_error"_L1, u"model"_s));
    if (isMistral(call) && call.modelId.contains(u"ocr"_s) && body.contains("document"_L1))
        return answerOcr(call);

    const QJsonValue messages = body.value("messages"_L1);
    if (messages.isUndefined())
        return Outcome::of(invalid(call, u"messages"_s, u"Field required"_s, "missing"_L1));
    if (!messages.isArray() || messages.toArray().isEmpty())
        return Outcome::of(invalid(call, u"messages"_s, u"List should have at least 1 item"_s, "too_short"_L1));
    const bool stream = body.value("stream"_L1).toBool(false);
    if (isMistral(call) && call.route == Route::MistralStream && !stream)
        return Outcome::of(
            invalid(call, u"stream"_s, u"must be true when calling :streamRawPredict"_s, "value_error"_L1));
    if (isMistral(call) && call.route == Route::MistralRaw && stream)
        return Outcome::of(
            invalid(call, u"stream"_s, u"streaming requests must use :streamRawPredict"_s, "value_error"_L1));

    QJsonValue maxValue = body.value("max_tokens"_L1);
    if (maxValue.isUndefined())
        maxValue = body.value("max_completion_tokens"_L1);
    int maxTokens = 0;
    if (!maxValue.isUndefined() && !maxValue.isNull()) {
        if (!maxValue.isDouble() || maxValue.toInteger() < 1)
            return Outcome::of(invalid(call, u"max_tokens"_s, u"Input should be a positive integer"_s, "int_type"_L1));
        maxTokens = int(maxValue.toInteger());
        if (model.maxOutputTokens > 0 && maxTokens > model.maxOutputTokens)
            return Outcome::of(
                invalid(call, u"max_tokens"_s,
                        u"%1 is too large; %2 supports at most %3 completion tokens"_s.arg(
                            QString::number(maxTokens), call.modelId, QString::number(model.maxOutputTokens)),
                        "less_than_equal"_L1));
    }

    QList<SeenImage> images;
    if (auto error = checkImages(call, &images))
        return Outcome::of(*error);

    const bool thinking = wantsThinking(model, body);
    PlanRequest request;
    request.answer = context.scripts.compose(model, call.prompt, thinking);
    if (!images.isEmpty())
        request.answer.text = imageAcknowledgement(images) + u"\n\n"_s + request.answer.text;
    if (thinking && model.thinkingFormat == ThinkingFormat::ThinkTags) {
        // DeepSeek R1 reasons inside the content, between <think> tags (§3.6).
        request.answer.text = u"<think>\n"_s + request.answer.thinking + u"\n</think>\n\n"_s + request.answer.text;
        request.answer.thinking.clear();
    }
    request.speed = context.scripts.speedFor(model);
    request.speedFactor = call.speed;
    request.maxTokens = maxTokens;
    request.inputTokens = call.inputTokens;
    request.seed = stableHash(call.seedText());
    const GenerationPlan plan = planGeneration(request);

    ChatMeta meta;
    meta.dialect = isMistral(call) ? ChatMeta::Dialect::Mistral : ChatMeta::Dialect::OpenAi;
    meta.id = isMistral(call) ? deterministicId(""_L1, call.seedText(), 32, true)
                              : deterministicId("chatcmpl-"_L1, call.seedText(), 32, true);
    meta.created = call.created;
    meta.model = body.value("model"_L1).toString(call.modelId);
    meta.reasoningField = model.thinkingFormat == ThinkingFormat::ReasoningField;
    meta.includeUsage = body.value("stream_options"_L1).toObject().value("include_usage"_L1).toBool();

    Outcome outcome;
    if (stream) {
        outcome.stream = chatStream(plan, meta);
    } else {
        outcome.reply = Reply::json(200, chatCompletion(plan, meta));
        outcome.delayMs = plan.totalMs;
    }
    return outcome;
}

Outcome answerEmbeddings(const Context &context, const Call &call)
{
    Q_UNUSED(context);
    const ModelInfo &model = *call.model;
    if (!model.isEmbedding())
        return Outcome::of(errors::openAi(400, u"Model %1 does not support embeddings"_s.arg(call.modelId),
                                          "invalid_request_error"_L1, u"model"_s));
    QStringList inputs;
    const QJsonValue input = call.json.value("input"_L1);
    if (input.isString()) {
        inputs << input.toString();
    } else if (input.isArray()) {
        for (const QJsonValue &item : input.toArray()) {
            if (!item.isString())
                return Outcome::of(errors::openAi(400, u"input: every item must be a string"_s,
                                                  "invalid_request_error"_L1, u"input"_s));
            inputs << item.toString();
        }
    }
    if (inputs.isEmpty())
        return Outcome::of(errors::openAi(400, u"input: Field required"_s, "invalid_request_error"_L1, u"input"_s));
    // The fault directive, if any, was already taken off the first input.
    inputs[0] = call.prompt;

    int dimensions = model.embeddingDimensions > 0 ? model.embeddingDimensions : 384;
    const QJsonValue requested = call.json.value("dimensions"_L1);
    if (requested.isDouble()) {
        if (requested.toInteger() < 1 || requested.toInteger() > dimensions)
            return Outcome::of(errors::openAi(
                400, u"dimensions: must be between 1 and %1 for %2"_s.arg(QString::number(dimensions), call.modelId),
                "invalid_request_error"_L1, u"dimensions"_s));
        dimensions = int(requested.toInteger());
    }
    const bool base64 = call.json.value("encoding_format"_L1).toString() == u"base64";

    QList<QByteArray> data;
    int tokens = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QList<float> vector = embedText(inputs.at(i), dimensions);
        tokens += estimateTokens(inputs.at(i));
        QByteArray encoded;
        if (base64) {
            QByteArray raw(vector.size() * qsizetype(sizeof(float)), Qt::Uninitialized);
            for (qsizetype k = 0; k < vector.size(); ++k)
                qToLittleEndian(vector.at(k), raw.data() + k * qsizetype(sizeof(float)));
            encoded = jsonString(QString::fromLatin1(raw.toBase64()));
        } else {
            QList<QByteArray> numbers;
            numbers.reserve(vector.size());
            for (const float value : vector)
                numbers << QByteArray::number(double(value), 'g', 7);
            encoded = jsonArray(numbers);
        }
        data << JsonObjectWriter()
                    .add("object"_L1, "embedding"_L1)
                    .add("index"_L1, int(i))
                    .addRaw("embedding"_L1, encoded)
                    .bytes();
    }
    const QByteArray usage = JsonObjectWriter().add("prompt_tokens"_L1, tokens).add("total_tokens"_L1, tokens).bytes();
    Outcome outcome = Outcome::of(Reply::json(200, JsonObjectWriter()
                                                       .add("object"_L1, "list"_L1)
                                                       .addRaw("data"_L1, jsonArray(data))
                                                       .add("model"_L1, call.modelId)
                                                       .addRaw("usage"_L1, usage)
                                                       .bytes()));
    outcome.delayMs = (40 + 2.0 * inputs.size()) / (call.speed > 0 ? call.speed : 1e9);
    return outcome;
}

} // namespace maas::emulator
