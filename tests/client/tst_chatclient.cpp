// The client against the emulator on loopback: every family, every fault, cancel, retries with a
// fake clock, and concurrent streams that must never mix.
#include "catalog/modelcatalog.h"
#include "client/chatclient.h"
#include "client/tokenprovider.h"
#include "common/clock.h"
#include "emulator/emulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

// Collects what one stream emitted, checking each event names this stream.
struct Recorder
{
    QString text;
    QString thinking;
    int events = 0;
    int foreign = 0;
    int eventsAfterFinish = 0;
    QList<qint64> retryDelays;
    std::optional<ChatResult> result;

    void attach(ChatStream *stream, QObject *context)
    {
        QObject::connect(stream, &ChatStream::event, context, [this, stream](ChatStream *from, const StreamEvent &e) {
            if (from != stream)
                ++foreign;
            if (result)
                ++eventsAfterFinish;
            ++events;
            if (e.kind == StreamEvent::Kind::TextDelta)
                text += e.text;
            else if (e.kind == StreamEvent::Kind::ThinkingDelta)
                thinking += e.text;
        });
        QObject::connect(stream, &ChatStream::retrying, context,
                         [this](ChatStream *, int, qint64 delay, const UserError &) { retryDelays << delay; });
        QObject::connect(stream, &ChatStream::finished, context,
                         [this](ChatStream *, const ChatResult &r) { result = r; });
    }
};

} // namespace

class TestChatClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyFamilyStreams_data();
    void everyFamilyStreams();
    void sixConcurrentStreamsNeverMix();
    void cancelKeepsThePartialAnswer();
    void faults_data();
    void faults();
    void midStreamFaultsKeepTextAndSpareOtherStreams_data();
    void midStreamFaultsKeepTextAndSpareOtherStreams();
    void stallTriggersTheIdleTimeout();
    void retryHonoursRetryAfterOnTheClock();
    void unauthorizedRefreshesOnceThenFails();
    void setupProblemsFailCleanly();
    void embeddings();

private:
    ChatStream *start(const QString &model, const QString &prompt, const QString &location = {},
                      int thinkingBudget = 0);
    ChatRequest request(const QString &model, const QString &prompt, int thinkingBudget = 0) const;
    static bool waitFor(const Recorder &r, int timeoutMs = 20000);

    ModelCatalog m_catalog;
    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
    StaticTokenProvider m_tokens{u"test-token"_s};
    SystemClock m_clock;
    std::unique_ptr<ChatClient> m_client;
};

void TestChatClient::initTestCase()
{
    m_catalog = ModelCatalog::load(QString());
    EmulatorOptions options;
    options.speed = 40;
    m_emulator = std::make_unique<Emulator>(options);
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
}

void TestChatClient::init()
{
    m_emulator->resetFaultCounters();
    ChatClient::Options o;
    o.project = u"test-project"_s;
    o.baseOverride = m_emulator->baseUrl();
    o.retry.baseDelayMs = 10;
    o.retry.maxDelayMs = 20;
    m_client = std::make_unique<ChatClient>(m_network, m_tokens, m_clock, &m_catalog, o);
}

ChatRequest TestChatClient::request(const QString &model, const QString &prompt, int thinkingBudget) const
{
    const ModelInfo *info = m_catalog.find(model);
    ChatRequest r;
    r.family = info ? info->family : WireFamily::OpenAiChat;
    r.model = model;
    r.messages = {ChatMessage{ChatMessage::Role::User, prompt}};
    r.maxTokens = 2048;
    r.thinkingBudget = thinkingBudget;
    return r;
}

ChatStream *TestChatClient::start(const QString &model, const QString &prompt, const QString &location,
                                  int thinkingBudget)
{
    const ModelInfo *info = m_catalog.find(model);
    return m_client->start(request(model, prompt, thinkingBudget),
                           location.isEmpty() && info ? info->defaultLocation() : location);
}

bool TestChatClient::waitFor(const Recorder &r, int timeoutMs)
{
    return QTest::qWaitFor([&] { return r.result.has_value(); }, timeoutMs);
}

void TestChatClient::everyFamilyStreams_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("thinkingBudget");
    QTest::addColumn<bool>("expectThinking");
    QTest::newRow("claude, thinking") << u"claude-sonnet-4-5"_s << 1024 << true;
    QTest::newRow("claude, no thinking") << u"claude-opus-4-1"_s << 0 << false;
    QTest::newRow("llama (openai-chat)") << u"llama-4-maverick"_s << 0 << false;
    QTest::newRow("deepseek r1 (think tags)") << u"deepseek-r1-0528"_s << 0 << true;
    QTest::newRow("gpt-oss (reasoning field)") << u"gpt-oss-120b"_s << 0 << true;
    QTest::newRow("mistral") << u"mistral-medium-3"_s << 0 << false;
}

void TestChatClient::everyFamilyStreams()
{
    QFETCH(QString, model);
    QFETCH(int, thinkingBudget);
    QFETCH(bool, expectThinking);
    Recorder r;
    ChatStream *stream = start(model, u"Explain what a mutex is."_s, {}, thinkingBudget);
    r.attach(stream, this);
    QVERIFY(waitFor(r));
    const ChatResult &result = *r.result;
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->toText() : QString()));
    QVERIFY(result.complete);
    QCOMPARE(result.text, r.text); // the result is exactly what was streamed
    QCOMPARE(result.thinking, r.thinking);
    QVERIFY2(result.text.contains(m_catalog.find(model)->name), qPrintable(result.text.left(200)));
    QCOMPARE(!result.thinking.isEmpty(), expectThinking);
    QVERIFY(!result.text.contains(u"<think>"_s));
    QCOMPARE(result.finishReason, FinishReason::Stop);
    QVERIFY(result.metrics.usage.inputTokens > 0);
    QVERIFY(result.metrics.usage.outputTokens > 0);
    QVERIFY(result.metrics.firstByteMs >= 0);
    QVERIFY(result.metrics.firstTokenMs >= result.metrics.firstByteMs);
    QVERIFY(result.metrics.totalMs >= result.metrics.lastTokenMs);
    QCOMPARE(result.metrics.attempts, 1);
    QCOMPARE(r.foreign, 0);
    QCOMPARE(r.eventsAfterFinish, 0);
    delete stream;
}

void TestChatClient::sixConcurrentStreamsNeverMix()
{
    const QStringList models{u"claude-sonnet-4-5"_s, u"claude-haiku-4-5"_s, u"llama-4-maverick"_s,
                             u"llama-4-scout"_s,     u"gpt-oss-120b"_s,     u"mistral-medium-3"_s};
    std::vector<Recorder> recorders(models.size());
    for (qsizetype i = 0; i < models.size(); ++i)
        recorders[i].attach(start(models.at(i), u"Write a haiku about streams."_s), this);
    QVERIFY(QTest::qWaitFor(
        [&] { return std::all_of(recorders.begin(), recorders.end(), [](const Recorder &r) { return r.result; }); },
        30000));
    for (qsizetype i = 0; i < models.size(); ++i) {
        const Recorder &r = recorders[i];
        QVERIFY2(r.result->complete, qPrintable(models.at(i)));
        QCOMPARE(r.foreign, 0);
        QCOMPARE(r.result->text, r.text);
        const QString own = m_catalog.find(models.at(i))->name;
        QVERIFY2(r.text.contains(own), qPrintable(models.at(i)));
        for (qsizetype j = 0; j < models.size(); ++j) {
            const QString other = m_catalog.find(models.at(j))->name;
            if (j != i && !own.contains(other))
                QVERIFY2(!r.text.contains(other), qPrintable(models.at(i) + u" contains "_s + other));
        }
    }
}

void TestChatClient::cancelKeepsThePartialAnswer()
{
    Recorder r;
    ChatStream *stream = start(u"claude-sonnet-4-5"_s, u"Tell me a long story."_s);
    r.attach(stream, this);
    QVERIFY(QTest::qWaitFor([&] { return !r.text.isEmpty(); }, 10000));
    stream->cancel();
    QVERIFY(r.result);
    QVERIFY(r.result->cancelled);
    QVERIFY(!r.result->complete);
    QVERIFY(!r.result->error);
    QCOMPARE(r.result->text, r.text);
    const int events = r.events;
    QTest::qWait(200);
    QCOMPARE(r.events, events); // nothing arrives after cancel
    stream->cancel();           // idempotent
}

void TestChatClient::faults_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("remedy");
    QTest::addColumn<int>("attempts");
    QTest::newRow("permission") << u"claude-sonnet-4-5"_s << u"permission"_s << u"Permission denied"_s
                                << u"roles/aiplatform.user"_s << 1;
    QTest::newRow("not enabled") << u"llama-4-maverick"_s << u"not-enabled"_s
                                 << u"Llama 4 Maverick 17B-128E is not enabled for project test-project"_s
                                 << u"roles/consumerprocurement.entitlementManager"_s << 1;
    QTest::newRow("org policy") << u"claude-sonnet-4-5"_s << u"org-policy"_s
                                << u"The global endpoint is blocked by an organization policy"_s
                                << u"constraints/gcp.restrictEndpointUsage"_s << 1;
    QTest::newRow("wrong region") << u"mistral-medium-3"_s << u"wrong-region"_s
                                  << u"Mistral Medium 3 is not available at us-central1"_s
                                  << u"us-central1, europe-west4"_s << 1;
    QTest::newRow("quota, retried then given up")
        << u"gpt-oss-120b"_s << u"quota:0"_s << u"Quota exhausted for gpt-oss 120B"_s << u"quota increase"_s << 3;
    QTest::newRow("server error, retried")
        << u"claude-haiku-4-5"_s << u"server-error"_s << u"Server error (HTTP 500)"_s << u"retry"_s << 3;
    QTest::newRow("unavailable, retried")
        << u"llama-4-scout"_s << u"unavailable"_s << u"Server error (HTTP 503)"_s << u"retry"_s << 3;
    QTest::newRow("retired") << u"llama-3.3-70b"_s << u"retired"_s << u"Llama 3.3 70B is not available at us-central1"_s
                             << u"retired on 2026-10-21"_s << 1;
}

void TestChatClient::faults()
{
    QFETCH(QString, model);
    QFETCH(QString, fault);
    QFETCH(QString, title);
    QFETCH(QString, remedy);
    QFETCH(int, attempts);
    Recorder r;
    r.attach(start(model, u"[[fault:%1]] Hello"_s.arg(fault)), this);
    QVERIFY(waitFor(r));
    QVERIFY(r.result->error);
    const UserError &e = *r.result->error;
    QCOMPARE(e.title, title);
    QVERIFY2(e.remedy.contains(remedy), qPrintable(e.remedy));
    QCOMPARE(r.result->metrics.attempts, attempts);
    QCOMPARE(r.retryDelays.size(), attempts - 1);
    QVERIFY(r.text.isEmpty());
    QVERIFY(!r.result->complete);
}

void TestChatClient::midStreamFaultsKeepTextAndSpareOtherStreams_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("title");
    QTest::newRow("overloaded event") << u"claude-sonnet-4-5"_s << u"overloaded:4"_s
                                      << u"Claude Sonnet 4.5 is overloaded"_s;
    QTest::newRow("openai error chunk") << u"llama-4-maverick"_s << u"overloaded:4"_s << u"overloaded"_s;
    QTest::newRow("dropped connection") << u"gpt-oss-120b"_s << u"drop:4"_s << u"Connection lost after"_s;
    QTest::newRow("malformed chunk") << u"mistral-medium-3"_s << u"malformed:4"_s << u"could not be read"_s;
}

void TestChatClient::midStreamFaultsKeepTextAndSpareOtherStreams()
{
    QFETCH(QString, model);
    QFETCH(QString, fault);
    QFETCH(QString, title);
    Recorder faulty, left, right;
    left.attach(start(u"claude-haiku-4-5"_s, u"Count to five."_s), this);
    faulty.attach(start(model, u"[[fault:%1]] Count to ten."_s.arg(fault)), this);
    right.attach(start(u"llama-4-scout"_s, u"Count to three."_s), this);
    QVERIFY(waitFor(faulty) && waitFor(left) && waitFor(right));
    QVERIFY(faulty.result->error);
    QVERIFY2(faulty.result->error->title.contains(title), qPrintable(faulty.result->error->toText()));
    QVERIFY2(!faulty.text.isEmpty(), "the partial answer is kept");
    QCOMPARE(faulty.result->text, faulty.text);
    QCOMPARE(faulty.result->metrics.attempts, 1); // text was shown: never retried
    QVERIFY(!faulty.result->complete);
    QVERIFY(left.result->complete);
    QVERIFY(right.result->complete);
}

void TestChatClient::stallTriggersTheIdleTimeout()
{
    ChatClient::Options o = m_client->options();
    o.idleTimeoutMs = 300;
    m_client->setOptions(o);
    Recorder r;
    r.attach(start(u"llama-4-scout"_s, u"[[fault:stall:3;after=2]] Hello"_s), this);
    QVERIFY(waitFor(r, 10000));
    QVERIFY(r.result->error);
    QCOMPARE(r.result->error->title, u"The stream went silent"_s);
    QVERIFY(!r.text.isEmpty());
}

void TestChatClient::retryHonoursRetryAfterOnTheClock()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    ChatClient client(m_network, m_tokens, clock, &m_catalog, m_client->options());
    int quotaRequests = 0; // streams of earlier tests may still end on the emulator: count only ours
    QObject guard;
    connect(m_emulator.get(), &Emulator::requestFinished, &guard, [&](const EmulatorRequestLog &entry) {
        if (entry.fault.startsWith(u"quota"_s) || entry.model == u"claude-sonnet-4-5@20250929"_s)
            ++quotaRequests;
    });
    Recorder r;
    ChatStream *stream = client.start(request(u"claude-sonnet-4-5"_s, u"[[fault:quota:7;times=1]] Hi"_s), u"global"_s);
    r.attach(stream, this);
    QVERIFY(QTest::qWaitFor([&] { return !r.retryDelays.isEmpty(); }, 10000));
    QCOMPARE(r.retryDelays, QList<qint64>{7000});
    QCOMPARE(stream->pendingRetryMs(), 7000);
    QCOMPARE(quotaRequests, 1);
    clock.advanceMs(6999);
    QTest::qWait(100);
    QCOMPARE(quotaRequests, 1); // not before the server's Retry-After
    QVERIFY(!r.result);
    clock.advanceMs(1);
    QVERIFY(waitFor(r));
    QVERIFY2(r.result->complete, qPrintable(r.result->error ? r.result->error->toText() : QString()));
    QCOMPARE(r.result->metrics.attempts, 2);
}

void TestChatClient::unauthorizedRefreshesOnceThenFails()
{
    int requests = 0;
    QObject guard;
    connect(m_emulator.get(), &Emulator::requestFinished, &guard, [&](const EmulatorRequestLog &entry) {
        if (entry.fault.startsWith(u"unauthenticated"_s))
            ++requests;
    });
    Recorder r;
    StaticTokenProvider tokens(u"soon-rejected"_s);
    ChatClient client(m_network, tokens, m_clock, &m_catalog, m_client->options());
    r.attach(client.start(request(u"claude-opus-4-1"_s, u"[[fault:unauthenticated]] Hi"_s), u"global"_s), this);
    QVERIFY(waitFor(r));
    QVERIFY(r.result->error);
    // The 401 invalidated the static token; the forced refresh cannot produce a new one.
    QCOMPARE(r.result->error->title, u"No access token"_s);
    QVERIFY(r.result->error->detail.contains(u"rejected by the server"_s));
    QCOMPARE(requests, 1); // one request, no loop
}

void TestChatClient::setupProblemsFailCleanly()
{
    Recorder r;
    r.attach(m_client->start(request(u"claude-opus-4-1"_s, u"Hi"_s), u"Mars Base 1"_s), this);
    QVERIFY(waitFor(r));
    QCOMPARE(r.result->error->title, u"Cannot send the request"_s);
    QVERIFY(r.result->error->detail.contains(u"is not a location"_s));

    Recorder e;
    e.attach(m_client->start(request(u"multilingual-e5-small"_s, u"Hi"_s), u"us-central1"_s), this);
    QVERIFY(waitFor(e));
    QVERIFY(e.result->error->detail.contains(u"embedding model"_s));

    Recorder unknown;
    unknown.attach(m_client->start(request(u"claude-sonnet-4@20991231"_s, u"Hi"_s), u"us-east5"_s), this);
    QVERIFY(waitFor(unknown));
    QVERIFY(unknown.result->error);
    QVERIFY2(unknown.result->error->title.contains(u"not available"_s), qPrintable(unknown.result->error->toText()));
}

void TestChatClient::embeddings()
{
    std::optional<EmbeddingResult> result;
    std::optional<UserError> error;
    bool done = false;
    m_client->embed(EmbeddingRequest{u"intfloat/multilingual-e5-small-maas"_s,
                                     {u"query: cat"_s, u"passage: a small cat"_s, u"passage: tax law"_s}},
                    u"us-central1"_s, this, [&](const EmbeddingResult &r, const std::optional<UserError> &e) {
                        result = r;
                        error = e;
                        done = true;
                    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY2(!error, qPrintable(error ? error->toText() : QString()));
    QCOMPARE(result->vectors.size(), 3);
    QCOMPARE(result->vectors.at(0).size(), 384);
}

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_chatclient.moc"
