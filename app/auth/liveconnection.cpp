#include "auth/liveconnection.h"

#include "auth/providerfactory.h"
#include "auth/redact.h"
#include "auth/secretstore.h"
#include "common/urlpolicy.h"

using namespace Qt::StringLiterals;

namespace maas {

namespace {

ThroughputMode throughputFor(Settings::RequestType type)
{
    switch (type) {
    case Settings::RequestType::Provisioned:
        return ThroughputMode::ProvisionedOnly;
    case Settings::RequestType::PayAsYouGo:
        return ThroughputMode::PayAsYouGoOnly;
    case Settings::RequestType::Automatic:
        break;
    }
    return ThroughputMode::Automatic;
}

} // namespace

LiveConnection::LiveConnection(Settings &settings, ChatClient &client, SwitchableTokenProvider &tokens,
                               SecretStore *secrets, QNetworkAccessManager &network, const Clock &clock,
                               Options options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(client)
    , m_tokens(tokens)
    , m_secrets(secrets)
    , m_network(network)
    , m_clock(clock)
    , m_options(std::move(options))
{
    applyMode();
    connect(&m_settings, &Settings::changed, this, &LiveConnection::onSettingChanged);
}

LiveConnection::~LiveConnection() = default;

LiveConnection::Mode LiveConnection::wantedMode()
{
    const bool wantsDemo =
        m_options.forceDemo || (m_options.environmentToken.isEmpty() && m_settings.endpointOverride().isEmpty() &&
                                m_settings.projectId().isEmpty());
    if (wantsDemo && !m_demoTried && m_options.startDemo) {
        m_demoTried = true;
        m_demoBase = m_options.startDemo();
    }
    if (wantsDemo && !m_demoBase.isEmpty())
        return Mode::OfflineDemo;
    if (!m_options.environmentToken.isEmpty())
        return Mode::EnvironmentToken;
    const QUrl endpoint(m_settings.endpointOverride());
    // On loopback (the emulator, a local proxy) a credential set in Settings is used, so the app can mint
    // and refresh real tokens against the emulator; with none set, a placeholder token is enough there.
    if (!endpoint.isEmpty() && isLoopbackHost(endpoint.host()) && !credentialIsSet(m_settings))
        return Mode::LocalEndpoint;
    return Mode::Configured;
}

ChatClient::Options LiveConnection::clientOptions() const
{
    ChatClient::Options o;
    o.project = m_settings.projectId();
    o.baseOverride = QUrl(m_settings.endpointOverride());
    if (m_mode == Mode::OfflineDemo) {
        o.baseOverride = m_demoBase;
        if (o.project.isEmpty())
            o.project = u"demo-project"_s;
    }
    o.idleTimeoutMs = qint64(m_settings.requestTimeoutSeconds()) * 1000;
    o.retry = m_client.options().retry;
    o.retry.maxRetries = m_settings.retryCount();
    o.quotaProject = quotaProjectFor(m_settings, m_options.environment);
    o.throughput = throughputFor(m_settings.requestType());
    return o;
}

bool LiveConnection::applyMode()
{
    const Mode mode = wantedMode();
    const bool modeChanged = !m_started || mode != m_mode;
    m_mode = mode;
    m_client.setOptions(clientOptions());
    if (modeChanged) {
        m_started = true;
        rebuildSource();
    }
    Q_EMIT clientOptionsApplied();
    return modeChanged;
}

void LiveConnection::rebuildSource()
{
    m_description.clear();
    m_problem.clear();
    switch (m_mode) {
    case Mode::OfflineDemo:
        m_tokens.setSource(std::make_unique<StaticTokenProvider>(u"demo-token"_s, u"the demo token"_s));
        break;
    case Mode::EnvironmentToken:
        rememberSecret(m_options.environmentToken);
        m_tokens.setSource(std::make_unique<StaticTokenProvider>(m_options.environmentToken, u"MAAS_ACCESS_TOKEN"_s));
        m_description = u"MAAS_ACCESS_TOKEN"_s;
        break;
    case Mode::LocalEndpoint:
        m_tokens.setSource(std::make_unique<StaticTokenProvider>(u"local-token"_s, u"the local token"_s));
        break;
    case Mode::Configured: {
        ConfiguredProvider chosen = makeConfiguredProvider(m_settings, m_network, m_clock, m_secrets.data(),
                                                           tokenInfoUrlFor(m_settings.endpointOverride()));
        m_tokens.setSource(std::move(chosen.provider));
        m_description = chosen.description;
        m_problem = chosen.problem;
        break;
    }
    }
    Q_EMIT connectionChanged();
}

void LiveConnection::onSettingChanged(Settings::Key key)
{
    using K = Settings::Key;
    switch (key) {
    case K::EndpointOverride:
        // A pasted token is checked with tokeninfo where the endpoint is: rebuild it when that moves.
        if (!applyMode() && m_mode == Mode::Configured &&
            m_settings.credentialSource() == Settings::CredentialSource::PastedToken)
            rebuildSource();
        break;
    case K::ProjectId:
    case K::RequestTimeoutSeconds:
    case K::RetryCount:
    case K::QuotaProject:
    case K::RequestType:
        applyMode();
        break;
    case K::CredentialSource:
    case K::CredentialFile:
    case K::PastedTokenTime:
        if (!applyMode() && m_mode == Mode::Configured)
            rebuildSource();
        break;
    default:
        break;
    }
}

} // namespace maas
