#pragma once

#include "auth/credentialfile.h"
#include "auth/fetchqueue.h"
#include "client/tokenprovider.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace maas {

class Clock;
struct TokenEndpointResult;

// Access tokens for a service account key file through the OAuth JWT-bearer grant
// (vertex-protocol.md §8.5): an RS256 assertion {iss, scope, aud = token_uri, iat, exp = iat + 3600}
// signed with the key, POSTed to the file's token_uri. Reports the service account's email as the
// account. A key that did not parse (ServiceAccountKey::error) fails every fetch with that message.
// Concurrent fetches share one request; wrap it in a TokenCache to reuse tokens.
class ServiceAccountSource final : public TokenProvider
{
    Q_DISABLE_COPY_MOVE(ServiceAccountSource)
    Q_DECLARE_TR_FUNCTIONS(ServiceAccountSource)

public:
    ServiceAccountSource(QNetworkAccessManager &network, const Clock &clock, ServiceAccountKey key,
                         QStringList scopes = {kCloudPlatformScope});
    ~ServiceAccountSource() override;

    void fetch(QObject *context, Callback done) override;
    const ServiceAccountKey &key() const { return m_key; }

    // The signed assertion for the current time (tests, and the doctor's "show what is sent").
    QByteArray makeAssertion(QString *error) const;

private:
    QString describeFailure(const TokenEndpointResult &result) const;

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    ServiceAccountKey m_key;
    QStringList m_scopes;
    FetchQueue m_queue;
    QObject m_guard; // owns replies in flight; its death drops their answers
};

} // namespace maas
