// Claude on Vertex: :rawPredict, :streamRawPredict and count-tokens (vertex-protocol.md §2).
#include "catalog/modelinfo.h"
#include "emulator/call.h"
#include "emulator/emulator.h"
#include "emulator/generation.h"
#include "emulator/scriptbook.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace maas::emulator {

namespace {

Reply invalid(const Call &call, const QString &message)
{
    return errors::anthropic(400, "invalid_request_error"_L1, message, call.requestId);
}

// The model id as Claude echoes it: "claude-sonnet-4-5@20250929" becomes "claude-sonnet-4-5-20250929".
QString echoedModel(const QString &requestId)
{
    QString model = requestId;
    return model.replace(u'@', u'-');
}

// A thinking block's signature: opaque base64, long like the real ones, stable for the same text.
QString signatureFor(const QString &thinking)
{
    QByteArray material = QByteArrayLiteral("EqQBCkgIBBABGAIiQ") + thinking.toUtf8();
    QByteArray bytes;
    for (int i = 0; i < 6; ++i) {
        material = QCryptographicHash::hash(material, QCryptographicHash::Sha256);
        bytes += material;
    }
    return QString::fromLatin1(QByteArrayLiteral("Eq") + bytes.toBase64());
}

struct ThinkingRequest
{
    bool on = false;
    int budget = 0; // 0: adaptive
};

// Checks the body like Anthropic's backend does; returns the error reply, or nothing when valid.
std::optional<Reply> validate(const Call &call, ThinkingRequest *thinking)
{
    const QJsonObject &body = call.json;
    if (body.contains("model"_L1))
        return invalid(call, u"model: Extra inputs are not permitted. On Vertex AI the model is the URL's "
                             "{MODEL_ID} segment; remove `model` from the body."_s);
    const QJsonValue version = body.value("anthropic_version"_L1);
    if (version.isUndefined())
        return invalid(call, u"anthropic_version: Field required (use \"vertex-2023-10-16\")"_s);
    static const QRegularExpression versionPattern(u"^(vertex-)?\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!version.isString() || !versionPattern.match(version.toString()).hasMatch())
        return invalid(call, u"anthropic_version: invalid value; use \"vertex-2023-10-16\""_s);
    const QJsonValue messages = body.value("messages"_L1);
    if (messages.isUndefined())
        return invalid(call, u"messages: Field required"_s);
    if (!messages.isArray() || messages.toArray().isEmpty())
        return invalid(call, u"messages: at least one message is required"_s);
    if (messages.toArray().first().toObject().value("role"_L1).toString() != u"user")
        return invalid(call, u"messages: first message must use the \"user\" role"_s);
    const QJsonValue maxTokens = body.value("max_tokens"_L1);
    if (maxTokens.isUndefined())
        return invalid(call, u"max_tokens: Field required"_s);
    if (!maxTokens.isDouble() || maxTokens.toDouble() < 1 || maxTokens.toDouble() != double(maxTokens.toInteger()))
        return invalid(call, u"max_tokens: Input should be a valid integer greater than or equal to 1"_s);
    const int limit = call.model->maxOutputTokens;
    if (limit > 0 && maxTokens.toInteger() > limit)
        return invalid(call, u"max_tokens: %1 > %2, which is the maximum allowed number of output tokens for %3"_s.arg(
                                 QString::number(maxTokens.toInteger()), QString::number(limit),
                                 echoedModel(call.model->requestId)));
    const bool stream = body.value("stream"_L1).toBool(false);
    if (call.route == Route::AnthropicStream && !stream)
        return invalid(call, u"stream: must be true when calling :streamRawPredict"_s);
    if (call.route == Route::AnthropicRaw && stream)
        return invalid(call, u"stream: streaming requests must use :streamRawPredict, not :rawPredict"_s);

    const QJsonObject config = body.value("thinking"_L1).toObject();
    const QString type = config.value("type"_L1).toString();
    if (type == u"enabled" || type == u"adaptive") {
        if (call.model->thinkingFormat != ThinkingFormat::Anthropic)
            return invalid(call, u"thinking: %1 does not support extended thinking"_s.arg(call.model->name));
        thinking->on = true;
        if (type == u"enabled") {
            const QJsonValue budget = config.value("budget_tokens"_L1);
            if (!budget.isDouble())
                return invalid(call, u"thinking.enabled.budget_tokens: Field required"_s);
            if (budget.toInteger() < 1024)
                return invalid(call,
                               u"thinking.enabled.budget_tokens: Input should be greater than or equal to 1024"_s);
            if (budget.toInteger() >= maxTokens.toInteger())
                return invalid(call, u"`max_tokens` must be greater than `thinking.budget_tokens`. Please consult "
                                     "our documentation at https://docs.claude.com/en/docs/build-with-claude/"
                                     "extended-thinking#max-tokens-and-context-window-size"_s);
            thinking->budget = int(budget.toInteger());
        }
    } else if (!type.isEmpty() && type != u"disabled") {
        return invalid(call, u"thinking.type: Input should be 'enabled', 'adaptive' or 'disabled'"_s);
    }
    return std::nullopt;
}

} // namespace

Outcome answerAnthropic(const Context &context, const Call &call)
{
    ThinkingRequest thinking;
    if (auto error = validate(call, &thinking))
        return Outcome::of(*error);
    QList<SeenImage> images;
    if (auto error = checkImages(call, &images))
        return Outcome::of(*error);

    PlanRequest request;
    request.answer = context.scripts.compose(*call.model, call.prompt, thinking.on);
    if (!images.isEmpty())
        request.answer.text = imageAcknowledgement(images) + u"\n\n"_s + request.answer.text;
    request.speed = context.scripts.speedFor(*call.model);
    request.speedFactor = call.speed;
    request.maxTokens = int(call.json.value("max_tokens"_L1).toInteger());
    request.thinkingBudget = thinking.budget;
    request.inputTokens = call.inputTokens;
    request.seed = stableHash(call.seedText());
    const GenerationPlan plan = planGeneration(request);

    AnthropicMeta meta;
    meta.messageId = deterministicId("msg_vrtx_01"_L1, call.seedText(), 22);
    meta.model = echoedModel(call.model->requestId);
    meta.signature = plan.thinking.isEmpty() ? QString() : signatureFor(plan.thinking);

    Outcome outcome;
    outcome.headers.append({QByteArrayLiteral("request-id"), call.requestId.toLatin1()});
    if (call.route == Route::AnthropicStream) {
        outcome.stream = anthropicStream(plan, meta);
    } else {
        outcome.reply = Reply::json(200, anthropicMessage(plan, meta));
        outcome.delayMs = plan.totalMs;
    }
    return outcome;
}

Outcome answerCountTokens(const Context &context, const Call &call)
{
    Q_UNUSED(context);
    if (!call.json.value("messages"_L1).isArray())
        return Outcome::of(invalid(call, u"messages: Field required"_s));
    return Outcome::of(Reply::json(200, "{\"input_tokens\":" + QByteArray::number(call.inputTokens) + '}'));
}

} // namespace maas::emulator
