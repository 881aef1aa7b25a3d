// The credential source chosen in Settings becomes a working provider, or one that says what is wrong.
#include "auth/providerfactory.h"
#include "common/clock.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestProviderFactory)
#include "tst_providerfactory.moc"
