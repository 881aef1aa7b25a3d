#include "emulator/errorbodies.h"

#include "emulator/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace maas::emulator::errors {

namespace {

constexpr auto kErrorInfo = "type.googleapis.com/google.rpc.ErrorInfo"_L1;

} // namespace

Reply google(int code, QLatin1StringView status, const QString &message, const QByteArray &details, bool arrayForm)
{
    JsonObjectWriter error;
    error.add("code"_L1, code).add("message"_L1, message).add("status"_L1, status);
    if (!details.isEmpty())
        error.addRaw("details"_L1, details);
    QByteArray body = JsonObjectWriter().add("error"_L1, error).bytes();
    if (arrayForm)
        body = '[' + body + ']';
    return Reply::json(code, body + '\n');
}

Reply anthropic(int httpStatus, QLatin1StringView type, const QString &message, const QString &requestId)
{
    const JsonObjectWriter error = JsonObjectWriter().add("type"_L1, type).add("message"_L1, message);
    const QByteArray body =
        JsonObjectWriter().add("type"_L1, "error"_L1).add("error"_L1, error).add("request_id"_L1, requestId).bytes();
    Reply reply = Reply::json(httpStatus, body);
    // Anthropic's SDKs read the id from this header (error.requestID), not from the body.
    reply.headers.append({QByteArrayLiteral("request-id"), requestId.toLatin1()});
    return reply;
}

Reply openAi(int httpStatus, const QString &message, QLatin1StringView type, const QString &param)
{
    JsonObjectWriter error;
    error.add("message"_L1, message).add("type"_L1, type);
    if (param.isEmpty())
        error.addNull("param"_L1);
    else
        error.add("param"_L1, param);
    error.add("code"_L1, httpStatus);
    return Reply::json(httpStatus, JsonObjectWriter().add("error"_L1, error).bytes());
}

Reply mistralValidation(const QStringList &location, const QString &message, QLatin1StringView type)
{
    QList<QByteArray> loc;
    for (const QString &part : location)
        loc << jsonString(part);
    const QByteArray item =
        JsonObjectWriter().addRaw("loc"_L1, jsonArray(loc)).add("msg"_L1, message).add("type"_L1, type).bytes();
    return Reply::json(422, JsonObjectWriter().addRaw("detail"_L1, jsonArray({item})).bytes());
}

QByteArray errorInfo(QLatin1StringView reason, QLatin1StringView domain,
                     const QList<QPair<QLatin1StringView, QString>> &metadata)
{
    JsonObjectWriter meta;
    for (const auto &[key, value] : metadata)
        meta.add(key, value);
    return JsonObjectWriter()
        .add("@type"_L1, kErrorInfo)
        .add("reason"_L1, reason)
        .add("domain"_L1, domain)
        .add("metadata"_L1, meta)
        .bytes();
}

Reply unauthenticated(QLatin1StringView reason, const QString &rpcMethod)
{
    const QByteArray info = errorInfo(reason, "googleapis.com"_L1,
                                      {{"service"_L1, u"aiplatform.googleapis.com"_s}, {"method"_L1, rpcMethod}});
    return google(401, "UNAUTHENTICATED"_L1,
                  u"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or "
                  "other valid authentication credential. See "
                  "https://developers.google.com/identity/sign-in/web/devconsole-project."_s,
                  jsonArray({info}));
}

Reply permissionDenied(const QString &resource)
{
    const QByteArray info =
        errorInfo("IAM_PERMISSION_DENIED"_L1, "aiplatform.googleapis.com"_L1,
                  {{"resource"_L1, resource}, {"permission"_L1, u"aiplatform.endpoints.predict"_s}});
    return google(403, "PERMISSION_DENIED"_L1,
                  u"Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/%1' "
                  "(or it may not exist)."_s.arg(resource),
                  jsonArray({info}));
}

Reply notEnabled(const QString &project, const QString &modelResource)
{
    return google(400, "FAILED_PRECONDITION"_L1,
                  u"Project `%1` is not allowed to use Publisher Model `%2`"_s.arg(project, modelResource));
}

Reply orgPolicy(const QString &project, const QString &location)
{
    // Composed: the constraint is documented (Assured Workloads "Restrict Endpoint Usage"), the exact
    // wording of Vertex's refusal is not. The shape follows other org-policy denials.
    const QString constraint = u"constraints/gcp.restrictEndpointUsage"_s;
    const QString endpoint =
        location == u"global" ? u"aiplatform.googleapis.com"_s : location + u"-aiplatform.googleapis.com"_s;
    const QByteArray info = errorInfo("ORG_POLICY_CONSTRAINT_VIOLATED"_L1, "googleapis.com"_L1,
                                      {{"constraint"_L1, constraint},
                                       {"service"_L1, u"aiplatform.googleapis.com"_s},
                                       {"endpoint"_L1, endpoint},
                                       {"consumer"_L1, u"projects/"_s + project}});
    const QByteArray violation =
        JsonObjectWriter()
            .add("type"_L1, constraint)
            .add("subject"_L1, u"projects/"_s + project)
            .add("description"_L1, u"API endpoint %1 is denied for this project"_s.arg(endpoint))
            .bytes();
    const QByteArray precondition = JsonObjectWriter()
                                        .add("@type"_L1, "type.googleapis.com/google.rpc.PreconditionFailure"_L1)
                                        .addRaw("violations"_L1, jsonArray({violation}))
                                        .bytes();
    return google(403, "PERMISSION_DENIED"_L1,
                  u"Request is prohibited by organization's policy: %1 denies the use of the endpoint %2 for project "
                  "`%3`. Use a regional endpoint such as us-central1-aiplatform.googleapis.com, or ask your "
                  "organization administrator to allow this endpoint."_s.arg(constraint, endpoint, project),
                  jsonArray({info, precondition}));
}

Reply modelNotFound(const QString &modelResource)
{
    return google(404, "NOT_FOUND"_L1,
                  u"Publisher Model `%1` was not found or your project does not have access to it. Please ensure you "
                  "are using a valid model version. For more information, see: "
                  "https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions"_s.arg(modelResource));
}

Reply notServable(const QString &modelResource, const QString &location)
{
    return google(400, "FAILED_PRECONDITION"_L1,
                  u"Publisher Model `%1` is not servable in region %2."_s.arg(modelResource, location));
}

Reply quota(const QString &baseModel, const QString &location, int retryAfterSeconds)
{
    const QString metric = location == u"global" ? u"global_online_prediction_requests_per_base_model"_s
                                                 : u"online_prediction_requests_per_base_model"_s;
    Reply reply = google(429, "RESOURCE_EXHAUSTED"_L1,
                         u"Quota exceeded for aiplatform.googleapis.com/%1 with base model: %2. Please submit a quota "
                         "increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai."_s.arg(
                             metric, baseModel),
                         {}, true);
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return reply;
}

Reply internal()
{
    return google(500, "INTERNAL"_L1,
                  u"Internal error encountered. Please retry or report in "
                  "https://issuetracker.google.com/issues/new?component=187220"_s);
}

Reply unavailable()
{
    return google(503, "UNAVAILABLE"_L1, u"The service is currently unavailable."_s);
}

Reply retired(const QString &modelResource, QDate retiredOn, const QString &replacementName)
{
    QString message = u"Publisher Model `%1` was retired"_s.arg(modelResource);
    if (retiredOn.isValid())
        message += u" on "_s + retiredOn.toString(Qt::ISODate);
    message += u" and is no longer available."_s;
    if (!replacementName.isEmpty())
        message += u" Please migrate to %1."_s.arg(replacementName);
    message += u" For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations"_s;
    return google(400, "FAILED_PRECONDITION"_L1, message);
}

Reply invalidArgument(const QString &message)
{
    return google(400, "INVALID_ARGUMENT"_L1, message);
}

Reply serviceDisabled(const QString &projectNumber, const QString &service, const QString &serviceTitle)
{
    const QString activation =
        u"https://console.developers.google.com/apis/api/%1/overview?project=%2"_s.arg(service, projectNumber);
    const QString message = u"%1 has not been used in project %2 before or it is disabled. Enable it by visiting %3 "
                            "then retry. If you enabled this API recently, wait a few minutes for the action to "
                            "propagate to our systems and retry."_s.arg(serviceTitle, projectNumber, activation);
    const QByteArray info = errorInfo("SERVICE_DISABLED"_L1, "googleapis.com"_L1,
                                      {{"consumer"_L1, u"projects/"_s + projectNumber},
                                       {"service"_L1, service},
                                       {"activationUrl"_L1, activation},
                                       {"serviceTitle"_L1, serviceTitle},
                                       {"containerInfo"_L1, projectNumber}});
    const QByteArray localized = JsonObjectWriter()
                                     .add("@type"_L1, "type.googleapis.com/google.rpc.LocalizedMessage"_L1)
                                     .add("locale"_L1, "en-US"_L1)
                                     .add("message"_L1, message)
                                     .bytes();
    const QByteArray link = JsonObjectWriter()
                                .add("description"_L1, "Google developers console API activation"_L1)
                                .add("url"_L1, activation)
                                .bytes();
    const QByteArray help = JsonObjectWriter()
                                .add("@type"_L1, "type.googleapis.com/google.rpc.Help"_L1)
                                .addRaw("links"_L1, jsonArray({link}))
                                .bytes();
    return google(403, "PERMISSION_DENIED"_L1, message, jsonArray({info, localized, help}));
}

Reply callerLacksPermission()
{
    return google(403, "PERMISSION_DENIED"_L1, u"The caller does not have permission"_s);
}

} // namespace maas::emulator::errors
