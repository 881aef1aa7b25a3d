// The credential source chosen in Settings becomes a working provider, or one that says what is wrong.
#include "auth/pastedtokensource.h"
#include "auth/providerfactory.h"
#include "auth/secretstore.h"
#include "authtestsupport.h"
#include "common/clock.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace maas;

class TestProviderFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenChoicesExplainThemselves_data();
    void brokenChoicesExplainThemselves();
    void pastedTokenComesFromTheEnvironment();
    void switchingReplacesTheSource();
    void pastedTokenComesFromTheSecretStore();
    void pastedTokenExpiresAnHourAfterPasting();
    void quotaProjectPrecedence();

private:
    static std::pair<AccessToken, QString> fetch(TokenProvider &provider);
    QNetworkAccessManager m_network;
    SystemClock m_clock;
};

std::pair<AccessToken, QString> TestProviderFactory::fetch(TokenProvider &provider)
{
    QObject context;
    std::optional<std::pair<AccessToken, QString>> result;
    provider.fetch(&context, [&](const AccessToken &t, const QString &e) { result = std::make_pair(t, e); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        qFatal("no answer from the provider");
    return *result;
}

void TestProviderFactory::brokenChoicesExplainThemselves_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QString>("expected");
    QTest::newRow("no file chosen") << QByteArray() << u"no service account key file is set"_s;
    QTest::newRow("not json") << "this is not json"_ba << u"JSON"_s;
    QTest::newRow("wrong type") << R"({"type":"authorized_user","client_id":"x"})"_ba << u"service_account"_s;
}

void TestProviderFactory::brokenChoicesExplainThemselves()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path;
    if (!content.isEmpty()) {
        path = dir.filePath(u"key.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    ConfiguredProvider c =
        makeConfiguredProvider(Settings::CredentialSource::ServiceAccountKey, path, m_network, m_clock);
    QVERIFY2(c.problem.contains(expected, Qt::CaseInsensitive), qPrintable(c.problem));
    const auto [token, error] = fetch(*c.provider);
    QVERIFY(token.value.isEmpty());
    QCOMPARE(error, c.problem); // every fetch repeats the reason, so the pane shows it
}

void TestProviderFactory::pastedTokenComesFromTheEnvironment()
{
    qunsetenv("MAAS_ACCESS_TOKEN");
    ConfiguredProvider none = makeConfiguredProvider(Settings::CredentialSource::PastedToken, {}, m_network, m_clock);
    QVERIFY(none.problem.contains(u"MAAS_ACCESS_TOKEN"_s));
    qputenv("MAAS_ACCESS_TOKEN", "ya29.test-pasted");
    ConfiguredProvider env = makeConfiguredProvider(Settings::CredentialSource::PastedToken, {}, m_network, m_clock);
    QVERIFY(env.problem.isEmpty());
    QCOMPARE(fetch(*env.provider).first.value, u"ya29.test-pasted"_s);
    qunsetenv("MAAS_ACCESS_TOKEN");
}

void TestProviderFactory::switchingReplacesTheSource()
{
    SwitchableTokenProvider tokens(std::make_unique<StaticTokenProvider>(u"first"_s));
    QCOMPARE(fetch(tokens).first.value, u"first"_s);
    tokens.setSource(std::make_unique<StaticTokenProvider>(u"second"_s));
    QCOMPARE(fetch(tokens).first.value, u"second"_s);
    tokens.invalidate(); // forwarded: a rejected static token cannot be handed out again
    QVERIFY(!fetch(tokens).second.isEmpty());
}

void TestProviderFactory::pastedTokenComesFromTheSecretStore()
{
    qputenv("MAAS_ACCESS_TOKEN", "ya29.from-the-environment"); // a store wins over the variable
    MemorySecretStore store;
    const QDateTime pastedAt = m_clock.now().addSecs(-10 * 60);
    ConfiguredProvider none =
        makeConfiguredProvider(Settings::CredentialSource::PastedToken, {}, m_network, m_clock, &store, pastedAt);
    QVERIFY(none.problem.isEmpty());
    const auto [missing, missingError] = fetch(*none.provider);
    QVERIFY(missing.value.isEmpty());
    QVERIFY2(missingError.contains(u"no access token has been pasted"_s), qPrintable(missingError));

    store.insert(QString(PastedTokenSource::kSecretKey), "ya29.pasted-in-settings-0123456789"_ba);
    ConfiguredProvider pasted =
        makeConfiguredProvider(Settings::CredentialSource::PastedToken, {}, m_network, m_clock, &store, pastedAt);
    const auto [token, error] = fetch(*pasted.provider);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(token.value, u"ya29.pasted-in-settings-0123456789"_s);
    QCOMPARE(token.expiry, pastedAt.addSecs(3600));
    qunsetenv("MAAS_ACCESS_TOKEN");
}

void TestProviderFactory::pastedTokenExpiresAnHourAfterPasting()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    MemorySecretStore store;
    store.insert(QString(PastedTokenSource::kSecretKey), "ya29.pasted-token-abcdefghijkl"_ba);
    PastedTokenSource source(store, clock.now(), clock);
    clock.advanceMs(59 * 60 * 1000);
    QVERIFY(fetch(source).second.isEmpty());
    clock.advanceMs(60 * 1000);
    const QString expired = fetch(source).second;
    QVERIFY2(expired.contains(u"expired"_s) && expired.contains(u"paste a new one"_s), qPrintable(expired));

    PastedTokenSource rejected(store, clock.now(), clock);
    rejected.invalidate();
    const QString refused = fetch(rejected).second;
    QVERIFY2(refused.contains(u"rejected"_s) && refused.contains(u"cannot be refreshed"_s), qPrintable(refused));
}

void TestProviderFactory::quotaProjectPrecedence()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    const QString adcPath = dir.filePath(u"adc.json"_s);
    QVERIFY(test::writeFile(adcPath, test::authorizedUserJson(test::kRefreshToken, {}, u"adc-quota-project"_s)));
    QProcessEnvironment env;
    env.insert(u"CLOUDSDK_CONFIG"_s, dir.filePath(u"no-gcloud-here"_s));

    // Nothing set: no header.
    QCOMPARE(quotaProjectFor(settings, env), QString());
    // ADC as the source, with its file: the file's quota_project_id.
    QVERIFY(settings.setValue(Settings::Key::CredentialSource, u"ApplicationDefault"_s));
    QVERIFY(settings.setValue(Settings::Key::CredentialFile, adcPath));
    QCOMPARE(quotaProjectFor(settings, env), u"adc-quota-project"_s);
    // Another source does not borrow the ADC file's project.
    QVERIFY(settings.setValue(Settings::Key::CredentialSource, u"ServiceAccountKey"_s));
    QCOMPARE(quotaProjectFor(settings, env), QString());
    QVERIFY(settings.setValue(Settings::Key::CredentialSource, u"ApplicationDefault"_s));
    // The environment variable wins over the file...
    env.insert(u"GOOGLE_CLOUD_QUOTA_PROJECT"_s, u"env-quota-project"_s);
    QCOMPARE(quotaProjectFor(settings, env), u"env-quota-project"_s);
    // ...and the setting wins over both.
    QVERIFY(settings.setValue(Settings::Key::QuotaProject, u"settings-quota-project"_s));
    QCOMPARE(quotaProjectFor(settings, env), u"settings-quota-project"_s);
}

QTEST_GUILESS_MAIN(TestProviderFactory)
#include "tst_providerfactory.moc"
