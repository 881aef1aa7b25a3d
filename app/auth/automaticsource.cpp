#include "auth/automaticsource.h"

#include "auth/adcsource.h"
#include "auth/redact.h"
#include "auth/tokenendpoint.h"

using namespace Qt::StringLiterals;

namespace maas {

namespace {

enum Step
{
    StepEnvironment,
    StepAdc,
    StepGcloud,
    StepMetadata,
    StepCount,
};

} // namespace

AutomaticSource::AutomaticSource(QNetworkAccessManager &network, const Clock &clock, QProcessEnvironment environment,
                                 AutomaticOptions options)
    : m_network(network)
    , m_clock(clock)
    , m_environment(std::move(environment))
    , m_options(std::move(options))
{}

AutomaticSource::~AutomaticSource() = default;

QString AutomaticSource::quotaProjectId() const
{
    if (m_kind == Kind::ApplicationDefault)
        return static_cast<const AdcSource *>(m_active.get())->quotaProjectId();
    return m_environment.value(u"GOOGLE_CLOUD_QUOTA_PROJECT"_s).trimmed();
}

void AutomaticSource::reset()
{
    if (m_queue.busy())
        return; // a search is running; it decides
    m_active.reset();
    m_kind = Kind::None;
    m_description.clear();
}

void AutomaticSource::fetch(QObject *context, Callback done)
{
    if (!m_queue.add(context, std::move(done)))
        return;
    if (m_active) {
        fetchFromActive();
        return;
    }
    m_passedOver.clear();
    tryStep(StepEnvironment);
}

void AutomaticSource::invalidate()
{
    if (m_active)
        m_active->invalidate();
}

void AutomaticSource::fetchFromActive()
{
    m_active->fetch(&m_guard, [this](const AccessToken &token, const QString &error) { m_queue.finish(token, error); });
}

void AutomaticSource::choose(Kind kind, std::unique_ptr<TokenProvider> provider, QString description)
{
    m_kind = kind;
    m_active = std::move(provider);
    m_description = std::move(description);
    qCDebug(lcAuth).noquote() << "automatic credentials: using" << m_description;
}

void AutomaticSource::tryStep(int step)
{
    switch (step) {
    case StepEnvironment: {
        const QString token = m_environment.value(u"MAAS_ACCESS_TOKEN"_s).trimmed();
        if (token.isEmpty()) {
            m_passedOver << u"MAAS_ACCESS_TOKEN is not set"_s;
            tryStep(StepAdc);
            return;
        }
        rememberSecret(token);
        choose(Kind::EnvironmentToken, std::make_unique<StaticTokenProvider>(token, u"MAAS_ACCESS_TOKEN"_s),
               u"MAAS_ACCESS_TOKEN"_s);
        fetchFromActive();
        return;
    }
    case StepAdc: {
        const AdcLocation location = AdcSource::locate(m_environment);
        if (location.path.isEmpty()) {
            m_passedOver << u"no Application Default Credentials (%1 does not exist)"_s.arg(location.wellKnownPath);
            tryStep(StepGcloud);
            return;
        }
        choose(Kind::ApplicationDefault,
               std::make_unique<AdcSource>(m_network, m_clock, m_environment, m_options.authorizedUserTokenUrl),
               u"Application Default Credentials (%1)"_s.arg(location.path));
        fetchFromActive();
        return;
    }
    case StepGcloud:
    case StepMetadata: {
        const bool gcloud = step == StepGcloud;
        if (gcloud)
            m_candidate = std::make_unique<GcloudSource>(m_options.gcloud);
        else
            m_candidate = std::make_unique<MetadataSource>(m_network, m_clock, m_environment, m_options.metadata);
        m_candidate->fetch(&m_guard, [this, step, gcloud](const AccessToken &token, const QString &error) {
            // Not from inside the candidate's own callback: it is about to be moved or destroyed.
            QMetaObject::invokeMethod(
                &m_guard,
                [this, step, gcloud, token, error] {
                    std::unique_ptr<TokenProvider> candidate = std::move(m_candidate);
                    if (error.isEmpty()) {
                        const QString description =
                            gcloud ? u"gcloud CLI"_s
                                   : u"metadata server (%1)"_s.arg(
                                         endpointName(static_cast<MetadataSource *>(candidate.get())->baseUrl()));
                        choose(gcloud ? Kind::Gcloud : Kind::MetadataServer, std::move(candidate), description);
                        m_queue.finish(token, {});
                        return;
                    }
                    m_passedOver << error;
                    tryStep(step + 1);
                },
                Qt::QueuedConnection);
        });
        return;
    }
    default:
        break;
    }
    const QString message = tr("No Google Cloud credentials found. Run `%1` (or `%2`), or set %3. Tried: %4")
                                .arg(u"gcloud auth application-default login"_s, u"gcloud auth login"_s,
                                     u"MAAS_ACCESS_TOKEN"_s, m_passedOver.join(u"; "_s));
    QMetaObject::invokeMethod(&m_guard, [this, message] { m_queue.finish({}, message); }, Qt::QueuedConnection);
}

} // namespace maas
