#include "wire/wirecodec.h"

#include "common/golden.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

class TestEmbeddings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathAndBody();
    void parsesVectorsInIndexOrder();
    void parsesWithoutUsage();
    void reportsBadResponses_data();
    void reportsBadResponses();
};

void TestEmbeddings::pathAndBody()
{
    QCOMPARE(embeddingsPath(), u"endpoints/openapi/embeddings"_s);
    EmbeddingRequest request;
    request.model = u"intfloat/multilingual-e5-small-maas"_s;
    request.inputs = {u"query: a"_s, u"passage: b"_s};
    QCOMPARE(
        embeddingsBody(request),
        R"({"encoding_format":"float","input":["query: a","passage: b"],"model":"intfloat/multilingual-e5-small-maas"})"_ba);
}

void TestEmbeddings::parsesVectorsInIndexOrder()
{
    const EmbeddingResult result = parseEmbeddings(test::readData(u"wire/embeddings/out_of_order.json"_s));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.vectors.size(), 3);
    QCOMPARE(result.vectors.at(0), (QList<float>{0.0123f, 0.0456f, -0.0789f}));
    QCOMPARE(result.vectors.at(1), (QList<float>{1.0f, 0.0f, -0.0015f}));
    QCOMPARE(result.vectors.at(2), (QList<float>{0.5f, -0.25f, 0.125f}));
    QCOMPARE(result.promptTokens, 7);
}

void TestEmbeddings::parsesWithoutUsage()
{
    const EmbeddingResult result = parseEmbeddings(R"({"data":[{"index":0,"embedding":[0.25]}]})"_ba);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.vectors, (QList<QList<float>>{{0.25f}}));
    QCOMPARE(result.promptTokens, -1);
}

void TestEmbeddings::reportsBadResponses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const QByteArray &json, const QString &error) {
        QTest::newRow(name) << json << error;
    };
    row("not json", "<html>502 Bad Gateway</html>"_ba,
        u"the embeddings response is not valid JSON (illegal value at byte 1)"_s);
    row("truncated", R"({"data":[{"index":0,"embedding":[0.1,)"_ba,
        u"the embeddings response is not valid JSON (unterminated array at byte 37)"_s);
    row("not an object", "[1,2]"_ba, u"the embeddings response is not a JSON object"_s);
    row("google error", R"({"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED"}})"_ba,
        u"the server returned an error (RESOURCE_EXHAUSTED): Quota exceeded"_s);
    row("google error in an array", R"([{"error":{"code":404,"message":"Not found","status":"NOT_FOUND"}}])"_ba,
        u"the server returned an error (NOT_FOUND): Not found"_s);
    row("vllm error", R"({"object":"error","message":"Input too long","type":"BadRequestError","code":400})"_ba,
        u"the server returned an error (BadRequestError): Input too long"_s);
    row("missing data", R"({"object":"list","model":"m"})"_ba, u"the embeddings response has no \"data\" list"_s);
    row("data not a list", R"({"data":{"index":0}})"_ba, u"the embeddings response has no \"data\" list"_s);
    row("empty data", R"({"data":[]})"_ba, u"the embeddings response contains no embeddings"_s);
    row("missing index", R"({"data":[{"embedding":[1]}]})"_ba, u"embedding 1 of 1 has no valid \"index\""_s);
    row("negative index", R"({"data":[{"index":-1,"embedding":[1]}]})"_ba,
        u"embedding 1 of 1 has no valid \"index\""_s);
    row("string index", R"({"data":[{"index":0,"embedding":[1]},{"index":"1","embedding":[1]}]})"_ba,
        u"embedding 2 of 2 has no valid \"index\""_s);
    row("duplicate index", R"({"data":[{"index":0,"embedding":[1]},{"index":0,"embedding":[2]}]})"_ba,
        u"index 0 appears twice in the embeddings response"_s);
    row("gap in indices", R"({"data":[{"index":0,"embedding":[1]},{"index":2,"embedding":[2]}]})"_ba,
        u"index 1 is missing from the embeddings response"_s);
    row("base64 vector", R"({"data":[{"index":0,"embedding":"AACAPw=="}]})"_ba,
        u"embedding 0 is not a list of numbers"_s);
    row("empty vector", R"({"data":[{"index":0,"embedding":[]}]})"_ba, u"embedding 0 is empty"_s);
    row("dimension mismatch", R"({"data":[{"index":1,"embedding":[1,2]},{"index":0,"embedding":[1,2,3]}]})"_ba,
        u"embedding 1 has 2 dimensions where embedding 0 has 3"_s);
    row("not a number", R"({"data":[{"index":0,"embedding":[1,null]}]})"_ba,
        u"embedding 0 contains a value that is not a number"_s);
}

void TestEmbeddings::reportsBadResponses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const EmbeddingResult result = parseEmbeddings(json);
    QCOMPARE(result.error, error);
    QVERIFY(result.vectors.isEmpty());
}

QTEST_GUILESS_MAIN(TestEmbeddings)
#include "tst_embeddings.moc"
