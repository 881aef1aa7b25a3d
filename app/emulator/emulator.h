#pragma once

#include "catalog/modelcatalog.h"
#include "emulator/accessscenario.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace maas {

class Clock;

namespace emulator {
struct Call;
struct Outcome;
class ScriptBook;
class TrackingTcpServer;
class FaultCounter;
class TokenIssuer;
} // namespace emulator

// The OAuth token endpoint (POST /token) and the metadata server (GET /computeMetadata/v1/...) of
// vertex-protocol.md §10 items 6–7.
struct EmulatorAuthOptions
{
    // Service accounts the token endpoint knows: client_email → public key PEM ("BEGIN PUBLIC KEY").
    // A JWT-bearer assertion must be signed (RS256) by the matching private key.
    QHash<QString, QByteArray> serviceAccountKeys;
    // Refresh tokens the refresh_token grant accepts; any other gets invalid_grant "Token has been
    // expired or revoked.".
    QStringList refreshTokens;
    // Refresh tokens whose owner must sign in again: invalid_grant with error_subtype invalid_rapt.
    QStringList reauthRefreshTokens;
    // When set, the refresh_token grant checks the client too (401 invalid_client otherwise).
    QString clientId;
    QString clientSecret;
    // expires_in of every token minted (seconds).
    int tokenLifetimeSeconds = 3599;
    // true: the Vertex routes accept only tokens minted here (by /token or the metadata server) that
    // have not expired by the emulator's clock nor been revoked; others get 401 ACCESS_TOKEN_EXPIRED.
    bool requireMintedTokens = false;
    // Who the metadata server says it is.
    QString metadataEmail = QStringLiteral("emulator-vm@emulator-project.iam.gserviceaccount.com");
    QString metadataProjectId = QStringLiteral("emulator-project");
};

struct EmulatorOptions
{
    // Empty: any non-empty bearer token is accepted. Else only this one (others get 401
    // ACCESS_TOKEN_EXPIRED, as an expired token would).
    QString requiredToken;
    // Latency multiplier: 1 is real time, 50 runs fifty times faster, 0 removes every delay.
    // Stall faults keep their real seconds.
    double speed = 1.0;
    // Retired models (catalog lifecycle.retired on or before today) are served by default, since
    // demos use them; true answers them as Vertex does after retirement (400).
    bool refuseRetired = false;
    // The access wall every Vertex and Resource Manager call meets (README.md "Access scenarios").
    AccessScenario accessScenario = AccessScenario::AllowAll;
    EmulatorAuthOptions auth;
};

// One handled request, for logs: emitted when its response is over.
struct EmulatorRequestLog
{
    QString method;
    QString path;
    QString model;   // as requested, empty when the request had none
    int status = 0;  // HTTP status sent (0: none, e.g. a dropped non-streamed reply)
    QString fault;   // the fault that fired, "" for none
    QString outcome; // "complete", "dropped", "client closed", ...
    qint64 durationMs = 0;
    // The request's headers (Vertex routes), for tests that check what a client sent. Credentials
    // (Authorization, x-goog-api-key) keep their name only: the value reads "(redacted)".
    QList<QPair<QByteArray, QByteArray>> headers;

    // A request that has just arrived, nothing answered yet.
    static EmulatorRequestLog arrived(QString method, QString path, QString model = {})
    {
        EmulatorRequestLog log;
        log.method = std::move(method);
        log.path = std::move(path);
        log.model = std::move(model);
        return log;
    }

    // The value of a header (case-insensitive name); empty when it was not sent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QString toLine() const; // "POST /v1/... model=... status=200 fault=drop:3 outcome=dropped 812ms"
};

// A local stand-in for the Vertex AI MaaS HTTP API (vertex-protocol.md §10) on 127.0.0.1: Claude
// rawPredict/streamRawPredict, the OpenAI-compatible chat completions and embeddings endpoints,
// Mistral rawPredict/streamRawPredict. Answers are scripted (resources/emulator), deterministic per
// (model, prompt), streamed at each model family's pace; faults are injected per request with the
// X-Maas-Fault header or a [[fault:...]] prompt prefix (app/emulator/README.md). The model list,
// regions, thinking style and embedding sizes come from the catalog.
class Emulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Emulator)

public:
    explicit Emulator(QObject *parent = nullptr);
    explicit Emulator(const EmulatorOptions &options, QObject *parent = nullptr);
    // catalog: the models to serve (tests may pass their own); clock: "today" for retirement and
    // the `created` field of chunks (null: the system clock).
    Emulator(const EmulatorOptions &options, ModelCatalog catalog, const Clock *clock, QObject *parent = nullptr);
    ~Emulator() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port.
    bool listen(quint16 port = 0);
    quint16 port() const;
    // http://127.0.0.1:PORT/v1, the base URL clients put in front of /projects/...
    QUrl baseUrl() const;
    QString errorString() const { return m_error; }

    const EmulatorOptions &options() const { return m_options; }
    const ModelCatalog &catalog() const { return m_catalog; }
    const emulator::ScriptBook &scripts() const { return *m_scripts; }
    // Plays one access wall from now on (the doctor's scenarios); AllowAll lets everything through.
    void setAccessScenario(AccessScenario scenario);
    AccessScenario accessScenario() const { return m_options.accessScenario; }
    // Forgets how many requests each "times=N" fault has failed.
    void resetFaultCounters();

    // http://127.0.0.1:PORT/token: the token_uri of credential files that point at the emulator.
    QUrl tokenUrl() const;
    // 127.0.0.1:PORT: the value of GCE_METADATA_HOST that points at the emulator's metadata server.
    QString metadataHost() const;
    // Requests that reached POST /token; token requests to the metadata server.
    int tokenRequestCount() const;
    int metadataTokenRequestCount() const;
    // Every token minted so far stops working (with auth.requireMintedTokens: 401 on next use).
    void revokeMintedTokens();

Q_SIGNALS:
    void requestFinished(const maas::EmulatorRequestLog &entry);

private:
    void setUpRoutes();
    void handlePublisher(const QString &version, const QString &project, const QString &location,
                         const QString &publisher, const QString &modelAndVerb, const QHttpServerRequest &request,
                         QHttpServerResponder &responder);
    void handleOpenApi(const QString &version, const QString &project, const QString &location, const QString &what,
                       const QHttpServerRequest &request, QHttpServerResponder &responder);
    void handleMissing(const QHttpServerRequest &request, QHttpServerResponder &responder);
    // Cloud Resource Manager v1 projects.get and projects.testIamPermissions (resourcemanagerroute.cpp).
    void setUpResourceManagerRoutes();
    void handleResourceManager(const QString &projectAndVerb, const QHttpServerRequest &request,
                               QHttpServerResponder &responder);
    // POST /token and the metadata routes, answered by the TokenIssuer (oauthroute.cpp).
    void handleOAuth(const QString &what, const QString &account, const QHttpServerRequest &request,
                     QHttpServerResponder &responder);
    // GET /v1beta1/publishers/{publisher}/models: Model Garden's list (modelgardenroute.cpp).
    void handleModelGarden(const QString &version, const QString &publisher, const QHttpServerRequest &request,
                           QHttpServerResponder &responder);
    // Auth, body, model lookup, faults, region and lifecycle checks, then the family's answer.
    void process(emulator::Call call, const QHttpServerRequest &request, QHttpServerResponder &responder);
    void respond(const QHttpServerRequest &request, QHttpServerResponder &responder, emulator::Outcome outcome,
                 double slowStartMs, EmulatorRequestLog log);

    EmulatorOptions m_options;
    ModelCatalog m_catalog;
    std::unique_ptr<emulator::ScriptBook> m_scripts;
    std::unique_ptr<emulator::FaultCounter> m_faultCounter;
    std::unique_ptr<emulator::TokenIssuer> m_tokenIssuer;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    QHttpServer *m_http = nullptr;
    emulator::TrackingTcpServer *m_tcp = nullptr;
    QString m_error;
};

} // namespace maas

Q_DECLARE_METATYPE(maas::EmulatorRequestLog)
