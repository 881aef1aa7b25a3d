#include "emulator/accessscenario.h"

#include "catalog/modelinfo.h"
#include "emulator/call.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

struct ScenarioText
{
    AccessScenario scenario;
    const char16_t *name;
    const char16_t *summary;
};

constexpr ScenarioText kScenarios[] = {
    {AccessScenario::AllowAll, u"everything-allowed", u"every check passes (default)"},
    {AccessScenario::TokenRevoked, u"token-revoked", u"every API call: 401 UNAUTHENTICATED (ACCESS_TOKEN_EXPIRED)"},
    {AccessScenario::ProjectNotFound, u"project-not-found",
     u"Resource Manager and Vertex: 403, the project does not exist or is hidden"},
    {AccessScenario::ApiDisabled, u"api-disabled", u"Vertex: 403 SERVICE_DISABLED, aiplatform.googleapis.com is off"},
    {AccessScenario::NoPredictPermission, u"no-predict-permission",
     u"caller lacks aiplatform.endpoints.predict (testIamPermissions and Vertex 403)"},
    {AccessScenario::ModelNotEnabled, u"model-not-enabled",
     u"Vertex: 400 FAILED_PRECONDITION, model not enabled in Model Garden"},
    {AccessScenario::ModelNotInRegion, u"model-not-in-region",
     u"Vertex: 404 NOT_FOUND at every location but the model's default"},
    {AccessScenario::GlobalBlockedByOrgPolicy, u"global-blocked-by-org-policy",
     u"Vertex at global: 403, constraints/gcp.restrictEndpointUsage"},
    {AccessScenario::ZeroQuota, u"zero-quota", u"Vertex: 429 RESOURCE_EXHAUSTED, the project has no quota"},
    {AccessScenario::ResourceManagerDisabled, u"resource-manager-disabled",
     u"Resource Manager: 403 SERVICE_DISABLED; Vertex answers (the doctor warns)"},
};

} // namespace

QString accessScenarioName(AccessScenario scenario)
{
    for (const ScenarioText &s : kScenarios)
        if (s.scenario == scenario)
            return QString::fromUtf16(s.name);
    return {};
}

std::optional<AccessScenario> accessScenarioFromName(QStringView name)
{
    for (const ScenarioText &s : kScenarios)
        if (name == QStringView(s.name))
            return s.scenario;
    return std::nullopt;
}

QList<AccessScenario> allAccessScenarios()
{
    QList<AccessScenario> list;
    for (const ScenarioText &s : kScenarios)
        list << s.scenario;
    return list;
}

QString accessScenarioSummary(AccessScenario scenario)
{
    for (const ScenarioText &s : kScenarios)
        if (s.scenario == scenario)
            return QString::fromUtf16(s.summary);
    return {};
}

namespace emulator {

QString projectNumberFor(const QString &projectId)
{
    const QByteArray digest = QCryptographicHash::hash(projectId.toUtf8(), QCryptographicHash::Sha256);
    quint64 n = 0;
    for (int i = 0; i < 8; ++i)
        n = (n << 8) | quint8(digest.at(i));
    return QString::number(100000000000ULL + n % 900000000000ULL);
}

std::optional<Reply> scenarioReplyBeforeModel(AccessScenario scenario, const Call &call)
{
    switch (scenario) {
    case AccessScenario::ProjectNotFound:
    case AccessScenario::NoPredictPermission:
        // Vertex does not tell a missing project from a missing permission: both are this 403.
        return errors::permissionDenied(call.route == Route::Chat || call.route == Route::Embeddings
                                            ? call.endpointResource()
                                            : call.publisherModelResource());
    case AccessScenario::ApiDisabled:
        return errors::serviceDisabled(projectNumberFor(call.project), u"aiplatform.googleapis.com"_s,
                                       u"Vertex AI API"_s);
    case AccessScenario::GlobalBlockedByOrgPolicy:
        if (call.location == u"global")
            return errors::orgPolicy(call.project, call.location);
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

std::optional<Reply> scenarioReplyForModel(AccessScenario scenario, const Call &call)
{
    switch (scenario) {
    case AccessScenario::ModelNotEnabled:
        return errors::notEnabled(call.project, call.publisherModelResource());
    case AccessScenario::ModelNotInRegion:
        if (call.location != call.model->defaultLocation())
            return errors::modelNotFound(call.publisherModelResource());
        return std::nullopt;
    case AccessScenario::ZeroQuota: {
        Reply reply = errors::quota(call.model->publisher + u'-' + call.model->id, call.location, 0);
        reply.headers.clear(); // a quota of zero has nothing to wait for
        return reply;
    }
    default:
        return std::nullopt;
    }
}

} // namespace emulator
} // namespace maas
