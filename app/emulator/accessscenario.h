#pragma once

#include "emulator/errorbodies.h"

#include <QList>
#include <QString>

#include <optional>

namespace maas {

// Which access wall the emulator plays, for the access doctor and its tests (README.md "Access
// scenarios"). Each one answers with the status, envelope and message Google sends for that wall.
enum class AccessScenario
{
    AllowAll,                 // everything-allowed: the default
    TokenRevoked,             // every API call: 401 UNAUTHENTICATED, ACCESS_TOKEN_EXPIRED
    ProjectNotFound,          // Resource Manager 403 "The caller does not have permission"; Vertex 403
    ApiDisabled,              // Vertex: 403 SERVICE_DISABLED for aiplatform.googleapis.com
    NoPredictPermission,      // testIamPermissions leaves out aiplatform.endpoints.predict; Vertex 403
    ModelNotEnabled,          // Vertex: 400 FAILED_PRECONDITION "not allowed to use Publisher Model"
    ModelNotInRegion,         // Vertex: 404 NOT_FOUND at every location but the model's default one
    GlobalBlockedByOrgPolicy, // Vertex at global: 403 constraints/gcp.restrictEndpointUsage
    ZeroQuota,                // Vertex: 429 RESOURCE_EXHAUSTED (array envelope)
    ResourceManagerDisabled, // Resource Manager: 403 SERVICE_DISABLED (a service account's own project); Vertex answers
};

// "everything-allowed", "token-revoked", ...
QString accessScenarioName(AccessScenario scenario);
std::optional<AccessScenario> accessScenarioFromName(QStringView name);
QList<AccessScenario> allAccessScenarios();
// One line for --help.
QString accessScenarioSummary(AccessScenario scenario);

namespace emulator {

struct Call;

// The project number the emulator reports for a project id (stable, 12 digits).
QString projectNumberFor(const QString &projectId);
// The scenario's answer to a Vertex call before its body is read (project, API, IAM, endpoint walls).
std::optional<Reply> scenarioReplyBeforeModel(AccessScenario scenario, const Call &call);
// The scenario's answer once the model is known (enablement, location, quota walls).
std::optional<Reply> scenarioReplyForModel(AccessScenario scenario, const Call &call);

} // namespace emulator
} // namespace maas
