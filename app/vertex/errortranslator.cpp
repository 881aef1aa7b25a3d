#include "vertex/errortranslator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// The parts of any error body that matter, whichever envelope carried them.
struct ParsedBody
{
    QString message;
    QString googleStatus;                 // PERMISSION_DENIED, ...
    QString anthropicType;                // overloaded_error, ...
    QString reason;                       // ErrorInfo reason, e.g. IAM_PERMISSION_DENIED
    QString permission;                   // ErrorInfo metadata permission
    QString constraint;                   // org policy constraint named in details
    std::optional<int> retryDelaySeconds; // google.rpc.RetryInfo
    bool html = false;
    bool json = false;
};

std::optional<int> parseDuration(const QString &text) // "58s", "1.5s"
{
    if (!text.endsWith(u's'))
        return std::nullopt;
    bool ok = false;
    const double seconds = QStringView(text).chopped(1).toDouble(&ok);
    return ok && seconds >= 0 ? std::optional<int>(static_cast<int>(seconds + 0.999)) : std::nullopt;
}

ParsedBody parseBody(const QByteArray &body, const QByteArray &contentType)
{
    ParsedBody p;
    const QByteArray trimmed = body.trimmed();
    if (contentType.contains("text/html") || trimmed.startsWith('<')) {
        p.html = true;
        return p;
    }
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError) {
        p.message = QString::fromUtf8(trimmed.left(300));
        return p;
    }
    p.json = true;
    QJsonObject root = doc.isArray() ? doc.array().at(0).toObject() : doc.object();
    if (root.value("type"_L1).toString() == u"error") { // Anthropic envelope
        const QJsonObject e = root.value("error"_L1).toObject();
        p.anthropicType = e.value("type"_L1).toString();
        p.message = e.value("message"_L1).toString();
        return p;
    }
    if (root.contains("detail"_L1)) { // Mistral / FastAPI validation
        const QJsonValue detail = root.value("detail"_L1);
        if (detail.isArray()) {
            QStringList parts;
            for (const QJsonValue &d : detail.toArray()) {
                QStringList loc;
                for (const QJsonValue &l : d.toObject().value("loc"_L1).toArray())
                    loc << (l.isDouble() ? QString::number(l.toInt()) : l.toString());
                parts << loc.join(u'.') + u": "_s + d.toObject().value("msg"_L1).toString();
            }
            p.message = parts.join(u"; "_s);
        } else {
            p.message = detail.toString();
        }
        return p;
    }
    if (root.value("object"_L1).toString() == u"error") { // vLLM style
        p.message = root.value("message"_L1).toString();
        p.anthropicType = root.value("type"_L1).toString();
        return p;
    }
    const QJsonObject e = root.value("error"_L1).toObject();
    p.message = e.value("message"_L1).toString();
    p.googleStatus = e.value("status"_L1).toString();
    if (p.googleStatus.isEmpty()) // OpenAI style {"error":{"message","type","code"}}
        p.anthropicType = e.value("type"_L1).toString();
    for (const QJsonValue &d : e.value("details"_L1).toArray()) {
        const QJsonObject detail = d.toObject();
        const QString type = detail.value("@type"_L1).toString();
        if (type.endsWith(u"ErrorInfo")) {
            p.reason = detail.value("reason"_L1).toString();
            const QJsonObject meta = detail.value("metadata"_L1).toObject();
            p.permission = meta.value("permission"_L1).toString();
            if (p.constraint.isEmpty())
                p.constraint = meta.value("constraint"_L1).toString();
        } else if (type.endsWith(u"RetryInfo")) {
            p.retryDelaySeconds = parseDuration(detail.value("retryDelay"_L1).toString());
        } else if (type.endsWith(u"PreconditionFailure")) {
            for (const QJsonValue &v : detail.value("violations"_L1).toArray()) {
                const QString subject = v.toObject().value("subject"_L1).toString();
                if (subject.contains(u"constraints/"))
                    p.constraint = subject.mid(subject.indexOf(u"constraints/"));
            }
        }
    }
    if (p.constraint.isEmpty() && p.message.contains(u"constraints/gcp.restrictEndpointUsage"))
        p.constraint = u"constraints/gcp.restrictEndpointUsage"_s;
    return p;
}

QString modelLabel(const ErrorContext &c)
{
    return c.modelName.isEmpty() ? c.model : c.modelName;
}

QString grantCommand(const ErrorContext &c, const QString &role)
{
    return u"gcloud projects add-iam-policy-binding %1 --member=user:YOUR_EMAIL --role=%2"_s.arg(
        c.project.isEmpty() ? u"PROJECT_ID"_s : c.project, role);
}

QString whereServed(const ErrorContext &c)
{
    if (!c.retiredOn.isEmpty() && !c.replacementName.isEmpty())
        return ErrorTranslator::tr("The catalog says %1 was retired on %2; use %3 instead.")
            .arg(modelLabel(c), c.retiredOn, c.replacementName);
    if (!c.retiredOn.isEmpty())
        return ErrorTranslator::tr("The catalog says %1 was retired on %2.").arg(modelLabel(c), c.retiredOn);
    if (c.knownLocations.isEmpty())
        return ErrorTranslator::tr(
                   "The catalog does not know where %1 is served; check the model id and its Model Garden card.")
            .arg(modelLabel(c));
    return ErrorTranslator::tr("The catalog lists %1 at: %2. Pick one of those locations for this pane.")
        .arg(modelLabel(c), c.knownLocations.join(u", "_s));
}

QString rejectedTitle(int status)
{
    return ErrorTranslator::tr("Request rejected (HTTP %1)").arg(status);
}

UserError classify(int status, const ParsedBody &p, const ErrorContext &c)
{
    UserError e;
    e.httpStatus = status;
    e.detail = p.message;
    e.code = !p.googleStatus.isEmpty() ? p.googleStatus : p.anthropicType;
    const QString msg = p.message;

    if (p.html) {
        e.title = ErrorTranslator::tr("The network returned a web page instead of the API (HTTP %1)").arg(status);
        e.detail = ErrorTranslator::tr("A proxy, gateway or captive portal answered.");
        e.remedy = ErrorTranslator::tr("Sign in to the network or check the proxy settings, then retry.");
        e.retryable = status == 502 || status == 503 || status == 504;
        e.code = u"html"_s;
        return e;
    }
    if (status == 401 || p.googleStatus == u"UNAUTHENTICATED" || p.anthropicType == u"authentication_error") {
        e.title = ErrorTranslator::tr("Credentials rejected");
        e.cause = u"credentials"_s;
        e.remedy = msg.contains(u"API keys are not supported")
                       ? ErrorTranslator::tr("Vertex AI needs an OAuth access token, not an API key: use %1 "
                                             "or a service-account key.")
                             .arg(u"gcloud auth print-access-token"_s)
                       : ErrorTranslator::tr("The access token is missing, invalid or expired. Sign in again (%1, or "
                                             "%2) or refresh the token, then retry.")
                             .arg(u"gcloud auth login"_s, u"gcloud auth application-default login"_s);
        return e;
    }
    if (!p.constraint.isEmpty() || msg.contains(u"restrictEndpointUsage")) {
        e.title = ErrorTranslator::tr("The %1 endpoint is blocked by an organization policy").arg(c.location);
        e.cause = u"org-policy"_s;
        e.remedy = ErrorTranslator::tr("Pick a regional location for this pane (%1), or ask an organization policy "
                                       "administrator to allow this endpoint in %2.")
                       .arg(c.knownLocations.isEmpty() ? ErrorTranslator::tr("for example %1").arg(u"us-east5"_s)
                                                       : c.knownLocations.filter(u"-"_s).join(u", "_s),
                            u"constraints/gcp.restrictEndpointUsage"_s);
        return e;
    }
    if (msg.contains(u"retired") || msg.contains(u"no longer available") || msg.contains(u"not servable in region")) {
        e.title = ErrorTranslator::tr("%1 is not available at %2").arg(modelLabel(c), c.location);
        e.cause = msg.contains(u"not servable in region") ? u"not-served"_s : u"retired"_s;
        e.remedy = whereServed(c);
        return e;
    }
    if (msg.contains(u"is not allowed to use Publisher Model") ||
        (p.googleStatus == u"FAILED_PRECONDITION" && msg.contains(u"Publisher Model"))) {
        e.title = ErrorTranslator::tr("%1 is not enabled for project %2").arg(modelLabel(c), c.project);
        e.cause = u"not-enabled"_s;
        e.remedy = ErrorTranslator::tr("Enable the model on its Model Garden card (Agree/Enable). That needs the "
                                       "Consumer Procurement Entitlement Manager role: %1. The organization policy "
                                       "must also allow %2.")
                       .arg(grantCommand(c, u"roles/consumerprocurement.entitlementManager"_s),
                            u"cloudcommerceconsumerprocurement.googleapis.com"_s);
        return e;
    }
    if (status == 403 || p.googleStatus == u"PERMISSION_DENIED" || p.anthropicType == u"permission_error") {
        e.title = ErrorTranslator::tr("Permission denied");
        if (p.permission == u"aiplatform.endpoints.predict" || msg.contains(u"aiplatform.endpoints.predict") ||
            p.reason == u"IAM_PERMISSION_DENIED") {
            e.cause = u"permission"_s;
            e.remedy =
                ErrorTranslator::tr("The caller lacks %1 on project %2. Ask an administrator for the Vertex AI "
                                    "User role: %3")
                    .arg(u"aiplatform.endpoints.predict"_s, c.project, grantCommand(c, u"roles/aiplatform.user"_s));
        } else if (msg.contains(u"SERVICE_DISABLED") || p.reason == u"SERVICE_DISABLED" ||
                   msg.contains(u"has not been used in project")) {
            e.cause = u"service-disabled"_s;
            e.remedy = ErrorTranslator::tr("Enable the Vertex AI API: %1")
                           .arg(u"gcloud services enable aiplatform.googleapis.com --project=%1"_s.arg(c.project));
        } else {
            e.cause = u"permission"_s;
            e.remedy = ErrorTranslator::tr("Check the project id and that your account has the Vertex AI User role: %1")
                           .arg(grantCommand(c, u"roles/aiplatform.user"_s));
        }
        return e;
    }
    if (status == 404 || p.googleStatus == u"NOT_FOUND" || msg.contains(u"not servable in region") ||
        p.anthropicType == u"not_found_error") {
        e.title = ErrorTranslator::tr("%1 is not available at %2").arg(modelLabel(c), c.location);
        e.cause = u"not-found"_s;
        e.remedy = whereServed(c) + u' ' +
                   ErrorTranslator::tr("Also check that the model id is exact (version suffix included).");
        return e;
    }
    if (status == 429 || p.googleStatus == u"RESOURCE_EXHAUSTED" || p.anthropicType == u"rate_limit_error") {
        e.title = ErrorTranslator::tr("Quota exhausted for %1").arg(modelLabel(c));
        e.cause = u"quota"_s;
        e.retryable = true;
        e.retryAfterSeconds = p.retryDelaySeconds;
        e.remedy =
            ErrorTranslator::tr("Wait and retry, or request a quota increase for project %1 in the Cloud console "
                                "(IAM & Admin ▸ Quotas). Another location may have its own quota.")
                .arg(c.project);
        return e;
    }
    if (status == 529 || p.anthropicType == u"overloaded_error") {
        e.title = ErrorTranslator::tr("%1 is overloaded").arg(modelLabel(c));
        e.retryable = true;
        e.remedy = ErrorTranslator::tr("The service is busy; retry in a moment or pick another location.");
        return e;
    }
    if (status >= 500 || p.anthropicType == u"api_error" || p.anthropicType == u"timeout_error") {
        e.title = ErrorTranslator::tr("Server error (HTTP %1)").arg(status);
        e.retryable = status == 500 || status == 502 || status == 503 || status == 504 || status == 0;
        e.remedy = ErrorTranslator::tr("A temporary problem on the server side; retry. If it persists, try another "
                                       "location.");
        return e;
    }
    if (status == 408) {
        e.title = ErrorTranslator::tr("The request timed out on the server");
        e.retryable = true;
        e.remedy = ErrorTranslator::tr("Retry; shorter prompts or a lower max output help.");
        return e;
    }
    e.title = rejectedTitle(status);
    e.remedy = ErrorTranslator::tr("The server refused the request as sent: check the parameters (max tokens within "
                                   "the model's limit, a thinking budget of at least 1,024 and below max tokens, "
                                   "supported options for this model).");
    return e;
}

} // namespace

QString UserError::toText() const
{
    QString text = title;
    if (!detail.isEmpty())
        text += u": "_s + detail;
    if (!remedy.isEmpty())
        text += u"\n"_s + remedy;
    return text;
}

UserError ErrorTranslator::fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
                                    const QByteArray &retryAfter, const ErrorContext &context, const QDateTime &now)
{
    UserError e = classify(status, parseBody(body, contentType), context);
    if (const auto header = parseRetryAfter(retryAfter, now))
        e.retryAfterSeconds = header;
    if (e.detail.isEmpty())
        e.detail = tr("HTTP %1 with no message").arg(status);
    return e;
}

UserError ErrorTranslator::fromStreamError(const StreamEvent &error, const ErrorContext &context)
{
    ParsedBody p;
    p.message = error.text;
    p.anthropicType = error.rawReason;
    int status = 200;
    if (error.rawReason == u"overloaded_error")
        status = 529;
    else if (error.rawReason == u"rate_limit_error")
        status = 429;
    else if (error.rawReason == u"malformed_event") {
        UserError e;
        e.title = tr("The stream from %1 could not be read").arg(modelLabel(context));
        e.detail = error.text;
        e.code = error.rawReason;
        e.remedy = tr("The answer so far is kept. Retry; if it happens again, report it with the model and time.");
        return e;
    }
    UserError e = classify(status, p, context);
    e.httpStatus = 200; // the HTTP status was 200: the error came inside the stream
    e.retryable = error.retryable || e.retryable;
    if (e.title == rejectedTitle(status))
        e.title = tr("%1 stopped with an error").arg(modelLabel(context));
    return e;
}

UserError ErrorTranslator::fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
                                       qint64 outputChars, const ErrorContext &context)
{
    UserError e;
    e.detail = errorString;
    e.code = u"network"_s;
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        e.title = tr("Cannot resolve the API host");
        e.remedy = tr("You seem to be offline, or DNS/VPN blocks the name. Check the connection and retry.");
        e.retryable = true;
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.title = tr("Connection refused");
        e.remedy = tr("Nothing accepts connections at that address: check the endpoint override, proxy or firewall.");
        e.retryable = true;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.title = tr("Secure connection failed (TLS)");
        e.remedy = tr("The certificate was not trusted. A corporate proxy may need its CA installed, or the system "
                      "clock is wrong. The app never ignores certificate errors.");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        e.title = outputChars > 0 ? tr("The stream went silent") : tr("No answer from the server");
        e.remedy = tr("No data arrived within the idle timeout. Retry, or raise the idle timeout in Settings for "
                      "slow thinking models.");
        e.retryable = outputChars == 0;
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.title = outputChars > 0 ? tr("Connection lost after %1 characters").arg(QLocale().toString(outputChars))
                                  : tr("The server closed the connection");
        e.remedy = tr("The answer so far is kept. Retry to generate a new answer.");
        e.retryable = outputChars == 0;
        break;
    default:
        if (error >= QNetworkReply::ProxyConnectionRefusedError &&
            error <= QNetworkReply::ProxyAuthenticationRequiredError) {
            e.title = tr("Proxy error");
            e.remedy = tr("Check the system proxy settings and credentials.");
        } else {
            e.title = tr("Network error");
            e.remedy = tr("Check the connection and retry.");
            e.retryable = outputChars == 0;
        }
        break;
    }
    Q_UNUSED(context);
    return e;
}

UserError ErrorTranslator::incompleteStream(qint64 outputChars, const ErrorContext &context)
{
    return UserError::make(
        tr("The answer from %1 ended unexpectedly").arg(modelLabel(context)),
        tr("The stream closed after %1 characters without its end marker.").arg(QLocale().toString(outputChars)),
        tr("The answer so far is kept and marked incomplete. Retry to generate a new one."), u"incomplete"_s);
}

std::optional<int> ErrorTranslator::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<int>(static_cast<int>(seconds + 0.999)) : std::nullopt;
    QString date = QString::fromLatin1(v);
    if (date.endsWith(u" GMT"))
        date = date.chopped(3) + u"+0000"_s; // HTTP dates say GMT; Qt's RFC 2822 parser wants an offset
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return static_cast<int>(std::max<qint64>(0, now.secsTo(when)));
}

} // namespace maas
