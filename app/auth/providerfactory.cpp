#include "auth/providerfactory.h"

#include "auth/adcsource.h"
#include "auth/credentialfile.h"
#include "auth/gcloudsource.h"
#include "auth/metadatasource.h"
#include "auth/pastedtokensource.h"
#include "auth/serviceaccountsource.h"
#include "auth/tokencache.h"
#include "vertex/endpointresolver.h"

#include <QMetaObject>
#include <QObject>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// Answers every fetch with the same explanation.
class FailingTokenProvider final : public TokenProvider
{
public:
    explicit FailingTokenProvider(QString problem)
        : m_problem(std::move(problem))
    {}
    void fetch(QObject *context, Callback done) override
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), problem = m_problem] { done({}, problem); }, Qt::QueuedConnection);
    }

private:
    QString m_problem;
};

ConfiguredProvider failing(QString description, QString problem)
{
    ConfiguredProvider c;
    c.provider = std::make_unique<FailingTokenProvider>(problem);
    c.description = std::move(description);
    c.problem = std::move(problem);
    return c;
}

} // namespace

ConfiguredProvider makeConfiguredProvider(Settings::CredentialSource source, const QString &file,
                                          QNetworkAccessManager &network, const Clock &clock, SecretStore *secrets,
                                          const QDateTime &pastedAt, const QUrl &tokenInfoUrl)
{
    using S = Settings::CredentialSource;
    std::unique_ptr<TokenProvider> raw;
    QString description;
    switch (source) {
    case S::GcloudCli:
        raw = std::make_unique<GcloudSource>();
        description = u"gcloud CLI login"_s;
        break;
    case S::ApplicationDefault: {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!file.isEmpty())
            env.insert(u"GOOGLE_APPLICATION_CREDENTIALS"_s, file);
        raw = std::make_unique<AdcSource>(network, clock, env);
        description =
            file.isEmpty() ? u"Application Default Credentials"_s : u"Application Default Credentials %1"_s.arg(file);
        break;
    }
    case S::ServiceAccountKey: {
        description = u"service account key %1"_s.arg(file);
        if (file.isEmpty())
            return failing(description, u"no service account key file is set: pick one in Settings"_s);
        ServiceAccountKey key = ServiceAccountKey::fromFile(file);
        if (!key.isValid())
            return failing(description, key.error);
        raw = std::make_unique<ServiceAccountSource>(network, clock, std::move(key));
        break;
    }
    case S::MetadataServer:
        raw = std::make_unique<MetadataSource>(network, clock);
        description = u"the metadata server"_s;
        break;
    case S::PastedToken: {
        if (secrets) {
            raw = std::make_unique<PastedTokenSource>(*secrets, pastedAt, clock,
                                                      tokenInfoUrl.isEmpty() ? nullptr : &network, tokenInfoUrl);
            description = u"a pasted access token"_s;
            break;
        }
        const QString token = qEnvironmentVariable("MAAS_ACCESS_TOKEN");
        if (token.isEmpty())
            return failing(u"a pasted token"_s,
                           u"pasting a token in Settings is not available yet: set MAAS_ACCESS_TOKEN instead "
                           u"(for example to $(gcloud auth print-access-token))"_s);
        raw = std::make_unique<StaticTokenProvider>(token, u"MAAS_ACCESS_TOKEN"_s);
        description = u"MAAS_ACCESS_TOKEN"_s;
        break;
    }
    }
    ConfiguredProvider c;
    c.provider = std::make_unique<TokenCache>(std::move(raw), clock);
    c.description = description;
    return c;
}

ConfiguredProvider makeConfiguredProvider(const Settings &settings, QNetworkAccessManager &network, const Clock &clock,
                                          SecretStore *secrets, const QUrl &tokenInfoUrl)
{
    return makeConfiguredProvider(settings.credentialSource(), settings.get<QString>(Settings::Key::CredentialFile),
                                  network, clock, secrets, settings.pastedTokenTime(), tokenInfoUrl);
}

QUrl tokenInfoUrlFor(const QString &endpointOverride)
{
    return EndpointResolver({}, QUrl(endpointOverride.trimmed())).tokenInfoUrl();
}

bool credentialIsSet(Settings::CredentialSource source, const QString &file, bool tokenPasted)
{
    using S = Settings::CredentialSource;
    switch (source) {
    case S::ServiceAccountKey:
    case S::ApplicationDefault:
        return !file.trimmed().isEmpty();
    case S::PastedToken:
        return tokenPasted;
    case S::GcloudCli:
    case S::MetadataServer:
        break;
    }
    return false;
}

bool credentialIsSet(const Settings &settings)
{
    return credentialIsSet(settings.credentialSource(), settings.get<QString>(Settings::Key::CredentialFile),
                           settings.pastedTokenTime().isValid());
}

QString quotaProjectFor(const Settings &settings, const QProcessEnvironment &environment)
{
    if (const QString own = settings.quotaProject(); !own.isEmpty())
        return own;
    if (const QString variable = environment.value(u"GOOGLE_CLOUD_QUOTA_PROJECT"_s).trimmed(); !variable.isEmpty())
        return variable;
    if (settings.credentialSource() != Settings::CredentialSource::ApplicationDefault)
        return {};
    QProcessEnvironment adc = environment;
    if (const QString file = settings.get<QString>(Settings::Key::CredentialFile); !file.isEmpty())
        adc.insert(u"GOOGLE_APPLICATION_CREDENTIALS"_s, file);
    const AdcLocation location = AdcSource::locate(adc);
    if (location.path.isEmpty())
        return {};
    const CredentialFile credentials = CredentialFile::read(location.path);
    return credentials.isValid() ? credentials.json.value("quota_project_id"_L1).toString().trimmed() : QString();
}

SwitchableTokenProvider::SwitchableTokenProvider(std::unique_ptr<TokenProvider> source)
    : m_source(std::move(source))
{}

void SwitchableTokenProvider::setSource(std::unique_ptr<TokenProvider> source)
{
    m_source = std::move(source);
}

void SwitchableTokenProvider::fetch(QObject *context, Callback done)
{
    m_source->fetch(context, std::move(done));
}

void SwitchableTokenProvider::invalidate()
{
    m_source->invalidate();
}

} // namespace maas
