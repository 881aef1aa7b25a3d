#pragma once

#include "auth/fetchqueue.h"
#include "client/tokenprovider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace maas {

class Clock;

// Where Application Default Credentials live (vertex-protocol.md §8.3, google-auth's order).
struct AdcLocation
{
    QString path;              // empty when no file was found
    QString via;               // "GOOGLE_APPLICATION_CREDENTIALS", "CLOUDSDK_CONFIG" or "gcloud's default folder"
    bool fromVariable = false; // GOOGLE_APPLICATION_CREDENTIALS named it: a missing file is an error
    QString wellKnownPath;     // the gcloud file that was looked for
};

// Application Default Credentials: GOOGLE_APPLICATION_CREDENTIALS, else
// $CLOUDSDK_CONFIG/application_default_credentials.json, else gcloud's folder
// (~/.config/gcloud, %APPDATA%\gcloud on Windows). The file's "type" picks the grant:
// authorized_user → AuthorizedUserSource, service_account → ServiceAccountSource. The file is read in
// place (never copied, reliability.md C15) and read again when gcloud rewrites it. The environment is
// passed in so tests need not change the process's own.
class AdcSource final : public TokenProvider
{
    Q_DISABLE_COPY_MOVE(AdcSource)
    Q_DECLARE_TR_FUNCTIONS(AdcSource)

public:
    // authorizedUserTokenUrl: where authorized_user refreshes go when the file names no token_uri
    // (default Google's; tests point it at the emulator).
    AdcSource(QNetworkAccessManager &network, const Clock &clock,
              QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
              QUrl authorizedUserTokenUrl = {});
    ~AdcSource() override;

    static AdcLocation locate(const QProcessEnvironment &environment);
    // True when a file is configured or present, i.e. ADC is the user's choice (AutomaticSource).
    static bool isConfigured(const QProcessEnvironment &environment);

    void fetch(QObject *context, Callback done) override;
    void invalidate() override;

    // What the file says, as of the last read (the constructor reads it once).
    QString path() const { return m_location.path; }
    QString type() const { return m_type; } // "authorized_user", "service_account", or "" when unusable
    QString account() const { return m_account; }
    // x-goog-user-project (§8.7): GOOGLE_CLOUD_QUOTA_PROJECT, else the file's quota_project_id.
    QString quotaProjectId() const;
    QString projectId() const { return m_projectId; }
    // Why a fetch would fail now, or "" when a source is ready.
    QString problem() const { return m_problem; }
    // Reads the file again if it changed (or moved) since the last read; true when it was re-read.
    bool reload();

private:
    void load();

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    QProcessEnvironment m_environment;
    QUrl m_authorizedUserTokenUrl;
    AdcLocation m_location;
    QDateTime m_loadedModified;
    qint64 m_loadedSize = -1;
    bool m_loaded = false;
    std::unique_ptr<TokenProvider> m_inner;
    QString m_type;
    QString m_account;
    QString m_fileQuotaProject;
    QString m_projectId;
    QString m_problem;
    FetchQueue m_queue;
    QObject m_guard;
};

} // namespace maas
