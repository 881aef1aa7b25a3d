// The secret canary (reliability.md C9, §5): every credential flow runs with known secrets while
// all log output (every category, debug included) and the settings file are captured; none of the
// secrets may appear in the logs, the error messages, the settings file or the emulator's log.
#include "auth/adcsource.h"
#include "auth/authorizedusersource.h"
#include "auth/credentialfile.h"
#include "auth/gcloudsource.h"
#include "auth/keychainsecretstore.h"
#include "auth/metadatasource.h"
#include "auth/pastedtokensource.h"
#include "auth/providerfactory.h"
#include "auth/redact.h"
#include "auth/serviceaccountsource.h"
#include "auth/tokencache.h"
#include "authtestsupport.h"
#include "common/clock.h"
#include "common/logcapture.h"
#include "settings/settings.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;
using namespace maas::test;

namespace {

const QString kCanaryRefresh = u"1//0gCanaryRefreshTokenQ7xV2mPz"_s;
const QString kCanaryRevoked = u"1//0gCanaryRevokedTokenB8nL4kWd"_s;
const QString kCanaryPasted = u"canary-pasted-token-7f3a9c1e5d"_s;
const QString kCanaryGcloud = u"ya29.canaryGcloudTokenH3jK9"_s;
const QString kCanaryStderr = u"ya29.canaryLeakedOnStderrR5t"_s;
const QString kCanaryKeyId = u"c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00"_s;

} // namespace

class TestSecretCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noSecretAppearsAnywhere();

private:
    void remember(const QString &secret)
    {
        if (!secret.isEmpty() && !m_secrets.contains(secret))
            m_secrets << secret;
    }
    FetchResult fetch(TokenProvider &provider)
    {
        const FetchResult result = fetchAndWait(provider);
        remember(result.token.value);
        m_messages << result.error << result.token.account;
        return result;
    }

    QStringList m_secrets;
    QStringList m_messages;
    QStringList m_emulatorLog;
};

void TestSecretCanary::initTestCase()
{
    qunsetenv("DISPLAY");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/maas-test-bus");
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    LogCapture::install();
}

void TestSecretCanary::cleanupTestCase()
{
    LogCapture::uninstall();
}

void TestSecretCanary::noSecretAppearsAnywhere()
{
#ifdef Q_OS_WIN
    QSKIP("the fake gcloud is a shell script");
#endif
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    const TestKeyPair keys = generateKeyPair();
    const TestKeyPair otherKeys = generateKeyPair();
    // The key material: every base64 line of both private keys.
    for (const QByteArray &pem : {keys.privatePem, otherKeys.privatePem}) {
        for (const QByteArray &line : pem.split('\n')) {
            if (!line.isEmpty() && !line.startsWith("-----"))
                remember(QString::fromLatin1(line));
        }
    }
    for (const QString &secret :
         {kCanaryRefresh, kCanaryRevoked, kCanaryPasted, kCanaryGcloud, kCanaryStderr, kCanaryKeyId, kClientSecret})
        remember(secret);

    EmulatorOptions options = authOptions(keys.publicPem);
    options.auth.refreshTokens = {kCanaryRefresh};
    options.auth.reauthRefreshTokens = {kReauthRefreshToken};
    options.auth.requireMintedTokens = true;
    const auto emulator = startEmulator(options, &clock);
    QVERIFY(emulator);
    connect(emulator.get(), &Emulator::requestFinished, this,
            [this](const EmulatorRequestLog &entry) { m_emulatorLog << entry.toLine(); });
    QNetworkAccessManager network;

    // Settings: the user picks a service account key file.
    const QString keyPath = dir.filePath(u"sa-key.json"_s);
    QVERIFY(writeFile(keyPath, serviceAccountJson(keys.privatePem, emulator->tokenUrl().toString(),
                                                  kServiceAccountEmail, kCanaryKeyId)));
    const QString iniPath = dir.filePath(u"settings.ini"_s);
    {
        Settings settings(iniPath);
        QVERIFY(settings.setValue(Settings::Key::CredentialSource, u"ServiceAccountKey"_s));
        QVERIFY(settings.setValue(Settings::Key::CredentialFile, keyPath));
        QVERIFY(settings.setValue(Settings::Key::ProjectId, u"test-project"_s));
    }

    // Service account: success through a cache, the 401 path, a refresh, and a deleted key.
    {
        auto source = std::make_unique<ServiceAccountSource>(network, clock, ServiceAccountKey::fromFile(keyPath));
        QString error;
        remember(QString::fromLatin1(source->makeAssertion(&error)));
        TokenCache cache(std::move(source), clock);
        const FetchResult first = fetch(cache);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(callVertex(*emulator, first.token.value).status, 200);
        clock.advanceMs(10 * 60 * 1000);
        emulator->revokeMintedTokens();
        QCOMPARE(callVertex(*emulator, first.token.value).status, 401);
        cache.invalidate();
        const FetchResult second = fetch(cache);
        QCOMPARE(callVertex(*emulator, second.token.value).status, 200);
        clock.advanceMs(56 * 60 * 1000);
        QVERIFY(fetch(cache).error.isEmpty());
    }
    {
        ServiceAccountSource wrongKey(
            network, clock,
            ServiceAccountKey::fromJson(serviceAccountJson(otherKeys.privatePem, emulator->tokenUrl().toString()),
                                        u"old-key.json"_s));
        QVERIFY(fetch(wrongKey).error.contains(u"Invalid JWT Signature"_s));
        QByteArray badPem = keys.privatePem;
        badPem.replace(100, 30, QByteArray(30, 'Z'));
        ServiceAccountSource broken(
            network, clock,
            ServiceAccountKey::fromJson(serviceAccountJson(badPem, emulator->tokenUrl().toString()), u"bad.json"_s));
        QVERIFY(!fetch(broken).error.isEmpty());
    }

    // Application Default Credentials: authorized_user, revoked, reauth.
    for (const QString &refresh : {kCanaryRefresh, kCanaryRevoked, kReauthRefreshToken}) {
        const QString adcPath = dir.filePath(u"adc.json"_s);
        QVERIFY(writeFile(adcPath, authorizedUserJson(refresh, emulator->tokenUrl().toString())));
        QProcessEnvironment env;
        env.insert(u"GOOGLE_APPLICATION_CREDENTIALS"_s, adcPath);
        AdcSource adc(network, clock, env);
        TokenCache cache(std::make_unique<AdcSource>(network, clock, env), clock);
        const FetchResult result = fetch(cache);
        QCOMPARE(result.error.isEmpty(), refresh == kCanaryRefresh);
        m_messages << adc.problem() << adc.quotaProjectId();
        QFile::remove(adcPath);
    }

    // gcloud: a token, then a failure whose stderr carries something token-shaped.
    {
        GcloudOptions good;
        good.program = writeFakeGcloud(dir.path(), "case \"$1\" in auth) echo " + kCanaryGcloud.toUtf8() +
                                                       " ;; *) echo dev@example.com ;; esac\n");
        GcloudSource gcloud(good);
        QCOMPARE(fetch(gcloud).token.value, kCanaryGcloud);
        GcloudOptions bad;
        bad.program = writeFakeGcloud(dir.path(),
                                      "echo 'ERROR: refresh failed for " + kCanaryStderr.toUtf8() + "' >&2; exit 1\n");
        GcloudSource failing(bad);
        const FetchResult failed = fetch(failing);
        QVERIFY2(failed.error.contains(u"refresh failed for"_s), qPrintable(failed.error));
    }

    // The metadata server.
    {
        QProcessEnvironment env;
        env.insert(u"GCE_METADATA_HOST"_s, emulator->metadataHost());
        MetadataSource metadata(network, clock, env);
        QVERIFY(fetch(metadata).error.isEmpty());
    }

    // A pasted token: cached, rejected, and kept in the secret stores.
    {
        rememberSecret(kCanaryPasted); // what the settings page does with a pasted token
        TokenCache cache(std::make_unique<StaticTokenProvider>(kCanaryPasted), clock);
        QCOMPARE(fetch(cache).token.value, kCanaryPasted);
        QCOMPARE(callVertex(*emulator, kCanaryPasted).status, 401);
        clock.advanceMs(5000);
        cache.invalidate();
        QVERIFY(!fetch(cache).error.isEmpty());

        // The settings page's path: the token in a SecretStore, its paste time in Settings, the
        // configured provider reading it back, the server refusing it, and its hour running out.
        {
            MemorySecretStore pastedStore;
            pastedStore.insert(QString(PastedTokenSource::kSecretKey), kCanaryPasted.toUtf8());
            Settings settings(iniPath);
            QVERIFY(settings.setValue(Settings::Key::CredentialSource, u"PastedToken"_s));
            QVERIFY(settings.setValue(Settings::Key::PastedTokenTime, clock.now().toUTC().toString(Qt::ISODate)));
            ConfiguredProvider configured = makeConfiguredProvider(settings, network, clock, &pastedStore);
            m_messages << configured.problem << configured.description;
            QCOMPARE(fetch(*configured.provider).token.value, kCanaryPasted);
            QCOMPARE(callVertex(*emulator, kCanaryPasted).status, 401);
            clock.advanceMs(5000);
            configured.provider->invalidate();
            QVERIFY(!fetch(*configured.provider).error.isEmpty());
            ConfiguredProvider later = makeConfiguredProvider(settings, network, clock, &pastedStore);
            clock.advanceMs(2 * 3600 * 1000);
            QVERIFY(fetch(*later.provider).error.contains(u"expired"_s));
            QVERIFY(settings.setValue(Settings::Key::CredentialSource, u"ServiceAccountKey"_s));
            settings.sync();
        }

        KeychainSecretStore keychain;
        MemorySecretStore memory;
        for (SecretStore *store : {static_cast<SecretStore *>(&keychain), static_cast<SecretStore *>(&memory)}) {
            QObject context;
            bool written = false;
            store->write(u"maas-canary-pasted-token"_s, kCanaryPasted.toUtf8(), &context, [&](const QString &error) {
                m_messages << error;
                written = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(written, 40'000);
            m_messages << store->notPersistentReason();
            bool removed = false;
            store->remove(u"maas-canary-pasted-token"_s, &context, [&](const QString &error) {
                m_messages << error;
                removed = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 40'000);
        }
        forgetRememberedSecrets();
    }

    // Nothing may contain a secret.
    QTest::qWait(50);
    QFile ini(iniPath);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QString settingsText = QString::fromUtf8(ini.readAll());
    QVERIFY(settingsText.contains(u"sa-key.json"_s)); // the path is there, as it should be
    const QString logText = LogCapture::appLog();
    // The test server logs every request header it receives (qt.httpserver debug), bearer tokens
    // included. That is the server side, not the app; in the app the emulator only runs in demo
    // mode, where the redacting message handler covers it. Checked through redact() below.
    QString serverLogText;
    for (const QString &line : LogCapture::serverLines())
        serverLogText += redact(line) + u'\n';
    QVERIFY2(logText.contains(u"maas.auth"_s) || !logText.isEmpty(), "expected some credential logging");
    const QList<QPair<QString, QString>> places{
        {u"log output"_s, logText},
        {u"server log, redacted"_s, serverLogText},
        {u"messages"_s, m_messages.join(u'\n')},
        {u"settings file"_s, settingsText},
        {u"emulator log"_s, m_emulatorLog.join(u'\n')},
    };
    QVERIFY(m_secrets.size() > 30); // key lines, canaries, several minted tokens
    for (const auto &[place, text] : places) {
        for (const QString &secret : std::as_const(m_secrets)) {
            // Name the line, but never print the secret itself.
            const QStringList lines = text.split(u'\n');
            const auto leak =
                std::find_if(lines.cbegin(), lines.cend(), [&secret](const QString &l) { return l.contains(secret); });
            const QString where = leak == lines.cend() ? QString() : redact(*leak).left(300);
            QVERIFY2(leak == lines.cend(),
                     qPrintable(u"a secret (%1…) appears in the %2: %3"_s.arg(secret.left(8), place, where)));
        }
    }
}

QTEST_GUILESS_MAIN(TestSecretCanary)
#include "tst_secretcanary.moc"
