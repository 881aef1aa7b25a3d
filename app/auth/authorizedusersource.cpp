#include "auth/authorizedusersource.h"

#include "auth/redact.h"
#include "auth/tokenendpoint.h"

using namespace Qt::StringLiterals;

namespace maas {

namespace {
constexpr auto kAdcLogin = "gcloud auth application-default login"_L1; // a command: never translated
} // namespace

AuthorizedUserSource::AuthorizedUserSource(QNetworkAccessManager &network, const Clock &clock,
                                           AuthorizedUserCredentials credentials, QUrl tokenUrl)
    : m_network(network)
    , m_clock(clock)
    , m_credentials(std::move(credentials))
    , m_tokenUrl(std::move(tokenUrl))
{
    if (!m_tokenUrl.isValid() || m_tokenUrl.isEmpty())
        m_tokenUrl = QUrl(m_credentials.tokenUri.isEmpty() ? QString(kGoogleTokenUrl) : m_credentials.tokenUri);
}

AuthorizedUserSource::~AuthorizedUserSource() = default;

void AuthorizedUserSource::fetch(QObject *context, Callback done)
{
    if (!m_credentials.isValid()) {
        answerLater(context, std::move(done), {}, m_credentials.error);
        return;
    }
    if (!m_queue.add(context, std::move(done)))
        return;
    const QByteArray form = formEncode({
        {"grant_type", "refresh_token"},
        {"client_id", m_credentials.clientId.toUtf8()},
        {"client_secret", m_credentials.clientSecret.reveal()},
        {"refresh_token", m_credentials.refreshToken.reveal()},
    });
    qCDebug(lcAuth) << "authorized user: refreshing from" << endpointName(m_tokenUrl);
    postTokenRequest(m_network, m_tokenUrl, form, m_clock, &m_guard, [this](const TokenEndpointResult &result) {
        answerFromTokenResult(m_queue, result, m_credentials.account,
                              result.ok() ? QString() : describeFailure(result));
    });
}

QString AuthorizedUserSource::describeFailure(const TokenEndpointResult &result) const
{
    const QString what = result.describe();
    if (result.oauthSubtype == u"invalid_rapt" || result.oauthDescription.contains(u"invalid_rapt"_s) ||
        result.oauthDescription.contains(u"rapt_required"_s)) {
        return tr("Your Google session needs a fresh sign-in (your organisation's re-authentication policy: %1). "
                  "Run `%2`, then try again.")
            .arg(what, kAdcLogin);
    }
    if (result.oauthError == u"invalid_grant") {
        return tr("Your Application Default Credentials have expired or were revoked (%1). Run `%2`, then try again.")
            .arg(what, kAdcLogin);
    }
    if (result.oauthError == u"invalid_client" || result.oauthError == u"unauthorized_client") {
        return tr("The token endpoint does not accept the OAuth client in %1 (%2). Run `%3` to write fresh "
                  "credentials.")
            .arg(m_credentials.origin, what, kAdcLogin);
    }
    if (!result.oauthError.isEmpty())
        return tr("The token endpoint refused to refresh your Application Default Credentials (%1).").arg(what);
    return tr("Cannot refresh your Application Default Credentials: %1.").arg(what);
}

} // namespace maas
