// The access doctor's last two steps: a one-token request through ChatClient (the normal wire
// path) at the pane's location, and whether the global endpoint is allowed.
#include "catalog/modelcatalog.h"
#include "doctor/accessdoctor.h"
#include "vertex/endpointresolver.h"

using namespace Qt::StringLiterals;

namespace maas {

void AccessDoctor::checkModel(const QString &location, bool forGlobalStep)
{
    const std::optional<WireFamily> family =
        m_info ? std::optional(m_info->family) : ChatClient::guessFamily(m_request.model);
    if (!family) {
        set(Model, StepStatus::Fail, {},
            tr("'%1' is neither in the catalog nor an exact Vertex model id.").arg(m_request.model),
            {{tr("List the models the catalog knows"), u"maas-cli models"_s}});
        skipFrom(Global, tr("No model to check."));
        finish();
        return;
    }
    if (const QString problem = EndpointResolver::locationProblem(location); !problem.isEmpty()) {
        set(Model, StepStatus::Fail, {}, problem,
            {{tr("Pick a location the model is served at"), m_info ? m_info->locations().join(u", "_s) : QString()}});
        skipFrom(Global, tr("No valid location."));
        finish();
        return;
    }
    if (!m_probe) {
        ChatClient::Options options;
        options.project = m_request.project;
        options.baseOverride = m_request.baseOverride;
        options.quotaProject = m_request.quotaProject;
        options.idleTimeoutMs = 30000;
        options.retry.maxRetries = 0; // the doctor reports walls, it does not wait them out
        m_probe = new ChatClient(m_network, m_tokens, m_clock, m_catalog, options, this);
    }
    const int serial = m_serial;
    const QString model = m_info ? m_info->requestId : m_request.model;
    if (*family == WireFamily::Embeddings) {
        m_probe->embed(
            EmbeddingRequest{model, {u"ok"_s}}, location, m_runGuard.get(),
            [this, serial, location, forGlobalStep](const EmbeddingResult &, const std::optional<UserError> &error) {
                if (serial == m_serial)
                    onProbe(location, forGlobalStep, error);
            });
        return;
    }
    ChatRequest request;
    request.family = *family;
    request.model = model;
    request.messages = {ChatMessage{ChatMessage::Role::User, u"Hi"_s}};
    request.maxTokens = 1;
    ChatStream *stream = m_probe->start(request, location);
    connect(stream, &ChatStream::finished, m_runGuard.get(),
            [this, serial, location, forGlobalStep](ChatStream *finished, const ChatResult &result) {
                finished->deleteLater();
                if (serial == m_serial)
                    onProbe(location, forGlobalStep, result.error);
            });
}

void AccessDoctor::onProbe(const QString &location, bool forGlobalStep, const std::optional<UserError> &error)
{
    const QString project = m_request.project;
    if (forGlobalStep) { // the pane is regional; is global open too?
        if (!error)
            set(Global, StepStatus::Pass, tr("The global endpoint also serves %1 for this project.").arg(modelLabel()));
        else if (error->cause == u"org-policy")
            set(Global, StepStatus::Warning, {},
                tr("An organization policy (constraints/gcp.restrictEndpointUsage) blocks the global endpoint; this "
                   "pane uses %1, which is allowed.")
                    .arg(m_request.location),
                {{tr("See the effective policy"), doctorfix::describeEndpointPolicy(project)}});
        else
            set(Global, StepStatus::Warning, {}, tr("The global endpoint did not answer: %1").arg(error->title));
        finish();
        return;
    }

    if (error && error->cause == u"org-policy" && location == u"global" && !m_globalBlocked) {
        m_globalBlocked = true;
        const QStringList regional = m_info ? m_info->regions : QStringList();
        QList<DoctorFix> fixes;
        if (!regional.isEmpty())
            fixes << DoctorFix{tr("Switch this pane to a regional location that serves %1: %2")
                                   .arg(modelLabel(), regional.join(u", "_s)),
                               {}};
        fixes << DoctorFix{tr("See the effective policy"), doctorfix::describeEndpointPolicy(project)}
              << DoctorFix{tr("Or ask an organization policy administrator to allow the global endpoint "
                              "(aiplatform.googleapis.com) in constraints/gcp.restrictEndpointUsage"),
                           {}};
        set(Global, StepStatus::Fail, {},
            tr("An organization policy blocks the global endpoint for project %1: %2").arg(project, error->detail),
            fixes);
        if (regional.isEmpty()) {
            set(Model, StepStatus::Skipped, {},
                tr("The global endpoint is blocked and the catalog lists no regional location for %1.")
                    .arg(modelLabel()));
            finish();
            return;
        }
        checkModel(regional.first(), false); // is the model enabled at all? Ask a region.
        return;
    }
    if (error) {
        modelFailed(*error, location);
        skipFrom(Global, tr("The model did not answer at %1.").arg(location));
        finish();
        return;
    }

    QString found = tr("%1 answered a one-token request at %2").arg(modelLabel(), location);
    if (location != m_request.location)
        found += tr(" (asked there because the global endpoint is blocked)");
    set(Model, StepStatus::Pass, found);
    if (isCustomServer()) {
        set(Global, StepStatus::Skipped, {},
            tr("%1 is served by its own server, not by Vertex AI's global endpoint; no organization policy "
               "applies.")
                .arg(modelLabel()));
        finish();
    } else if (m_globalBlocked) {
        finish();
    } else if (m_request.location == u"global") {
        set(Global, StepStatus::Pass, tr("The global endpoint answered."));
        finish();
    } else if (m_info && !m_info->global) {
        set(Global, StepStatus::Skipped, {},
            tr("%1 is not offered on the global endpoint; nothing to check.").arg(modelLabel()));
        finish();
    } else {
        checkModel(u"global"_s, true);
    }
}

void AccessDoctor::modelFailed(const UserError &e, const QString &location)
{
    const QString project = m_request.project;
    QString why = e.title + u": "_s + e.detail;
    QList<DoctorFix> fixes;
    if (e.cause == u"not-enabled") {
        if (m_info)
            fixes << DoctorFix{tr("Enable %1 on its Model Garden card (Enable or Agree); this needs the Consumer "
                                  "Procurement Entitlement Manager role")
                                   .arg(modelLabel()),
                               doctorfix::modelGardenUrl(*m_info, project)};
        fixes << DoctorFix{tr("Grant that role to whoever enables models"),
                           doctorfix::grantRole(project, m_email, u"roles/consumerprocurement.entitlementManager"_s)}
              << DoctorFix{
                     tr("If an organization policy restricts services, it must allow "
                        "cloudcommerceconsumerprocurement.googleapis.com"),
                     u"gcloud org-policies describe gcp.restrictServiceUsage --project=%1 --effective"_s.arg(project)};
    } else if (e.cause == u"permission") {
        fixes << DoctorFix{tr("Grant the Vertex AI User role (an administrator of the project runs this)"),
                           doctorfix::grantRole(project, m_email, u"roles/aiplatform.user"_s)};
    } else if (e.cause == u"service-disabled") {
        why = tr("The Vertex AI API is not enabled in project %1: %2").arg(project, e.detail);
        fixes << DoctorFix{tr("Enable the Vertex AI API"),
                           doctorfix::enableService(project, u"aiplatform.googleapis.com"_s)};
    } else if (e.cause == u"not-found" || e.cause == u"not-served") {
        QStringList elsewhere = m_info ? m_info->locations() : QStringList();
        elsewhere.removeAll(location);
        if (!elsewhere.isEmpty()) {
            // The catalog's default location first: the likeliest to serve it.
            const QString suggested =
                elsewhere.contains(m_info->defaultLocation()) ? m_info->defaultLocation() : elsewhere.first();
            fixes << DoctorFix{tr("Switch this pane to a location that serves %1: %2")
                                   .arg(modelLabel(), elsewhere.join(u", "_s)),
                               {}}
                  << DoctorFix{tr("Check that location"),
                               u"maas-cli doctor --project %1 --location %2 --model %3"_s.arg(project, suggested,
                                                                                              m_info->id)};
        } else {
            fixes << DoctorFix{tr("Check the exact model id (version suffix included) on its Model Garden card"),
                               m_info ? doctorfix::modelGardenUrl(*m_info, project) : QString()};
        }
    } else if (e.cause == u"quota") {
        why += u' ' + tr("New projects often have a quota of 0 for partner and open models.");
        fixes << DoctorFix{tr("Request a quota increase (the metric and base model are named above)"),
                           doctorfix::quotaUrl(project)}
              << DoctorFix{tr("Another location has its own quota"), {}};
    } else if (e.cause == u"credentials") {
        fixes = doctorfix::signIn();
    } else {
        fixes << DoctorFix{e.remedy, {}};
    }
    set(Model, StepStatus::Fail, {}, why, fixes);
}

} // namespace maas
