#pragma once

#include "client/tokenprovider.h"
#include "settings/settings.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace maas {

class Clock;
class SecretStore;

// The token source the settings ask for, already wrapped in a TokenCache. A source that cannot be
// built (no file given, a broken key file) becomes a provider whose every fetch says what is wrong,
// so the pane shows it instead of the app refusing to start.
struct ConfiguredProvider
{
    std::unique_ptr<TokenProvider> provider;
    QString description; // "service account key /path/key.json", "gcloud CLI login", ...
    QString problem;     // empty when the source could be built
};
// PastedToken reads the token from secrets (PastedTokenSource, pasted at pastedAt) and asks
// tokenInfoUrl for its expiry and account (empty: not asked, an hour after pasting is assumed);
// without a store it falls back to MAAS_ACCESS_TOKEN.
ConfiguredProvider makeConfiguredProvider(Settings::CredentialSource source, const QString &file,
                                          QNetworkAccessManager &network, const Clock &clock,
                                          SecretStore *secrets = nullptr, const QDateTime &pastedAt = {},
                                          const QUrl &tokenInfoUrl = {});
// The same for what settings holds now.
ConfiguredProvider makeConfiguredProvider(const Settings &settings, QNetworkAccessManager &network, const Clock &clock,
                                          SecretStore *secrets, const QUrl &tokenInfoUrl = {});
// Where to ask about a pasted token: tokeninfo on the endpoint override's origin when one is set,
// else Google's (EndpointResolver::tokenInfoUrl).
QUrl tokenInfoUrlFor(const QString &endpointOverride);

// Whether the chosen source has its credential given in Settings: a service-account key file or an
// ADC file path (ServiceAccountKey, ApplicationDefault), or a pasted token (tokenPasted). gcloud and
// the metadata server have nothing set here. On a loopback endpoint override (the emulator, a local
// proxy) only such a source is used; otherwise requests carry a placeholder token.
bool credentialIsSet(Settings::CredentialSource source, const QString &file, bool tokenPasted);
bool credentialIsSet(const Settings &settings);

// The x-goog-user-project to send (vertex-protocol.md §8.7): the Settings value, else
// GOOGLE_CLOUD_QUOTA_PROJECT, else, when Application Default Credentials are the source, the ADC
// file's quota_project_id (as google-auth does; another source's requests do not borrow the ADC
// file's project). "" for none.
QString quotaProjectFor(const Settings &settings,
                        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// A TokenProvider whose source can be replaced while the app runs (Settings changed).
class SwitchableTokenProvider final : public TokenProvider
{
public:
    explicit SwitchableTokenProvider(std::unique_ptr<TokenProvider> source);
    void setSource(std::unique_ptr<TokenProvider> source);
    void fetch(QObject *context, Callback done) override;
    void invalidate() override;

private:
    std::unique_ptr<TokenProvider> m_source;
};

} // namespace maas
