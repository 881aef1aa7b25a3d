#pragma once

#include "auth/fetchqueue.h"
#include "auth/gcloudsource.h"
#include "auth/metadatasource.h"
#include "client/tokenprovider.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace maas {

class Clock;

struct AutomaticOptions
{
    GcloudOptions gcloud;
    MetadataOptions metadata;
    QUrl authorizedUserTokenUrl; // see AdcSource
};

// "Find my credentials", in the order gcloud users expect: MAAS_ACCESS_TOKEN, then Application
// Default Credentials (if a file is configured or present), then the gcloud CLI's login, then the
// metadata server. The first source that is configured (the token variable, an ADC file) or that
// answers (gcloud, metadata) is kept for later fetches, and activeSource() names it; a source that is
// configured but fails is reported, not skipped (a broken ADC file must not silently become another
// identity). When none answers, the error lists why each was passed over. reset() looks again.
class AutomaticSource final : public TokenProvider
{
    Q_DISABLE_COPY_MOVE(AutomaticSource)
    Q_DECLARE_TR_FUNCTIONS(AutomaticSource)

public:
    enum class Kind
    {
        None,
        EnvironmentToken,
        ApplicationDefault,
        Gcloud,
        MetadataServer,
    };

    AutomaticSource(QNetworkAccessManager &network, const Clock &clock,
                    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                    AutomaticOptions options = {});
    ~AutomaticSource() override;

    void fetch(QObject *context, Callback done) override;
    void invalidate() override;

    Kind activeKind() const { return m_kind; }
    // "MAAS_ACCESS_TOKEN", "Application Default Credentials (PATH)", "gcloud CLI", "metadata server
    // (HOST)"; "" until a source was chosen.
    QString activeSource() const { return m_description; }
    // The chosen source itself (null until one was chosen), e.g. to read AdcSource::quotaProjectId().
    TokenProvider *activeProvider() const { return m_active.get(); }
    // x-goog-user-project: the ADC file's quota project (or GOOGLE_CLOUD_QUOTA_PROJECT) when ADC is in
    // use, else GOOGLE_CLOUD_QUOTA_PROJECT, else "".
    QString quotaProjectId() const;
    void reset();

private:
    void tryStep(int step);
    void choose(Kind kind, std::unique_ptr<TokenProvider> provider, QString description);
    void fetchFromActive();

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    QProcessEnvironment m_environment;
    AutomaticOptions m_options;
    Kind m_kind = Kind::None;
    QString m_description;
    std::unique_ptr<TokenProvider> m_active;
    std::unique_ptr<TokenProvider> m_candidate; // being tried
    QStringList m_passedOver;
    FetchQueue m_queue;
    QObject m_guard;
};

} // namespace maas
