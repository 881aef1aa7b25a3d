#pragma once

#include "client/tokenprovider.h"
#include "settings/settings.h"

#include <memory>

class QNetworkAccessManager;

namespace maas {

class Clock;

// The token source the settings ask for, already wrapped in a TokenCache. A source that cannot be
// built (no file given, a broken key file) becomes a provider whose every fetch says what is wrong,
// so the pane shows it instead of the app refusing to start.
struct ConfiguredProvider
{
    std::unique_ptr<TokenProvider> provider;
    QString description; // "service account key /path/key.json", "gcloud CLI login", ...
    QString problem;     // empty when the source could be built
};
ConfiguredProvider makeConfiguredProvider(Settings::CredentialSource source, const QString &file,
                                          QNetworkAccessManager &network, const Clock &clock);

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
