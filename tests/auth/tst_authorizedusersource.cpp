// AuthorizedUserSource (gcloud auth application-default login) against the emulator's
// refresh_token grant: success, and the final errors that must send the user to gcloud.
#include "auth/authorizedusersource.h"
#include "auth/credentialfile.h"
#include "authtestsupport.h"
#include "common/clock.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;
using namespace maas::test;

class TestAuthorizedUserSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refreshesThroughTheOverrideUrl();
    void fileTokenUriIsUsedWhenNoOverride();
    void defaultsToGoogle();
    void expiredOrRevokedTokenSaysRunGcloud();
    void reauthSaysRunGcloud();
    void wrongClientIsExplained();
    void incompleteFileFailsEveryFetch();
    void concurrentFetchesShareOneRequest();

private:
    AuthorizedUserCredentials credentials(const QString &refreshToken, const QString &tokenUri = {}) const
    {
        return AuthorizedUserCredentials::fromJson(
            authorizedUserJson(refreshToken, tokenUri, u"quota-1"_s, u"dev@example.com"_s), u"adc.json"_s);
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
};

void TestAuthorizedUserSource::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    m_emulator = startEmulator(authOptions(generateKeyPair(1024).publicPem), m_clock.get());
    QVERIFY(m_emulator);
}

void TestAuthorizedUserSource::refreshesThroughTheOverrideUrl()
{
    AuthorizedUserSource source(m_network, *m_clock, credentials(kRefreshToken), m_emulator->tokenUrl());
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.token.value, u"ya29.emulator-1"_s);
    QCOMPARE(result.token.expiry, m_clock->now().addSecs(3599));
    QCOMPARE(result.token.account, u"dev@example.com"_s);
    QCOMPARE(m_emulator->tokenRequestCount(), 1);
}

void TestAuthorizedUserSource::fileTokenUriIsUsedWhenNoOverride()
{
    AuthorizedUserSource source(m_network, *m_clock, credentials(kRefreshToken, m_emulator->tokenUrl().toString()));
    QCOMPARE(source.tokenUrl(), m_emulator->tokenUrl());
    QCOMPARE(fetchAndWait(source).token.value, u"ya29.emulator-1"_s);
}

void TestAuthorizedUserSource::defaultsToGoogle()
{
    AuthorizedUserSource source(m_network, *m_clock, credentials(kRefreshToken));
    QCOMPARE(source.tokenUrl(), QUrl(QString(kGoogleTokenUrl)));
}

void TestAuthorizedUserSource::expiredOrRevokedTokenSaysRunGcloud()
{
    AuthorizedUserSource source(m_network, *m_clock, credentials(u"1//0gRevokedLongAgo"_s), m_emulator->tokenUrl());
    const FetchResult result = fetchAndWait(source);
    QVERIFY(result.token.value.isEmpty());
    QVERIFY2(result.error.contains(u"invalid_grant: Token has been expired or revoked."_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"Run `gcloud auth application-default login`"_s));
    QVERIFY(!result.error.contains(u"1//0gRevokedLongAgo"_s));
    // Nothing retries on its own: one request.
    QTest::qWait(50);
    QCOMPARE(m_emulator->tokenRequestCount(), 1);
}

void TestAuthorizedUserSource::reauthSaysRunGcloud()
{
    AuthorizedUserSource source(m_network, *m_clock, credentials(kReauthRefreshToken), m_emulator->tokenUrl());
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.contains(u"re-authentication policy"_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"invalid_rapt"_s));
    QVERIFY(result.error.contains(u"Run `gcloud auth application-default login`"_s));
    QCOMPARE(m_emulator->tokenRequestCount(), 1);
}

void TestAuthorizedUserSource::wrongClientIsExplained()
{
    EmulatorOptions options = authOptions({});
    options.auth.clientSecret = u"GOCSPX-someOtherSecret"_s;
    const auto emulator = startEmulator(options, m_clock.get());
    AuthorizedUserSource source(m_network, *m_clock, credentials(kRefreshToken), emulator->tokenUrl());
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.contains(u"does not accept the OAuth client in adc.json (invalid_client: Unauthorized)"_s),
             qPrintable(result.error));
    QVERIFY(!result.error.contains(kClientSecret));
}

void TestAuthorizedUserSource::incompleteFileFailsEveryFetch()
{
    AuthorizedUserSource source(m_network, *m_clock,
                                AuthorizedUserCredentials::fromJson(R"x({"type":"authorized_user"})x", u"adc.json"_s),
                                m_emulator->tokenUrl());
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.contains(u"has no \"client_id\""_s), qPrintable(result.error));
    QCOMPARE(m_emulator->tokenRequestCount(), 0);
}

void TestAuthorizedUserSource::concurrentFetchesShareOneRequest()
{
    AuthorizedUserSource source(m_network, *m_clock, credentials(kRefreshToken), m_emulator->tokenUrl());
    const QList<FetchResult> results = fetchManyAndWait(source, 5);
    for (const FetchResult &r : results)
        QCOMPARE(r.token.value, u"ya29.emulator-1"_s);
    QCOMPARE(m_emulator->tokenRequestCount(), 1);
}

QTEST_GUILESS_MAIN(TestAuthorizedUserSource)
#include "tst_authorizedusersource.moc"
