#include "catalog/modelcatalog.h"

#include "common/golden.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

class TestModelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCatalogLoadsCleanly();
    void shippedCatalogHasEverySeedModel_data();
    void shippedCatalogHasEverySeedModel();
    void shippedEntriesAreUsable();
    void lifecycleStagesFollowTheDates();
    void enumNamesRoundTrip();
    void findsByIdAndByRequestId();
    void invalidJsonNamesLineAndColumn();
    void badEntriesAreSkippedWithFileLineAndField();
    void userEntriesOverrideAndAddCustomEndpoints();
    void missingFileIsReported();
    void newerSchemaIsRefused();
};

void TestModelCatalog::shippedCatalogLoadsCleanly()
{
    const ModelCatalog catalog = ModelCatalog::load(QString());
    QStringList problems;
    for (const CatalogIssue &issue : catalog.issues())
        problems << issue.toString();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(ModelCatalog::shippedFiles().size(), 4);
    QVERIFY(catalog.models().size() >= 30);
}

// Every model named on the two seed pages, with its wire family.
void TestModelCatalog::shippedCatalogHasEverySeedModel_data()
{
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<WireFamily>("family");
    const auto row = [](const char *id, WireFamily family) { QTest::newRow(id) << QString::fromLatin1(id) << family; };
    row("claude-opus-4-1@20250805", WireFamily::AnthropicVertex);
    row("claude-opus-4@20250514", WireFamily::AnthropicVertex);
    row("claude-sonnet-4@20250514", WireFamily::AnthropicVertex);
    row("claude-3-7-sonnet@20250219", WireFamily::AnthropicVertex);
    row("claude-3-5-sonnet-v2@20241022", WireFamily::AnthropicVertex);
    row("mistral-medium-3", WireFamily::MistralVertex);
    row("openai/gpt-oss-120b-maas", WireFamily::OpenAiChat);
    row("openai/gpt-oss-20b-maas", WireFamily::OpenAiChat);
    row("qwen/qwen3-next-80b-a3b-thinking-maas", WireFamily::OpenAiChat);
    row("qwen/qwen3-next-80b-a3b-instruct-maas", WireFamily::OpenAiChat);
    row("qwen/qwen3-coder-480b-a35b-instruct-maas", WireFamily::OpenAiChat);
    row("qwen/qwen3-235b-a22b-instruct-2507-maas", WireFamily::OpenAiChat);
    row("deepseek-ai/deepseek-v3.1-maas", WireFamily::OpenAiChat);
    row("deepseek-ai/deepseek-r1-0528-maas", WireFamily::OpenAiChat);
    row("meta/llama-4-maverick-17b-128e-instruct-maas", WireFamily::OpenAiChat);
    row("meta/llama-4-scout-17b-16e-instruct-maas", WireFamily::OpenAiChat);
    row("meta/llama-3.3-70b-instruct-maas", WireFamily::OpenAiChat);
    row("meta/llama-3.2-90b-vision-instruct-maas", WireFamily::OpenAiChat);
    row("meta/llama-3.1-405b-instruct-maas", WireFamily::OpenAiChat);
    row("meta/llama-3.1-70b-instruct-maas", WireFamily::OpenAiChat);
    row("meta/llama-3.1-8b-instruct-maas", WireFamily::OpenAiChat);
    row("intfloat/multilingual-e5-small-maas", WireFamily::Embeddings);
    row("intfloat/multilingual-e5-large-instruct-maas", WireFamily::Embeddings);
}

void TestModelCatalog::shippedCatalogHasEverySeedModel()
{
    QFETCH(QString, requestId);
    QFETCH(WireFamily, family);
    static const ModelCatalog catalog = ModelCatalog::load(QString());
    const ModelInfo *m = catalog.find(requestId);
    QVERIFY2(m, qPrintable(requestId));
    QCOMPARE(m->requestId, requestId);
    QCOMPARE(m->family, family);
    QVERIFY2(!m->locations().isEmpty(), "a model needs at least one location");
    QVERIFY(!m->description.isEmpty());
    if (family == WireFamily::Embeddings) {
        QVERIFY(m->embeddingDimensions == 384 || m->embeddingDimensions == 1024);
        QCOMPARE(m->maxSequenceLength, 512);
    }
}

void TestModelCatalog::shippedEntriesAreUsable()
{
    const ModelCatalog catalog = ModelCatalog::load(QString());
    const QDate today(2026, 11, 27);
    for (const ModelInfo &m : catalog.models()) {
        QVERIFY2(!m.name.isEmpty() && !m.publisherName.isEmpty(), qPrintable(m.id));
        if (m.family == WireFamily::OpenAiChat || m.family == WireFamily::Embeddings)
            QVERIFY2(m.requestId.contains(u'/'), qPrintable(m.id + u": OpenAI-endpoint ids carry the publisher"_s));
        if (m.family == WireFamily::AnthropicVertex)
            QVERIFY2(m.requestId.startsWith(u"claude-"_s), qPrintable(m.id));
        if (m.stageOn(today) == LifecycleStage::Retired)
            QVERIFY2(m.lifecycle.retired.isValid(), qPrintable(m.id));
        if (!m.lifecycle.replacement.isEmpty()) {
            const ModelInfo *replacement = catalog.find(m.lifecycle.replacement);
            QVERIFY2(replacement, qPrintable(m.id));
            QVERIFY2(replacement->stageOn(today) != LifecycleStage::Retired,
                     qPrintable(m.id + u" points at a retired replacement"_s));
        }
        if (m.pricing)
            QVERIFY2(m.pricing->asOf.isValid() && m.pricing->outputPerMillion >= m.pricing->inputPerMillion * 0.5,
                     qPrintable(m.id));
    }
    // Current models that replaced retired ones are there and active.
    for (const char *id : {"claude-sonnet-4-5", "claude-haiku-4-5", "claude-opus-4-5", "mistral-medium-3"}) {
        const ModelInfo *m = catalog.find(QString::fromLatin1(id));
        QVERIFY2(m, id);
        QCOMPARE(m->stageOn(today), LifecycleStage::GA);
    }
}

void TestModelCatalog::enumNamesRoundTrip()
{
    // The user catalog file writes these names and the loader reads them back: one table for both.
    for (ThinkingMode mode : {ThinkingMode::None, ThinkingMode::Budget, ThinkingMode::Adaptive, ThinkingMode::Always,
                              ThinkingMode::Optional}) {
        QVERIFY(!thinkingModeName(mode).isEmpty());
        QVERIFY(thinkingModeFromName(thinkingModeName(mode)) == mode);
    }
    for (ThinkingFormat format :
         {ThinkingFormat::None, ThinkingFormat::Anthropic, ThinkingFormat::ReasoningField, ThinkingFormat::ThinkTags}) {
        QVERIFY(!thinkingFormatName(format).isEmpty());
        QVERIFY(thinkingFormatFromName(thinkingFormatName(format)) == format);
    }
    QCOMPARE(thinkingFormatName(ThinkingFormat::ThinkTags), u"think-tags"_s);
    QVERIFY(wireFamilyFromName(wireFamilyName(WireFamily::MistralVertex)) == WireFamily::MistralVertex);
}

void TestModelCatalog::lifecycleStagesFollowTheDates()
{
    const ModelCatalog catalog = ModelCatalog::load(QString());
    const ModelInfo *haiku = catalog.find(u"claude-3-5-haiku@20241022");
    QVERIFY(haiku);
    QCOMPARE(haiku->stageOn(QDate(2025, 12, 1)), LifecycleStage::GA);
    QCOMPARE(haiku->stageOn(QDate(2026, 1, 5)), LifecycleStage::Deprecated);
    QCOMPARE(haiku->stageOn(QDate(2026, 7, 4)), LifecycleStage::Deprecated);
    QCOMPARE(haiku->stageOn(QDate(2026, 7, 5)), LifecycleStage::Retired);
    QCOMPARE(haiku->lifecycle.replacement, u"claude-haiku-4-5"_s);

    const ModelInfo *llama = catalog.find(u"meta/llama-3.3-70b-instruct-maas");
    QVERIFY(llama);
    QCOMPARE(llama->stageOn(QDate(2026, 10, 20)), LifecycleStage::Deprecated);
    QCOMPARE(llama->stageOn(QDate(2026, 10, 21)), LifecycleStage::Retired);

    const ModelInfo *preview = catalog.find(u"meta/llama-3.2-90b-vision-instruct-maas");
    QVERIFY(preview);
    QCOMPARE(preview->stageOn(QDate(2026, 11, 27)), LifecycleStage::Preview);
}

void TestModelCatalog::findsByIdAndByRequestId()
{
    const ModelCatalog catalog = ModelCatalog::load(QString());
    const ModelInfo *byId = catalog.find(u"claude-sonnet-4");
    const ModelInfo *byRequest = catalog.find(u"claude-sonnet-4@20250514");
    QVERIFY(byId);
    QCOMPARE(byId, byRequest);
    QVERIFY(byId->global);
    QCOMPARE(byId->defaultLocation(), u"global"_s);
    QVERIFY(byId->servesLocation(u"us-east5"));
    QVERIFY(!byId->servesLocation(u"us-central1"));
    QVERIFY(!catalog.find(u"claude-sonnet-4@20990101"));
    QCOMPARE(catalog.publishers().first(), u"anthropic"_s);
}

void TestModelCatalog::invalidJsonNamesLineAndColumn()
{
    ModelCatalog catalog;
    catalog.addJson(test::readData(u"catalog/not-json.json"_s), u"not-json.json"_s, true);
    QCOMPARE(catalog.models().size(), 0);
    QCOMPARE(catalog.issues().size(), 1);
    const CatalogIssue issue = catalog.issues().first();
    QCOMPARE(issue.file, u"not-json.json"_s);
    QCOMPARE(issue.line, 4);
    QVERIFY2(issue.message.startsWith(u"not valid JSON at column"_s), qPrintable(issue.message));
}

void TestModelCatalog::badEntriesAreSkippedWithFileLineAndField()
{
    ModelCatalog catalog;
    catalog.addJson(test::readData(u"catalog/mixed.json"_s), u"mixed.json"_s, true);
    catalog.checkReferences();
    QCOMPARE(catalog.models().size(), 1);
    QCOMPARE(catalog.models().first().id, u"good-model"_s);
    QCOMPARE(catalog.models().first().contextWindow, 8192);

    QByteArray report;
    for (const CatalogIssue &issue : catalog.issues())
        report += issue.toString().toUtf8() + '\n';
    QVERIFY(test::matchesGolden(report, u"catalog/mixed.expected"_s));
}

void TestModelCatalog::userEntriesOverrideAndAddCustomEndpoints()
{
    ModelCatalog catalog;
    for (const QString &file : ModelCatalog::shippedFiles())
        catalog.addFile(file, false);
    const qsizetype shipped = catalog.models().size();
    catalog.addFile(test::dataPath(u"catalog/user.json"_s), true);
    catalog.checkReferences();
    QVERIFY(catalog.issues().isEmpty());
    QCOMPARE(catalog.models().size(), shipped + 1);

    const ModelInfo *sonnet = catalog.find(u"claude-sonnet-4");
    QVERIFY(sonnet);
    QVERIFY(sonnet->custom);
    QCOMPARE(sonnet->name, u"Claude Sonnet 4 (team override)"_s);
    QVERIFY(sonnet->servesLocation(u"europe-west1"));

    const ModelInfo *local = catalog.find(u"Qwen/Qwen3-8B");
    QVERIFY(local);
    QCOMPARE(local->endpoint, QUrl(u"http://127.0.0.1:8000/v1"_s));
    QCOMPARE(local->publisherName, u"My servers"_s);
    QCOMPARE(local->thinkingFormat, ThinkingFormat::ThinkTags);
    QVERIFY(catalog.publishers().contains(u"local"_s));
}

void TestModelCatalog::missingFileIsReported()
{
    ModelCatalog catalog;
    catalog.addFile(u"/nonexistent/catalog.json"_s, true);
    QCOMPARE(catalog.issues().size(), 1);
    QVERIFY(catalog.issues().first().toString().startsWith(u"/nonexistent/catalog.json: cannot read the file"_s));
    // ModelCatalog::load treats an absent user file as "no additions", not as an error.
    QVERIFY(ModelCatalog::load(u"/nonexistent/catalog.json"_s).issues().isEmpty());
}

void TestModelCatalog::newerSchemaIsRefused()
{
    ModelCatalog catalog;
    catalog.addJson(R"({"schema": 7, "models": []})", u"future.json"_s, true);
    QCOMPARE(catalog.issues().size(), 1);
    QCOMPARE(catalog.issues().first().toString(),
             u"future.json:1: schema: schema 7 is newer than this app understands (1); update the app"_s);
}

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
