#include "emulator/oauthroute.h"

#include "auth/credentialfile.h"
#include "auth/jwt.h"
#include "common/clock.h"
#include "emulator/emulator.h"
#include "emulator/jsonwriter.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace maas::emulator {

namespace {

constexpr qint64 kMaxAssertionLifetime = 3600;
constexpr qint64 kClockSkewSeconds = 300;
constexpr auto kJwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer"_L1;

// {"error": code, "error_description": text} as oauth2.googleapis.com sends it (§7.5).
Reply oauthError(int status, QLatin1StringView error, const QString &description, QLatin1StringView subtype = {},
                 QLatin1StringView uri = {})
{
    JsonObjectWriter body;
    body.add("error"_L1, error).add("error_description"_L1, description);
    if (!uri.isEmpty())
        body.add("error_uri"_L1, uri);
    if (!subtype.isEmpty())
        body.add("error_subtype"_L1, subtype);
    return Reply::json(status, body.bytes());
}

Reply invalidGrant(const QString &description)
{
    return oauthError(400, "invalid_grant"_L1, description);
}

Reply metadataReply(int status, QByteArray body, QByteArray contentType)
{
    Reply reply;
    reply.status = status;
    reply.body = std::move(body);
    reply.contentType = std::move(contentType);
    reply.headers.append({QByteArrayLiteral("Metadata-Flavor"), QByteArrayLiteral("Google")});
    return reply;
}

} // namespace

TokenIssuer::TokenIssuer(const EmulatorAuthOptions &options, const Clock &clock)
    : m_options(options)
    , m_clock(clock)
{}

bool TokenIssuer::accepts(QByteArrayView token) const
{
    const auto it = m_minted.constFind(token.toByteArray());
    return it != m_minted.constEnd() && m_clock.now() < it.value().expiry;
}

Reply TokenIssuer::mint(bool withScope, const QString &email)
{
    const QByteArray token = "ya29.emulator-" + QByteArray::number(++m_serial);
    m_minted.insert(token, Minted{m_clock.now().addSecs(m_options.tokenLifetimeSeconds), email});
    JsonObjectWriter body;
    body.add("access_token"_L1, QString::fromLatin1(token)).add("expires_in"_L1, m_options.tokenLifetimeSeconds);
    if (withScope)
        body.add("scope"_L1, kCloudPlatformScope);
    body.add("token_type"_L1, "Bearer"_L1);
    return Reply::json(200, body.bytes());
}

Reply TokenIssuer::token(const QHttpServerRequest &request, const QString &ownTokenUrl)
{
    ++m_tokenRequests;
    if (!request.value("content-type").startsWith("application/x-www-form-urlencoded"))
        return oauthError(400, "invalid_request"_L1,
                          u"The token endpoint takes an application/x-www-form-urlencoded body."_s);
    QByteArray body = request.body();
    body.replace('+', "%20"); // form encoding: '+' is a space
    const QUrlQuery form(QString::fromLatin1(body));
    const auto field = [&form](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };

    const QString grant = field(u"grant_type"_s);
    if (grant.isEmpty())
        return oauthError(400, "unsupported_grant_type"_L1, u"Invalid grant_type: "_s);
    if (grant == kJwtBearer) {
        const QString assertion = field(u"assertion"_s);
        if (assertion.isEmpty())
            return oauthError(400, "invalid_request"_L1, u"Missing required parameter: assertion"_s);
        return jwtBearer(assertion, ownTokenUrl);
    }
    if (grant == u"refresh_token")
        return refreshGrant(field(u"client_id"_s), field(u"client_secret"_s), field(u"refresh_token"_s));
    return oauthError(400, "unsupported_grant_type"_L1, u"Invalid grant_type: "_s + grant.left(80));
}

Reply TokenIssuer::jwtBearer(const QString &assertion, const QString &ownTokenUrl)
{
    const DecodedJwt jwt = decodeJwt(assertion.toLatin1());
    if (!jwt.error.isEmpty())
        return invalidGrant(u"Invalid JWT: "_s + jwt.error);
    if (jwt.header.value("alg"_L1).toString() != u"RS256")
        return invalidGrant(u"Invalid JWT: the signing algorithm must be RS256."_s);

    const QString issuer = jwt.claims.value("iss"_L1).toString();
    const auto keyIt = m_options.serviceAccountKeys.constFind(issuer);
    if (issuer.isEmpty() || keyIt == m_options.serviceAccountKeys.constEnd())
        return invalidGrant(u"Invalid grant: account not found"_s);
    QString keyError;
    const auto key = RsaPublicKey::fromPem(keyIt.value(), &keyError);
    if (!key || !key->verifySha256(jwt.signingInput, jwt.signature))
        return invalidGrant(u"Invalid JWT Signature."_s);

    const QString audience = jwt.claims.value("aud"_L1).toString();
    if (audience != ownTokenUrl && audience != kGoogleTokenUrl)
        return invalidGrant(u"Invalid JWT: Failed audience check. The right audience is "_s + ownTokenUrl);

    const QJsonValue iatValue = jwt.claims.value("iat"_L1);
    const QJsonValue expValue = jwt.claims.value("exp"_L1);
    const qint64 iat = iatValue.toInteger(-1);
    const qint64 exp = expValue.toInteger(-1);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    if (!iatValue.isDouble() || !expValue.isDouble() || exp <= iat || exp - iat > kMaxAssertionLifetime || exp <= now ||
        iat > now + kClockSkewSeconds) {
        return invalidGrant(u"Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable "
                            "timeframe. Check your iat and exp values in the JWT claim."_s);
    }
    const QStringList scopes = jwt.claims.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts);
    if (!scopes.contains(kCloudPlatformScope))
        return oauthError(400, "invalid_scope"_L1, u"Invalid OAuth scope or ID token audience provided."_s);
    return mint(false, issuer);
}

Reply TokenIssuer::refreshGrant(const QString &clientId, const QString &clientSecret, const QString &refreshToken)
{
    if (clientId.isEmpty())
        return oauthError(400, "invalid_request"_L1, u"Could not determine client ID from request."_s);
    if (!m_options.clientId.isEmpty() && clientId != m_options.clientId)
        return oauthError(401, "invalid_client"_L1, u"The OAuth client was not found."_s);
    if (!m_options.clientSecret.isEmpty() && clientSecret != m_options.clientSecret)
        return oauthError(401, "invalid_client"_L1, u"Unauthorized"_s);
    if (refreshToken.isEmpty())
        return oauthError(400, "invalid_request"_L1, u"Missing required parameter: refresh_token"_s);
    if (m_options.reauthRefreshTokens.contains(refreshToken))
        return oauthError(400, "invalid_grant"_L1, u"reauth related error (invalid_rapt)"_s, "invalid_rapt"_L1,
                          "https://support.google.com/a/answer/9368756"_L1);
    if (!m_options.refreshTokens.contains(refreshToken))
        return invalidGrant(u"Token has been expired or revoked."_s);
    return mint(true);
}

Reply TokenIssuer::metadata(const QHttpServerRequest &request, const QString &what, const QString &account)
{
    // The real server refuses requests without the flavor header, and proxied ones.
    if (request.value("metadata-flavor") != "Google" || !request.value("x-forwarded-for").isEmpty())
        return metadataReply(403, "Missing Metadata-Flavor:Google header.\n", "text/plain; charset=utf-8");
    if (what == u"project-id")
        return metadataReply(200, m_options.metadataProjectId.toUtf8(), "application/text");
    if (account != u"default" && account != m_options.metadataEmail)
        return metadataReply(404, "Not Found\n", "text/plain; charset=utf-8");
    if (what == u"email")
        return metadataReply(200, m_options.metadataEmail.toUtf8(), "application/text");
    ++m_metadataTokenRequests;
    Reply reply = mint(false, m_options.metadataEmail);
    reply.headers.append({QByteArrayLiteral("Metadata-Flavor"), QByteArrayLiteral("Google")});
    return reply;
}

Reply TokenIssuer::tokenInfo(const QHttpServerRequest &request) const
{
    QByteArray body = request.body();
    body.replace('+', "%20");
    QString token = QUrlQuery(QString::fromLatin1(body)).queryItemValue(u"access_token"_s, QUrl::FullyDecoded);
    if (token.isEmpty())
        token = request.query().queryItemValue(u"access_token"_s, QUrl::FullyDecoded);
    const auto it = m_minted.constFind(token.toLatin1());
    if (token.isEmpty() || it == m_minted.constEnd() || m_clock.now() >= it.value().expiry)
        return oauthError(400, "invalid_token"_L1, u"Invalid Value"_s);
    // Google sends the numbers as strings here.
    const qint64 left = m_clock.now().secsTo(it.value().expiry);
    JsonObjectWriter info;
    info.add("azp"_L1, "maas-emulator"_L1)
        .add("aud"_L1, "maas-emulator"_L1)
        .add("scope"_L1, kCloudPlatformScope)
        .add("exp"_L1, QString::number(it.value().expiry.toSecsSinceEpoch()))
        .add("expires_in"_L1, QString::number(left));
    if (!it.value().email.isEmpty())
        info.add("email"_L1, it.value().email).add("email_verified"_L1, "true"_L1);
    info.add("access_type"_L1, "online"_L1);
    return Reply::json(200, info.bytes());
}

} // namespace maas::emulator
