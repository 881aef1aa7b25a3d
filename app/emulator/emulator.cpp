#include "emulator/emulator.h"

#include "common/clock.h"
#include "emulator/accessscenario.h"
#include "emulator/call.h"
#include "emulator/faults.h"
#include "emulator/frontend.h"
#include "emulator/oauthroute.h"
#include "emulator/responsesession.h"
#include "emulator/scriptbook.h"
#include "emulator/trackingtcpserver.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace maas {

using namespace emulator;

namespace {

const QByteArray kFaultHeader = QByteArrayLiteral("x-maas-fault");

} // namespace

QString EmulatorRequestLog::toLine() const
{
    QString line = method + u' ' + path;
    if (!model.isEmpty())
        line += u" model="_s + model;
    line += u" status="_s + (status > 0 ? QString::number(status) : u"none"_s);
    if (!fault.isEmpty())
        line += u" fault="_s + fault;
    if (!outcome.isEmpty() && outcome != u"complete")
        line += u" outcome="_s + outcome;
    line += u' ' + QString::number(durationMs) + u"ms"_s;
    return line;
}

QByteArray EmulatorRequestLog::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool EmulatorRequestLog::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

Emulator::Emulator(QObject *parent)
    : Emulator(EmulatorOptions{}, parent)
{}

Emulator::Emulator(const EmulatorOptions &options, QObject *parent)
    : Emulator(options, ModelCatalog::load(QString()), nullptr, parent)
{}

Emulator::Emulator(const EmulatorOptions &options, ModelCatalog catalog, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_catalog(std::move(catalog))
    , m_scripts(std::make_unique<ScriptBook>(ScriptBook::builtIn()))
    , m_faultCounter(std::make_unique<FaultCounter>())
    , m_clock(clock)
{
    qRegisterMetaType<EmulatorRequestLog>();
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
    m_tokenIssuer = std::make_unique<TokenIssuer>(m_options.auth, *m_clock);
    m_http = new QHttpServer(this);
    setUpRoutes();
}

Emulator::~Emulator()
{
    // Sessions hold responders that point into QHttpServer's connections: end them first.
    qDeleteAll(findChildren<ResponseSession *>(Qt::FindDirectChildrenOnly));
    // bind() made the TCP server a child of the HTTP server: this deletes both.
    delete m_http;
    m_tcp = nullptr;
}

bool Emulator::listen(quint16 port)
{
    if (m_tcp) {
        m_error = u"already listening"_s;
        return false;
    }
    m_tcp = new TrackingTcpServer(this);
    if (!m_tcp->listen(QHostAddress::LocalHost, port) || !m_http->bind(m_tcp)) {
        m_error = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    return true;
}

quint16 Emulator::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl Emulator::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port()));
}

void Emulator::setAccessScenario(AccessScenario scenario)
{
    m_options.accessScenario = scenario;
}

void Emulator::resetFaultCounters()
{
    m_faultCounter->reset();
}

QUrl Emulator::tokenUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/token"_s.arg(port()));
}

QString Emulator::metadataHost() const
{
    return u"127.0.0.1:%1"_s.arg(port());
}

int Emulator::tokenRequestCount() const
{
    return m_tokenIssuer->tokenRequests();
}

int Emulator::metadataTokenRequestCount() const
{
    return m_tokenIssuer->metadataTokenRequests();
}

void Emulator::revokeMintedTokens()
{
    m_tokenIssuer->revokeAll();
}

void Emulator::handleOAuth(const QString &what, const QString &account, const QHttpServerRequest &request,
                           QHttpServerResponder &responder)
{
    const bool metadata = what.startsWith(u"metadata:"_s);
    Reply reply;
    if (metadata)
        reply = m_tokenIssuer->metadata(request, what.mid(9), account);
    else if (what == u"tokeninfo")
        reply = m_tokenIssuer->tokenInfo(request);
    else
        reply = m_tokenIssuer->token(request, tokenUrl().toString());
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    auto log = EmulatorRequestLog::arrived(get ? u"GET"_s : u"POST"_s, request.url().path());
    respond(request, responder, Outcome::of(reply), 0, log);
}

void Emulator::setUpRoutes()
{
    const auto post = QHttpServerRequest::Method::Post;
    m_http->route(u"/<arg>/projects/<arg>/locations/<arg>/publishers/<arg>/models/<arg>"_s, post, this,
                  [this](const QString &version, const QString &project, const QString &location,
                         const QString &publisher, const QString &modelAndVerb, const QHttpServerRequest &request,
                         QHttpServerResponder &responder) {
                      handlePublisher(version, project, location, publisher, modelAndVerb, request, responder);
                  });
    m_http->route(u"/<arg>/projects/<arg>/locations/<arg>/endpoints/openapi/chat/completions"_s, post, this,
                  [this](const QString &version, const QString &project, const QString &location,
                         const QHttpServerRequest &request, QHttpServerResponder &responder) {
                      handleOpenApi(version, project, location, u"chat"_s, request, responder);
                  });
    m_http->route(u"/<arg>/projects/<arg>/locations/<arg>/endpoints/openapi/embeddings"_s, post, this,
                  [this](const QString &version, const QString &project, const QString &location,
                         const QHttpServerRequest &request, QHttpServerResponder &responder) {
                      handleOpenApi(version, project, location, u"embeddings"_s, request, responder);
                  });
    m_http->route(u"/token"_s, post, this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        handleOAuth(u"token"_s, {}, request, responder);
    });
    const auto get = QHttpServerRequest::Method::Get;
    m_http->route(u"/tokeninfo"_s, post | get, this,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                      handleOAuth(u"tokeninfo"_s, {}, request, responder);
                  });
    for (const QString &what : {u"token"_s, u"email"_s}) {
        m_http->route(
            u"/computeMetadata/v1/instance/service-accounts/<arg>/"_s + what, get, this,
            [this, what](const QString &account, const QHttpServerRequest &request, QHttpServerResponder &responder) {
                handleOAuth(u"metadata:"_s + what, account, request, responder);
            });
    }
    m_http->route(u"/computeMetadata/v1/project/project-id"_s, get, this,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                      handleOAuth(u"metadata:project-id"_s, {}, request, responder);
                  });
    m_http->route(
        u"/<arg>/publishers/<arg>/models"_s, get, this,
        [this](const QString &version, const QString &publisher, const QHttpServerRequest &request,
               QHttpServerResponder &responder) { handleModelGarden(version, publisher, request, responder); });
    setUpResourceManagerRoutes();
    m_http->setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        handleMissing(request, responder);
    });
}

void Emulator::handlePublisher(const QString &version, const QString &project, const QString &location,
                               const QString &publisher, const QString &modelAndVerb, const QHttpServerRequest &request,
                               QHttpServerResponder &responder)
{
    const qsizetype colon = modelAndVerb.lastIndexOf(u':');
    const QString model = colon < 0 ? modelAndVerb : modelAndVerb.left(colon);
    const QString verb = colon < 0 ? QString() : modelAndVerb.mid(colon + 1);
    if ((verb != u"rawPredict" && verb != u"streamRawPredict") ||
        (publisher != u"anthropic" && publisher != u"mistralai")) {
        handleMissing(request, responder);
        return;
    }
    Call call;
    call.version = version;
    call.project = project;
    call.location = location;
    call.modelId = model;
    if (publisher == u"anthropic") {
        if (model == u"count-tokens")
            call.route = Route::CountTokens;
        else
            call.route = verb == u"streamRawPredict" ? Route::AnthropicStream : Route::AnthropicRaw;
    } else {
        call.route = verb == u"streamRawPredict" ? Route::MistralStream : Route::MistralRaw;
    }
    process(std::move(call), request, responder);
}

void Emulator::handleOpenApi(const QString &version, const QString &project, const QString &location,
                             const QString &what, const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    Call call;
    call.version = version;
    call.project = project;
    call.location = location;
    call.route = what == u"chat" ? Route::Chat : Route::Embeddings;
    process(std::move(call), request, responder);
}

void Emulator::handleMissing(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString method =
        QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
            .toUpper();
    const QString path = request.url().path();
    const Reply reply = errors::google(
        404, "NOT_FOUND"_L1,
        u"The MaaS emulator has no route for %1 %2. It serves POST, under /v1 or /v1beta1: "
        "/projects/{project}/locations/{location}/publishers/anthropic/models/{model}:rawPredict (or "
        ":streamRawPredict), /projects/{project}/locations/{location}/publishers/mistralai/models/{model}:rawPredict "
        "(or :streamRawPredict), /projects/{project}/locations/{location}/endpoints/openapi/chat/completions and "
        "/projects/{project}/locations/{location}/endpoints/openapi/embeddings; and POST /token, GET "
        "/computeMetadata/v1/instance/service-accounts/default/token (or /email) and "
        "/computeMetadata/v1/project/project-id."_s.arg(method, path));
    auto log = EmulatorRequestLog::arrived(method, path);
    respond(request, responder, Outcome::of(reply), 0, log);
}

void Emulator::process(Call call, const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    auto log = EmulatorRequestLog::arrived(u"POST"_s, request.url().path(), call.modelId);
    for (const auto &[name, value] : request.headers().toListOfPairs()) {
        const bool secret = name.compare("authorization", Qt::CaseInsensitive) == 0 ||
                            name.compare("x-goog-api-key", Qt::CaseInsensitive) == 0;
        log.headers.append({name, secret ? "(redacted)"_ba : value});
    }
    const auto reply = [&](Reply r, double slowStartMs = 0) {
        respond(request, responder, Outcome::of(std::move(r)), slowStartMs, log);
    };

    if (call.version != u"v1" && call.version != u"v1beta1") {
        handleMissing(request, responder);
        return;
    }
    const Route route = call.route;
    const QString rpc = rpcMethod(call.version, route);

    // Google's front end: credentials first, then the project, API, IAM and endpoint walls.
    if (auto failure = credentialFailure(request, m_options, *m_tokenIssuer, rpc)) {
        reply(*failure);
        return;
    }
    if (!isPlausibleLocation(call.location)) {
        reply(errors::invalidArgument(u"Location `%1` is not a Vertex AI location. Use `global`, a multi-region "
                                      "(`us`, `eu`) or a region such as `us-central1`."_s.arg(call.location)));
        return;
    }
    if (auto wall = scenarioReplyBeforeModel(m_options.accessScenario, call)) {
        reply(*wall);
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (!document.isObject()) {
        const QString problem = parseError.error == QJsonParseError::NoError
                                    ? u"the body must be a JSON object"_s
                                    : u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        if (isAnthropic(route))
            reply(errors::anthropic(400, "invalid_request_error"_L1, u"Invalid JSON in request body: "_s + problem,
                                    deterministicId("req_vrtx_01"_L1, QString::fromUtf8(request.body()), 22)));
        else
            reply(errors::invalidArgument(u"Invalid JSON payload received. "_s + problem));
        return;
    }
    call.json = document.object();
    if (route == Route::Chat || route == Route::Embeddings || route == Route::CountTokens) {
        call.modelId = call.json.value("model"_L1).toString();
        log.model = call.modelId;
        if (call.modelId.isEmpty()) {
            reply(errors::invalidArgument(u"`model` is required: the publisher and model id, e.g. "
                                          "`meta/llama-3.3-70b-instruct-maas`."_s));
            return;
        }
    }

    // The prompt, and a fault directive at its start.
    QString prompt;
    if (route == Route::Embeddings) {
        const QJsonValue input = call.json.value("input"_L1);
        prompt = input.isArray() ? input.toArray().first().toString() : input.toString();
    } else {
        prompt = lastUserText(call.json.value("messages"_L1).toArray());
    }
    const QString promptFault = takePromptFault(&prompt);
    call.prompt = prompt;
    call.inputTokens = estimateTokens(allPromptText(call.json));
    call.requestId = deterministicId("req_vrtx_01"_L1, call.seedText(), 22);
    call.created = m_clock->now().toSecsSinceEpoch();
    call.speed = m_options.speed;

    QList<Fault> faults;
    QString faultError;
    const QString headerFault = QString::fromUtf8(request.value(kFaultHeader));
    const QString faultSpecs = headerFault + u',' + promptFault;
    if (!Fault::parseList(faultSpecs, &faults, &faultError)) {
        reply(errors::invalidArgument(u"Emulator fault: "_s + faultError +
                                      u". Syntax: NAME[:ARG][;times=N][;after=K] in the X-Maas-Fault header or "
                                      "[[fault:NAME...]] at the start of the prompt."_s));
        return;
    }

    // The model, from the catalog: the one source of truth for families and regions.
    for (const ModelInfo &model : m_catalog.models()) {
        if (model.requestId == call.modelId && familyServes(route, model.family)) {
            call.model = &model;
            break;
        }
    }
    if (!call.model) {
        reply(errors::modelNotFound(call.publisherModelResource()));
        return;
    }

    if (auto wall = scenarioReplyForModel(m_options.accessScenario, call)) {
        reply(*wall);
        return;
    }

    double slowStartMs = 0;
    QStringList faultNotes;
    for (const Fault &fault : std::as_const(faults)) {
        const bool fires = m_faultCounter->fire(fault, call.modelId);
        faultNotes << (fires ? fault.toString() : fault.toString() + u" (spent)"_s);
        if (!fires)
            continue;
        if (fault.kind == Fault::Kind::SlowStart)
            slowStartMs += fault.arg;
        else if (!call.fault)
            call.fault = fault;
    }
    log.fault = faultNotes.join(u", "_s);

    if (call.fault) {
        if (auto faultReply = frontEndFaultReply(*call.fault, call, m_catalog)) {
            reply(*faultReply, slowStartMs);
            return;
        }
    }
    if (!call.model->servesLocation(call.location)) {
        reply(errors::notServable(call.publisherModelResource(), call.location), slowStartMs);
        return;
    }
    const QDate retiredOn = call.model->lifecycle.retired;
    if (m_options.refuseRetired && retiredOn.isValid() && retiredOn <= m_clock->today()) {
        const ModelInfo *replacement = m_catalog.find(call.model->lifecycle.replacement);
        reply(errors::retired(call.publisherModelResource(), retiredOn, replacement ? replacement->name : QString()),
              slowStartMs);
        return;
    }

    const Context context{m_catalog, *m_scripts, m_options};
    Outcome outcome;
    switch (route) {
    case Route::AnthropicRaw:
    case Route::AnthropicStream:
        outcome = answerAnthropic(context, call);
        break;
    case Route::CountTokens:
        outcome = answerCountTokens(context, call);
        break;
    case Route::Chat:
    case Route::MistralRaw:
    case Route::MistralStream:
        outcome = answerChat(context, call);
        break;
    case Route::Embeddings:
        outcome = answerEmbeddings(context, call);
        break;
    }
    if (call.fault) {
        if (outcome.stream)
            injectStreamFault(&*outcome.stream, *call.fault);
        else
            applyToWholeReply(*call.fault, &outcome);
    }
    respond(request, responder, std::move(outcome), slowStartMs, log);
}

void Emulator::respond(const QHttpServerRequest &request, QHttpServerResponder &responder, Outcome outcome,
                       double slowStartMs, EmulatorRequestLog log)
{
    QTcpSocket *socket = m_tcp ? m_tcp->socketFor(request.remotePort()) : nullptr;
    auto *session = new ResponseSession(std::move(responder), socket, this);
    QElapsedTimer started;
    started.start();
    connect(session, &ResponseSession::finished, this, [this, log, started](int status, const QString &result) mutable {
        log.status = status;
        log.outcome = result;
        log.durationMs = started.elapsed();
        Q_EMIT requestFinished(log);
    });

    QHttpHeaders headers;
    headers.append("x-maas-emulator"_L1, MAAS_VERSION ""_L1);
    for (const auto &[name, value] : std::as_const(outcome.headers))
        headers.append(name, value);
    const double delayMs = slowStartMs + outcome.delayMs;
    if (outcome.dropWithoutReply) {
        session->sendDrop(delayMs);
    } else if (outcome.stream) {
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, "text/event-stream; charset=utf-8"_L1);
        headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-cache"_L1);
        session->sendStream(std::move(*outcome.stream), headers, delayMs);
    } else {
        session->sendReply(std::move(*outcome.reply), headers, delayMs);
    }
}

} // namespace maas
