#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace maas::emulator {

// One complete (non-streamed) HTTP answer.
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Retry-After

    static Reply json(int status, QByteArray body)
    {
        Reply reply;
        reply.status = status;
        reply.body = std::move(body);
        return reply;
    }
};

// Error bodies exactly as Vertex AI sends them (docs/…/vertex-protocol.md §7). The Google front end
// answers with a google.rpc.Status envelope, {"error":{code,message,status,details}}, sometimes as
// a one-element array; Claude's backend with Anthropic's {"type":"error",...}; the OpenAI-compatible
// backend with {"error":{message,type,param,code}}; Mistral with FastAPI's 422 {"detail":[...]}.
namespace errors {

// The google.rpc.Status envelope. details is a JSON array (already serialised) or empty.
Reply google(int code, QLatin1StringView status, const QString &message, const QByteArray &details = {},
             bool arrayForm = false);
Reply anthropic(int httpStatus, QLatin1StringView type, const QString &message, const QString &requestId);
Reply openAi(int httpStatus, const QString &message, QLatin1StringView type, const QString &param = {});
Reply mistralValidation(const QStringList &location, const QString &message, QLatin1StringView type);

// google.rpc.ErrorInfo as one element of `details`.
QByteArray errorInfo(QLatin1StringView reason, QLatin1StringView domain,
                     const QList<QPair<QLatin1StringView, QString>> &metadata);

// --- the cases of §7.2 -----------------------------------------------------------------------------
// reason: CREDENTIALS_MISSING (no bearer) or ACCESS_TOKEN_EXPIRED (a token the emulator does not accept).
Reply unauthenticated(QLatin1StringView reason, const QString &rpcMethod);
// resource: "projects/P/locations/L/endpoints/openapi" or a publisher model's resource name.
Reply permissionDenied(const QString &resource);
Reply notEnabled(const QString &project, const QString &modelResource);
Reply orgPolicy(const QString &project, const QString &location);
Reply modelNotFound(const QString &modelResource);
Reply notServable(const QString &modelResource, const QString &location);
Reply quota(const QString &baseModel, const QString &location, int retryAfterSeconds);
Reply internal();
Reply unavailable();
Reply retired(const QString &modelResource, QDate retiredOn, const QString &replacementName);
Reply invalidArgument(const QString &message);
// 403 SERVICE_DISABLED: "<title> has not been used in project N before or it is disabled. …", with
// ErrorInfo (consumer, service, activationUrl, serviceTitle), LocalizedMessage and Help links.
Reply serviceDisabled(const QString &projectNumber, const QString &service, const QString &serviceTitle);
// Cloud Resource Manager v1's answer for a project that does not exist or that the caller may not see.
Reply callerLacksPermission();

} // namespace errors
} // namespace maas::emulator
