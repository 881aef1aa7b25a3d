// ServiceAccountSource against the emulator: the RS256 assertion it signs is verified there and a
// token comes back; every way it can fail has its own message.
#include "auth/credentialfile.h"
#include "auth/jwt.h"
#include "auth/serviceaccountsource.h"
#include "authtestsupport.h"
#include "common/clock.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;
using namespace maas::test;

class TestServiceAccountSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void assertionHasTheDocumentedShape();
    void mintsATokenThroughTheEmulator();
    void concurrentFetchesShareOneRequest();
    void revokedKeyIsExplained();
    void wrongClockIsExplained();
    void unknownAccountIsExplained();
    void brokenKeyFailsEveryFetch();
    void unreachableEndpointIsExplained();
    void destroyedContextIsNotCalled();

private:
    ServiceAccountKey keyFor(const QUrl &tokenUrl, const QByteArray &privatePem = {}) const;

    TestKeyPair m_keys;
    TestKeyPair m_otherKeys;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
};

void TestServiceAccountSource::initTestCase()
{
    m_keys = generateKeyPair();
    m_otherKeys = generateKeyPair();
}

void TestServiceAccountSource::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    m_emulator = startEmulator(authOptions(m_keys.publicPem), m_clock.get());
    QVERIFY(m_emulator);
}

ServiceAccountKey TestServiceAccountSource::keyFor(const QUrl &tokenUrl, const QByteArray &privatePem) const
{
    return ServiceAccountKey::fromJson(
        serviceAccountJson(privatePem.isEmpty() ? m_keys.privatePem : privatePem, tokenUrl.toString()), u"key.json"_s);
}

void TestServiceAccountSource::assertionHasTheDocumentedShape()
{
    ServiceAccountSource source(m_network, *m_clock, keyFor(m_emulator->tokenUrl()));
    QString error;
    const QByteArray assertion = source.makeAssertion(&error);
    QVERIFY2(!assertion.isEmpty(), qPrintable(error));
    const DecodedJwt jwt = decodeJwt(assertion);
    QVERIFY(jwt.error.isEmpty());
    QCOMPARE(jwt.header.value("alg"_L1).toString(), u"RS256"_s);
    QCOMPARE(jwt.header.value("typ"_L1).toString(), u"JWT"_s);
    QCOMPARE(jwt.header.value("kid"_L1).toString(), u"0123456789abcdef0123456789abcdef01234567"_s);
    QCOMPARE(jwt.claims.value("iss"_L1).toString(), kServiceAccountEmail);
    QCOMPARE(jwt.claims.value("scope"_L1).toString(), QString(kCloudPlatformScope));
    QCOMPARE(jwt.claims.value("aud"_L1).toString(), m_emulator->tokenUrl().toString());
    const qint64 now = m_clock->now().toSecsSinceEpoch();
    QCOMPARE(jwt.claims.value("iat"_L1).toInteger(), now);
    QCOMPARE(jwt.claims.value("exp"_L1).toInteger(), now + 3600);
    QCOMPARE(jwt.claims.size(), 5);
    const auto publicKey = RsaPublicKey::fromPem(m_keys.publicPem, &error);
    QVERIFY(publicKey->verifySha256(jwt.signingInput, jwt.signature));
}

void TestServiceAccountSource::mintsATokenThroughTheEmulator()
{
    ServiceAccountSource source(m_network, *m_clock, keyFor(m_emulator->tokenUrl()));
    const FetchResult result = fetchAndWait(source);
    QVERIFY(result.done);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.calls, 1);
    QCOMPARE(result.token.value, u"ya29.emulator-1"_s);
    QCOMPARE(result.token.account, kServiceAccountEmail);
    QCOMPARE(result.token.expiry, m_clock->now().addSecs(3599));
    QCOMPARE(m_emulator->tokenRequestCount(), 1);
    // A source does not cache: the next fetch asks again (TokenCache is the cache).
    QCOMPARE(fetchAndWait(source).token.value, u"ya29.emulator-2"_s);
}

void TestServiceAccountSource::concurrentFetchesShareOneRequest()
{
    ServiceAccountSource source(m_network, *m_clock, keyFor(m_emulator->tokenUrl()));
    const QList<FetchResult> results = fetchManyAndWait(source, 4);
    for (const FetchResult &r : results) {
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.token.value, u"ya29.emulator-1"_s);
    }
    QCOMPARE(m_emulator->tokenRequestCount(), 1);
}

void TestServiceAccountSource::revokedKeyIsExplained()
{
    // The emulator knows the account with another key: as after the key was deleted.
    ServiceAccountSource source(m_network, *m_clock, keyFor(m_emulator->tokenUrl(), m_otherKeys.privatePem));
    const FetchResult result = fetchAndWait(source);
    QVERIFY(result.token.value.isEmpty());
    QVERIFY2(result.error.contains(u"invalid_grant: Invalid JWT Signature."_s), qPrintable(result.error));
    QVERIFY(result.error.contains(kServiceAccountEmail));
    QVERIFY(result.error.contains(u"create a new key"_s));
}

void TestServiceAccountSource::wrongClockIsExplained()
{
    // This computer's clock is two hours behind the token endpoint's.
    ManualClock late(m_clock->now().addSecs(-2 * 3600));
    ServiceAccountSource source(m_network, late, keyFor(m_emulator->tokenUrl()));
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.contains(u"short-lived token"_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"clock"_s));
}

void TestServiceAccountSource::unknownAccountIsExplained()
{
    const ServiceAccountKey key = ServiceAccountKey::fromJson(
        serviceAccountJson(m_keys.privatePem, m_emulator->tokenUrl().toString(), u"gone@p.iam.gserviceaccount.com"_s),
        u"key.json"_s);
    ServiceAccountSource source(m_network, *m_clock, key);
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.contains(u"account not found"_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"gone@p.iam.gserviceaccount.com"_s));
}

void TestServiceAccountSource::brokenKeyFailsEveryFetch()
{
    ServiceAccountSource source(m_network, *m_clock, ServiceAccountKey::fromJson("{oops", u"key.json"_s));
    for (int i = 0; i < 2; ++i) {
        const FetchResult result = fetchAndWait(source);
        QVERIFY(result.done);
        QVERIFY2(result.error.startsWith(u"key.json is not JSON"_s), qPrintable(result.error));
    }
    QCOMPARE(m_emulator->tokenRequestCount(), 0);
}

void TestServiceAccountSource::unreachableEndpointIsExplained()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ServiceAccountSource source(m_network, *m_clock, keyFor(QUrl(u"http://127.0.0.1:%1/token"_s.arg(port))));
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.contains(u"could not reach the token endpoint 127.0.0.1:%1"_s.arg(port)),
             qPrintable(result.error));
}

void TestServiceAccountSource::destroyedContextIsNotCalled()
{
    ServiceAccountSource source(m_network, *m_clock, keyFor(m_emulator->tokenUrl()));
    bool called = false;
    {
        QObject context;
        source.fetch(&context, [&called](const AccessToken &, const QString &) { called = true; });
    }
    // A second caller keeps the request going to its end.
    const FetchResult result = fetchAndWait(source);
    QVERIFY(result.error.isEmpty());
    QVERIFY(!called);
    // And a source destroyed mid-request drops the answer without crashing.
    bool lateCall = false;
    QObject context;
    {
        ServiceAccountSource doomed(m_network, *m_clock, keyFor(m_emulator->tokenUrl()));
        doomed.fetch(&context, [&lateCall](const AccessToken &, const QString &) { lateCall = true; });
    }
    QTest::qWait(100);
    QVERIFY(!lateCall);
}

QTEST_GUILESS_MAIN(TestServiceAccountSource)
#include "tst_serviceaccountsource.moc"
