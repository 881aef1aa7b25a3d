#pragma once

#include "auth/credentialfile.h"
#include "auth/fetchqueue.h"
#include "client/tokenprovider.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace maas {

class Clock;

struct MetadataOptions
{
    // Off Google Cloud, 169.254.169.254 usually swallows packets: give up on connecting quickly.
    int connectTimeoutMs = 1'500;
    // Once connected, how long the answer may take.
    int responseTimeoutMs = 10'000;
    QString serviceAccount = QStringLiteral("default");
    QStringList scopes = {kCloudPlatformScope};
};

// Tokens from the metadata server of GCE, GKE and Cloud Run (vertex-protocol.md §8.6):
// GET http://{GCE_METADATA_HOST | GCE_METADATA_IP | 169.254.169.254}/computeMetadata/v1/instance/
// service-accounts/default/token with "Metadata-Flavor: Google"; answers without that response
// header are refused (something else is answering on that address). The account is the service
// account's email, asked once. Concurrent fetches share one request.
class MetadataSource final : public TokenProvider
{
    Q_DISABLE_COPY_MOVE(MetadataSource)
    Q_DECLARE_TR_FUNCTIONS(MetadataSource)

public:
    MetadataSource(QNetworkAccessManager &network, const Clock &clock,
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                   MetadataOptions options = {});
    ~MetadataSource() override;

    // http://HOST/computeMetadata/v1/ for that environment.
    static QUrl baseUrl(const QProcessEnvironment &environment);
    QUrl baseUrl() const { return m_base; }

    void fetch(QObject *context, Callback done) override;
    // The project the VM runs in (/computeMetadata/v1/project/project-id).
    void fetchProjectId(QObject *context, std::function<void(const QString &projectId, const QString &error)> done);
    QString account() const { return m_account; }

private:
    // One GET with the flavor header and the timeouts; done(body, problem) with problem "" on success.
    void get(const QString &path, std::function<void(const QByteArray &body, const QString &problem)> done);
    void fetchAccountThenFinish(AccessToken token);

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    QUrl m_base;
    MetadataOptions m_options;
    QString m_account;
    bool m_accountAsked = false;
    FetchQueue m_queue;
    QObject m_guard;
};

} // namespace maas
