#include "emulator/frontend.h"

#include "catalog/modelcatalog.h"
#include "emulator/accessscenario.h"
#include "emulator/emulator.h"
#include "emulator/oauthroute.h"

#include <QHttpServerRequest>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace maas::emulator {

bool isPlausibleLocation(const QString &location)
{
    static const QRegularExpression pattern(u"^(global|us|eu|[a-z]+(-[a-z]+)+[0-9]+)$"_s);
    return pattern.match(location).hasMatch();
}

QString rpcMethod(const QString &version, Route route)
{
    QString method;
    switch (route) {
    case Route::AnthropicStream:
    case Route::MistralStream:
        method = u"StreamRawPredict"_s;
        break;
    case Route::AnthropicRaw:
    case Route::MistralRaw:
    case Route::CountTokens:
        method = u"RawPredict"_s;
        break;
    case Route::Chat:
        method = u"ChatCompletions"_s;
        break;
    case Route::Embeddings:
        method = u"Embeddings"_s;
        break;
    }
    return u"google.cloud.aiplatform.%1.PredictionService.%2"_s.arg(version, method);
}

bool familyServes(Route route, WireFamily family)
{
    switch (route) {
    case Route::AnthropicRaw:
    case Route::AnthropicStream:
    case Route::CountTokens:
        return family == WireFamily::AnthropicVertex;
    case Route::MistralRaw:
    case Route::MistralStream:
        return family == WireFamily::MistralVertex;
    case Route::Chat:
    case Route::Embeddings:
        // A chat model on /embeddings (or the reverse) is found, then refused with a clear 400.
        return family == WireFamily::OpenAiChat || family == WireFamily::Embeddings;
    }
    return false;
}

bool isAnthropic(Route route)
{
    return route == Route::AnthropicRaw || route == Route::AnthropicStream || route == Route::CountTokens;
}

std::optional<Reply> credentialFailure(const QHttpServerRequest &request, const EmulatorOptions &options,
                                       const TokenIssuer &issuer, const QString &rpcMethod)
{
    const QByteArray authorization = request.value("authorization").trimmed();
    const bool bearer = authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0;
    const QByteArray token = bearer ? authorization.mid(7).trimmed() : QByteArray();
    if (token.isEmpty()) {
        if (!request.value("x-goog-api-key").isEmpty() || request.query().hasQueryItem(u"key"_s))
            return errors::google(401, "UNAUTHENTICATED"_L1,
                                  u"API keys are not supported by this API. Expected OAuth2 access token or other "
                                  "authentication credentials that assert a principal. See "
                                  "https://cloud.google.com/docs/authentication"_s);
        return errors::unauthenticated("CREDENTIALS_MISSING"_L1, rpcMethod);
    }
    if ((!options.requiredToken.isEmpty() && token != options.requiredToken.toUtf8()) ||
        (options.auth.requireMintedTokens && !issuer.accepts(token)) ||
        options.accessScenario == AccessScenario::TokenRevoked)
        return errors::unauthenticated("ACCESS_TOKEN_EXPIRED"_L1, rpcMethod);
    return std::nullopt;
}

std::optional<Reply> frontEndFaultReply(const Fault &fault, const Call &call, const ModelCatalog &catalog)
{
    const QString resource = call.publisherModelResource();
    switch (fault.kind) {
    case Fault::Kind::Unauthenticated:
        return errors::unauthenticated("ACCESS_TOKEN_EXPIRED"_L1, rpcMethod(call.version, call.route));
    case Fault::Kind::Permission:
        return errors::permissionDenied(
            call.route == Route::Chat || call.route == Route::Embeddings ? call.endpointResource() : resource);
    case Fault::Kind::NotEnabled:
        return errors::notEnabled(call.project, resource);
    case Fault::Kind::OrgPolicy:
        return errors::orgPolicy(call.project, call.location);
    case Fault::Kind::WrongRegion:
        return errors::modelNotFound(resource);
    case Fault::Kind::Quota:
        return errors::quota(call.model->publisher + u'-' + call.model->id, call.location, qRound(fault.arg));
    case Fault::Kind::ServerError:
        return errors::internal();
    case Fault::Kind::Unavailable:
        return errors::unavailable();
    case Fault::Kind::Retired: {
        const ModelInfo *replacement = catalog.find(call.model->lifecycle.replacement);
        return errors::retired(resource, call.model->lifecycle.retired, replacement ? replacement->name : QString());
    }
    case Fault::Kind::Overloaded:
        if (call.streamVerb() || call.json.value("stream"_L1).toBool())
            return std::nullopt;
        [[fallthrough]]; // a non-streamed request cannot break mid-stream: it gets the status instead
    case Fault::Kind::Overloaded529:
        if (isAnthropic(call.route))
            return errors::anthropic(529, "overloaded_error"_L1, u"Overloaded"_s, call.requestId);
        return errors::google(429, "RESOURCE_EXHAUSTED"_L1,
                              u"Too many concurrent requests for %1. Please retry later."_s.arg(call.modelId), {},
                              true);
    case Fault::Kind::Drop:
    case Fault::Kind::Malformed:
    case Fault::Kind::Stall:
    case Fault::Kind::SlowStart:
        return std::nullopt;
    }
    return std::nullopt;
}

void applyToWholeReply(const Fault &fault, Outcome *outcome)
{
    if (!outcome->reply || outcome->reply->status != 200)
        return;
    switch (fault.kind) {
    case Fault::Kind::Drop:
        outcome->dropWithoutReply = true;
        break;
    case Fault::Kind::Malformed:
        outcome->reply->body.truncate(outcome->reply->body.size() / 2);
        break;
    case Fault::Kind::Stall:
        outcome->delayMs += fault.arg * 1000.0;
        break;
    default:
        break;
    }
}

} // namespace maas::emulator
