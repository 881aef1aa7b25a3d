// The emulator's OAuth token endpoint and metadata server (vertex-protocol.md §10 items 6–7), spoken
// to directly over HTTP: what it accepts, how it refuses (§7.5 bodies), and minted-token mode.
#include "auth/credentialfile.h"
#include "auth/jwt.h"
#include "authtestsupport.h"
#include "common/clock.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;
using namespace maas::test;

class TestEmulatorOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void jwtBearerMintsATokenForBothHeaderStyles();
    void jwtBearerRefusals_data();
    void jwtBearerRefusals();
    void requestRefusals_data();
    void requestRefusals();
    void refreshTokenGrant();
    void refreshTokenRefusals_data();
    void refreshTokenRefusals();
    void configurableLifetime();
    void metadataServer();
    void mintedTokensOnly();

private:
    QByteArray assertion(const QJsonObject &claimOverrides, const QByteArray &privatePem = {},
                         const QJsonObject &header = {{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}}) const;
    HttpReply exchange(const QByteArray &jwt) const;

    TestKeyPair m_keys;
    TestKeyPair m_otherKeys;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Emulator> m_emulator;
};

void TestEmulatorOAuth::initTestCase()
{
    m_keys = generateKeyPair();
    m_otherKeys = generateKeyPair();
}

void TestEmulatorOAuth::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    m_emulator = startEmulator(authOptions(m_keys.publicPem), m_clock.get());
    QVERIFY(m_emulator);
}

QByteArray TestEmulatorOAuth::assertion(const QJsonObject &claimOverrides, const QByteArray &privatePem,
                                        const QJsonObject &header) const
{
    const qint64 now = m_clock->now().toSecsSinceEpoch();
    QJsonObject claims{
        {u"iss"_s, kServiceAccountEmail},
        {u"scope"_s, QString(kCloudPlatformScope)},
        {u"aud"_s, m_emulator->tokenUrl().toString()},
        {u"iat"_s, now},
        {u"exp"_s, now + 3600},
    };
    for (auto it = claimOverrides.begin(); it != claimOverrides.end(); ++it) {
        if (it.value().isNull())
            claims.remove(it.key());
        else
            claims.insert(it.key(), it.value());
    }
    QString error;
    const auto key = RsaPrivateKey::fromPem(privatePem.isEmpty() ? m_keys.privatePem : privatePem, &error);
    return signJwt(header, claims, *key, &error);
}

HttpReply TestEmulatorOAuth::exchange(const QByteArray &jwt) const
{
    return postForm(m_emulator->tokenUrl(),
                    {{"grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"}, {"assertion", jwt}});
}

void TestEmulatorOAuth::jwtBearerMintsATokenForBothHeaderStyles()
{
    // python-style header (typ, kid) and node-style ({"alg":"RS256"} only).
    const HttpReply python =
        exchange(assertion({}, {}, {{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"0123456789abcdef"_s}}));
    QCOMPARE(python.status, 200);
    const QByteArray expected = R"x({"access_token":"ya29.emulator-1","expires_in":3599,"token_type":"Bearer"})x";
    QCOMPARE(python.body, expected);
    const HttpReply node = exchange(assertion({}, {}, {{u"alg"_s, u"RS256"_s}}));
    QCOMPARE(node.status, 200);
    QCOMPARE(node.json().value("access_token"_L1).toString(), u"ya29.emulator-2"_s);
    // Google's own audience is accepted as well as the emulator's URL.
    QCOMPARE(exchange(assertion({{u"aud"_s, QString(kGoogleTokenUrl)}})).status, 200);
    QCOMPARE(m_emulator->tokenRequestCount(), 3);
}

void TestEmulatorOAuth::jwtBearerRefusals_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<bool>("foreignKey");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    const QString timeframe = u"Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable "
                              "timeframe. Check your iat and exp values in the JWT claim."_s;
    const qint64 now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC).toSecsSinceEpoch();
    QTest::newRow("foreign key") << QJsonObject() << true << u"RS256"_s << u"invalid_grant"_s
                                 << u"Invalid JWT Signature."_s;
    QTest::newRow("unknown account") << QJsonObject{{u"iss"_s, u"nobody@x.iam.gserviceaccount.com"_s}} << false
                                     << u"RS256"_s << u"invalid_grant"_s << u"Invalid grant: account not found"_s;
    QTest::newRow("wrong audience") << QJsonObject{{u"aud"_s, u"https://example.com/token"_s}} << false << u"RS256"_s
                                    << u"invalid_grant"_s << u"Invalid JWT: Failed audience check"_s;
    QTest::newRow("too long") << QJsonObject{{u"exp"_s, now + 3601}} << false << u"RS256"_s << u"invalid_grant"_s
                              << timeframe;
    QTest::newRow("expired") << QJsonObject{{u"iat"_s, now - 4000}, {u"exp"_s, now - 400}} << false << u"RS256"_s
                             << u"invalid_grant"_s << timeframe;
    QTest::newRow("future") << QJsonObject{{u"iat"_s, now + 3000}, {u"exp"_s, now + 6000}} << false << u"RS256"_s
                            << u"invalid_grant"_s << timeframe;
    QTest::newRow("exp before iat") << QJsonObject{{u"exp"_s, now - 1}} << false << u"RS256"_s << u"invalid_grant"_s
                                    << timeframe;
    QTest::newRow("no iat") << QJsonObject{{u"iat"_s, QJsonValue::Null}} << false << u"RS256"_s << u"invalid_grant"_s
                            << timeframe;
    QTest::newRow("no scope") << QJsonObject{{u"scope"_s, QJsonValue::Null}} << false << u"RS256"_s
                              << u"invalid_scope"_s << u"Invalid OAuth scope or ID token audience provided."_s;
    QTest::newRow("other scope") << QJsonObject{{u"scope"_s, u"https://www.googleapis.com/auth/drive"_s}} << false
                                 << u"RS256"_s << u"invalid_scope"_s << u"Invalid OAuth scope"_s;
    QTest::newRow("alg none") << QJsonObject() << false << u"none"_s << u"invalid_grant"_s << u"RS256"_s;
}

void TestEmulatorOAuth::jwtBearerRefusals()
{
    QFETCH(QJsonObject, claims);
    QFETCH(bool, foreignKey);
    QFETCH(QString, alg);
    QFETCH(QString, error);
    QFETCH(QString, description);
    const QByteArray jwt = assertion(claims, foreignKey ? m_otherKeys.privatePem : QByteArray(), {{u"alg"_s, alg}});
    const HttpReply reply = exchange(jwt);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    QCOMPARE(reply.json().value("error"_L1).toString(), error);
    QVERIFY2(reply.json().value("error_description"_L1).toString().contains(description), reply.body.constData());
}

void TestEmulatorOAuth::requestRefusals_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    const QByteArray form = "application/x-www-form-urlencoded";
    QTest::newRow("json body") << QByteArray("application/json") << QByteArray(R"x({"grant_type":"x"})x")
                               << u"invalid_request"_s;
    QTest::newRow("no grant") << form << QByteArray("assertion=x") << u"unsupported_grant_type"_s;
    QTest::newRow("other grant") << form << QByteArray("grant_type=password") << u"unsupported_grant_type"_s;
    QTest::newRow("no assertion") << form
                                  << QByteArray("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer")
                                  << u"invalid_request"_s;
    QTest::newRow("malformed assertion")
        << form << QByteArray("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=a.b")
        << u"invalid_grant"_s;
}

void TestEmulatorOAuth::requestRefusals()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QNetworkRequest request(m_emulator->tokenUrl());
    request.setRawHeader("Content-Type", contentType);
    const HttpReply reply = httpSend(request, "POST", body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value("error"_L1).toString(), error);
    // GET on the token endpoint: no such route.
    QCOMPARE(httpSend(QNetworkRequest(m_emulator->tokenUrl()), "GET").status, 404);
}

void TestEmulatorOAuth::refreshTokenGrant()
{
    const HttpReply reply = postForm(m_emulator->tokenUrl(), {{"refresh_token", kRefreshToken.toUtf8()},
                                                              {"client_id", kClientId.toUtf8()},
                                                              {"client_secret", kClientSecret.toUtf8()},
                                                              {"grant_type", "refresh_token"}});
    QCOMPARE(reply.status, 200);
    const QByteArray expected = R"x({"access_token":"ya29.emulator-1","expires_in":3599,)x"
                                R"x("scope":"https://www.googleapis.com/auth/cloud-platform","token_type":"Bearer"})x";
    QCOMPARE(reply.body, expected);
}

void TestEmulatorOAuth::refreshTokenRefusals_data()
{
    QTest::addColumn<QString>("refreshToken");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("revoked")
        << u"1//0gSomethingElse"_s << kClientId << kClientSecret << 400
        << QByteArray(R"x({"error":"invalid_grant","error_description":"Token has been expired or revoked."})x");
    QTest::newRow("reauth")
        << kReauthRefreshToken << kClientId << kClientSecret << 400
        << QByteArray(R"x({"error":"invalid_grant","error_description":"reauth related error (invalid_rapt)",)x"
                      R"x("error_uri":"https://support.google.com/a/answer/9368756",)x"
                      R"x("error_subtype":"invalid_rapt"})x");
    QTest::newRow("wrong secret") << kRefreshToken << kClientId << u"GOCSPX-wrong"_s << 401
                                  << QByteArray(R"x({"error":"invalid_client","error_description":"Unauthorized"})x");
    QTest::newRow("unknown client")
        << kRefreshToken << u"1-other.apps.googleusercontent.com"_s << kClientSecret << 401
        << QByteArray(R"x({"error":"invalid_client","error_description":"The OAuth client was not found."})x");
    QTest::newRow("no client")
        << kRefreshToken << QString() << kClientSecret << 400
        << QByteArray(
               R"x({"error":"invalid_request","error_description":"Could not determine client ID from request."})x");
}

void TestEmulatorOAuth::refreshTokenRefusals()
{
    QFETCH(QString, refreshToken);
    QFETCH(QString, clientId);
    QFETCH(QString, clientSecret);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const HttpReply reply = postForm(m_emulator->tokenUrl(), {{"grant_type", "refresh_token"},
                                                              {"client_id", clientId.toUtf8()},
                                                              {"client_secret", clientSecret.toUtf8()},
                                                              {"refresh_token", refreshToken.toUtf8()}});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body, body);
}

void TestEmulatorOAuth::configurableLifetime()
{
    EmulatorOptions options = authOptions(m_keys.publicPem);
    options.auth.tokenLifetimeSeconds = 120;
    const auto emulator = startEmulator(options, m_clock.get());
    const HttpReply reply = postForm(emulator->tokenUrl(), {{"grant_type", "refresh_token"},
                                                            {"client_id", kClientId.toUtf8()},
                                                            {"client_secret", kClientSecret.toUtf8()},
                                                            {"refresh_token", kRefreshToken.toUtf8()}});
    QCOMPARE(reply.json().value("expires_in"_L1).toInt(), 120);
}

void TestEmulatorOAuth::metadataServer()
{
    const QString base = u"http://%1/computeMetadata/v1/"_s.arg(m_emulator->metadataHost());
    QNetworkRequest token(
        QUrl(base + u"instance/service-accounts/default/token?scopes="_s + QString(kCloudPlatformScope)));
    const HttpReply refused = httpSend(token, "GET");
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.header("Metadata-Flavor"), "Google"_ba);
    QVERIFY(refused.body.contains("Missing Metadata-Flavor:Google header."));

    token.setRawHeader("Metadata-Flavor", "Google");
    const HttpReply minted = httpSend(token, "GET");
    QCOMPARE(minted.status, 200);
    QCOMPARE(minted.header("Metadata-Flavor"), "Google"_ba);
    QCOMPARE(minted.json().value("access_token"_L1).toString(), u"ya29.emulator-1"_s);
    QCOMPARE(minted.json().value("token_type"_L1).toString(), u"Bearer"_s);
    QCOMPARE(m_emulator->metadataTokenRequestCount(), 1);

    QNetworkRequest proxied = token;
    proxied.setRawHeader("X-Forwarded-For", "10.0.0.1");
    QCOMPARE(httpSend(proxied, "GET").status, 403);

    QNetworkRequest email(QUrl(base + u"instance/service-accounts/default/email"_s));
    email.setRawHeader("Metadata-Flavor", "Google");
    QCOMPARE(httpSend(email, "GET").body, m_emulator->options().auth.metadataEmail.toUtf8());
    QNetworkRequest project(QUrl(base + u"project/project-id"_s));
    project.setRawHeader("Metadata-Flavor", "Google");
    const HttpReply projectReply = httpSend(project, "GET");
    QCOMPARE(projectReply.status, 200);
    QCOMPARE(projectReply.body, "emulator-project"_ba);
    QCOMPARE(projectReply.header("Metadata-Flavor"), "Google"_ba);
    QNetworkRequest other(QUrl(base + u"instance/service-accounts/someone@else.com/token"_s));
    other.setRawHeader("Metadata-Flavor", "Google");
    QCOMPARE(httpSend(other, "GET").status, 404);
}

void TestEmulatorOAuth::mintedTokensOnly()
{
    // By default any bearer token works; with requireMintedTokens only minted, unexpired ones do.
    QCOMPARE(callVertex(*m_emulator, u"ya29.anything"_s).status, 200);
    EmulatorOptions options = authOptions(m_keys.publicPem);
    options.auth.requireMintedTokens = true;
    options.auth.tokenLifetimeSeconds = 600;
    const auto strict = startEmulator(options, m_clock.get());
    QCOMPARE(callVertex(*strict, u"ya29.anything"_s).status, 401);

    const HttpReply minted = postForm(strict->tokenUrl(), {{"grant_type", "refresh_token"},
                                                           {"client_id", kClientId.toUtf8()},
                                                           {"client_secret", kClientSecret.toUtf8()},
                                                           {"refresh_token", kRefreshToken.toUtf8()}});
    const QString token = minted.json().value("access_token"_L1).toString();
    QCOMPARE(callVertex(*strict, token).status, 200);
    m_clock->advanceMs(599'000);
    QCOMPARE(callVertex(*strict, token).status, 200);
    m_clock->advanceMs(1'000);
    const HttpReply expired = callVertex(*strict, token);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.body.contains("ACCESS_TOKEN_EXPIRED"));

    const HttpReply fresh = postForm(strict->tokenUrl(), {{"grant_type", "refresh_token"},
                                                          {"client_id", kClientId.toUtf8()},
                                                          {"client_secret", kClientSecret.toUtf8()},
                                                          {"refresh_token", kRefreshToken.toUtf8()}});
    const QString freshToken = fresh.json().value("access_token"_L1).toString();
    QCOMPARE(callVertex(*strict, freshToken).status, 200);
    strict->revokeMintedTokens();
    QCOMPARE(callVertex(*strict, freshToken).status, 401);
}

QTEST_GUILESS_MAIN(TestEmulatorOAuth)
#include "tst_emulatoroauth.moc"
