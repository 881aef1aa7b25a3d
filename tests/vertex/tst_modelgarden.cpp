// Model Garden's publisher model list: the page parser (golden files), matching a listing with
// the catalog, URLs, and the lister against the emulator on loopback (paging, a bad token).
#include "client/tokenprovider.h"
#include "common/golden.h"
#include "emulator/emulator.h"
#include "vertex/modelgarden.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

QByteArray describe(const PublisherModelsPage &page)
{
    QByteArray out;
    for (const PublisherModel &m : page.models)
        out += QStringList{m.name,        m.publisher,          m.modelId,     m.versionId,
                           m.launchStage, m.openSourceCategory, m.versionState}
                   .join(u" | "_s)
                   .toUtf8() +
               '\n';
    out += "nextPageToken: " + page.nextPageToken.toUtf8() + '\n';
    return out;
}

PublisherModel listed(const QString &publisher, const QString &model, const QString &stage = u"GA"_s)
{
    PublisherModel m;
    m.publisher = publisher;
    m.modelId = model;
    m.name = u"publishers/%1/models/%2"_s.arg(publisher, model);
    m.versionId = u"001"_s;
    m.launchStage = stage;
    return m;
}

QJsonObject entry(const QString &id, const QString &publisher, const QString &family, const QString &requestId)
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, id.toUpper()},
                       {u"publisher"_s, publisher},
                       {u"family"_s, family},
                       {u"requestId"_s, requestId},
                       {u"modalities"_s, QJsonArray{u"text"_s}},
                       {u"description"_s, u"Shipped description of %1."_s.arg(id)},
                       {u"launchStage"_s, u"GA"_s},
                       {u"regions"_s, QJsonArray{u"us-east5"_s}},
                       {u"global"_s, true},
                       {u"lifecycle"_s, QJsonObject()}};
}

} // namespace

class TestModelGarden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPagesLikeTheGoldenFiles_data();
    void parsesPagesLikeTheGoldenFiles();
    void refusesWhatIsNotAPage_data();
    void refusesWhatIsNotAPage();
    void keysIgnoreVersionsPrefixesAndMaas_data();
    void keysIgnoreVersionsPrefixesAndMaas();
    void mergeMarksListedNotListedAndNew();
    void pageUrlsUseV1beta1AndEncodeTokens();
    void listsEveryPageFromTheEmulator();
    void badTokenFailsWithARemedyAfterOneRetry();
    void emulatorRefusesABadPageToken();
    void unreachableServerFailsWithARemedy();
};

void TestModelGarden::parsesPagesLikeTheGoldenFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("first page, unknown fields") << u"anthropic-page1"_s;
    QTest::newRow("last page") << u"meta-last-page"_s;
    QTest::newRow("empty") << u"empty"_s;
}

void TestModelGarden::parsesPagesLikeTheGoldenFiles()
{
    QFETCH(QString, name);
    QString error;
    const auto page = parsePublisherModelsPage(test::readData(u"modelgarden/"_s + name + u".json"_s), &error);
    QVERIFY2(page, qPrintable(error));
    QVERIFY(test::matchesGolden(describe(*page), u"modelgarden/"_s + name + u".expected"_s));
}

void TestModelGarden::refusesWhatIsNotAPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("html") << QByteArray("<html>proxy login</html>") << u"not JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"expected a JSON object"_s;
    QTest::newRow("models not an array") << QByteArray(R"({"publisherModels": {}})")
                                         << u"publisherModels is not an array"_s;
    QTest::newRow("bad name") << QByteArray(R"({"publisherModels": [{"name": "models/x"}]})")
                              << u"publisherModels[0].name"_s;
}

void TestModelGarden::refusesWhatIsNotAPage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!parsePublisherModelsPage(body, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestModelGarden::keysIgnoreVersionsPrefixesAndMaas_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::newRow("claude") << u"claude-sonnet-4@20250514"_s << u"claude-sonnet-4"_s;
    QTest::newRow("open model") << u"meta/llama-3.3-70b-instruct-maas"_s << u"llama-3.3-70b-instruct"_s;
    QTest::newRow("listed open model") << u"llama-3.3-70b-instruct-maas"_s << u"llama-3.3-70b-instruct"_s;
    QTest::newRow("mistral") << u"Mistral-Medium-3"_s << u"mistral-medium-3"_s;
}

void TestModelGarden::keysIgnoreVersionsPrefixesAndMaas()
{
    QFETCH(QString, id);
    QFETCH(QString, key);
    QCOMPARE(gardenKey(id), key);
}

void TestModelGarden::mergeMarksListedNotListedAndNew()
{
    QJsonObject custom = entry(u"my-server"_s, u"custom"_s, u"openai-chat"_s, u"llama3.1:8b"_s);
    custom.insert("endpoint"_L1, u"http://127.0.0.1:8000/v1"_s);
    const QJsonObject root{
        {u"models"_s, QJsonArray{entry(u"claude-a"_s, u"anthropic"_s, u"anthropic-vertex"_s, u"claude-a@20250101"_s),
                                 entry(u"claude-old"_s, u"anthropic"_s, u"anthropic-vertex"_s, u"claude-old@2024"_s),
                                 entry(u"llama-x"_s, u"meta"_s, u"openai-chat"_s, u"meta/llama-x-instruct-maas"_s),
                                 entry(u"qwen-y"_s, u"qwen"_s, u"openai-chat"_s, u"qwen/qwen-y-maas"_s), custom}}};
    ModelCatalog catalog;
    catalog.addJson(QJsonDocument(root).toJson(), u"test.json"_s, false);
    QVERIFY(catalog.issues().isEmpty());

    const QList<PublisherModel> listing{
        listed(u"anthropic"_s, u"claude-a"_s), listed(u"anthropic"_s, u"claude-b"_s, u"PUBLIC_PREVIEW"_s),
        listed(u"meta"_s, u"llama-x-instruct-maas"_s), listed(u"meta"_s, u"llama-z-maas"_s),
        listed(u"mistralai"_s, u"not-asked-for"_s)};
    const GardenMerge merge = mergeWithCatalog(catalog, {u"anthropic"_s, u"meta"_s}, listing);

    QCOMPARE(merge.marks.value(u"claude-a"_s).status, GardenStatus::Listed);
    QCOMPARE(merge.marks.value(u"claude-a"_s).listing.name, u"publishers/anthropic/models/claude-a"_s);
    QCOMPARE(merge.marks.value(u"claude-old"_s).status, GardenStatus::NotListed);
    QCOMPARE(merge.marks.value(u"llama-x"_s).status, GardenStatus::Listed);
    QVERIFY(!merge.marks.contains(u"qwen-y"_s));    // qwen was not listed: nothing known
    QVERIFY(!merge.marks.contains(u"my-server"_s)); // a custom server is not Model Garden's
    QCOMPARE(merge.listedCount(), 2);
    QCOMPARE(merge.notListedCount(), 1);

    QCOMPARE(merge.newModels.size(), 2); // claude-b and llama-z; mistralai was not asked for
    const ModelInfo &claudeB = merge.newModels.at(0);
    QCOMPARE(claudeB.id, u"garden-anthropic-claude-b"_s);
    QCOMPARE(claudeB.family, WireFamily::AnthropicVertex);
    QCOMPARE(claudeB.requestId, u"claude-b"_s);
    QCOMPARE(claudeB.publisherName, u"Anthropic"_s); // filed under the catalog's publisher heading
    QVERIFY(claudeB.preview);
    QCOMPARE(merge.marks.value(claudeB.id).status, GardenStatus::New);
    const ModelInfo &llamaZ = merge.newModels.at(1);
    QCOMPARE(llamaZ.family, WireFamily::OpenAiChat);
    QCOMPARE(llamaZ.requestId, u"meta/llama-z-maas"_s);

    // Shipped entries keep their own words; adding the new ones twice adds them once.
    catalog.addDiscovered(merge.newModels);
    catalog.addDiscovered(merge.newModels);
    QCOMPARE(catalog.models().size(), 7);
    QCOMPARE(catalog.find(u"claude-a"_s)->description, u"Shipped description of claude-a."_s);
    // Merging again with the discovered entries in the catalog finds them listed, not new.
    const GardenMerge again = mergeWithCatalog(catalog, {u"anthropic"_s, u"meta"_s}, listing);
    QCOMPARE(again.newModels.size(), 0);
    QCOMPARE(again.marks.value(claudeB.id).status, GardenStatus::Listed);
}

void TestModelGarden::pageUrlsUseV1beta1AndEncodeTokens()
{
    QNetworkAccessManager network;
    StaticTokenProvider tokens(u"t"_s);
    ModelGardenLister google(network, tokens, {});
    QCOMPARE(google.pageUrl(u"anthropic"_s, {}).toString(),
             u"https://aiplatform.googleapis.com/v1beta1/publishers/anthropic/models?pageSize=100"_s);
    ModelGardenLister::Options o;
    o.baseOverride = QUrl(u"http://127.0.0.1:8080/v1/"_s);
    o.pageSize = 7;
    ModelGardenLister local(network, tokens, o);
    QCOMPARE(local.pageUrl(u"meta"_s, u"a+b/c=="_s).toString(QUrl::FullyEncoded),
             u"http://127.0.0.1:8080/v1beta1/publishers/meta/models?pageSize=7&pageToken=a%2Bb%2Fc%3D%3D"_s);
}

void TestModelGarden::listsEveryPageFromTheEmulator()
{
    EmulatorOptions options;
    options.speed = 0;
    options.requiredToken = u"good-token"_s;
    Emulator emulator(options);
    QVERIFY(emulator.listen(0));
    int pages = 0;
    connect(&emulator, &Emulator::requestFinished, this, [&pages](const EmulatorRequestLog &log) {
        if (log.path.endsWith(u"/models"_s) && log.status == 200)
            ++pages;
    });

    QNetworkAccessManager network;
    StaticTokenProvider tokens(u"good-token"_s);
    ModelGardenLister::Options o;
    o.baseOverride = emulator.baseUrl();
    o.pageSize = 3;
    ModelGardenLister lister(network, tokens, o);
    QSignalSpy finished(&lister, &ModelGardenLister::finished);
    QSignalSpy failed(&lister, &ModelGardenLister::failed);
    QSignalSpy progress(&lister, &ModelGardenLister::progress);
    lister.start({u"anthropic"_s, u"meta"_s});
    QVERIFY(lister.isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!lister.isRunning());

    const auto models = finished.at(0).at(0).value<QList<PublisherModel>>();
    QStringList names;
    for (const PublisherModel &m : models)
        names << m.name;
    // Every model once: the catalog's Claude models that are not retired, plus the emulator's new one.
    QCOMPARE(names.removeDuplicates(), 0);
    QVERIFY(names.contains(u"publishers/anthropic/models/claude-sonnet-4-5"_s));
    QVERIFY(names.contains(u"publishers/anthropic/models/claude-emulator-next"_s));
    QVERIFY(names.contains(u"publishers/meta/models/llama-4-maverick-17b-128e-instruct-maas"_s));
    QVERIFY(!names.contains(u"publishers/anthropic/models/claude-3-5-sonnet-v2"_s));   // retired
    QVERIFY(!names.contains(u"publishers/meta/models/llama-3.3-70b-instruct-maas"_s)); // retired
    const qsizetype anthropic = std::count_if(models.cbegin(), models.cend(),
                                              [](const PublisherModel &m) { return m.publisher == u"anthropic"; });
    QVERIFY(anthropic > 3); // more than one page of three
    QCOMPARE(pages, int((anthropic + 2) / 3 + (models.size() - anthropic + 2) / 3));
    QVERIFY(progress.count() >= pages);
    QCOMPARE(progress.first().at(2).toString(), u"anthropic"_s);

    const GardenMerge merge = mergeWithCatalog(emulator.catalog(), {u"anthropic"_s, u"meta"_s}, models);
    QCOMPARE(merge.marks.value(u"claude-sonnet-4-5"_s).status, GardenStatus::Listed);
    QCOMPARE(merge.marks.value(u"claude-3-5-sonnet-v2"_s).status, GardenStatus::NotListed);
    QCOMPARE(merge.marks.value(u"garden-anthropic-claude-emulator-next"_s).status, GardenStatus::New);
}

void TestModelGarden::badTokenFailsWithARemedyAfterOneRetry()
{
    EmulatorOptions options;
    options.speed = 0;
    options.requiredToken = u"good-token"_s;
    Emulator emulator(options);
    QVERIFY(emulator.listen(0));
    int requests = 0;
    connect(&emulator, &Emulator::requestFinished, this, [&requests](const EmulatorRequestLog &) { ++requests; });

    QNetworkAccessManager network;
    StaticTokenProvider tokens(u"stale-token"_s);
    ModelGardenLister::Options o;
    o.baseOverride = emulator.baseUrl();
    ModelGardenLister lister(network, tokens, o);
    QSignalSpy finished(&lister, &ModelGardenLister::finished);
    QSignalSpy failed(&lister, &ModelGardenLister::failed);
    lister.start({u"anthropic"_s});
    QVERIFY(failed.wait(20000));
    QCOMPARE(finished.count(), 0);
    const auto error = failed.at(0).at(0).value<UserError>();
    QCOMPARE(error.httpStatus, 401);
    QVERIFY2(!error.remedy.isEmpty(), qPrintable(error.toText()));
    QVERIFY2(error.detail.contains(u"rejected"_s), qPrintable(error.detail)); // the token could not be renewed
    QCOMPARE(requests, 1); // the static token cannot refresh: no second request with the same token
    QVERIFY(!error.toText().contains(u"stale-token"_s));
}

void TestModelGarden::emulatorRefusesABadPageToken()
{
    EmulatorOptions options;
    options.speed = 0;
    Emulator emulator(options);
    QVERIFY(emulator.listen(0));
    QNetworkAccessManager network;
    StaticTokenProvider tokens(u"any"_s);
    ModelGardenLister::Options o;
    o.baseOverride = emulator.baseUrl();
    ModelGardenLister lister(network, tokens, o);
    QNetworkRequest request(lister.pageUrl(u"anthropic"_s, u"not-a-token"_s));
    request.setRawHeader("Authorization", "Bearer any");
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(reply->readAll().contains("INVALID_ARGUMENT"));
    reply->deleteLater();
}

void TestModelGarden::unreachableServerFailsWithARemedy()
{
    // A port nobody listens on: bind one, note it, close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    QNetworkAccessManager network;
    StaticTokenProvider tokens(u"t"_s);
    ModelGardenLister::Options o;
    o.baseOverride = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port));
    ModelGardenLister lister(network, tokens, o);
    QSignalSpy failed(&lister, &ModelGardenLister::failed);
    lister.start({u"anthropic"_s});
    QVERIFY(failed.wait(20000));
    const auto error = failed.at(0).at(0).value<UserError>();
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(!error.title.isEmpty());
    QVERIFY2(!error.remedy.isEmpty(), qPrintable(error.toText()));
    QVERIFY(!lister.isRunning());

    // Plain http to anything but loopback is refused before a token is sent.
    o.baseOverride = QUrl(u"http://proxy.example.com/v1"_s);
    lister.setOptions(o);
    lister.start({u"anthropic"_s});
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.at(1).at(0).value<UserError>().code, u"insecure"_s);
}

QTEST_GUILESS_MAIN(TestModelGarden)
#include "tst_modelgarden.moc"
