#pragma once

#include "emulator/errorbodies.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

class QHttpServerRequest;

namespace maas {
class Clock;
struct EmulatorAuthOptions;
} // namespace maas

namespace maas::emulator {

// The emulator's OAuth side (vertex-protocol.md §10 items 6–7). POST /token mints access tokens for
// the JWT-bearer grant (RS256 checked against the configured public keys, then aud, iat/exp and
// scope) and the refresh_token grant, and refuses like Google does (§7.5 bodies). The metadata
// server routes answer only requests with "Metadata-Flavor: Google" and always send that header
// back. Every token minted is remembered with its expiry, so the Vertex routes can insist on them.
class TokenIssuer final
{
    Q_DISABLE_COPY_MOVE(TokenIssuer)

public:
    TokenIssuer(const EmulatorAuthOptions &options, const Clock &clock);

    // ownTokenUrl: http://127.0.0.1:PORT/token, accepted as the assertion's audience beside Google's.
    Reply token(const QHttpServerRequest &request, const QString &ownTokenUrl);
    // what: "token", "email" (account: "default" or the configured email) or "project-id".
    Reply metadata(const QHttpServerRequest &request, const QString &what, const QString &account = {});

    // POST (form body) or GET ?access_token=: who a token belongs to, as oauth2.googleapis.com/tokeninfo
    // answers; invalid_token for one that was not minted here, has expired or was revoked.
    Reply tokenInfo(const QHttpServerRequest &request) const;
    // A token minted here that has neither expired (by the emulator's clock) nor been revoked.
    bool accepts(QByteArrayView token) const;
    void revokeAll() { m_minted.clear(); }
    int tokenRequests() const { return m_tokenRequests; }
    int metadataTokenRequests() const { return m_metadataTokenRequests; }

private:
    Reply jwtBearer(const QString &assertion, const QString &ownTokenUrl);
    Reply refreshGrant(const QString &clientId, const QString &clientSecret, const QString &refreshToken);
    Reply mint(bool withScope, const QString &email = {});

    const EmulatorAuthOptions &m_options;
    const Clock &m_clock;
    struct Minted
    {
        QDateTime expiry;
        QString email; // the service account or metadata account; empty for the refresh grant
    };
    QHash<QByteArray, Minted> m_minted;
    int m_serial = 0;
    int m_tokenRequests = 0;
    int m_metadataTokenRequests = 0;
};

} // namespace maas::emulator
