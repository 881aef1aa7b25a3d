#include "auth/adcsource.h"

#include "auth/authorizedusersource.h"
#include "auth/credentialfile.h"
#include "auth/redact.h"
#include "auth/serviceaccountsource.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

constexpr auto kAdcFileName = "application_default_credentials.json"_L1;

QString wellKnownFile(const QProcessEnvironment &environment, QString *via)
{
    const QString config = environment.value(u"CLOUDSDK_CONFIG"_s);
    if (!config.isEmpty()) {
        *via = u"CLOUDSDK_CONFIG"_s;
        return QDir(config).filePath(kAdcFileName);
    }
    *via = u"gcloud's default folder"_s;
#ifdef Q_OS_WIN
    return QDir(environment.value(u"APPDATA"_s)).filePath(u"gcloud/"_s + kAdcFileName);
#else
    return QDir(environment.value(u"HOME"_s, QDir::homePath())).filePath(u".config/gcloud/"_s + kAdcFileName);
#endif
}

} // namespace

AdcSource::AdcSource(QNetworkAccessManager &network, const Clock &clock, QProcessEnvironment environment,
                     QUrl authorizedUserTokenUrl)
    : m_network(network)
    , m_clock(clock)
    , m_environment(std::move(environment))
    , m_authorizedUserTokenUrl(std::move(authorizedUserTokenUrl))
{
    reload();
}

AdcSource::~AdcSource() = default;

AdcLocation AdcSource::locate(const QProcessEnvironment &environment)
{
    AdcLocation location;
    QString via;
    location.wellKnownPath = wellKnownFile(environment, &via);
    for (const QString &name : {u"GOOGLE_APPLICATION_CREDENTIALS"_s, u"google_application_credentials"_s}) {
        const QString path = environment.value(name).trimmed();
        if (!path.isEmpty()) {
            location.path = path;
            location.via = u"GOOGLE_APPLICATION_CREDENTIALS"_s;
            location.fromVariable = true;
            return location;
        }
    }
    if (QFileInfo::exists(location.wellKnownPath)) {
        location.path = location.wellKnownPath;
        location.via = via;
    }
    return location;
}

bool AdcSource::isConfigured(const QProcessEnvironment &environment)
{
    return !locate(environment).path.isEmpty();
}

QString AdcSource::quotaProjectId() const
{
    const QString fromEnvironment = m_environment.value(u"GOOGLE_CLOUD_QUOTA_PROJECT"_s).trimmed();
    return fromEnvironment.isEmpty() ? m_fileQuotaProject : fromEnvironment;
}

bool AdcSource::reload()
{
    const AdcLocation location = locate(m_environment);
    const QFileInfo info(location.path);
    const QDateTime modified = info.exists() ? info.lastModified() : QDateTime();
    const qint64 size = info.exists() ? info.size() : -1;
    if (m_loaded && location.path == m_location.path && modified == m_loadedModified && size == m_loadedSize)
        return false;
    m_location = location;
    m_loadedModified = modified;
    m_loadedSize = size;
    m_loaded = true;
    load();
    return true;
}

void AdcSource::load()
{
    m_inner.reset();
    m_type.clear();
    m_account.clear();
    m_fileQuotaProject.clear();
    m_projectId.clear();
    m_problem.clear();

    if (m_location.path.isEmpty()) {
        m_problem = tr("No Application Default Credentials: %1 is not set and %2 does not exist. Run `%3`.")
                        .arg(u"GOOGLE_APPLICATION_CREDENTIALS"_s, m_location.wellKnownPath,
                             u"gcloud auth application-default login"_s);
        return;
    }
    const CredentialFile file = CredentialFile::read(m_location.path);
    if (!file.isValid()) {
        m_problem = m_location.fromVariable && !QFileInfo::exists(m_location.path)
                        ? tr("%1 names %2, which does not exist. Fix or unset the variable.")
                              .arg(u"GOOGLE_APPLICATION_CREDENTIALS"_s, m_location.path)
                        : file.error;
        return;
    }
    if (file.type == u"authorized_user") {
        AuthorizedUserCredentials credentials = AuthorizedUserCredentials::fromCredentialFile(file);
        if (!credentials.isValid()) {
            m_problem = credentials.error;
            return;
        }
        m_type = file.type;
        m_account = credentials.account;
        m_fileQuotaProject = credentials.quotaProjectId;
        m_inner = std::make_unique<AuthorizedUserSource>(m_network, m_clock, std::move(credentials),
                                                         m_authorizedUserTokenUrl);
    } else if (file.type == u"service_account") {
        ServiceAccountKey key = ServiceAccountKey::fromCredentialFile(file);
        if (!key.isValid()) {
            m_problem = key.error;
            return;
        }
        m_type = file.type;
        m_account = key.clientEmail;
        m_projectId = key.projectId;
        m_fileQuotaProject = file.json.value("quota_project_id"_L1).toString();
        m_inner = std::make_unique<ServiceAccountSource>(m_network, m_clock, std::move(key));
    } else {
        const QString type = file.type.left(40);
        m_problem = tr("%1 holds \"%2\" credentials, which MaaS Playground does not support yet. Use `%3` (%4) or a "
                       "service account key file.")
                        .arg(m_location.path, type, u"gcloud auth application-default login"_s, u"authorized_user"_s);
        return;
    }
    qCDebug(lcAuth) << "ADC:" << m_type << "credentials from" << m_location.path << "via" << m_location.via;
}

void AdcSource::fetch(QObject *context, Callback done)
{
    if (!m_queue.add(context, std::move(done)))
        return;
    // Nothing is in flight: a changed file can replace the inner source safely.
    reload();
    if (!m_inner) {
        QMetaObject::invokeMethod(&m_guard, [this] { m_queue.finish({}, m_problem); }, Qt::QueuedConnection);
        return;
    }
    m_inner->fetch(&m_guard, [this](const AccessToken &token, const QString &error) {
        AccessToken result = token;
        if (result.account.isEmpty())
            result.account = m_account;
        m_queue.finish(result, error);
    });
}

void AdcSource::invalidate()
{
    if (m_inner)
        m_inner->invalidate();
}

} // namespace maas
