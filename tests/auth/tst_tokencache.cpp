// TokenCache: refresh 5 minutes ahead of expiry by the Clock, one refresh in flight shared by all,
// invalidate() → exactly one new token, no loops; then the same against the emulator.
#include "auth/authorizedusersource.h"
#include "auth/credentialfile.h"
#include "auth/fetchqueue.h"
#include "auth/serviceaccountsource.h"
#include "auth/tokencache.h"
#include "authtestsupport.h"
#include "common/clock.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;
using namespace maas::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;

// A scripted source: numbered tokens with a set lifetime, errors on demand, answers held on demand.
class FakeSource final : public TokenProvider
{
public:
    explicit FakeSource(const Clock &clock)
        : m_clock(clock)
    {}

    void fetch(QObject *context, Callback done) override
    {
        ++fetches;
        m_waiting.push_back({context, std::move(done)});
        if (!hold)
            release();
    }
    void invalidate() override { ++invalidations; }

    void release()
    {
        auto waiting = std::move(m_waiting);
        m_waiting.clear();
        for (auto &[context, done] : waiting) {
            AccessToken token;
            QString error = nextError;
            if (error.isEmpty()) {
                token.value = sameToken ? u"ya29.same"_s : u"ya29.fake-%1"_s.arg(++m_serial);
                if (lifetimeMs > 0)
                    token.expiry = m_clock.now().addMSecs(lifetimeMs);
            }
            answerLater(context, std::move(done), token, error);
        }
    }
    int pending() const { return int(m_waiting.size()); }

    int fetches = 0;
    int invalidations = 0;
    bool hold = false;
    bool sameToken = false;
    qint64 lifetimeMs = 60 * kMinute;
    QString nextError;

private:
    const Clock &m_clock;
    std::vector<std::pair<QPointer<QObject>, Callback>> m_waiting;
    int m_serial = 0;
};

} // namespace

class TestTokenCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshTokenIsReused();
    void refreshesFiveMinutesBeforeExpiry();
    void staleTokenSurvivesAFailedRefresh();
    void expiredTokenIsNeverHandedOut();
    void errorsPassThrough();
    void concurrentFetchesShareOneRefresh();
    void invalidateForcesExactlyOneRefresh();
    void invalidateRightAfterARefreshIsForAnOlderToken();
    void invalidateDuringARefresh();
    void rejectedTokenReturnedAgainIsAnError();
    void clientRetryPatternCannotLoop();
    void unknownExpiryIsKeptForAWhile();
    void goneCallersAndCacheAreSafe();
    void emulatorSixConcurrentFetchesOneRequest();
    void emulatorEarlyRefreshAndInvalidate();
    void emulator401ForcesOneRefresh();

private:
    std::unique_ptr<ManualClock> m_clock;
    FakeSource *m_source = nullptr;
    std::unique_ptr<TokenCache> m_cache;
};

void TestTokenCache::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    auto source = std::make_unique<FakeSource>(*m_clock);
    m_source = source.get();
    m_cache = std::make_unique<TokenCache>(std::move(source), *m_clock);
}

void TestTokenCache::freshTokenIsReused()
{
    const FetchResult first = fetchAndWait(*m_cache);
    QCOMPARE(first.token.value, u"ya29.fake-1"_s);
    QCOMPARE(first.calls, 1);
    m_clock->advanceMs(30 * kMinute);
    const FetchResult second = fetchAndWait(*m_cache);
    QCOMPARE(second.token.value, u"ya29.fake-1"_s);
    QCOMPARE(second.token.expiry, first.token.expiry);
    QCOMPARE(m_source->fetches, 1);
    QCOMPARE(m_cache->refreshCount(), 1);
}

void TestTokenCache::refreshesFiveMinutesBeforeExpiry()
{
    fetchAndWait(*m_cache); // expires at +60 min
    QCOMPARE(m_cache->refreshDue(), m_clock->now().addMSecs(55 * kMinute));
    m_clock->advanceMs(55 * kMinute - 1000);
    QCOMPARE(fetchAndWait(*m_cache).token.value, u"ya29.fake-1"_s);
    QCOMPARE(m_source->fetches, 1);
    m_clock->advanceMs(1000); // exactly 5 minutes left
    QCOMPARE(fetchAndWait(*m_cache).token.value, u"ya29.fake-2"_s);
    QCOMPARE(m_source->fetches, 2);
}

void TestTokenCache::staleTokenSurvivesAFailedRefresh()
{
    fetchAndWait(*m_cache);
    m_clock->advanceMs(57 * kMinute); // 3 minutes left: due, still usable
    m_source->nextError = u"token endpoint unreachable"_s;
    const FetchResult stale = fetchAndWait(*m_cache);
    QVERIFY(stale.error.isEmpty());
    QCOMPARE(stale.token.value, u"ya29.fake-1"_s);
    QCOMPARE(m_source->fetches, 2); // it did try
    // Each later fetch tries again, until less than 30 s are left.
    m_clock->advanceMs(2 * kMinute + 29 * 1000); // 31 s left
    QCOMPARE(fetchAndWait(*m_cache).token.value, u"ya29.fake-1"_s);
    QCOMPARE(m_source->fetches, 3);
    m_clock->advanceMs(1000); // 30 s left: no longer handed out
    const FetchResult failed = fetchAndWait(*m_cache);
    QVERIFY(failed.token.value.isEmpty());
    QCOMPARE(failed.error, u"token endpoint unreachable"_s);
}

void TestTokenCache::expiredTokenIsNeverHandedOut()
{
    fetchAndWait(*m_cache);
    m_clock->advanceMs(61 * kMinute);
    m_source->nextError = u"offline"_s;
    QCOMPARE(fetchAndWait(*m_cache).error, u"offline"_s);
    m_source->nextError.clear();
    QCOMPARE(fetchAndWait(*m_cache).token.value, u"ya29.fake-2"_s);
}

void TestTokenCache::errorsPassThrough()
{
    m_source->nextError = u"invalid_grant: Token has been expired or revoked."_s;
    const FetchResult result = fetchAndWait(*m_cache);
    QCOMPARE(result.error, m_source->nextError);
    QVERIFY(!m_cache->hasToken());
    // Not cached: the next fetch asks again (the user may have signed in meanwhile).
    fetchAndWait(*m_cache);
    QCOMPARE(m_source->fetches, 2);
}

void TestTokenCache::concurrentFetchesShareOneRefresh()
{
    m_source->hold = true;
    QObject context;
    QList<FetchResult> results(6);
    for (int i = 0; i < 6; ++i) {
        m_cache->fetch(&context, [&results, i](const AccessToken &token, const QString &error) {
            results[i].token = token;
            results[i].error = error;
            ++results[i].calls;
        });
    }
    QCOMPARE(m_source->fetches, 1);
    QCOMPARE(m_source->pending(), 1);
    m_source->release();
    QTRY_VERIFY(std::all_of(results.cbegin(), results.cend(), [](const FetchResult &r) { return r.calls == 1; }));
    for (const FetchResult &r : std::as_const(results))
        QCOMPARE(r.token.value, u"ya29.fake-1"_s);
    QCOMPARE(m_cache->refreshCount(), 1);
}

void TestTokenCache::invalidateForcesExactlyOneRefresh()
{
    fetchAndWait(*m_cache);
    m_clock->advanceMs(10 * kMinute);
    m_cache->invalidate();
    QCOMPARE(m_source->invalidations, 1);
    QVERIFY(!m_cache->hasToken());
    QCOMPARE(fetchAndWait(*m_cache).token.value, u"ya29.fake-2"_s);
    QCOMPARE(fetchAndWait(*m_cache).token.value, u"ya29.fake-2"_s);
    QCOMPARE(m_source->fetches, 2);
}

void TestTokenCache::invalidateRightAfterARefreshIsForAnOlderToken()
{
    // Six panes got 401 with the old token; the first one's retry already fetched a new token.
    fetchAndWait(*m_cache);
    m_clock->advanceMs(1000);
    m_cache->invalidate();
    QCOMPARE(fetchAndWait(*m_cache).token.value, u"ya29.fake-1"_s);
    QCOMPARE(m_source->fetches, 1);
    QCOMPARE(m_source->invalidations, 0);
}

void TestTokenCache::invalidateDuringARefresh()
{
    fetchAndWait(*m_cache);
    m_clock->advanceMs(56 * kMinute); // due
    m_source->hold = true;
    QObject context;
    FetchResult result;
    m_cache->fetch(&context, [&result](const AccessToken &token, const QString &error) {
        result.token = token;
        result.error = error;
        ++result.calls;
    });
    m_cache->invalidate(); // a 401 for the old token while the refresh runs: no second refresh
    m_cache->invalidate();
    QCOMPARE(m_source->fetches, 2);
    m_source->release();
    QTRY_COMPARE(result.calls, 1);
    QCOMPARE(result.token.value, u"ya29.fake-2"_s);
    QCOMPARE(m_source->fetches, 2);
}

void TestTokenCache::rejectedTokenReturnedAgainIsAnError()
{
    m_source->sameToken = true;
    QCOMPARE(fetchAndWait(*m_cache).token.value, u"ya29.same"_s);
    m_clock->advanceMs(5000);
    m_cache->invalidate();
    const FetchResult again = fetchAndWait(*m_cache);
    QVERIFY(again.token.value.isEmpty());
    QVERIFY2(again.error.contains(u"returned the same token again"_s), qPrintable(again.error));
}

void TestTokenCache::clientRetryPatternCannotLoop()
{
    // ChatStream: fetch → send → 401 → invalidate → fetch → send → 401 → give up.
    fetchAndWait(*m_cache);
    m_clock->advanceMs(5000);
    m_cache->invalidate();
    const FetchResult retry = fetchAndWait(*m_cache);
    QCOMPARE(retry.token.value, u"ya29.fake-2"_s);
    m_cache->invalidate(); // the retry got 401 too: within the grace period, nothing more is fetched
    QCOMPARE(m_source->fetches, 2);
}

void TestTokenCache::unknownExpiryIsKeptForAWhile()
{
    m_source->lifetimeMs = 0; // like gcloud
    const FetchResult first = fetchAndWait(*m_cache);
    QVERIFY(!first.token.expiry.isValid());
    m_clock->advanceMs(10 * kMinute - 1000);
    QCOMPARE(fetchAndWait(*m_cache).token.value, u"ya29.fake-1"_s);
    m_clock->advanceMs(1000);
    QCOMPARE(fetchAndWait(*m_cache).token.value, u"ya29.fake-2"_s);
}

void TestTokenCache::goneCallersAndCacheAreSafe()
{
    m_source->hold = true;
    bool called = false;
    {
        QObject context;
        m_cache->fetch(&context, [&called](const AccessToken &, const QString &) { called = true; });
    }
    m_source->release();
    QTest::qWait(20);
    QVERIFY(!called);
    QVERIFY(m_cache->hasToken()); // the refresh still landed

    m_clock->advanceMs(61 * kMinute);
    QObject context;
    m_cache->fetch(&context, [&called](const AccessToken &, const QString &) { called = true; });
    m_cache.reset(); // destroys the source too
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestTokenCache::emulatorSixConcurrentFetchesOneRequest()
{
    const TestKeyPair keys = generateKeyPair();
    const auto emulator = startEmulator(authOptions(keys.publicPem), m_clock.get());
    QNetworkAccessManager network;
    TokenCache cache(std::make_unique<ServiceAccountSource>(
                         network, *m_clock,
                         ServiceAccountKey::fromJson(
                             serviceAccountJson(keys.privatePem, emulator->tokenUrl().toString()), u"key.json"_s)),
                     *m_clock);
    const QList<FetchResult> results = fetchManyAndWait(cache, 6);
    for (const FetchResult &r : results) {
        QCOMPARE(r.calls, 1);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.token.value, u"ya29.emulator-1"_s);
        QCOMPARE(r.token.account, kServiceAccountEmail);
    }
    QCOMPARE(emulator->tokenRequestCount(), 1);
}

void TestTokenCache::emulatorEarlyRefreshAndInvalidate()
{
    const TestKeyPair keys = generateKeyPair();
    const auto emulator = startEmulator(authOptions(keys.publicPem), m_clock.get());
    QNetworkAccessManager network;
    TokenCache cache(std::make_unique<ServiceAccountSource>(
                         network, *m_clock,
                         ServiceAccountKey::fromJson(
                             serviceAccountJson(keys.privatePem, emulator->tokenUrl().toString()), u"key.json"_s)),
                     *m_clock);
    QCOMPARE(fetchAndWait(cache).token.value, u"ya29.emulator-1"_s); // expires_in 3599
    m_clock->advanceMs(3599 * 1000 - 5 * kMinute - 1000);
    QCOMPARE(fetchAndWait(cache).token.value, u"ya29.emulator-1"_s);
    QCOMPARE(emulator->tokenRequestCount(), 1);
    m_clock->advanceMs(1000);
    QCOMPARE(fetchAndWait(cache).token.value, u"ya29.emulator-2"_s); // a fresh assertion, iat = now
    QCOMPARE(emulator->tokenRequestCount(), 2);

    m_clock->advanceMs(kMinute);
    cache.invalidate();
    const QList<FetchResult> afterInvalidate = fetchManyAndWait(cache, 3);
    for (const FetchResult &r : afterInvalidate)
        QCOMPARE(r.token.value, u"ya29.emulator-3"_s);
    QCOMPARE(emulator->tokenRequestCount(), 3);
}

void TestTokenCache::emulator401ForcesOneRefresh()
{
    // The client's 401 path against an emulator that accepts only live minted tokens.
    EmulatorOptions options = authOptions({});
    options.auth.requireMintedTokens = true;
    const auto emulator = startEmulator(options, m_clock.get());
    QNetworkAccessManager network;
    const auto credentials = AuthorizedUserCredentials::fromJson(authorizedUserJson(kRefreshToken), u"adc.json"_s);
    TokenCache cache(std::make_unique<AuthorizedUserSource>(network, *m_clock, credentials, emulator->tokenUrl()),
                     *m_clock);
    const QString first = fetchAndWait(cache).token.value;
    QCOMPARE(callVertex(*emulator, first).status, 200);
    m_clock->advanceMs(10 * kMinute);
    emulator->revokeMintedTokens(); // e.g. the user revoked the session elsewhere
    QCOMPARE(callVertex(*emulator, first).status, 401);
    cache.invalidate();
    const QString second = fetchAndWait(cache).token.value;
    QVERIFY(second != first);
    QCOMPARE(callVertex(*emulator, second).status, 200);
    QCOMPARE(emulator->tokenRequestCount(), 2);
}

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_tokencache.moc"
