#include "client/chatclient.h"

#include "client/tokenprovider.h"
#include "common/clock.h"
#include "common/urlpolicy.h"
#include "vertex/endpointresolver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace maas {

ChatClient::ChatClient(QNetworkAccessManager &network, TokenProvider &tokens, Clock &clock, const ModelCatalog *catalog,
                       Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_clock(clock)
    , m_catalog(catalog)
    , m_options(std::move(options))
    , m_retry(m_options.retry)
{}

ChatClient::~ChatClient() = default;

void ChatClient::setOptions(Options options)
{
    m_options = std::move(options);
    m_retry = RetryPolicy(m_options.retry);
}

std::optional<WireFamily> ChatClient::guessFamily(QStringView requestId)
{
    if (requestId.startsWith(u"claude-"))
        return WireFamily::AnthropicVertex;
    if (requestId.startsWith(u"mistral-") || requestId.startsWith(u"codestral") || requestId.startsWith(u"ministral"))
        return WireFamily::MistralVertex;
    if (requestId.startsWith(u"intfloat/"))
        return WireFamily::Embeddings;
    if (requestId.contains(u'/'))
        return WireFamily::OpenAiChat;
    return std::nullopt;
}

ErrorContext ChatClient::contextFor(const QString &model, const QString &location) const
{
    ErrorContext c;
    c.project = m_options.project;
    c.location = location;
    c.model = model;
    c.modelName = model;
    if (const ModelInfo *info = m_catalog ? m_catalog->find(model) : nullptr) {
        c.modelName = info->name;
        c.knownLocations = info->locations();
        const QDate today = m_clock.today();
        if (info->stageOn(today) == LifecycleStage::Retired)
            c.retiredOn = info->lifecycle.retired.toString(Qt::ISODate);
        if (const ModelInfo *r = m_catalog->find(info->lifecycle.replacement))
            c.replacementName = r->name;
    }
    return c;
}

StreamSetup ChatClient::setupFor(const ChatRequest &request, const QString &location, QString *problem) const
{
    StreamSetup setup;
    setup.request = request;
    setup.location = location;
    setup.quotaProject = m_options.quotaProject;
    setup.throughput = m_options.throughput;
    setup.idleTimeoutMs = m_options.idleTimeoutMs;
    setup.context = contextFor(request.model, location);
    const ModelInfo *info = m_catalog ? m_catalog->find(request.model) : nullptr;
    if (info) {
        setup.request.model = info->requestId; // a catalog id is accepted; the wire gets the exact id
        setup.request.family = info->family;
        if (setup.request.thinkingFormat == ThinkingFormat::None)
            setup.request.thinkingFormat = info->thinkingFormat;
    }
    if (setup.request.family == WireFamily::Embeddings) {
        *problem = u"%1 is an embedding model: it turns text into vectors and does not chat; use it in the "
                   u"embeddings view or with maas-cli embed"_s.arg(setup.context.modelName);
        return setup;
    }
    const std::unique_ptr<WireCodec> codec = makeCodec(setup.request.family);
    if (info && !info->endpoint.isEmpty()) {
        // Not Google: Vertex's quota and throughput headers mean nothing there.
        setup.quotaProject.clear();
        setup.throughput = ThroughputMode::Automatic;
        setup.url = EndpointResolver::customUrl(info->endpoint, codec->customPath());
        return setup;
    }
    if (QString p = EndpointResolver::projectProblem(m_options.project); !p.isEmpty()) {
        *problem = p;
        return setup;
    }
    if (QString p = EndpointResolver::locationProblem(location); !p.isEmpty()) {
        *problem = p;
        return setup;
    }
    if (QString p = throughputProblem(m_options.throughput, location); !p.isEmpty()) {
        *problem = p;
        return setup;
    }
    setup.url = EndpointResolver(m_options.project, m_options.baseOverride).url(location, codec->path(setup.request));
    return setup;
}

ChatStream *ChatClient::start(const ChatRequest &request, const QString &location)
{
    QString problem;
    StreamSetup setup = setupFor(request, location, &problem);
    auto *stream = new ChatStream(m_nextId++, std::move(setup), m_network, m_tokens, m_clock, m_retry, this);
    if (!problem.isEmpty()) {
        const UserError e = UserError::make(u"Cannot send the request"_s, problem,
                                            u"Fix it in Settings (or the command line) and run again."_s, u"setup"_s);
        // Reported asynchronously like every other failure, after the caller has connected.
        QMetaObject::invokeMethod(stream, [stream, e] { stream->abortWith(e); }, Qt::QueuedConnection);
        return stream;
    }
    QMetaObject::invokeMethod(stream, &ChatStream::start, Qt::QueuedConnection);
    return stream;
}

void ChatClient::embed(const EmbeddingRequest &request, const QString &location, QObject *context,
                       EmbeddingCallback done)
{
    const ErrorContext errorContext = contextFor(request.model, location);
    QString problem = EndpointResolver::projectProblem(m_options.project);
    if (problem.isEmpty())
        problem = EndpointResolver::locationProblem(location);
    if (problem.isEmpty())
        problem = throughputProblem(m_options.throughput, location);
    if (!problem.isEmpty()) {
        const UserError e = UserError::make(u"Cannot send the request"_s, problem,
                                            u"Fix the project or location and run again."_s, u"setup"_s);
        QMetaObject::invokeMethod(context, [done, e] { done({}, e); }, Qt::QueuedConnection);
        return;
    }
    const QUrl url = EndpointResolver(m_options.project, m_options.baseOverride).url(location, embeddingsPath());
    const QByteArray body = embeddingsBody(request);
    QPointer<QObject> guard(context);
    m_tokens.fetch(context, [this, url, body, errorContext, guard, done](const AccessToken &token,
                                                                         const QString &error) {
        if (!guard)
            return;
        if (!error.isEmpty()) {
            done({}, UserError::make(u"No access token"_s, error, u"Check the credential source."_s, u"credentials"_s));
            return;
        }
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("Authorization", "Bearer " + token.value.toUtf8());
        addVertexHeaders(request, m_options.quotaProject, m_options.throughput);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(std::chrono::milliseconds(m_options.idleTimeoutMs));
        QNetworkReply *reply = m_network.post(request, body);
        connect(reply, &QNetworkReply::finished, guard.data(), [this, reply, errorContext, done] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray bytes = reply->readAll();
            if (status >= 200 && status < 300) {
                const EmbeddingResult result = parseEmbeddings(bytes);
                if (!result.error.isEmpty()) {
                    done(result, UserError::make(u"Unreadable embeddings response"_s, result.error,
                                                 u"Retry; if it persists, report the model and time."_s));
                    return;
                }
                done(result, std::nullopt);
            } else if (status != 0) {
                done({}, ErrorTranslator::fromHttp(status, bytes,
                                                   reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                                   reply->rawHeader("Retry-After"), errorContext, m_clock.now()));
            } else {
                done({}, ErrorTranslator::fromNetwork(reply->error(), reply->errorString(), 0, errorContext));
            }
        });
    });
}

} // namespace maas
