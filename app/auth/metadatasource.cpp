#include "auth/metadatasource.h"

#include "auth/redact.h"
#include "auth/tokenendpoint.h"
#include "common/clock.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace maas {

MetadataSource::MetadataSource(QNetworkAccessManager &network, const Clock &clock,
                               const QProcessEnvironment &environment, MetadataOptions options)
    : m_network(network)
    , m_clock(clock)
    , m_base(baseUrl(environment))
    , m_options(std::move(options))
{}

MetadataSource::~MetadataSource() = default;

QUrl MetadataSource::baseUrl(const QProcessEnvironment &environment)
{
    QString host = environment.value(u"GCE_METADATA_HOST"_s).trimmed();
    if (host.isEmpty())
        host = environment.value(u"GCE_METADATA_IP"_s).trimmed();
    if (host.isEmpty())
        host = u"169.254.169.254"_s;
    if (!host.contains(u"://"_s))
        host.prepend(u"http://"_s);
    if (!host.endsWith(u'/'))
        host += u'/';
    return QUrl(host).resolved(QUrl(u"computeMetadata/v1/"_s));
}

void MetadataSource::get(const QString &path, std::function<void(const QByteArray &, const QString &)> done)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    prepareCredentialRequest(request, m_options.responseTimeoutMs);
    request.setRawHeader("Metadata-Flavor", "Google");
    QNetworkReply *reply = m_network.get(request);
    reply->setParent(&m_guard);

    // QNetworkAccessManager has no connect timeout: abort if nothing was sent in time.
    auto connected = std::make_shared<bool>(false);
    auto timedOut = std::make_shared<bool>(false);
    const auto markConnected = [connected] { *connected = true; };
    QObject::connect(reply, &QNetworkReply::requestSent, reply, markConnected);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, markConnected);
    QTimer::singleShot(m_options.connectTimeoutMs, reply, [reply, connected, timedOut] {
        if (!*connected && reply->isRunning()) {
            *timedOut = true;
            reply->abort();
        }
    });
    const QString host = endpointName(m_base);
    const QString connectSeconds = QLocale().toString(m_options.connectTimeoutMs / 1000.0);
    QObject::connect(
        reply, &QNetworkReply::finished, &m_guard, [reply, timedOut, host, connectSeconds, done = std::move(done)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (*timedOut) {
                done({}, MetadataSource::tr("no metadata server answered at %1 within %2 s (not running on Google "
                                            "Cloud?)")
                             .arg(host, connectSeconds));
                return;
            }
            if (status == 0) {
                done({}, MetadataSource::tr("no metadata server at %1 (%2; not running on Google Cloud?)")
                             .arg(host, redact(reply->errorString())));
                return;
            }
            if (reply->rawHeader("Metadata-Flavor") != "Google") {
                done({}, MetadataSource::tr("%1 answered without the %2 header, so it is not a Google metadata "
                                            "server (a proxy or another service on that address?)")
                             .arg(host, u"\"Metadata-Flavor: Google\""_s));
                return;
            }
            if (status != 200) {
                done({}, MetadataSource::tr("the metadata server at %1 answered HTTP %2")
                             .arg(host, QString::number(status)));
                return;
            }
            done(reply->readAll(), {});
        });
}

void MetadataSource::fetch(QObject *context, Callback done)
{
    if (!m_queue.add(context, std::move(done)))
        return;
    QString path = u"instance/service-accounts/%1/token"_s.arg(m_options.serviceAccount);
    if (!m_options.scopes.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"scopes"_s, m_options.scopes.join(u','));
        path += u'?' + query.toString(QUrl::FullyEncoded);
    }
    const QDateTime sentAt = m_clock.now();
    qCDebug(lcAuth) << "metadata: requesting a token from" << endpointName(m_base);
    get(path, [this, sentAt](const QByteArray &body, const QString &problem) {
        if (!problem.isEmpty()) {
            const QString message = MetadataSource::tr("Cannot get a token from the metadata server: %1.").arg(problem);
            qCDebug(lcAuth).noquote() << message;
            m_queue.finish({}, message);
            return;
        }
        const TokenEndpointResult result = parseTokenResponse(200, body, sentAt);
        if (!result.ok()) {
            m_queue.finish(
                {}, MetadataSource::tr("The metadata server's token answer is unusable: %1.").arg(result.describe()));
            return;
        }
        fetchAccountThenFinish(result.token);
    });
}

void MetadataSource::fetchAccountThenFinish(AccessToken token)
{
    if (m_accountAsked) {
        token.account = m_account;
        m_queue.finish(token, {});
        return;
    }
    m_accountAsked = true;
    get(u"instance/service-accounts/%1/email"_s.arg(m_options.serviceAccount),
        [this, token](const QByteArray &body, const QString &problem) mutable {
            const QString email = QString::fromUtf8(body).trimmed();
            if (problem.isEmpty() && email.contains(u'@') && !email.contains(u' '))
                m_account = email;
            token.account = m_account;
            m_queue.finish(token, {});
        });
}

void MetadataSource::fetchProjectId(QObject *context,
                                    std::function<void(const QString &projectId, const QString &error)> done)
{
    QPointer<QObject> guard(context);
    get(u"project/project-id"_s, [guard, done = std::move(done)](const QByteArray &body, const QString &problem) {
        if (!guard)
            return;
        if (!problem.isEmpty())
            done({}, MetadataSource::tr("Cannot read the project id from the metadata server: %1.").arg(problem));
        else
            done(QString::fromUtf8(body).trimmed(), {});
    });
}

} // namespace maas
