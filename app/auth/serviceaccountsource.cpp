#include "auth/serviceaccountsource.h"

#include "auth/jwt.h"
#include "auth/redact.h"
#include "auth/tokenendpoint.h"
#include "common/clock.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

constexpr qint64 kAssertionLifetimeSeconds = 3600; // Google refuses anything longer (§7.5)

} // namespace

ServiceAccountSource::ServiceAccountSource(QNetworkAccessManager &network, const Clock &clock, ServiceAccountKey key,
                                           QStringList scopes)
    : m_network(network)
    , m_clock(clock)
    , m_key(std::move(key))
    , m_scopes(std::move(scopes))
{}

ServiceAccountSource::~ServiceAccountSource() = default;

QByteArray ServiceAccountSource::makeAssertion(QString *error) const
{
    if (!m_key.isValid()) {
        *error = m_key.error;
        return {};
    }
    QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}};
    if (!m_key.privateKeyId.isEmpty())
        header.insert(u"kid"_s, m_key.privateKeyId);
    const qint64 iat = m_clock.now().toSecsSinceEpoch();
    const QJsonObject claims{
        {u"iss"_s, m_key.clientEmail},
        {u"scope"_s, m_scopes.join(u' ')},
        {u"aud"_s, m_key.tokenUri},
        {u"iat"_s, iat},
        {u"exp"_s, iat + kAssertionLifetimeSeconds},
    };
    return signJwt(header, claims, *m_key.privateKey, error);
}

void ServiceAccountSource::fetch(QObject *context, Callback done)
{
    if (!m_key.isValid()) {
        answerLater(context, std::move(done), {}, m_key.error);
        return;
    }
    if (!m_queue.add(context, std::move(done)))
        return;
    QString error;
    const QByteArray assertion = makeAssertion(&error);
    if (assertion.isEmpty()) {
        const QString message = tr("Cannot sign the token request for %1: %2").arg(m_key.clientEmail, error);
        QMetaObject::invokeMethod(&m_guard, [this, message] { m_queue.finish({}, message); }, Qt::QueuedConnection);
        return;
    }
    const QByteArray form =
        formEncode({{"grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"}, {"assertion", assertion}});
    qCDebug(lcAuth) << "service account: requesting a token for" << m_key.clientEmail << "from"
                    << endpointName(QUrl(m_key.tokenUri));
    postTokenRequest(m_network, QUrl(m_key.tokenUri), form, m_clock, &m_guard,
                     [this](const TokenEndpointResult &result) {
                         answerFromTokenResult(m_queue, result, m_key.clientEmail,
                                               result.ok() ? QString() : describeFailure(result));
                     });
}

QString ServiceAccountSource::describeFailure(const TokenEndpointResult &result) const
{
    const QString who = m_key.clientEmail;
    const QString what = result.describe();
    if (result.oauthError == u"invalid_grant") {
        if (result.oauthDescription.contains(u"iat"_s) || result.oauthDescription.contains(u"timeframe"_s))
            return tr("The token endpoint refused the signed request of %1 (%2). Check that this computer's clock "
                      "is right.")
                .arg(who, what);
        return tr("The token endpoint refused the key of %1 (%2). The key may have been deleted or disabled, or the "
                  "service account removed: create a new key, or prefer `%3`.")
            .arg(who, what, u"gcloud auth application-default login"_s);
    }
    if (!result.oauthError.isEmpty())
        return tr("The token endpoint refused the request of %1 (%2).").arg(who, what);
    return tr("Cannot get an access token for %1: %2.").arg(who, what);
}

} // namespace maas
