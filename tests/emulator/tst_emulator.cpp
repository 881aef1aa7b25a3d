// The emulator's routes, as a client sees them over HTTP: framing, scripted text, thinking, usage,
// determinism, validation errors and concurrent streams.
#include "common/clock.h"
#include "emulator/emulator.h"
#include "emulator/scriptbook.h"
#include "emulatorclient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

const QString kSonnet = u"claude-sonnet-4-5@20250929"_s;
const QString kPrompt = u"How should we plan the migration of our reporting service?"_s;

} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void anthropicStreamFraming();
    void anthropicThinking();
    void anthropicNonStream();
    void anthropicValidation_data();
    void anthropicValidation();
    void countTokens();
    void openAiReasoningField();
    void openAiThinkTags();
    void openAiNonStream();
    void maxTokensStopsTheAnswer();
    void mistralStream();
    void embeddings();
    void deterministicBytes();
    void goldenTranscripts_data();
    void goldenTranscripts();
    void authentication();
    void unknownPathsAndModels();
    void retiredModels();
    void concurrentStreamsDoNotMix();

private:
    QString expected(const QString &requestId, const QString &prompt, bool thinking = false) const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<EmulatorClient> m_client;
};

void TestEmulator::initTestCase()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    EmulatorOptions options;
    options.speed = 200;
    m_emulator = std::make_unique<Emulator>(options, ModelCatalog::load(QString()), m_clock.get());
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
    QVERIFY(m_emulator->scripts().problems().isEmpty());
    QCOMPARE(m_emulator->baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_emulator->baseUrl().path(), u"/v1"_s);
    m_client = std::make_unique<EmulatorClient>(m_emulator->baseUrl());
}

QString TestEmulator::expected(const QString &requestId, const QString &prompt, bool thinking) const
{
    const ModelInfo *model = m_emulator->catalog().find(requestId);
    return m_emulator->scripts().compose(*model, prompt, thinking).text;
}

void TestEmulator::anthropicStreamFraming()
{
    const HttpResult r =
        m_client->post(routes::claude(kSonnet, u"us-east5"_s, true), routes::claudeBody(kPrompt, true));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QVERIFY(r.header("content-type").startsWith("text/event-stream"));
    QVERIFY(r.body.endsWith("\n\n"));

    // Every event is "event: NAME\ndata: JSON\n\n", and the JSON's type repeats the name.
    const QList<SseEvent> events = parseSse(r.body);
    QVERIFY(events.size() > 10);
    QByteArrayList names;
    for (const SseEvent &event : events) {
        QVERIFY(!event.event.isEmpty());
        const QJsonDocument data = QJsonDocument::fromJson(event.data);
        QVERIFY2(data.isObject(), event.data.constData());
        QCOMPARE(data.object().value("type"_L1).toString().toUtf8(), event.event);
        if (names.isEmpty() || names.last() != event.event)
            names << event.event;
    }
    QCOMPARE(names, (QByteArrayList{"message_start", "ping", "content_block_start", "content_block_delta",
                                    "content_block_stop", "message_delta", "message_stop"}));
    QVERIFY(r.body.count("\n\n") == events.size());

    const QJsonObject start = QJsonDocument::fromJson(events.first().data).object().value("message"_L1).toObject();
    QVERIFY(start.value("id"_L1).toString().startsWith(u"msg_vrtx_"_s));
    QCOMPARE(start.value("model"_L1).toString(), u"claude-sonnet-4-5-20250929"_s);
    QVERIFY(start.value("usage"_L1).toObject().value("input_tokens"_L1).toInt() >= kPrompt.size() / 4);

    const QString text = anthropicDeltas(events, "text_delta", "text");
    QCOMPARE(text, expected(kSonnet, kPrompt));
    QVERIFY(text.startsWith(u"**Claude Sonnet 4.5** (emulated)"_s));
    QVERIFY(text.contains(u"How should we plan the migration"_s));
    QVERIFY(anthropicDeltas(events, "thinking_delta", "thinking").isEmpty());

    const QJsonObject delta = QJsonDocument::fromJson(events.at(events.size() - 2).data).object();
    QCOMPARE(delta.value("delta"_L1).toObject().value("stop_reason"_L1).toString(), u"end_turn"_s);
    QVERIFY(delta.value("usage"_L1).toObject().value("output_tokens"_L1).toInt() > 50);
}

void TestEmulator::anthropicThinking()
{
    QJsonObject body = routes::claudeBody(kPrompt, true, 8192);
    body.insert(u"thinking"_s, QJsonObject{{u"type"_s, u"enabled"_s}, {u"budget_tokens"_s, 2048}});
    const HttpResult r = m_client->post(routes::claude(kSonnet, u"global"_s, true), body);
    QCOMPARE(r.status, 200);
    const QList<SseEvent> events = parseSse(r.body);

    // Block 0 is the thinking block; its signature comes just before its content_block_stop.
    const QJsonObject firstBlock = QJsonDocument::fromJson(events.at(2).data).object();
    QCOMPARE(firstBlock.value("content_block"_L1).toObject().value("type"_L1).toString(), u"thinking"_s);
    qsizetype signatureAt = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).data.contains("\"signature_delta\""))
            signatureAt = i;
    }
    QVERIFY(signatureAt > 2);
    QCOMPARE(events.at(signatureAt + 1).event, QByteArray("content_block_stop"));
    QVERIFY(events.at(signatureAt + 1).data.contains("\"index\":0"));
    QVERIFY(events.at(signatureAt + 2).data.contains("\"type\":\"text\""));
    QVERIFY(events.at(signatureAt + 2).data.contains("\"index\":1"));

    const ModelInfo *model = m_emulator->catalog().find(kSonnet);
    const auto answer = m_emulator->scripts().compose(*model, kPrompt, true);
    QVERIFY(!answer.thinking.isEmpty());
    QCOMPARE(anthropicDeltas(events, "thinking_delta", "thinking"), answer.thinking);
    QCOMPARE(anthropicDeltas(events, "text_delta", "text"), answer.text);

    // Thinking on a model without it is refused, as is a budget under 1024.
    QJsonObject small = body;
    small.insert(u"thinking"_s, QJsonObject{{u"type"_s, u"enabled"_s}, {u"budget_tokens"_s, 512}});
    QCOMPARE(m_client->post(routes::claude(kSonnet, u"global"_s, true), small).status, 400);
    QCOMPARE(m_client->post(routes::claude(u"claude-3-5-haiku@20241022"_s, u"us-east5"_s, true), body).status, 400);
}

void TestEmulator::anthropicNonStream()
{
    const HttpResult r =
        m_client->post(routes::claude(kSonnet, u"us-east5"_s, false), routes::claudeBody(kPrompt, false));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("application/json"));
    QVERIFY(r.header("request-id").startsWith("req_vrtx_"));
    const QJsonObject message = r.json();
    QCOMPARE(message.value("type"_L1).toString(), u"message"_s);
    QVERIFY(message.value("id"_L1).toString().startsWith(u"msg_vrtx_"_s));
    QCOMPARE(message.value("stop_reason"_L1).toString(), u"end_turn"_s);
    const QJsonArray content = message.value("content"_L1).toArray();
    QCOMPARE(content.size(), 1);
    QCOMPARE(content.first().toObject().value("text"_L1).toString(), expected(kSonnet, kPrompt));
    const QJsonObject usage = message.value("usage"_L1).toObject();
    QVERIFY(usage.value("input_tokens"_L1).toInt() > 0);
    QVERIFY(usage.value("output_tokens"_L1).toInt() > 50);
}

void TestEmulator::anthropicValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("contains");

    const QString stream = routes::claude(kSonnet, u"us-east5"_s, true);
    QJsonObject withModel = routes::claudeBody(kPrompt, true);
    withModel.insert(u"model"_s, kSonnet);
    QTest::newRow("model in body") << stream << withModel << 400 << u"invalid_request_error"_s;
    QJsonObject noMax = routes::claudeBody(kPrompt, true);
    noMax.remove(u"max_tokens"_s);
    QTest::newRow("no max_tokens") << stream << noMax << 400 << u"max_tokens: Field required"_s;
    QJsonObject noVersion = routes::claudeBody(kPrompt, true);
    noVersion.remove(u"anthropic_version"_s);
    QTest::newRow("no anthropic_version") << stream << noVersion << 400 << u"anthropic_version"_s;
    QTest::newRow("stream verb without stream")
        << stream << routes::claudeBody(kPrompt, false) << 400 << u":streamRawPredict"_s;
    QTest::newRow("too many tokens") << stream << routes::claudeBody(kPrompt, true, 100000) << 400
                                     << u"maximum allowed number of output tokens"_s;
    QTest::newRow("not servable") << routes::claude(kSonnet, u"us-central1"_s, true)
                                  << routes::claudeBody(kPrompt, true) << 400
                                  << u"is not servable in region us-central1"_s;
    QTest::newRow("implausible location") << routes::claude(kSonnet, u"moon"_s, true)
                                          << routes::claudeBody(kPrompt, true) << 400 << u"INVALID_ARGUMENT"_s;
    QTest::newRow("unknown model") << routes::claude(u"claude-nonexistent@20990101"_s, u"us-east5"_s, true)
                                   << routes::claudeBody(kPrompt, true) << 404
                                   << u"Publisher Model `projects/test-proj/locations/us-east5/publishers/anthropic/"
                                      "models/claude-nonexistent@20990101` was not found"_s;
    QTest::newRow("mistral model on the anthropic path")
        << routes::claude(u"mistral-medium-3"_s, u"us-central1"_s, true) << routes::claudeBody(kPrompt, true) << 404
        << u"NOT_FOUND"_s;
}

void TestEmulator::anthropicValidation()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, contains);
    const HttpResult r = m_client->post(path, body);
    QCOMPARE(r.status, status);
    QVERIFY2(QString::fromUtf8(r.body).contains(contains), r.body.constData());
    if (r.body.contains("invalid_request_error")) {
        QCOMPARE(r.json().value("type"_L1).toString(), u"error"_s);
        QVERIFY(r.json().value("request_id"_L1).toString().startsWith(u"req_vrtx_"_s));
    } else {
        QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toInt(), status);
    }
}

void TestEmulator::countTokens()
{
    QJsonObject body = routes::claudeBody(kPrompt, false);
    body.insert(u"model"_s, kSonnet);
    const HttpResult r = m_client->post(routes::claude(u"count-tokens"_s, u"us-east5"_s, false), body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("input_tokens"_L1).toInt(), int(std::ceil(kPrompt.size() / 4.0)));
}

void TestEmulator::openAiReasoningField()
{
    const QString model = u"openai/gpt-oss-120b-maas"_s;
    const HttpResult r = m_client->post(routes::chat(u"global"_s), routes::chatBody(model, kPrompt, true));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/event-stream"));
    QVERIFY(!r.body.contains("event:"));
    QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
    const QList<SseEvent> events = parseSse(r.body);
    const ModelInfo *info = m_emulator->catalog().find(model);
    const auto answer = m_emulator->scripts().compose(*info, kPrompt, true);
    QCOMPARE(chatDeltas(events, u"reasoning_content"_s), answer.thinking);
    QCOMPARE(chatDeltas(events, u"content"_s), answer.text);
    QVERIFY(answer.text.startsWith(u"**gpt-oss 120B** (emulated)"_s));

    // The finish chunk, then the usage chunk with no choices, then [DONE].
    const QJsonObject finish = QJsonDocument::fromJson(events.at(events.size() - 3).data).object();
    QCOMPARE(finish.value("choices"_L1).toArray().first().toObject().value("finish_reason"_L1).toString(), u"stop"_s);
    const QJsonObject usageChunk = QJsonDocument::fromJson(events.at(events.size() - 2).data).object();
    QVERIFY(usageChunk.value("choices"_L1).toArray().isEmpty());
    const QJsonObject usage = usageChunk.value("usage"_L1).toObject();
    QVERIFY(usage.value("prompt_tokens"_L1).toInt() > 0);
    QVERIFY(usage.value("completion_tokens"_L1).toInt() > 50);
    QCOMPARE(usage.value("total_tokens"_L1).toInt(),
             usage.value("prompt_tokens"_L1).toInt() + usage.value("completion_tokens"_L1).toInt());
    QCOMPARE(finish.value("model"_L1).toString(), model);
    QVERIFY(finish.value("id"_L1).toString().startsWith(u"chatcmpl-"_s));

    // Without include_usage there is no usage chunk.
    QJsonObject body = routes::chatBody(model, kPrompt, true);
    body.remove(u"stream_options"_s);
    QVERIFY(!m_client->post(routes::chat(u"global"_s), body).body.contains("\"usage\""));
}

void TestEmulator::openAiThinkTags()
{
    const QString model = u"deepseek-ai/deepseek-r1-0528-maas"_s;
    const HttpResult r = m_client->post(routes::chat(u"us-central1"_s), routes::chatBody(model, kPrompt, true));
    QCOMPARE(r.status, 200);
    const QList<SseEvent> events = parseSse(r.body);
    QVERIFY(!r.body.contains("reasoning_content"));
    const QString content = chatDeltas(events, u"content"_s);
    const auto answer = m_emulator->scripts().compose(*m_emulator->catalog().find(model), kPrompt, true);
    QCOMPARE(content, u"<think>\n"_s + answer.thinking + u"\n</think>\n\n"_s + answer.text);
    QVERIFY(answer.text.startsWith(u"**DeepSeek R1 (0528)** (emulated)"_s));
    QCOMPARE(events.last().data, QByteArray("[DONE]"));
}

void TestEmulator::openAiNonStream()
{
    const QString model = u"meta/llama-4-maverick-17b-128e-instruct-maas"_s;
    const HttpResult r = m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(model, kPrompt, false));
    QCOMPARE(r.status, 200);
    const QJsonObject completion = r.json();
    QCOMPARE(completion.value("object"_L1).toString(), u"chat.completion"_s);
    const QJsonObject choice = completion.value("choices"_L1).toArray().first().toObject();
    QCOMPARE(choice.value("finish_reason"_L1).toString(), u"stop"_s);
    QCOMPARE(choice.value("message"_L1).toObject().value("content"_L1).toString(), expected(model, kPrompt));
    QVERIFY(!choice.value("message"_L1).toObject().contains("reasoning_content"_L1));
    QVERIFY(completion.value("usage"_L1).toObject().value("completion_tokens"_L1).toInt() > 50);
}

void TestEmulator::maxTokensStopsTheAnswer()
{
    const QString model = u"meta/llama-4-scout-17b-16e-instruct-maas"_s;
    const HttpResult chat = m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(model, kPrompt, true, 20));
    const QList<SseEvent> events = parseSse(chat.body);
    QVERIFY(chat.body.contains("\"finish_reason\":\"length\""));
    const QJsonObject usage =
        QJsonDocument::fromJson(events.at(events.size() - 2).data).object().value("usage"_L1).toObject();
    QCOMPARE(usage.value("completion_tokens"_L1).toInt(), 20);
    QVERIFY(expected(model, kPrompt).startsWith(chatDeltas(events, u"content"_s)));

    const HttpResult claude =
        m_client->post(routes::claude(kSonnet, u"us-east5"_s, true), routes::claudeBody(kPrompt, true, 16));
    QVERIFY(claude.body.contains("\"stop_reason\":\"max_tokens\""));
    QVERIFY(claude.body.contains("\"usage\":{\"output_tokens\":16}"));
}

void TestEmulator::mistralStream()
{
    const QString model = u"mistral-medium-3"_s;
    QJsonObject body = routes::chatBody(model, kPrompt, true);
    body.remove(u"stream_options"_s);
    const HttpResult r = m_client->post(routes::mistral(model, u"europe-west4"_s, true), body);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/event-stream"));
    const QList<SseEvent> events = parseSse(r.body);
    QCOMPARE(events.last().data, QByteArray("[DONE]"));
    QCOMPARE(chatDeltas(events, u"content"_s), expected(model, kPrompt));
    // Mistral puts finish_reason and usage on the last content chunk, and echoes the model.
    const QJsonObject last = QJsonDocument::fromJson(events.at(events.size() - 2).data).object();
    QCOMPARE(last.value("model"_L1).toString(), model);
    QCOMPARE(last.value("choices"_L1).toArray().first().toObject().value("finish_reason"_L1).toString(), u"stop"_s);
    QVERIFY(last.value("usage"_L1).toObject().value("completion_tokens"_L1).toInt() > 20);

    // Non-streamed, and the FastAPI-style 422 for a missing field.
    body.insert(u"stream"_s, false);
    const HttpResult whole = m_client->post(routes::mistral(model, u"us-central1"_s, false), body);
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.json()
                 .value("choices"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("message"_L1)
                 .toObject()
                 .value("content"_L1)
                 .toString(),
             expected(model, kPrompt));
    body.remove(u"messages"_s);
    const HttpResult invalid = m_client->post(routes::mistral(model, u"us-central1"_s, false), body);
    QCOMPARE(invalid.status, 422);
    QVERIFY(invalid.json().value("detail"_L1).isArray());
}

void TestEmulator::embeddings()
{
    const auto embed = [this](const QString &model, const QJsonValue &input) {
        return m_client->post(routes::embeddings(u"us-central1"_s),
                              QJsonObject{{u"model"_s, model}, {u"input"_s, input}});
    };
    const auto vectorOf = [](const HttpResult &r, int index) {
        QList<double> vector;
        for (const QJsonValue &item : r.json().value("data"_L1).toArray()) {
            if (item.toObject().value("index"_L1).toInt() == index) {
                for (const QJsonValue &v : item.toObject().value("embedding"_L1).toArray())
                    vector << v.toDouble();
            }
        }
        return vector;
    };
    const auto dot = [](const QList<double> &a, const QList<double> &b) {
        double sum = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            sum += a.at(i) * b.at(i);
        return sum;
    };

    const QString small = u"intfloat/multilingual-e5-small-maas"_s;
    const HttpResult r = embed(small, QJsonArray{u"query: how do I reset my password"_s,
                                                 u"passage: to reset your password, open settings"_s,
                                                 u"passage: the weather in Lisbon is mild in winter"_s});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("data"_L1).toArray().size(), 3);
    QVERIFY(r.json().value("usage"_L1).toObject().value("prompt_tokens"_L1).toInt() > 0);
    const QList<double> query = vectorOf(r, 0);
    QCOMPARE(query.size(), 384);
    QVERIFY(std::abs(dot(query, query) - 1.0) < 1e-4);
    QVERIFY2(dot(query, vectorOf(r, 1)) > dot(query, vectorOf(r, 2)), "similar texts should be closer");

    const HttpResult again = embed(small, u"query: how do I reset my password"_s);
    QCOMPARE(vectorOf(again, 0), query);
    QCOMPARE(vectorOf(embed(u"intfloat/multilingual-e5-large-instruct-maas"_s, u"hello"_s), 0).size(), 1024);
    QCOMPARE(embed(u"meta/llama-3.3-70b-instruct-maas"_s, u"hello"_s).status, 400);
}

void TestEmulator::deterministicBytes()
{
    const QString path = routes::chat(u"global"_s);
    const QJsonObject body = routes::chatBody(u"qwen/qwen3-next-80b-a3b-thinking-maas"_s, kPrompt, true);
    const HttpResult first = m_client->post(path, body);
    const HttpResult second = m_client->post(path, body);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.body, first.body);
    const HttpResult claude1 =
        m_client->post(routes::claude(kSonnet, u"us-east5"_s, true), routes::claudeBody(kPrompt, true));
    const HttpResult claude2 =
        m_client->post(routes::claude(kSonnet, u"us-east5"_s, true), routes::claudeBody(kPrompt, true));
    QCOMPARE(claude2.body, claude1.body);
    // A different prompt gives a different answer.
    const HttpResult other = m_client->post(path, routes::chatBody(u"qwen/qwen3-next-80b-a3b-thinking-maas"_s,
                                                                   u"Compare two ways of caching results"_s, true));
    QVERIFY(other.body != first.body);
}

void TestEmulator::goldenTranscripts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");

    QJsonObject thinking = routes::claudeBody(u"Hello there, what can you do?"_s, true, 2048);
    thinking.insert(u"thinking"_s, QJsonObject{{u"type"_s, u"enabled"_s}, {u"budget_tokens"_s, 1024}});
    QTest::newRow("claude") << u"claude-sonnet-4-5-thinking.sse"_s << routes::claude(kSonnet, u"us-east5"_s, true)
                            << thinking;
    QTest::newRow("deepseek") << u"deepseek-r1-think-tags.sse"_s << routes::chat(u"us-central1"_s)
                              << routes::chatBody(u"deepseek-ai/deepseek-r1-0528-maas"_s, u"Hi!"_s, true, 120);
    QJsonObject mistral = routes::chatBody(u"mistral-small-2503"_s, u"Hello"_s, true, 4096);
    mistral.remove(u"stream_options"_s);
    QTest::newRow("mistral") << u"mistral-small-stream.sse"_s
                             << routes::mistral(u"mistral-small-2503"_s, u"europe-west4"_s, true) << mistral;
}

// Byte-exact transcripts under tests/data/emulator: a change to the wire format or the scripts
// shows up as a diff. They also serve as fixtures for the codecs. Regenerate with
// MAAS_UPDATE_GOLDEN=1.
void TestEmulator::goldenTranscripts()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    const HttpResult r = m_client->post(path, body);
    QCOMPARE(r.status, 200);
    const QString golden = QStringLiteral(MAAS_TEST_DATA) + u"/emulator/"_s + file;
    if (qEnvironmentVariableIsSet("MAAS_UPDATE_GOLDEN")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(r.body);
        QSKIP("golden file written");
    }
    QFile in(golden);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(golden));
    const QByteArray want = in.readAll();
    if (r.body != want) {
        QFile actual(QDir::temp().filePath(file));
        if (actual.open(QIODevice::WriteOnly))
            actual.write(r.body);
        QFAIL(qPrintable(u"differs from %1; actual written to %2 (diff -u them)"_s.arg(golden, actual.fileName())));
    }
}

void TestEmulator::authentication()
{
    const QString path = routes::claude(kSonnet, u"us-east5"_s, true);
    const QJsonObject body = routes::claudeBody(kPrompt, true);
    const HttpResult none = m_client->post(path, body, {}, QByteArray());
    QCOMPARE(none.status, 401);
    const QJsonObject error = none.json().value("error"_L1).toObject();
    QCOMPARE(error.value("status"_L1).toString(), u"UNAUTHENTICATED"_s);
    QVERIFY(error.value("message"_L1)
                .toString()
                .startsWith(u"Request had invalid authentication credentials. Expected OAuth 2 access token"_s));
    QCOMPARE(error.value("details"_L1).toArray().first().toObject().value("reason"_L1).toString(),
             u"CREDENTIALS_MISSING"_s);

    EmulatorOptions options;
    options.speed = 0;
    options.requiredToken = u"ya29.right"_s;
    Emulator strict(options, ModelCatalog::load(QString()), m_clock.get());
    QVERIFY(strict.listen(0));
    EmulatorClient client(strict.baseUrl());
    const HttpResult wrong = client.post(path, body, {}, "ya29.wrong");
    QCOMPARE(wrong.status, 401);
    QVERIFY(wrong.body.contains("ACCESS_TOKEN_EXPIRED"));
    QCOMPARE(client.post(path, body, {}, "ya29.right").status, 200);
}

void TestEmulator::unknownPathsAndModels()
{
    const HttpResult missing = m_client->post(u"/projects/p/locations/us-east5/nothing/here"_s, QJsonObject());
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body.contains("no route for POST /v1/projects/p/locations/us-east5/nothing/here"));
    QVERIFY(missing.body.contains(":streamRawPredict"));

    const HttpResult version =
        m_client->post(u"/../v2/projects/p/locations/us-east5/endpoints/openapi/embeddings"_s, QJsonObject());
    QCOMPARE(version.status, 404);

    const HttpResult unknown =
        m_client->post(routes::chat(u"global"_s), routes::chatBody(u"openai/gpt-oss-9000-maas"_s, kPrompt, true));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.body.contains("projects/test-proj/locations/global/publishers/openai/models/gpt-oss-9000-maas"));

    const HttpResult noModel = m_client->post(routes::chat(u"global"_s), QJsonObject{{u"messages"_s, QJsonArray()}});
    QCOMPARE(noModel.status, 400);
    const HttpResult badJson = m_client->postRaw(routes::chat(u"global"_s), "{not json");
    QCOMPARE(badJson.status, 400);
    QVERIFY(badJson.body.contains("Invalid JSON payload"));
}

void TestEmulator::retiredModels()
{
    const QString model = u"meta/llama-3.3-70b-instruct-maas"_s; // retired 2026-10-21 in the catalog
    const QJsonObject body = routes::chatBody(model, kPrompt, false);
    QCOMPARE(m_client->post(routes::chat(u"us-central1"_s), body).status, 200); // served by default

    EmulatorOptions options;
    options.speed = 0;
    options.refuseRetired = true;
    Emulator strict(options, ModelCatalog::load(QString()), m_clock.get());
    QVERIFY(strict.listen(0));
    EmulatorClient client(strict.baseUrl());
    const HttpResult r = client.post(routes::chat(u"us-central1"_s), body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("was retired on 2026-10-21"), r.body.constData());
    // A model that is not retired is still served.
    QCOMPARE(client
                 .post(routes::chat(u"us-east5"_s),
                       routes::chatBody(u"meta/llama-4-scout-17b-16e-instruct-maas"_s, kPrompt, false))
                 .status,
             200);
}

void TestEmulator::concurrentStreamsDoNotMix()
{
    // A slower emulator so that the six streams really overlap.
    EmulatorOptions options;
    options.speed = 10;
    Emulator emulator(options, ModelCatalog::load(QString()), m_clock.get());
    QVERIFY(emulator.listen(0));
    EmulatorClient client(emulator.baseUrl());

    struct Pane
    {
        QString catalogId;
        QString path;
        QJsonObject body;
    };
    const QString prompt = u"Give me a short overview of the options"_s;
    QJsonObject mistral = routes::chatBody(u"mistral-medium-3"_s, prompt, true);
    const QList<Pane> panes{
        {u"claude-sonnet-4-5"_s, routes::claude(kSonnet, u"us-east5"_s, true), routes::claudeBody(prompt, true)},
        {u"claude-haiku-4-5"_s, routes::claude(u"claude-haiku-4-5@20251001"_s, u"global"_s, true),
         routes::claudeBody(prompt, true)},
        {u"llama-4-maverick"_s, routes::chat(u"us-east5"_s),
         routes::chatBody(u"meta/llama-4-maverick-17b-128e-instruct-maas"_s, prompt, true)},
        {u"gpt-oss-120b"_s, routes::chat(u"global"_s), routes::chatBody(u"openai/gpt-oss-120b-maas"_s, prompt, true)},
        {u"mistral-medium-3"_s, routes::mistral(u"mistral-medium-3"_s, u"us-central1"_s, true), mistral},
        {u"deepseek-r1-0528"_s, routes::chat(u"us-central1"_s),
         routes::chatBody(u"deepseek-ai/deepseek-r1-0528-maas"_s, prompt, true)},
    };

    QList<QNetworkReply *> replies;
    for (const Pane &pane : panes)
        replies << client.start(pane.path, QJsonDocument(pane.body).toJson(QJsonDocument::Compact));
    QStringList names;
    for (const Pane &pane : panes)
        names << emulator.catalog().find(pane.catalogId)->name;

    for (qsizetype i = 0; i < panes.size(); ++i) {
        const HttpResult r = EmulatorClient::collect(replies.at(i));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        const QList<SseEvent> events = parseSse(r.body);
        const QString text = r.body.contains("event: message_start") ? anthropicDeltas(events, "text_delta", "text")
                                                                     : chatDeltas(events, u"content"_s);
        QVERIFY2(text.contains(u"**%1** (emulated)"_s.arg(names.at(i))), qPrintable(names.at(i)));
        for (qsizetype k = 0; k < names.size(); ++k) {
            if (k != i)
                QVERIFY2(!text.contains(u"**%1**"_s.arg(names.at(k))), qPrintable(names.at(k)));
        }
        QVERIFY(r.body.contains("message_stop") || r.body.contains("[DONE]"));
    }
}

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
