// AdcSource: google-auth's discovery order, dispatch on "type", quota project, and files that
// change under it. The environment is passed in, so the process's own is never touched.
#include "auth/adcsource.h"
#include "authtestsupport.h"
#include "common/clock.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;
using namespace maas::test;

class TestAdcSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void discoveryOrder();
    void nothingConfigured();
    void variableNamingAMissingFileIsAnError();
    void authorizedUserFromGcloudFolder();
    void serviceAccountFromVariable();
    void quotaProject();
    void unsupportedTypes_data();
    void unsupportedTypes();
    void rewrittenFileIsReadAgain();

private:
    QProcessEnvironment environment(const QList<QPair<QString, QString>> &values) const;

    TestKeyPair m_keys;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
};

void TestAdcSource::initTestCase()
{
    m_keys = generateKeyPair();
}

void TestAdcSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    m_emulator = startEmulator(authOptions(m_keys.publicPem), m_clock.get());
    QVERIFY(m_emulator);
}

QProcessEnvironment TestAdcSource::environment(const QList<QPair<QString, QString>> &values) const
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    for (const auto &[name, value] : values)
        env.insert(name, value);
    return env;
}

void TestAdcSource::discoveryOrder()
{
    const QString home = m_dir->filePath(u"home/.config/gcloud/application_default_credentials.json"_s);
    const QString sdkConfig = m_dir->filePath(u"sdk"_s);
    const QString sdkFile = sdkConfig + u"/application_default_credentials.json"_s;
    const QString explicitFile = m_dir->filePath(u"explicit.json"_s);
    for (const QString &path : {home, sdkFile, explicitFile})
        QVERIFY(writeFile(path, authorizedUserJson(kRefreshToken)));

    // 1. GOOGLE_APPLICATION_CREDENTIALS (also lower case).
    AdcLocation location = AdcSource::locate(
        environment({{u"GOOGLE_APPLICATION_CREDENTIALS"_s, explicitFile}, {u"CLOUDSDK_CONFIG"_s, sdkConfig}}));
    QCOMPARE(location.path, explicitFile);
    QCOMPARE(location.via, u"GOOGLE_APPLICATION_CREDENTIALS"_s);
    QVERIFY(location.fromVariable);
    QCOMPARE(AdcSource::locate(environment({{u"google_application_credentials"_s, explicitFile}})).path, explicitFile);
    // 2. $CLOUDSDK_CONFIG/application_default_credentials.json.
    location = AdcSource::locate(environment({{u"CLOUDSDK_CONFIG"_s, sdkConfig}}));
    QCOMPARE(location.path, sdkFile);
    QCOMPARE(location.via, u"CLOUDSDK_CONFIG"_s);
    QVERIFY(!location.fromVariable);
    // 3. ~/.config/gcloud/application_default_credentials.json.
    location = AdcSource::locate(environment({}));
    QCOMPARE(location.path, home);
    QCOMPARE(location.via, u"gcloud's default folder"_s);
    // CLOUDSDK_CONFIG replaces the default folder even when its file is missing.
    const QString emptyConfig = m_dir->filePath(u"empty-sdk"_s);
    location = AdcSource::locate(environment({{u"CLOUDSDK_CONFIG"_s, emptyConfig}}));
    QVERIFY(location.path.isEmpty());
    QCOMPARE(location.wellKnownPath, emptyConfig + u"/application_default_credentials.json"_s);
}

void TestAdcSource::nothingConfigured()
{
    const QProcessEnvironment env = environment({});
    QVERIFY(!AdcSource::isConfigured(env));
    AdcSource source(m_network, *m_clock, env);
    QVERIFY(source.type().isEmpty());
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.startsWith(u"No Application Default Credentials"_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"gcloud auth application-default login"_s));
}

void TestAdcSource::variableNamingAMissingFileIsAnError()
{
    const QString missing = m_dir->filePath(u"nope.json"_s);
    const QProcessEnvironment env = environment({{u"GOOGLE_APPLICATION_CREDENTIALS"_s, missing}});
    QVERIFY(AdcSource::isConfigured(env));
    AdcSource source(m_network, *m_clock, env);
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.contains(u"GOOGLE_APPLICATION_CREDENTIALS names %1, which does not exist"_s.arg(missing)),
             qPrintable(result.error));
}

void TestAdcSource::authorizedUserFromGcloudFolder()
{
    const QString sdkConfig = m_dir->filePath(u"sdk"_s);
    QVERIFY(writeFile(sdkConfig + u"/application_default_credentials.json"_s,
                      authorizedUserJson(kRefreshToken, {}, u"quota-from-file"_s, u"dev@example.com"_s)));
    AdcSource source(m_network, *m_clock, environment({{u"CLOUDSDK_CONFIG"_s, sdkConfig}}), m_emulator->tokenUrl());
    QCOMPARE(source.type(), u"authorized_user"_s);
    QCOMPARE(source.account(), u"dev@example.com"_s);
    QCOMPARE(source.quotaProjectId(), u"quota-from-file"_s);
    QVERIFY(source.problem().isEmpty());
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.token.value, u"ya29.emulator-1"_s);
    QCOMPARE(result.token.account, u"dev@example.com"_s);
}

void TestAdcSource::serviceAccountFromVariable()
{
    const QString path = m_dir->filePath(u"sa.json"_s);
    QVERIFY(writeFile(path, serviceAccountJson(m_keys.privatePem, m_emulator->tokenUrl().toString())));
    AdcSource source(m_network, *m_clock, environment({{u"GOOGLE_APPLICATION_CREDENTIALS"_s, path}}));
    QCOMPARE(source.type(), u"service_account"_s);
    QCOMPARE(source.account(), kServiceAccountEmail);
    QCOMPARE(source.projectId(), u"test-project"_s);
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.token.account, kServiceAccountEmail);
    QCOMPARE(m_emulator->tokenRequestCount(), 1);
}

void TestAdcSource::quotaProject()
{
    const QString path = m_dir->filePath(u"adc.json"_s);
    QVERIFY(writeFile(path, authorizedUserJson(kRefreshToken, {}, u"from-file"_s)));
    AdcSource fromFile(m_network, *m_clock, environment({{u"GOOGLE_APPLICATION_CREDENTIALS"_s, path}}));
    QCOMPARE(fromFile.quotaProjectId(), u"from-file"_s);
    AdcSource overridden(
        m_network, *m_clock,
        environment({{u"GOOGLE_APPLICATION_CREDENTIALS"_s, path}, {u"GOOGLE_CLOUD_QUOTA_PROJECT"_s, u"from-env"_s}}));
    QCOMPARE(overridden.quotaProjectId(), u"from-env"_s);
    QVERIFY(writeFile(path, authorizedUserJson(kRefreshToken, {}, {})));
    AdcSource none(m_network, *m_clock, environment({{u"GOOGLE_APPLICATION_CREDENTIALS"_s, path}}));
    QVERIFY(none.quotaProjectId().isEmpty());
}

void TestAdcSource::unsupportedTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("external account") << QByteArray(R"x({"type":"external_account","audience":"x"})x")
                                      << u"holds \"external_account\" credentials, which MaaS Playground does not "
                                         "support yet"_s;
    QTest::newRow("impersonated") << QByteArray(R"x({"type":"impersonated_service_account"})x")
                                  << u"\"impersonated_service_account\""_s;
    QTest::newRow("not json") << QByteArray("nope") << u"is not JSON"_s;
    QTest::newRow("incomplete user") << QByteArray(R"x({"type":"authorized_user","client_id":"x"})x")
                                     << u"has no \"client_secret\""_s;
}

void TestAdcSource::unsupportedTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(u"adc.json"_s);
    QVERIFY(writeFile(path, json));
    AdcSource source(m_network, *m_clock, environment({{u"GOOGLE_APPLICATION_CREDENTIALS"_s, path}}));
    QVERIFY(source.type().isEmpty());
    QVERIFY2(source.problem().contains(expected), qPrintable(source.problem()));
    const FetchResult result = fetchAndWait(source);
    QCOMPARE(result.error, source.problem());
    QCOMPARE(m_emulator->tokenRequestCount(), 0);
}

void TestAdcSource::rewrittenFileIsReadAgain()
{
    const QString path = m_dir->filePath(u"adc.json"_s);
    QVERIFY(writeFile(path, authorizedUserJson(u"1//0gOldRevokedToken"_s, {}, u"q"_s)));
    AdcSource source(m_network, *m_clock, environment({{u"GOOGLE_APPLICATION_CREDENTIALS"_s, path}}),
                     m_emulator->tokenUrl());
    QVERIFY(fetchAndWait(source).error.contains(u"invalid_grant"_s));
    // The user runs `gcloud auth application-default login`: gcloud rewrites the file.
    QTest::qWait(20);
    QVERIFY(writeFile(path, authorizedUserJson(kRefreshToken, {}, u"q2"_s, u"again@example.com"_s)));
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.token.account, u"again@example.com"_s);
    QCOMPARE(source.quotaProjectId(), u"q2"_s);
    QVERIFY(!source.reload()); // unchanged since
}

QTEST_GUILESS_MAIN(TestAdcSource)
#include "tst_adcsource.moc"
