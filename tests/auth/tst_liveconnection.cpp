// What the client puts on the wire follows Settings while running: x-goog-user-project and
// X-Vertex-AI-LLM-Request-Type as the emulator received them, "provisioned only" refused on the global
// endpoint before anything is sent, and the token source, project and demo switches without restart.
#include "auth/liveconnection.h"
#include "auth/pastedtokensource.h"
#include "auth/providerfactory.h"
#include "auth/secretstore.h"
#include "auth/serviceaccountsource.h"
#include "authtestsupport.h"
#include "client/chatclient.h"
#include "common/clock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;
using K = Settings::Key;

namespace {

struct Sent
{
    std::optional<ChatResult> result;
    QList<EmulatorRequestLog> requests;
};

} // namespace

class TestLiveConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void headersFollowTheSettings_data();
    void headersFollowTheSettings();
    void embeddingsCarryTheHeadersToo();
    void provisionedOnlyIsRefusedOnGlobal();
    void credentialChangesSwitchTheSource();
    void loopbackEndpointUsesACredentialThatIsSet();
    void pastedTokenExpiryComesFromTokenInfo();
    void demoEndsWhenAProjectIsSet();
    void timeoutAndRetriesApplyAtOnce();
    void followersHearWhenTheClientOptionsChange();

private:
    Sent run(const QString &model, const QString &location);
    LiveConnection::Options options() const;

    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    ModelCatalog m_catalog = ModelCatalog::load(QString());
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SwitchableTokenProvider> m_tokens;
    std::unique_ptr<ChatClient> m_client;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<LiveConnection> m_live;
};

void TestLiveConnection::initTestCase()
{
    m_emulator = test::startEmulator({});
    QVERIFY(m_emulator);
}

void TestLiveConnection::init()
{
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
    m_settings->setValue(K::ProjectId, u"test-project"_s);
    m_settings->setValue(K::EndpointOverride, m_emulator->baseUrl().toString());
    m_tokens = std::make_unique<SwitchableTokenProvider>(std::make_unique<StaticTokenProvider>(QString()));
    m_client = std::make_unique<ChatClient>(m_network, *m_tokens, m_clock, &m_catalog, ChatClient::Options{});
    m_secrets = std::make_unique<MemorySecretStore>();
    m_live = std::make_unique<LiveConnection>(*m_settings, *m_client, *m_tokens, m_secrets.get(), m_network, m_clock,
                                              options());
}

void TestLiveConnection::cleanup()
{
    m_live.reset();
    m_client.reset();
    m_tokens.reset();
    m_secrets.reset();
    m_settings.reset();
}

LiveConnection::Options TestLiveConnection::options() const
{
    LiveConnection::Options o;
    o.environment = QProcessEnvironment(); // nothing from the machine running the test
    return o;
}

Sent TestLiveConnection::run(const QString &model, const QString &location)
{
    Sent sent;
    const QMetaObject::Connection logged = connect(m_emulator.get(), &Emulator::requestFinished, this,
                                                   [&sent](const EmulatorRequestLog &log) { sent.requests << log; });
    ChatRequest request;
    request.model = model;
    request.maxTokens = 64;
    request.messages = {ChatMessage{ChatMessage::Role::User, u"Say hello"_s}};
    ChatStream *stream = m_client->start(request, location);
    connect(stream, &ChatStream::finished, this, [&sent](ChatStream *, const ChatResult &r) { sent.result = r; });
    if (!QTest::qWaitFor([&] { return sent.result.has_value(); }, 20'000))
        qWarning("no result");
    // The log entry is emitted when the response is over, which can be just after the client saw it.
    if (sent.result && !sent.result->error)
        (void)QTest::qWaitFor([&] { return !sent.requests.isEmpty(); }, 5'000);
    disconnect(logged);
    stream->deleteLater();
    return sent;
}

void TestLiveConnection::headersFollowTheSettings_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("requestType");
    QTest::addColumn<QByteArray>("expected"); // X-Vertex-AI-LLM-Request-Type, empty: absent
    QTest::newRow("claude, automatic") << u"claude-sonnet-4-5"_s << u"us-east5"_s << u"Automatic"_s << QByteArray();
    QTest::newRow("claude, provisioned") << u"claude-sonnet-4-5"_s << u"us-east5"_s << u"Provisioned"_s
                                         << "dedicated"_ba;
    QTest::newRow("llama, pay-as-you-go") << u"llama-4-maverick"_s << u"us-east5"_s << u"PayAsYouGo"_s << "shared"_ba;
    QTest::newRow("mistral, provisioned")
        << u"mistral-medium-3"_s << u"europe-west4"_s << u"Provisioned"_s << "dedicated"_ba;
    QTest::newRow("claude at global, pay-as-you-go")
        << u"claude-sonnet-4-5"_s << u"global"_s << u"PayAsYouGo"_s << "shared"_ba;
}

void TestLiveConnection::headersFollowTheSettings()
{
    QFETCH(QString, model);
    QFETCH(QString, location);
    QFETCH(QString, requestType);
    QFETCH(QByteArray, expected);

    // No quota project anywhere: no x-goog-user-project.
    Sent before = run(model, location);
    QVERIFY(before.result && !before.result->error);
    QCOMPARE(before.requests.size(), 1);
    QVERIFY(!before.requests.first().hasHeader("x-goog-user-project"));
    QVERIFY(!before.requests.first().hasHeader("x-vertex-ai-llm-request-type"));

    // Changed while running: the next request carries the new headers.
    QVERIFY(m_settings->setValue(K::QuotaProject, u"billing-project-7"_s));
    QVERIFY(m_settings->setValue(K::RequestType, requestType));
    Sent after = run(model, location);
    QVERIFY2(after.result && !after.result->error,
             qPrintable(after.result && after.result->error ? after.result->error->detail : u"no result"_s));
    QCOMPARE(after.requests.size(), 1);
    const EmulatorRequestLog &log = after.requests.first();
    QCOMPARE(log.header("x-goog-user-project"), "billing-project-7"_ba);
    QCOMPARE(log.hasHeader("x-vertex-ai-llm-request-type"), !expected.isEmpty());
    QCOMPARE(log.header("x-vertex-ai-llm-request-type"), expected);
    QCOMPARE(log.header("authorization"), "(redacted)"_ba); // the log never keeps the token
}

void TestLiveConnection::embeddingsCarryTheHeadersToo()
{
    QVERIFY(m_settings->setValue(K::QuotaProject, u"billing-project-7"_s));
    QVERIFY(m_settings->setValue(K::RequestType, u"PayAsYouGo"_s));
    QList<EmulatorRequestLog> requests;
    connect(m_emulator.get(), &Emulator::requestFinished, this,
            [&requests](const EmulatorRequestLog &log) { requests << log; });
    std::optional<EmbeddingResult> result;
    QObject context;
    m_client->embed({u"intfloat/multilingual-e5-small-maas"_s, {u"hello"_s, u"world"_s}}, u"us-central1"_s, &context,
                    [&result](const EmbeddingResult &r, const std::optional<UserError> &error) {
                        QVERIFY2(!error, qPrintable(error ? error->detail : QString()));
                        result = r;
                    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value() && !requests.isEmpty(), 20'000);
    QCOMPARE(requests.last().header("x-goog-user-project"), "billing-project-7"_ba);
    QCOMPARE(requests.last().header("x-vertex-ai-llm-request-type"), "shared"_ba);
    disconnect(m_emulator.get(), nullptr, this, nullptr);
}

void TestLiveConnection::provisionedOnlyIsRefusedOnGlobal()
{
    QVERIFY(m_settings->setValue(K::RequestType, u"Provisioned"_s));
    const Sent sent = run(u"claude-sonnet-4-5"_s, u"global"_s);
    QVERIFY(sent.result && sent.result->error);
    QVERIFY2(sent.result->error->detail.contains(u"not offered on the global endpoint"_s),
             qPrintable(sent.result->error->detail));
    QVERIFY(sent.requests.isEmpty()); // refused before sending
    QCOMPARE(throughputProblem(ThroughputMode::ProvisionedOnly, u"us-east5"), QString());
}

void TestLiveConnection::credentialChangesSwitchTheSource()
{
    // A loopback endpoint override needs no credentials; without it the source chosen in Settings is used.
    QCOMPARE(m_live->mode(), LiveConnection::Mode::LocalEndpoint);
    m_settings->reset(K::EndpointOverride);
    QCOMPARE(m_live->mode(), LiveConnection::Mode::Configured);
    QSignalSpy changed(m_live.get(), &LiveConnection::connectionChanged);

    // A pasted token is checked with tokeninfo where the endpoint is: back on loopback, where nothing
    // pasted yet means the placeholder.
    QVERIFY(m_settings->setValue(K::EndpointOverride, m_emulator->baseUrl().toString()));
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_settings->setValue(K::CredentialSource, u"PastedToken"_s));
    QCOMPARE(m_live->mode(), LiveConnection::Mode::LocalEndpoint);
    const auto fetchNow = [this] {
        test::FetchResult r = test::fetchAndWait(*m_tokens);
        return std::make_pair(r.token.value, r.error);
    };
    QCOMPARE(fetchNow().first, u"local-token"_s);

    // What the settings page does on OK: the token into the store, then the time into the settings.
    m_secrets->insert(QString(PastedTokenSource::kSecretKey), "ya29.pasted-for-the-test-1234567"_ba);
    QVERIFY(m_settings->setValue(K::PastedTokenTime, m_clock.now().toUTC().toString(Qt::ISODate)));
    QCOMPARE(m_live->mode(), LiveConnection::Mode::Configured);
    QCOMPARE(changed.size(), 2);
    const test::FetchResult pasted = test::fetchAndWait(*m_tokens);
    QCOMPARE(pasted.token.value, u"ya29.pasted-for-the-test-1234567"_s);
    // The emulator's tokeninfo does not know it: the hour after pasting, with a note saying so.
    QVERIFY2(pasted.token.note.contains(u"tokeninfo"_s) && pasted.token.note.contains(u"one hour"_s),
             qPrintable(pasted.token.note));
    QVERIFY(pasted.token.note.contains(m_emulator->baseUrl().authority()));
    QVERIFY(qAbs(pasted.token.expiry.secsTo(m_clock.now().addSecs(3600))) < 5);

    // A broken key file: the source explains itself, no restart needed.
    const QString key = m_dir.filePath(u"broken.json"_s);
    QVERIFY(test::writeFile(key, "{ not json"));
    QVERIFY(m_settings->setValue(K::CredentialSource, u"ServiceAccountKey"_s));
    QVERIFY(m_settings->setValue(K::CredentialFile, key));
    QVERIFY2(m_live->problem().contains(u"JSON"_s), qPrintable(m_live->problem()));
    QCOMPARE(fetchNow().second, m_live->problem());
}

void TestLiveConnection::loopbackEndpointUsesACredentialThatIsSet()
{
    // The rule: on a loopback endpoint override, a credential set in Settings (key file, ADC file, pasted
    // token) is used; gcloud, the metadata server or a source with nothing set get the placeholder.
    const test::TestKeyPair pair = test::generateKeyPair();
    EmulatorOptions o = test::authOptions(pair.publicPem);
    o.auth.requireMintedTokens = true;
    std::unique_ptr<Emulator> issuer = test::startEmulator(o);
    QVERIFY(issuer);
    const QString key = m_dir.filePath(u"loopback-key.json"_s);
    QVERIFY(test::writeFile(key, test::serviceAccountJson(pair.privatePem, issuer->tokenUrl().toString())));
    QVERIFY(m_settings->setValue(K::EndpointOverride, issuer->baseUrl().toString()));

    QVERIFY(m_settings->setValue(K::CredentialSource, u"ServiceAccountKey"_s));
    QCOMPARE(m_live->mode(), LiveConnection::Mode::LocalEndpoint); // no file yet
    QCOMPARE(test::fetchAndWait(*m_tokens).token.value, u"local-token"_s);

    QSignalSpy changed(m_live.get(), &LiveConnection::connectionChanged);
    QVERIFY(m_settings->setValue(K::CredentialFile, key));
    QCOMPARE(m_live->mode(), LiveConnection::Mode::Configured);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_client->options().baseOverride, issuer->baseUrl()); // still the loopback endpoint
    const test::FetchResult minted = test::fetchAndWait(*m_tokens);
    QVERIFY2(minted.error.isEmpty(), qPrintable(minted.error));
    QVERIFY(minted.token.value.startsWith(u"ya29.emulator-"_s));
    QCOMPARE(minted.token.account, test::kServiceAccountEmail);
    QCOMPARE(issuer->tokenRequestCount(), 1);
    QCOMPARE(test::callVertex(*issuer, minted.token.value).status, 200);
    QCOMPARE(test::callVertex(*issuer, u"local-token"_s).status, 401); // the placeholder would not do here

    // gcloud has nothing set in Settings: the placeholder again.
    QVERIFY(m_settings->setValue(K::CredentialSource, u"GcloudCli"_s));
    QCOMPARE(m_live->mode(), LiveConnection::Mode::LocalEndpoint);
    // A pasted token counts once it is pasted (its paste time is recorded).
    QVERIFY(m_settings->setValue(K::CredentialSource, u"PastedToken"_s));
    QCOMPARE(m_live->mode(), LiveConnection::Mode::LocalEndpoint);
    m_secrets->insert(QString(PastedTokenSource::kSecretKey), minted.token.value.toUtf8());
    QVERIFY(m_settings->setValue(K::PastedTokenTime, m_clock.now().toUTC().toString(Qt::ISODate)));
    QCOMPARE(m_live->mode(), LiveConnection::Mode::Configured);
    QCOMPARE(test::fetchAndWait(*m_tokens).token.value, minted.token.value);
    m_settings->reset(K::PastedTokenTime); // forgotten
    QCOMPARE(m_live->mode(), LiveConnection::Mode::LocalEndpoint);
    QVERIFY(m_settings->setValue(K::EndpointOverride, m_emulator->baseUrl().toString()));
}

void TestLiveConnection::pastedTokenExpiryComesFromTokenInfo()
{
    // A token the emulator minted 20 minutes' worth of, pasted "50 minutes ago": tokeninfo's answer wins
    // over the hour after pasting, and names the account.
    const test::TestKeyPair pair = test::generateKeyPair();
    EmulatorOptions o = test::authOptions(pair.publicPem);
    o.auth.tokenLifetimeSeconds = 1200;
    std::unique_ptr<Emulator> issuer = test::startEmulator(o);
    QVERIFY(issuer);
    const ServiceAccountKey key =
        ServiceAccountKey::fromJson(test::serviceAccountJson(pair.privatePem, issuer->tokenUrl().toString()), u"k"_s);
    QVERIFY2(key.isValid(), qPrintable(key.error));
    ServiceAccountSource minter(m_network, m_clock, key);
    const test::FetchResult minted = test::fetchAndWait(minter);
    QVERIFY2(minted.error.isEmpty(), qPrintable(minted.error));

    QVERIFY(m_settings->setValue(K::EndpointOverride, issuer->baseUrl().toString()));
    QVERIFY(m_settings->setValue(K::CredentialSource, u"PastedToken"_s));
    m_secrets->insert(QString(PastedTokenSource::kSecretKey), minted.token.value.toUtf8());
    QVERIFY(m_settings->setValue(K::PastedTokenTime, m_clock.now().addSecs(-50 * 60).toUTC().toString(Qt::ISODate)));
    QCOMPARE(m_live->mode(), LiveConnection::Mode::Configured);
    const test::FetchResult pasted = test::fetchAndWait(*m_tokens);
    QVERIFY2(pasted.error.isEmpty(), qPrintable(pasted.error));
    QCOMPARE(pasted.token.value, minted.token.value);
    QCOMPARE(pasted.token.account, test::kServiceAccountEmail);
    QVERIFY2(pasted.token.note.isEmpty(), qPrintable(pasted.token.note));
    const qint64 left = m_clock.now().secsTo(pasted.token.expiry);
    QVERIFY2(left > 1100 && left <= 1200, qPrintable(QString::number(left)));

    // tokeninfo unreachable: the hour after pasting, and the note says why.
    MemorySecretStore store;
    store.insert(QString(PastedTokenSource::kSecretKey), minted.token.value.toUtf8());
    const QDateTime pastedAt = m_clock.now();
    PastedTokenSource unreachable(store, pastedAt, m_clock, &m_network, QUrl(u"http://127.0.0.1:1/tokeninfo"_s));
    const test::FetchResult fallback = test::fetchAndWait(unreachable);
    QVERIFY2(fallback.error.isEmpty(), qPrintable(fallback.error));
    QCOMPARE(fallback.token.expiry, pastedAt.addSecs(3600));
    QVERIFY2(fallback.token.note.contains(u"could not confirm"_s), qPrintable(fallback.token.note));
    QVERIFY(!fallback.token.note.contains(minted.token.value));
    QVERIFY(m_settings->setValue(K::EndpointOverride, m_emulator->baseUrl().toString()));
}

void TestLiveConnection::demoEndsWhenAProjectIsSet()
{
    m_live.reset();
    m_settings->reset(K::ProjectId);
    m_settings->reset(K::EndpointOverride);
    LiveConnection::Options o = options();
    int started = 0;
    o.startDemo = [this, &started] {
        ++started;
        return m_emulator->baseUrl();
    };
    m_live =
        std::make_unique<LiveConnection>(*m_settings, *m_client, *m_tokens, m_secrets.get(), m_network, m_clock, o);
    QCOMPARE(m_live->mode(), LiveConnection::Mode::OfflineDemo);
    QCOMPARE(m_client->options().baseOverride, m_emulator->baseUrl());
    QCOMPARE(m_client->options().project, u"demo-project"_s);
    QCOMPARE(test::fetchAndWait(*m_tokens).token.value, u"demo-token"_s);

    QSignalSpy changed(m_live.get(), &LiveConnection::connectionChanged);
    QVERIFY(m_settings->setValue(K::ProjectId, u"real-project-1"_s));
    QCOMPARE(m_live->mode(), LiveConnection::Mode::Configured);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_client->options().project, u"real-project-1"_s);
    QVERIFY(m_client->options().baseOverride.isEmpty()); // Google's endpoints now

    m_settings->reset(K::ProjectId); // back to the demo, on the emulator already running
    QCOMPARE(m_live->mode(), LiveConnection::Mode::OfflineDemo);
    QCOMPARE(started, 1);
}

void TestLiveConnection::timeoutAndRetriesApplyAtOnce()
{
    QVERIFY(m_settings->setValue(K::RequestTimeoutSeconds, 45));
    QVERIFY(m_settings->setValue(K::RetryCount, 7));
    QCOMPARE(m_client->options().idleTimeoutMs, 45'000);
    QCOMPARE(m_client->options().retry.maxRetries, 7);
    QVERIFY(m_settings->setValue(K::EndpointOverride, u"https://proxy.example.com/v1"_s));
    QCOMPARE(m_client->options().baseOverride, QUrl(u"https://proxy.example.com/v1"_s));
    QCOMPARE(m_live->mode(), LiveConnection::Mode::Configured);
}

void TestLiveConnection::followersHearWhenTheClientOptionsChange()
{
    QSignalSpy applied(m_live.get(), &LiveConnection::clientOptionsApplied);
    QVERIFY(m_settings->setValue(K::QuotaProject, u"billing-project-9"_s));
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_client->options().quotaProject, u"billing-project-9"_s); // already set when it fires
    QVERIFY(m_settings->setValue(K::EndpointOverride, u"https://proxy.example.com/v1"_s));
    QCOMPARE(applied.count(), 2);
    // Settings that do not concern the client do not disturb its followers.
    QVERIFY(m_settings->setValue(K::UserPrompt, u"Hello"_s));
    QCOMPARE(applied.count(), 2);
}

QTEST_GUILESS_MAIN(TestLiveConnection)
#include "tst_liveconnection.moc"
