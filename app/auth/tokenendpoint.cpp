#include "auth/tokenendpoint.h"

#include "auth/fetchqueue.h"
#include "auth/redact.h"
#include "common/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

constexpr int kTokenRequestTimeoutMs = 30'000;

// A server-sent text for a message: redacted, one line, not too long.
QString serverText(const QString &text)
{
    QString line = redact(text).simplified();
    if (line.size() > 300)
        line = line.left(300) + u"…"_s;
    return line;
}

} // namespace

QString TokenEndpointResult::describe() const
{
    if (!oauthError.isEmpty())
        return oauthDescription.isEmpty() ? oauthError : oauthError + u": "_s + oauthDescription;
    return problem;
}

TokenEndpointResult parseTokenResponse(int httpStatus, const QByteArray &body, const QDateTime &sentAt)
{
    TokenEndpointResult result;
    result.httpStatus = httpStatus;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject json = document.object();
    if (!document.isObject()) {
        result.problem = httpStatus >= 200 && httpStatus < 300
                             ? u"the token endpoint answered HTTP %1 with a body that is not JSON"_s.arg(httpStatus)
                             : u"the token endpoint answered HTTP %1 without an OAuth error body"_s.arg(httpStatus);
        return result;
    }
    if (json.contains("error"_L1)) {
        const QJsonValue error = json.value("error"_L1);
        // Google's APIs use {"error":{"message":...}}; token endpoints use {"error":"code"}.
        result.oauthError = error.isString() ? serverText(error.toString())
                                             : serverText(error.toObject().value("status"_L1).toString());
        if (result.oauthError.isEmpty())
            result.oauthError = u"error"_s;
        const QString description = error.isString() ? json.value("error_description"_L1).toString()
                                                     : error.toObject().value("message"_L1).toString();
        result.oauthDescription = serverText(description);
        result.oauthSubtype = serverText(json.value("error_subtype"_L1).toString());
        return result;
    }
    if (httpStatus < 200 || httpStatus >= 300) {
        result.problem = u"the token endpoint answered HTTP %1"_s.arg(httpStatus);
        return result;
    }
    const QString token = json.value("access_token"_L1).toString();
    if (token.isEmpty()) {
        result.problem = u"the token endpoint's answer has no access_token"_s;
        return result;
    }
    const QString type = json.value("token_type"_L1).toString();
    if (!type.isEmpty() && type.compare(u"Bearer"_s, Qt::CaseInsensitive) != 0) {
        result.problem = u"the token endpoint returned a \"%1\" token; only Bearer tokens work"_s.arg(serverText(type));
        return result;
    }
    const QJsonValue expiresIn = json.value("expires_in"_L1);
    bool ok = expiresIn.isDouble();
    qint64 seconds = expiresIn.toInteger();
    if (expiresIn.isString())
        seconds = expiresIn.toString().toLongLong(&ok);
    result.token.value = token;
    if (ok && seconds > 0)
        result.token.expiry = sentAt.addSecs(seconds);
    return result;
}

QByteArray formEncode(const QList<QPair<QByteArray, QByteArray>> &fields)
{
    QByteArray form;
    for (const auto &[name, value] : fields) {
        if (!form.isEmpty())
            form += '&';
        form +=
            QUrl::toPercentEncoding(QString::fromUtf8(name)) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    return form;
}

void prepareCredentialRequest(QNetworkRequest &request, int timeoutMs)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "application/json");
}

void postTokenRequest(QNetworkAccessManager &network, const QUrl &url, const QByteArray &form, const Clock &clock,
                      QObject *owner, std::function<void(const TokenEndpointResult &)> done)
{
    QNetworkRequest request(url);
    prepareCredentialRequest(request, kTokenRequestTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    const QDateTime sentAt = clock.now();
    QNetworkReply *reply = network.post(request, form);
    // Owned by owner: destroying the source aborts the request and drops the answer.
    reply->setParent(owner);
    QObject::connect(reply, &QNetworkReply::finished, owner, [reply, sentAt, url, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            TokenEndpointResult result;
            result.problem =
                u"could not reach the token endpoint %1: %2"_s.arg(endpointName(url), serverText(reply->errorString()));
            done(result);
            return;
        }
        if (status >= 300 && status < 400) {
            TokenEndpointResult result;
            result.httpStatus = status;
            result.problem = u"the token endpoint %1 answered with a redirect (HTTP %2), which is never followed "
                             "with credentials (a proxy or captive portal?)"_s.arg(endpointName(url))
                                 .arg(status);
            done(result);
            return;
        }
        done(parseTokenResponse(status, body, sentAt));
    });
}

QString endpointName(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

void answerFromTokenResult(FetchQueue &queue, const TokenEndpointResult &result, const QString &account,
                           const QString &failure)
{
    if (!result.ok()) {
        qCWarning(lcAuth).noquote() << redact(failure);
        queue.finish({}, failure);
        return;
    }
    AccessToken token = result.token;
    token.account = account;
    queue.finish(token, {});
}

} // namespace maas
