#pragma once

#include "client/tokenprovider.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;
class QObject;

namespace maas {

class Clock;

// What a token endpoint (or the metadata server) answered: a token, an OAuth error, or a problem
// before any OAuth answer (network, HTTP status without JSON, a body that is not a token).
struct TokenEndpointResult
{
    AccessToken token;        // value and expiry on success
    int httpStatus = 0;       // 0 when no HTTP answer arrived
    QString oauthError;       // "invalid_grant", ... (vertex-protocol.md §7.5)
    QString oauthDescription; // error_description, redacted
    QString oauthSubtype;     // error_subtype, e.g. "invalid_rapt"
    QString problem;          // human text for everything that is not an OAuth error

    bool ok() const { return problem.isEmpty() && oauthError.isEmpty(); }
    // "invalid_grant: Token has been expired or revoked." as google-auth-library writes it, or problem.
    QString describe() const;
};

// Parses {"access_token","expires_in","token_type"} or {"error","error_description",...}. The expiry
// counts from sentAt (when the request left), so it errs on the early side.
TokenEndpointResult parseTokenResponse(int httpStatus, const QByteArray &body, const QDateTime &sentAt);

// application/x-www-form-urlencoded, every reserved character escaped (a '+' must not become a space).
QByteArray formEncode(const QList<QPair<QByteArray, QByteArray>> &fields);

// Settings every credential request shares: no redirects (a token must never follow one), a transfer
// timeout, JSON accepted.
void prepareCredentialRequest(QNetworkRequest &request, int timeoutMs);

// POSTs a form to a token endpoint. done runs once, unless owner is destroyed first (which also
// aborts the request).
void postTokenRequest(QNetworkAccessManager &network, const QUrl &url, const QByteArray &form, const Clock &clock,
                      QObject *owner, std::function<void(const TokenEndpointResult &)> done);

class FetchQueue;

// Answers every waiter of queue from a token-endpoint result: the token, tagged with account, or
// failure (the source's own wording of what went wrong), logged redacted. Nothing is touched after
// the queue answers, since a callback may destroy the source.
void answerFromTokenResult(FetchQueue &queue, const TokenEndpointResult &result, const QString &account,
                           const QString &failure);

// The short name of a token endpoint for messages: "oauth2.googleapis.com" or "127.0.0.1:PORT".
QString endpointName(const QUrl &url);

} // namespace maas
