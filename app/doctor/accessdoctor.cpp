#include "doctor/accessdoctor.h"

#include "catalog/modelcatalog.h"
#include "client/tokenprovider.h"
#include "common/clock.h"
#include "vertex/endpointresolver.h"
#include "vertex/errortranslator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

constexpr auto kPredict = "aiplatform.endpoints.predict"_L1;
constexpr qint64 kTimeoutMs = 30000;

QString listProjectsCommand()
{
    return u"gcloud projects list --format=\"value(projectId)\""_s;
}

} // namespace

AccessDoctor::AccessDoctor(QNetworkAccessManager &network, TokenProvider &tokens, Clock &clock,
                           const ModelCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_clock(clock)
    , m_catalog(catalog)
    , m_steps(plannedSteps())
{
    qRegisterMetaType<DoctorStep>();
}

AccessDoctor::~AccessDoctor()
{
    ++m_serial;
    m_runGuard.reset(); // the probe client is a child and goes with this
}

QList<DoctorStep> AccessDoctor::plannedSteps()
{
    const auto step = [](const QString &id, const QString &title) {
        DoctorStep s;
        s.id = id;
        s.title = title;
        return s;
    };
    return {
        step(u"credentials"_s, tr("Credentials found")),
        step(u"token"_s, tr("Access token obtained")),
        step(u"project"_s, tr("Project reachable")),
        step(u"permission"_s, tr("Caller holds aiplatform.endpoints.predict")),
        step(u"model"_s, tr("Model enabled and served at the location")),
        step(u"global"_s, tr("Global endpoint allowed by organization policy")),
    };
}

bool AccessDoctor::passed() const
{
    return std::none_of(m_steps.cbegin(), m_steps.cend(), [](const DoctorStep &s) {
        return s.status == StepStatus::Fail || s.status == StepStatus::Pending;
    });
}

void AccessDoctor::cancel()
{
    ++m_serial;
    // Deleted later: cancel() may be called from inside a callback of the run it ends.
    if (m_runGuard)
        m_runGuard.release()->deleteLater();
    if (m_probe)
        m_probe->deleteLater();
    m_probe = nullptr;
    m_running = false;
}

void AccessDoctor::run(const DoctorRequest &request)
{
    cancel();
    m_request = request;
    m_steps = plannedSteps();
    m_info = m_catalog ? m_catalog->find(request.model) : nullptr;
    m_email.clear();
    m_tokenExpiry = {};
    m_globalBlocked = false;
    m_running = true;
    m_runGuard = std::make_unique<QObject>();
    for (int i = 0; i < m_steps.size(); ++i)
        Q_EMIT stepChanged(i, m_steps.at(i));
    const int serial = m_serial;
    m_tokens.fetch(m_runGuard.get(), [this, serial](const AccessToken &token, const QString &error) {
        if (serial == m_serial)
            onToken(token, error);
    });
}

void AccessDoctor::onToken(const AccessToken &token, const QString &error)
{
    const DoctorCredentials credentials =
        m_request.credentials ? m_request.credentials() : DoctorCredentials{tr("the app's credential source"), {}};
    if (!error.isEmpty() && (!credentials.problem.isEmpty() || credentials.source.isEmpty())) {
        set(Credentials, StepStatus::Fail, credentials.source,
            credentials.problem.isEmpty() ? error : credentials.problem,
            {{tr("Create Application Default Credentials with your Google account"),
              u"gcloud auth application-default login"_s},
             {tr("Or use a service-account key file (or pick one in Tools ▸ Settings)"),
              u"export GOOGLE_APPLICATION_CREDENTIALS=/path/to/key.json"_s}});
        skipFrom(Token, tr("No credentials were found."));
        finish();
        return;
    }
    set(Credentials, StepStatus::Pass, tr("Using %1").arg(credentials.source));
    if (!error.isEmpty()) {
        set(Token, StepStatus::Fail, credentials.source, error, doctorfix::signIn());
        skipFrom(Project, tr("No access token."));
        finish();
        return;
    }
    m_email = token.account;
    m_tokenExpiry = token.expiry;
    if (isCustomServer()) // tokeninfo and Resource Manager are Google's; that server is not
        checkCustomServer();
    else if (m_email.isEmpty())
        lookUpIdentity(token.value);
    else
        checkProject();
}

bool AccessDoctor::isCustomServer() const
{
    return m_info && !m_info->endpoint.isEmpty();
}

void AccessDoctor::checkCustomServer()
{
    set(Token, StepStatus::Pass, tokenFound());
    const QString why = tr("%1 is served by its own OpenAI-compatible server (%2), not by Vertex AI: Google Cloud "
                           "projects and IAM permissions do not apply to it, so Resource Manager is not asked.")
                            .arg(modelLabel(), m_info->endpoint.toDisplayString());
    set(Project, StepStatus::Skipped, {}, why);
    set(Permission, StepStatus::Skipped, {}, why);
    checkModel(m_request.location, false);
}

void AccessDoctor::lookUpIdentity(const QString &token)
{
    // The source does not say whose token it is (ADC user credentials, a pasted token): tokeninfo does,
    // and the fix commands can then name the principal.
    QNetworkRequest request(EndpointResolver(m_request.project, m_request.baseOverride).tokenInfoUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setTransferTimeout(std::chrono::milliseconds(kTimeoutMs));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.post(request, "access_token=" + QUrl::toPercentEncoding(token));
    const int serial = m_serial;
    connect(reply, &QNetworkReply::finished, m_runGuard.get(), [this, serial, reply] {
        reply->deleteLater();
        if (serial != m_serial)
            return;
        // Unknown stays unknown: the fixes then say user:YOUR_EMAIL.
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
            m_email = QJsonDocument::fromJson(reply->readAll()).object().value("email"_L1).toString();
        checkProject();
    });
}

QString AccessDoctor::tokenFound() const
{
    QString found = m_email.isEmpty() ? tr("A token was obtained; neither its source nor tokeninfo say whose it is")
                                      : tr("Authenticates as %1").arg(m_email);
    if (m_tokenExpiry.isValid())
        found += tr(", valid for %n more minute(s)", nullptr, int(m_clock.now().secsTo(m_tokenExpiry) / 60));
    return found;
}

void AccessDoctor::checkProject()
{
    if (const QString problem = EndpointResolver::projectProblem(m_request.project); !problem.isEmpty()) {
        set(Token, StepStatus::Pass, tokenFound());
        set(Project, StepStatus::Fail, {}, problem,
            {{tr("List the ids of the projects you can use"), listProjectsCommand()}});
        skipFrom(Permission, tr("No valid project."));
        finish();
        return;
    }
    const QUrl url = EndpointResolver(m_request.project, m_request.baseOverride).resourceManagerUrl();
    callResourceManager(url, {}, [this](int status, const QByteArray &body, const UserError &error) {
        const QString project = m_request.project;
        if (status == 401) {
            set(Token, StepStatus::Fail, tokenFound(), tr("The server rejected the access token: %1").arg(error.detail),
                doctorfix::signIn());
            skipFrom(Project, tr("The access token was rejected."));
            finish();
            return;
        }
        set(Token, StepStatus::Pass, tokenFound());
        if (status == 200) {
            const QJsonObject json = QJsonDocument::fromJson(body).object();
            const QString state = json.value("lifecycleState"_L1).toString();
            if (!state.isEmpty() && state != u"ACTIVE") {
                set(Project, StepStatus::Fail, {}, tr("Project %1 is %2, not ACTIVE.").arg(project, state),
                    {{tr("Restore it within 30 days of its deletion"), u"gcloud projects undelete %1"_s.arg(project)}});
                skipFrom(Permission, tr("The project is not active."));
                finish();
                return;
            }
            set(Project, StepStatus::Pass,
                tr("%1 (project number %2) is active")
                    .arg(json.value("projectId"_L1).toString(project), json.value("projectNumber"_L1).toString()));
            checkPermission();
        } else if (error.cause == u"service-disabled") {
            const QString where = m_request.quotaProject.isEmpty() ? project : m_request.quotaProject;
            set(Project, StepStatus::Warning, {}, tr("Resource Manager could not be asked: %1").arg(error.detail),
                {{tr("Enable the Cloud Resource Manager API so the project can be checked (for a service account, "
                     "in the project the message names: its own project)"),
                  doctorfix::enableService(where, u"cloudresourcemanager.googleapis.com"_s)}});
            checkPermission();
        } else if (status == 403 || status == 404) {
            set(Project, StepStatus::Fail, {},
                tr("Project %1 does not exist, or %2 may not see it (HTTP %3: %4).")
                    .arg(project, m_email.isEmpty() ? tr("this account") : m_email)
                    .arg(status)
                    .arg(error.detail),
                {{tr("Check the project id (the id, not the display name) among the projects you can see"),
                  listProjectsCommand()},
                 {tr("If the id is right, an owner of the project must grant you access"),
                  doctorfix::grantRole(project, m_email, u"roles/aiplatform.user"_s)}});
            skipFrom(Permission, tr("The project could not be reached."));
            finish();
        } else {
            set(Project, StepStatus::Fail, {}, error.title + u": "_s + error.detail, {{error.remedy, {}}});
            skipFrom(Permission, tr("The project could not be reached."));
            finish();
        }
    });
}

void AccessDoctor::checkPermission()
{
    const QUrl url =
        EndpointResolver(m_request.project, m_request.baseOverride).resourceManagerUrl(u":testIamPermissions");
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"permissions"_s, QJsonArray{QString(kPredict)}}}).toJson(QJsonDocument::Compact);
    callResourceManager(url, body, [this](int status, const QByteArray &reply, const UserError &error) {
        const QString who = m_email.isEmpty() ? tr("The caller") : m_email;
        if (status != 200) {
            QList<DoctorFix> fixes;
            if (error.cause == u"service-disabled")
                fixes << DoctorFix{
                    tr("Enable the Cloud Resource Manager API so the permission can be tested"),
                    doctorfix::enableService(m_request.project, u"cloudresourcemanager.googleapis.com"_s)};
            set(Permission, StepStatus::Warning, {},
                tr("The permission could not be tested: %1 %2").arg(error.title, error.detail), fixes);
            checkModel(m_request.location, false);
            return;
        }
        const QJsonArray held = QJsonDocument::fromJson(reply).object().value("permissions"_L1).toArray();
        if (held.contains(QJsonValue(QString(kPredict)))) {
            set(Permission, StepStatus::Pass,
                tr("%1 holds aiplatform.endpoints.predict on %2").arg(who, m_request.project));
            checkModel(m_request.location, false);
            return;
        }
        set(Permission, StepStatus::Fail, {},
            tr("%1 does not hold aiplatform.endpoints.predict on project %2, so every prompt is refused.")
                .arg(who, m_request.project),
            {{tr("Grant the Vertex AI User role, which holds it (an administrator of the project runs this)"),
              doctorfix::grantRole(m_request.project, m_email, u"roles/aiplatform.user"_s)}});
        skipFrom(Model, tr("Without aiplatform.endpoints.predict no model answers."));
        finish();
    });
}

void AccessDoctor::callResourceManager(
    const QUrl &url, const QByteArray &body,
    std::function<void(int status, const QByteArray &reply, const UserError &error)> done, bool retried)
{
    const int serial = m_serial;
    m_tokens.fetch(m_runGuard.get(), [this, serial, url, body, done, retried](const AccessToken &token,
                                                                              const QString &tokenError) {
        if (serial != m_serial)
            return;
        if (!tokenError.isEmpty()) {
            done(401, {}, UserError::make(tr("No access token"), tokenError, {}, u"credentials"_s));
            return;
        }
        if (!token.account.isEmpty())
            m_email = token.account;
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.value.toUtf8());
        if (!m_request.quotaProject.isEmpty())
            request.setRawHeader("x-goog-user-project", m_request.quotaProject.toUtf8());
        request.setTransferTimeout(std::chrono::milliseconds(kTimeoutMs));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nullptr;
        if (body.isEmpty()) {
            reply = m_network.get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            reply = m_network.post(request, body);
        }
        connect(reply, &QNetworkReply::finished, m_runGuard.get(), [this, serial, reply, url, body, done, retried] {
            reply->deleteLater();
            if (serial != m_serial)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray bytes = reply->readAll();
            if (status == 401 && !retried) { // a cached token the server no longer takes: one fresh one
                m_tokens.invalidate();
                callResourceManager(url, body, done, true);
                return;
            }
            UserError error;
            if (status == 0)
                error = ErrorTranslator::fromNetwork(reply->error(), reply->errorString(), 0,
                                                     errorContext(m_request.location));
            else if (status != 200)
                error = ErrorTranslator::fromHttp(
                    status, bytes, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                    reply->rawHeader("Retry-After"), errorContext(m_request.location), m_clock.now());
            done(status, bytes, error);
        });
    });
}

void AccessDoctor::set(Index index, StepStatus status, const QString &found, const QString &why,
                       const QList<DoctorFix> &fixes)
{
    DoctorStep &step = m_steps[index];
    step.status = status;
    step.found = found;
    step.why = why;
    step.fixes = fixes;
    Q_EMIT stepChanged(index, step);
}

void AccessDoctor::skipFrom(Index first, const QString &why)
{
    for (int i = first; i < m_steps.size(); ++i)
        if (m_steps.at(i).status == StepStatus::Pending)
            set(Index(i), StepStatus::Skipped, {}, why);
}

void AccessDoctor::finish()
{
    skipFrom(Credentials, tr("Not reached."));
    m_running = false;
    Q_EMIT finished(passed());
}

ErrorContext AccessDoctor::errorContext(const QString &location) const
{
    ErrorContext c;
    c.project = m_request.project;
    c.location = location;
    c.model = m_info ? m_info->requestId : m_request.model;
    c.modelName = modelLabel();
    if (m_info)
        c.knownLocations = m_info->locations();
    return c;
}

QString AccessDoctor::modelLabel() const
{
    return m_info ? m_info->name : m_request.model;
}

} // namespace maas
