// Cloud Resource Manager v1, the two calls the access doctor makes: projects.get and
// projects.testIamPermissions, on the same port as the Vertex routes (README.md "Resource Manager").
#include "emulator/accessscenario.h"
#include "emulator/emulator.h"
#include "emulator/frontend.h"
#include "emulator/jsonwriter.h"
#include "emulator/oauthroute.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace maas {

using namespace emulator;

namespace {

constexpr auto kPredict = "aiplatform.endpoints.predict"_L1;

Reply getProject(const QString &project)
{
    const QByteArray body = JsonObjectWriter()
                                .add("projectNumber"_L1, projectNumberFor(project))
                                .add("projectId"_L1, project)
                                .add("lifecycleState"_L1, "ACTIVE"_L1)
                                .add("name"_L1, project)
                                .add("createTime"_L1, "2024-05-01T09:00:00.000Z"_L1)
                                .bytes();
    return Reply::json(200, body + '\n');
}

// The caller holds every permission asked about, except predict under no-predict-permission.
Reply testPermissions(const QByteArray &requestBody, AccessScenario scenario)
{
    const QJsonDocument document = QJsonDocument::fromJson(requestBody);
    const QJsonValue asked = document.object().value("permissions"_L1);
    if (!document.isObject() || !asked.isArray())
        return errors::invalidArgument(u"Invalid JSON payload received. The body must be an object with a "
                                       "`permissions` array of permission names."_s);
    QList<QByteArray> held;
    for (const QJsonValue &permission : asked.toArray()) {
        const QString name = permission.toString();
        if (name.isEmpty() || !name.contains(u'.'))
            return errors::invalidArgument(u"Permission '%1' is not a valid permission name."_s.arg(name));
        if (scenario == AccessScenario::NoPredictPermission && name == kPredict)
            continue;
        held << jsonString(name);
    }
    // An empty result is an empty object, as Google sends it.
    if (held.isEmpty())
        return Reply::json(200, "{}\n");
    return Reply::json(200, JsonObjectWriter().addRaw("permissions"_L1, jsonArray(held)).bytes() + '\n');
}

} // namespace

void Emulator::setUpResourceManagerRoutes()
{
    m_http->route(u"/v1/projects/<arg>"_s, QHttpServerRequest::Method::Get, this,
                  [this](const QString &project, const QHttpServerRequest &request, QHttpServerResponder &responder) {
                      handleResourceManager(project, request, responder);
                  });
    m_http->route(
        u"/v1/projects/<arg>"_s, QHttpServerRequest::Method::Post, this,
        [this](const QString &projectAndVerb, const QHttpServerRequest &request, QHttpServerResponder &responder) {
            handleResourceManager(projectAndVerb, request, responder);
        });
}

void Emulator::handleResourceManager(const QString &projectAndVerb, const QHttpServerRequest &request,
                                     QHttpServerResponder &responder)
{
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const qsizetype colon = projectAndVerb.indexOf(u':');
    const QString project = colon < 0 ? projectAndVerb : projectAndVerb.left(colon);
    const QString verb = colon < 0 ? QString() : projectAndVerb.mid(colon + 1);
    if (get ? !verb.isEmpty() : verb != u"testIamPermissions") {
        handleMissing(request, responder);
        return;
    }
    auto log = EmulatorRequestLog::arrived(get ? u"GET"_s : u"POST"_s, request.url().path());
    const QString rpc = get ? u"google.cloudresourcemanager.v1.Projects.GetProject"_s
                            : u"google.cloudresourcemanager.v1.Projects.TestIamPermissions"_s;
    Reply reply;
    if (auto failure = credentialFailure(request, m_options, *m_tokenIssuer, rpc))
        reply = *failure;
    else if (m_options.accessScenario == AccessScenario::ProjectNotFound)
        reply = errors::callerLacksPermission(); // v1 hides whether the project exists
    else if (m_options.accessScenario == AccessScenario::ResourceManagerDisabled)
        reply = errors::serviceDisabled(projectNumberFor(project), u"cloudresourcemanager.googleapis.com"_s,
                                        u"Cloud Resource Manager API"_s);
    else if (get)
        reply = getProject(project);
    else
        reply = testPermissions(request.body(), m_options.accessScenario);
    respond(request, responder, Outcome::of(std::move(reply)), 0, log);
}

} // namespace maas
