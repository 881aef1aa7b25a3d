#include "vertex/endpointresolver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

class TestEndpointResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hosts_data();
    void hosts();
    void urlsKeepAtAndColonLiteral();
    void overrideReplacesHostAndVersion();
    void customServers();
    void resourceManagerFollowsOverride();
    void validation();
};

void TestEndpointResolver::hosts_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("host");
    QTest::newRow("global") << u"global"_s << u"aiplatform.googleapis.com"_s;
    QTest::newRow("us") << u"us"_s << u"aiplatform.us.rep.googleapis.com"_s;
    QTest::newRow("eu") << u"eu"_s << u"aiplatform.eu.rep.googleapis.com"_s;
    QTest::newRow("region") << u"us-east5"_s << u"us-east5-aiplatform.googleapis.com"_s;
    QTest::newRow("europe") << u"europe-west4"_s << u"europe-west4-aiplatform.googleapis.com"_s;
}

void TestEndpointResolver::hosts()
{
    QFETCH(QString, location);
    QFETCH(QString, host);
    QCOMPARE(EndpointResolver::hostFor(location), host);
    const QUrl url = EndpointResolver(u"p-1"_s).url(location, u"endpoints/openapi/chat/completions");
    QCOMPARE(url.host(), host);
    QCOMPARE(url.scheme(), u"https"_s);
    QCOMPARE(url.path(), u"/v1/projects/p-1/locations/"_s + location + u"/endpoints/openapi/chat/completions"_s);
}

void TestEndpointResolver::urlsKeepAtAndColonLiteral()
{
    const QUrl url = EndpointResolver(u"my-proj"_s)
                         .url(u"us-east5", u"publishers/anthropic/models/claude-sonnet-4@20250514:streamRawPredict");
    QCOMPARE(url.toEncoded(),
             "https://us-east5-aiplatform.googleapis.com/v1/projects/my-proj/locations/us-east5/publishers/anthropic/"
             "models/claude-sonnet-4@20250514:streamRawPredict"_ba);
    // Anything unusual in a model id is percent-encoded, never passed through raw.
    const QUrl odd = EndpointResolver(u"my-proj"_s).url(u"global", u"publishers/x/models/a b?c#d");
    QVERIFY(odd.toEncoded().endsWith("models/a%20b%3Fc%23d"));
}

void TestEndpointResolver::overrideReplacesHostAndVersion()
{
    const EndpointResolver r(u"demo"_s, QUrl(u"http://127.0.0.1:8089/v1/"_s));
    QCOMPARE(r.url(u"global", u"endpoints/openapi/chat/completions").toString(),
             u"http://127.0.0.1:8089/v1/projects/demo/locations/global/endpoints/openapi/chat/completions"_s);
    const EndpointResolver beta(u"demo"_s, {}, u"v1beta1"_s);
    QVERIFY(beta.url(u"us-central1", u"x").path().startsWith(u"/v1beta1/projects/demo/"_s));
}

void TestEndpointResolver::customServers()
{
    QCOMPARE(EndpointResolver::customUrl(QUrl(u"http://127.0.0.1:8000/v1"_s), u"chat/completions").toString(),
             u"http://127.0.0.1:8000/v1/chat/completions"_s);
    QCOMPARE(EndpointResolver::customUrl(QUrl(u"https://llm.example.com/openai/v1/"_s), u"chat/completions").toString(),
             u"https://llm.example.com/openai/v1/chat/completions"_s);
}

void TestEndpointResolver::resourceManagerFollowsOverride()
{
    QCOMPARE(EndpointResolver(u"my-proj"_s).resourceManagerUrl().toString(),
             u"https://cloudresourcemanager.googleapis.com/v1/projects/my-proj"_s);
    QCOMPARE(EndpointResolver(u"my-proj"_s).resourceManagerUrl(u":testIamPermissions").toEncoded(),
             "https://cloudresourcemanager.googleapis.com/v1/projects/my-proj:testIamPermissions");
    // The emulator (or a proxy) serves Resource Manager on the same origin as its Vertex base.
    const EndpointResolver local(u"p-1"_s, QUrl(u"http://127.0.0.1:8080/v1"_s));
    QCOMPARE(local.resourceManagerUrl(u":testIamPermissions").toEncoded(),
             "http://127.0.0.1:8080/v1/projects/p-1:testIamPermissions");
    const EndpointResolver proxy(u"p-1"_s, QUrl(u"https://user@gw.example.com/vertex/v1/?x=1"_s));
    QCOMPARE(proxy.resourceManagerUrl().toString(), u"https://gw.example.com/v1/projects/p-1"_s);
    QCOMPARE(EndpointResolver(u"p"_s).tokenInfoUrl().toString(), u"https://oauth2.googleapis.com/tokeninfo"_s);
    QCOMPARE(local.tokenInfoUrl().toString(), u"http://127.0.0.1:8080/tokeninfo"_s);
}

void TestEndpointResolver::validation()
{
    QVERIFY(EndpointResolver::locationProblem(u"us-east5").isEmpty());
    QVERIFY(EndpointResolver::locationProblem(u"global").isEmpty());
    QVERIFY(!EndpointResolver::locationProblem(u"").isEmpty());
    QVERIFY(EndpointResolver::locationProblem(u"us-east5/../x").contains(u"is not a location"));
    QVERIFY(EndpointResolver::locationProblem(u"US-EAST5").contains(u"is not a location"));
    QVERIFY(EndpointResolver::projectProblem(u"my-project-123").isEmpty());
    QVERIFY(EndpointResolver::projectProblem(u"123456789012").isEmpty());
    QVERIFY(EndpointResolver::projectProblem(u"My Project").contains(u"not the display name"));
    QVERIFY(EndpointResolver::projectProblem(u"").contains(u"no Google Cloud project"));
}

QTEST_GUILESS_MAIN(TestEndpointResolver)
#include "tst_endpointresolver.moc"
