#pragma once

#include "auth/credentialfile.h"
#include "auth/fetchqueue.h"
#include "client/tokenprovider.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace maas {

class Clock;
struct TokenEndpointResult;

// Access tokens for user credentials from `gcloud auth application-default login`
// (vertex-protocol.md §8.4): the refresh_token grant, POSTed to the file's token_uri, else to
// https://oauth2.googleapis.com/token, or to tokenUrl when given (tests, the emulator).
// invalid_grant and invalid_rapt are final (reliability.md N28): the message says to run
// `gcloud auth application-default login`, and a later fetch tries again only because the user may
// have done so. Concurrent fetches share one request; wrap it in a TokenCache to reuse tokens.
class AuthorizedUserSource final : public TokenProvider
{
    Q_DISABLE_COPY_MOVE(AuthorizedUserSource)
    Q_DECLARE_TR_FUNCTIONS(AuthorizedUserSource)

public:
    AuthorizedUserSource(QNetworkAccessManager &network, const Clock &clock, AuthorizedUserCredentials credentials,
                         QUrl tokenUrl = {});
    ~AuthorizedUserSource() override;

    void fetch(QObject *context, Callback done) override;
    const AuthorizedUserCredentials &credentials() const { return m_credentials; }
    QUrl tokenUrl() const { return m_tokenUrl; }

private:
    QString describeFailure(const TokenEndpointResult &result) const;

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    AuthorizedUserCredentials m_credentials;
    QUrl m_tokenUrl;
    FetchQueue m_queue;
    QObject m_guard;
};

} // namespace maas
