#pragma once

#include "client/chatclient.h"
#include "doctor/doctorstep.h"
#include "vertex/usererror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace maas {

class Clock;
class ModelCatalog;
class TokenProvider;
struct AccessToken;

// Where the token provider gets its tokens: asked after the first fetch, so a source that is
// chosen while fetching (AutomaticSource) can name itself.
struct DoctorCredentials
{
    QString source;  // "service account key /path/key.json", "Application Default Credentials (…)"
    QString problem; // why no source could be set up; empty when one was
};

struct DoctorRequest
{
    QString project;
    QString location; // global, us, eu or a region
    QString model;    // catalog id or exact request id
    QUrl baseOverride;
    QString quotaProject;
    std::function<DoctorCredentials()> credentials;
};

// Walks the access walls of Vertex AI Model Garden in order, for one project, location and model:
// credentials found → token obtained (and whose) → project reachable (Resource Manager
// projects.get) → caller holds aiplatform.endpoints.predict (testIamPermissions) → model enabled
// and served at the location (a one-token request through ChatClient) → global endpoint allowed
// or blocked by constraints/gcp.restrictEndpointUsage. Each step says what it found and, when it
// fails, why and the exact fix; steps after a hard failure are Skipped with the reason.
class AccessDoctor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessDoctor)

public:
    AccessDoctor(QNetworkAccessManager &network, TokenProvider &tokens, Clock &clock, const ModelCatalog *catalog,
                 QObject *parent = nullptr);
    ~AccessDoctor() override;

    // Starts (or restarts) a run; stepChanged() reports each step, finished() the end.
    void run(const DoctorRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }
    const DoctorRequest &request() const { return m_request; }
    const QList<DoctorStep> &steps() const { return m_steps; }
    // The six steps with their titles, all Pending: what a UI shows before a run.
    static QList<DoctorStep> plannedSteps();
    // True when no step failed.
    bool passed() const;

Q_SIGNALS:
    void stepChanged(int index, const maas::DoctorStep &step);
    void finished(bool passed);

private:
    enum Index
    {
        Credentials,
        Token,
        Project,
        Permission,
        Model,
        Global,
    };
    void onToken(const AccessToken &token, const QString &error);
    void lookUpIdentity(const QString &token);
    // A catalog entry with its own base URL (a custom OpenAI-compatible server).
    bool isCustomServer() const;
    // Skips the project and permission steps (Google's, not that server's), then asks the model.
    void checkCustomServer();
    QString tokenFound() const; // the identity and how long the token lasts
    void checkProject();
    void checkPermission();
    void checkModel(const QString &location, bool forGlobalStep);
    void onProbe(const QString &location, bool forGlobalStep, const std::optional<UserError> &error);
    void modelFailed(const UserError &error, const QString &location);
    // GET (body empty) or POST to Resource Manager, retrying once after a 401 with a fresh token.
    void callResourceManager(const QUrl &url, const QByteArray &body,
                             std::function<void(int status, const QByteArray &reply, const UserError &error)> done,
                             bool retried = false);
    void set(Index index, StepStatus status, const QString &found, const QString &why = {},
             const QList<DoctorFix> &fixes = {});
    void skipFrom(Index first, const QString &why);
    void finish();
    ErrorContext errorContext(const QString &location) const;
    QString modelLabel() const;

    QNetworkAccessManager &m_network;
    TokenProvider &m_tokens;
    Clock &m_clock;
    const ModelCatalog *m_catalog;
    DoctorRequest m_request;
    QList<DoctorStep> m_steps;
    const ModelInfo *m_info = nullptr;
    QString m_email;
    QString m_token;
    QDateTime m_tokenExpiry;
    QPointer<ChatClient> m_probe;        // no retries, short timeout: one request per check
    std::unique_ptr<QObject> m_runGuard; // callbacks of a cancelled run die with it
    int m_serial = 0;                    // and those already queued see a newer serial
    bool m_running = false;
    bool m_globalBlocked = false;
};

} // namespace maas
