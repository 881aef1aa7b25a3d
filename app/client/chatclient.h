#pragma once

#include "catalog/modelcatalog.h"
#include "client/chatstream.h"
#include "client/retrypolicy.h"
#include "vertex/requestheaders.h"
#include "wire/wirecodec.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace maas {

class Clock;
class TokenProvider;

// Sends requests to Vertex AI (or an override / custom OpenAI-compatible server) over the one
// QNetworkAccessManager of the app: a request value in, a cancellable ChatStream out.
class ChatClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatClient)

public:
    struct Options
    {
        QString project;
        QUrl baseOverride;                                     // e.g. the emulator's http://127.0.0.1:PORT/v1
        QString quotaProject;                                  // x-goog-user-project
        ThroughputMode throughput = ThroughputMode::Automatic; // X-Vertex-AI-LLM-Request-Type
        qint64 idleTimeoutMs = 600000;
        RetryOptions retry;
    };

    // catalog may be null; with it, errors name the model and where it is served, and prices give costs.
    ChatClient(QNetworkAccessManager &network, TokenProvider &tokens, Clock &clock, const ModelCatalog *catalog,
               Options options, QObject *parent = nullptr);
    ~ChatClient() override;

    const Options &options() const { return m_options; }
    // What the client sends with, for tools that make their own requests the same way (the access doctor).
    QNetworkAccessManager &network() const { return m_network; }
    TokenProvider &tokens() const { return m_tokens; }
    Clock &clock() const { return m_clock; }
    const ModelCatalog *catalog() const { return m_catalog; }
    void setOptions(Options options);

    // Starts streaming. The stream is a child of the client; delete it (deleteLater) once finished.
    // Problems found before sending (bad project or location) arrive as a failed finished() too.
    ChatStream *start(const ChatRequest &request, const QString &location);

    // Infers the wire family of an exact model id the catalog does not know; nullopt when unclear.
    static std::optional<WireFamily> guessFamily(QStringView requestId);

    using EmbeddingCallback = std::function<void(const EmbeddingResult &result, const std::optional<UserError> &error)>;
    void embed(const EmbeddingRequest &request, const QString &location, QObject *context, EmbeddingCallback done);

private:
    StreamSetup setupFor(const ChatRequest &request, const QString &location, QString *problem) const;
    ErrorContext contextFor(const QString &model, const QString &location) const;

    QNetworkAccessManager &m_network;
    TokenProvider &m_tokens;
    Clock &m_clock;
    const ModelCatalog *m_catalog;
    Options m_options;
    RetryPolicy m_retry;
    int m_nextId = 1;
};

} // namespace maas
