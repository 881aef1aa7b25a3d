#pragma once

#include "catalog/modelinfo.h"
#include "emulator/call.h"

#include <optional>

class QHttpServerRequest;

namespace maas {
class ModelCatalog;
struct EmulatorOptions;
} // namespace maas

namespace maas::emulator {

class TokenIssuer;

// What Google's front end decides before a model sees the request: plausible locations, which
// family a route serves, the RPC names its errors quote, and the replies of injected faults.

// global, us, eu, or a region name such as us-central1 / northamerica-northeast1.
bool isPlausibleLocation(const QString &location);
// "google.cloud.aiplatform.v1.PredictionService.StreamRawPredict", for ErrorInfo metadata.
QString rpcMethod(const QString &version, Route route);
bool familyServes(Route route, WireFamily family);
bool isAnthropic(Route route);

// Credentials, checked first as Google's front end does: no bearer token (or an API key instead),
// a token other than --token, an unminted or revoked one when minted tokens are required, or any
// token under the token-revoked scenario. Nothing when they pass. rpcMethod goes into ErrorInfo.
std::optional<Reply> credentialFailure(const QHttpServerRequest &request, const EmulatorOptions &options,
                                       const TokenIssuer &issuer, const QString &rpcMethod);

// The reply of a fault that answers before any generation; nothing for mid-stream faults.
std::optional<Reply> frontEndFaultReply(const Fault &fault, const Call &call, const ModelCatalog &catalog);
// Mid-stream faults on a reply that is not streamed: drop closes the connection instead of
// answering, malformed cuts the JSON short, stall delays the answer.
void applyToWholeReply(const Fault &fault, Outcome *outcome);

} // namespace maas::emulator
