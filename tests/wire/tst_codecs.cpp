#include "wire/fastjson.h"
#include "wire/wirecodec.h"

#include "common/golden.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

// Decodes a raw stream fed in the given chunks; one golden line per event, then "end complete" or
// "end incomplete" from sawEnd() after finish().
QByteArray decodeStream(const QByteArray &bytes, const QList<qsizetype> &cuts, WireFamily family,
                        ThinkingFormat format = ThinkingFormat::None)
{
    ChatRequest request;
    request.family = family;
    request.thinkingFormat = format;
    const std::unique_ptr<WireCodec> codec = makeCodec(family);
    codec->begin(request);
    SseParser parser;
    QList<SseEvent> sse;
    QList<StreamEvent> events;
    qsizetype from = 0;
    const auto feed = [&](QByteArrayView chunk) {
        parser.feed(chunk, sse);
        for (const SseEvent &e : std::as_const(sse))
            codec->decode(e, events);
        sse.clear();
    };
    for (const qsizetype cut : cuts) {
        feed(QByteArrayView(bytes).sliced(from, cut - from));
        from = cut;
    }
    feed(QByteArrayView(bytes).sliced(from));
    parser.finish();
    codec->finish(events);
    QString out;
    for (const StreamEvent &e : std::as_const(events))
        out += e.toGoldenLine() + u'\n';
    out += codec->sawEnd() ? u"end complete\n"_s : u"end incomplete\n"_s;
    return out.toUtf8();
}

QList<qsizetype> cutsEvery(qsizetype size, qsizetype chunk)
{
    QList<qsizetype> cuts;
    for (qsizetype i = chunk; i < size; i += chunk)
        cuts << i;
    return cuts;
}

QList<StreamEvent> decodeEvents(WireCodec &codec, const QList<QByteArray> &datas, const QByteArray &eventName = {})
{
    QList<StreamEvent> events;
    for (const QByteArray &data : datas) {
        SseEvent e;
        e.event = eventName;
        e.data = data;
        codec.decode(e, events);
    }
    codec.finish(events);
    return events;
}

QByteArray contentChunk(const QString &content)
{
    const QJsonObject delta{{u"content"_s, content}};
    const QJsonObject choice{{u"index"_s, 0}, {u"delta"_s, delta}};
    return QJsonDocument(QJsonObject{{u"choices"_s, QJsonArray{choice}}}).toJson(QJsonDocument::Compact);
}

// Thinking and text of a ThinkTags stream whose content arrives in the given pieces.
std::pair<QString, QString> splitThink(const QStringList &pieces)
{
    const std::unique_ptr<WireCodec> codec = makeCodec(WireFamily::OpenAiChat);
    ChatRequest request;
    request.thinkingFormat = ThinkingFormat::ThinkTags;
    codec->begin(request);
    QList<QByteArray> chunks;
    for (const QString &piece : pieces)
        chunks << contentChunk(piece);
    QString thinking;
    QString text;
    bool sawText = false;
    for (const StreamEvent &e : decodeEvents(*codec, chunks)) {
        if (e.kind == StreamEvent::Kind::ThinkingDelta) {
            if (sawText) // reasoning never comes back once the answer started
                return {u"<thinking after text>"_s, QString()};
            thinking += e.text;
        } else if (e.kind == StreamEvent::Kind::TextDelta) {
            text += e.text;
            sawText = true;
        }
    }
    return {thinking, text};
}

ChatRequest request(WireFamily family, const QString &model)
{
    ChatRequest r;
    r.family = family;
    r.model = model;
    r.messages = {{ChatMessage::Role::User, u"What is 17*23? Answer with the number."_s}};
    return r;
}

} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesOneCodecPerStreamingFamily();
    void streamsMatchGoldenInEveryChunking_data();
    void streamsMatchGoldenInEveryChunking();
    void paths_data();
    void paths();
    void bodies_data();
    void bodies();
    void thinkTagsSplitAtAnyCharacter_data();
    void thinkTagsSplitAtAnyCharacter();
    void thinkTagsOnlyWhenAsked();
    void doneIsAnExactMatch();
    void nothingCountsAfterDone();
    void contentAfterFinishReopensTheStream();
    void blankDataIsAKeepAlive();
    void errorShapes_data();
    void errorShapes();
    void malformedEventNamesTheEventAndCutsThePayload();
    void onlyTheFirstChoiceIsShown();
    void fastPathsTakeTheHotEvents();
    void fastPathsAgreeWithQJsonDocument_data();
    void fastPathsAgreeWithQJsonDocument();
};

void TestCodecs::makesOneCodecPerStreamingFamily()
{
    for (const WireFamily family : {WireFamily::AnthropicVertex, WireFamily::OpenAiChat, WireFamily::MistralVertex}) {
        const std::unique_ptr<WireCodec> codec = makeCodec(family);
        QVERIFY(codec);
        QVERIFY(!codec->sawEnd());
        QCOMPARE(codec->customPath(), u"chat/completions"_s);
    }
    QVERIFY(!makeCodec(WireFamily::Embeddings)); // not a stream: embeddingsBody() / parseEmbeddings()
}

void TestCodecs::streamsMatchGoldenInEveryChunking_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<WireFamily>("family");
    QTest::addColumn<ThinkingFormat>("format");
    const auto row = [](const char *fixture, WireFamily family, ThinkingFormat format = ThinkingFormat::None) {
        QTest::newRow(fixture) << QString::fromLatin1(fixture) << family << format;
    };
    row("anthropic/text_with_ping", WireFamily::AnthropicVertex, ThinkingFormat::Anthropic);
    row("anthropic/vertex_padded", WireFamily::AnthropicVertex);
    row("anthropic/thinking_signature", WireFamily::AnthropicVertex, ThinkingFormat::Anthropic);
    row("anthropic/overloaded_midstream", WireFamily::AnthropicVertex);
    row("anthropic/truncated", WireFamily::AnthropicVertex);
    row("anthropic/malformed_event", WireFamily::AnthropicVertex);
    row("anthropic/tool_use", WireFamily::AnthropicVertex);
    row("anthropic/invalid_utf8", WireFamily::AnthropicVertex);
    row("openai/gptoss_reasoning", WireFamily::OpenAiChat, ThinkingFormat::ReasoningField);
    row("openai/deepseek_r1_think", WireFamily::OpenAiChat, ThinkingFormat::ThinkTags);
    row("openai/deepseek_r1_no_open_tag", WireFamily::OpenAiChat, ThinkingFormat::ThinkTags);
    row("openai/llama_2024", WireFamily::OpenAiChat);
    row("openai/error_chunk", WireFamily::OpenAiChat);
    row("openai/vllm_error", WireFamily::OpenAiChat);
    row("openai/content_filter", WireFamily::OpenAiChat);
    row("openai/reasoning_field", WireFamily::OpenAiChat, ThinkingFormat::ReasoningField);
    row("mistral/mistral_large_2024", WireFamily::MistralVertex);
    row("mistral/model_length", WireFamily::MistralVertex);
    row("mistral/thinking_parts", WireFamily::MistralVertex);
}

void TestCodecs::streamsMatchGoldenInEveryChunking()
{
    QFETCH(QString, fixture);
    QFETCH(WireFamily, family);
    QFETCH(ThinkingFormat, format);
    const QByteArray bytes = test::readData(u"wire/"_s + fixture + u".sse"_s);
    QVERIFY(!bytes.isEmpty());

    const QByteArray whole = decodeStream(bytes, {}, family, format);
    QVERIFY(test::matchesGolden(whole, u"wire/"_s + fixture + u".events"_s));

    // The same bytes in any chunking decode alike: 1 byte at a time (splits every UTF-8 sequence and
    // every CRLF), fixed sizes, every single split point, and seeded random chunkings.
    QCOMPARE(decodeStream(bytes, cutsEvery(bytes.size(), 1), family, format), whole);
    for (const qsizetype chunk : {7, 64, 1460})
        QCOMPARE(decodeStream(bytes, cutsEvery(bytes.size(), chunk), family, format), whole);
    if (bytes.size() < 4096) {
        for (qsizetype i = 1; i < bytes.size(); ++i) {
            const QByteArray split = decodeStream(bytes, {i}, family, format);
            QVERIFY2(split == whole, qPrintable(u"split at %1:\n"_s.arg(i) + QString::fromUtf8(split)));
        }
    }
    QRandomGenerator random(20261127);
    for (int round = 0; round < 200; ++round) {
        QList<qsizetype> cuts;
        for (qsizetype at = 1 + random.bounded(40); at < bytes.size(); at += 1 + random.bounded(40))
            cuts << at;
        QCOMPARE(decodeStream(bytes, cuts, family, format), whole);
    }
}

void TestCodecs::paths_data()
{
    QTest::addColumn<WireFamily>("family");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("path");
    QTest::newRow("claude") << WireFamily::AnthropicVertex << u"claude-sonnet-4@20250514"_s
                            << u"publishers/anthropic/models/claude-sonnet-4@20250514:streamRawPredict"_s;
    QTest::newRow("claude dateless") << WireFamily::AnthropicVertex << u"claude-opus-4-6"_s
                                     << u"publishers/anthropic/models/claude-opus-4-6:streamRawPredict"_s;
    QTest::newRow("llama") << WireFamily::OpenAiChat << u"meta/llama-3.3-70b-instruct-maas"_s
                           << u"endpoints/openapi/chat/completions"_s;
    QTest::newRow("mistral") << WireFamily::MistralVertex << u"mistral-medium-3"_s
                             << u"publishers/mistralai/models/mistral-medium-3:streamRawPredict"_s;
    QTest::newRow("mistral legacy") << WireFamily::MistralVertex << u"mistral-large@2407"_s
                                    << u"publishers/mistralai/models/mistral-large@2407:streamRawPredict"_s;
}

void TestCodecs::paths()
{
    QFETCH(WireFamily, family);
    QFETCH(QString, model);
    QFETCH(QString, path);
    QCOMPARE(makeCodec(family)->path(request(family, model)), path);
    QCOMPARE(embeddingsPath(), u"endpoints/openapi/embeddings"_s);
}

void TestCodecs::bodies_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ChatRequest>("request");

    ChatRequest claude = request(WireFamily::AnthropicVertex, u"claude-sonnet-4@20250514"_s);
    QTest::newRow("anthropic_minimal") << u"anthropic_minimal"_s << claude;

    ChatRequest claudeFull = claude;
    claudeFull.system = u"You are a concise assistant."_s;
    claudeFull.messages << ChatMessage{ChatMessage::Role::Assistant, u"391"_s}
                        << ChatMessage{ChatMessage::Role::User, u"And 17*24?"_s};
    claudeFull.maxTokens = 512;
    claudeFull.temperature = 0.2;
    claudeFull.topP = 0.9;
    claudeFull.topK = 40;
    claudeFull.stopSequences = {u"\n\nHuman:"_s};
    QTest::newRow("anthropic_sampling") << u"anthropic_sampling"_s << claudeFull;

    ChatRequest claudeThinking = claudeFull; // temperature and top_k must go, top_p stays (>= 0.95)
    claudeThinking.maxTokens = 4096;
    claudeThinking.thinkingBudget = 2048;
    claudeThinking.thinkingFormat = ThinkingFormat::Anthropic;
    claudeThinking.topP = 0.95;
    QTest::newRow("anthropic_thinking") << u"anthropic_thinking"_s << claudeThinking;

    ChatRequest claudeThinkingLowTopP = claudeThinking; // thinking takes no top_p under 0.95: dropped
    claudeThinkingLowTopP.topP = 0.9;
    QTest::newRow("anthropic_thinking_low_top_p") << u"anthropic_thinking_low_top_p"_s << claudeThinkingLowTopP;

    ChatRequest llama = request(WireFamily::OpenAiChat, u"meta/llama-4-maverick-17b-128e-instruct-maas"_s);
    QTest::newRow("openai_minimal") << u"openai_minimal"_s << llama;

    ChatRequest llamaFull = llama;
    llamaFull.system = u"You are terse."_s;
    llamaFull.temperature = 0.0;
    llamaFull.topP = 0.95;
    llamaFull.topK = 20;
    llamaFull.stopSequences = {u"END"_s, u"###"_s};
    QTest::newRow("openai_sampling") << u"openai_sampling"_s << llamaFull;

    ChatRequest deepseek = request(WireFamily::OpenAiChat, u"deepseek-ai/deepseek-v3.1-maas"_s);
    deepseek.system = u"Think step by step."_s;
    deepseek.maxTokens = 8192;
    deepseek.thinkingBudget = 4096;
    deepseek.thinkingFormat = ThinkingFormat::ReasoningField;
    QTest::newRow("openai_thinking") << u"openai_thinking"_s << deepseek;

    ChatRequest mistral = request(WireFamily::MistralVertex, u"mistral-medium-3"_s);
    mistral.system = u"Réponds en français."_s;
    QTest::newRow("mistral_system") << u"mistral_system"_s << mistral;

    ChatRequest mistralLegacy = request(WireFamily::MistralVertex, u"mistral-large@2407"_s);
    mistralLegacy.temperature = 0.7;
    mistralLegacy.topP = 1.0;
    mistralLegacy.topK = 50;             // Mistral has no top_k: dropped
    mistralLegacy.thinkingBudget = 1024; // no switch to send: ignored
    mistralLegacy.stopSequences = {u"</answer>"_s};
    QTest::newRow("mistral_sampling") << u"mistral_sampling"_s << mistralLegacy;

    // Images: before the text of their message, each family in its own shape; kept in the history.
    const ImageAttachment png{u"image/png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), u"chart.png"_s};
    const ImageAttachment jpeg{u"image/jpeg"_s, QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), u"photo.jpg"_s};
    ChatRequest claudeImages = request(WireFamily::AnthropicVertex, u"claude-sonnet-4-5@20250929"_s);
    claudeImages.messages = {ChatMessage(ChatMessage::Role::User, u"What does this chart show?"_s, {png}),
                             ChatMessage(ChatMessage::Role::Assistant, u"Sales by month."_s),
                             ChatMessage(ChatMessage::Role::User, u"Compare it with this photo."_s, {jpeg})};
    claudeImages.topP = 0.8;
    claudeImages.topK = 10;
    claudeImages.stopSequences = {u"STOP"_s};
    QTest::newRow("anthropic_images") << u"anthropic_images"_s << claudeImages;

    ChatRequest llamaImages = request(WireFamily::OpenAiChat, u"meta/llama-4-maverick-17b-128e-instruct-maas"_s);
    llamaImages.system = u"Describe images briefly."_s;
    llamaImages.messages = {ChatMessage(ChatMessage::Role::User, u"What is in these?"_s, {png, jpeg})};
    llamaImages.topK = 5;
    QTest::newRow("openai_images") << u"openai_images"_s << llamaImages;

    ChatRequest mistralImages = request(WireFamily::MistralVertex, u"mistral-medium-3"_s);
    mistralImages.messages = {ChatMessage(ChatMessage::Role::User, u"Lis le texte de l'image."_s, {png})};
    mistralImages.topP = 0.5;
    mistralImages.topK = 5; // not a Mistral parameter: dropped
    mistralImages.stopSequences = {u"\n\n"_s};
    QTest::newRow("mistral_images") << u"mistral_images"_s << mistralImages;
}

void TestCodecs::bodies()
{
    QFETCH(QString, name);
    QFETCH(ChatRequest, request);
    const QByteArray body = makeCodec(request.family)->body(request);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    QCOMPARE(body, doc.toJson(QJsonDocument::Compact)); // compact on the wire
    QVERIFY(test::matchesGolden(doc.toJson(QJsonDocument::Indented), u"wire/requests/"_s + name + u".json"_s));
}

void TestCodecs::thinkTagsSplitAtAnyCharacter_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("thinking");
    QTest::addColumn<QString>("text");
    QTest::newRow("tags") << u"<think>\nWhy? Because.</think>\n\nAnswer."_s << u"\nWhy? Because."_s << u"\n\nAnswer."_s;
    QTest::newRow("no opening tag") << u"Reasoning first.</think>Answer"_s << u"Reasoning first."_s << u"Answer"_s;
    QTest::newRow("literal < in both") << u"<think>a<b, c</t</think>x <b> y</think>"_s << u"a<b, c</t"_s
                                       << u"x <b> y</think>"_s;
    QTest::newRow("look-alike tags") << u"<thinking><think/></thin>k</think>ok"_s << u"<thinking><think/></thin>k"_s
                                     << u"ok"_s;
    QTest::newRow("unclosed") << u"<think>still thinking <"_s << u"still thinking <"_s << QString();
    QTest::newRow("ends with partial close") << u"<think>x</thin"_s << u"x</thin"_s << QString();
    QTest::newRow("non-ascii") << u"<think>é🙂</think>日本"_s << u"é🙂"_s << u"日本"_s;
    QTest::newRow("empty reasoning") << u"<think></think>Direct."_s << QString() << u"Direct."_s;
}

void TestCodecs::thinkTagsSplitAtAnyCharacter()
{
    QFETCH(QString, content);
    QFETCH(QString, thinking);
    QFETCH(QString, text);
    const std::pair<QString, QString> expected{thinking, text};
    QCOMPARE(splitThink({content}), expected);
    QStringList chars;
    for (const QChar c : content)
        chars << QString(c); // splits surrogate pairs too: a tag split must not lose or reorder anything
    QCOMPARE(splitThink(chars), expected);
    for (qsizetype i = 1; i < content.size(); ++i) {
        for (qsizetype j = i; j < content.size(); ++j) {
            const QStringList pieces{content.first(i), content.sliced(i, j - i), content.sliced(j)};
            QVERIFY2(splitThink(pieces) == expected, qPrintable(pieces.join(u'|')));
        }
    }
}

void TestCodecs::thinkTagsOnlyWhenAsked()
{
    const std::unique_ptr<WireCodec> codec = makeCodec(WireFamily::OpenAiChat);
    ChatRequest plain;
    plain.thinkingFormat = ThinkingFormat::ReasoningField;
    codec->begin(plain);
    const QList<StreamEvent> events = decodeEvents(*codec, {contentChunk(u"<think>x</think>y"_s)});
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toGoldenLine(), u"text \"<think>x</think>y\""_s);
}

void TestCodecs::doneIsAnExactMatch()
{
    for (const QByteArray &forged : {"[DONE] "_ba, " [DONE]"_ba, "[DONE]\n[DONE]"_ba, "[done]"_ba}) {
        const std::unique_ptr<WireCodec> codec = makeCodec(WireFamily::OpenAiChat);
        const QList<StreamEvent> events = decodeEvents(*codec, {forged});
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, StreamEvent::Kind::Error);
        QCOMPARE(events.first().rawReason, u"malformed_event"_s);
        QVERIFY(!codec->sawEnd());
    }
    const std::unique_ptr<WireCodec> codec = makeCodec(WireFamily::MistralVertex);
    QVERIFY(decodeEvents(*codec, {"[DONE]"_ba}).isEmpty());
    QVERIFY(codec->sawEnd());
}

void TestCodecs::nothingCountsAfterDone()
{
    const std::unique_ptr<WireCodec> codec = makeCodec(WireFamily::OpenAiChat);
    const QList<StreamEvent> events =
        decodeEvents(*codec, {contentChunk(u"a"_s), "[DONE]"_ba, contentChunk(u"b"_s), "{broken"_ba});
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().text, u"a"_s);
    QVERIFY(codec->sawEnd());
}

// A finish_reason is only the end when nothing follows it (a proxy once put one on an early chunk).
void TestCodecs::contentAfterFinishReopensTheStream()
{
    const QByteArray finish = R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"_ba;
    const std::unique_ptr<WireCodec> codec = makeCodec(WireFamily::OpenAiChat);
    decodeEvents(*codec, {finish});
    QVERIFY(codec->sawEnd());
    decodeEvents(*codec, {contentChunk(u"more"_s)});
    QVERIFY(!codec->sawEnd());
    decodeEvents(*codec, {finish});
    QVERIFY(codec->sawEnd());

    const std::unique_ptr<WireCodec> claude = makeCodec(WireFamily::AnthropicVertex);
    decodeEvents(*claude, {R"({"type":"message_delta","delta":{"stop_reason":"end_turn"}})"_ba});
    QVERIFY(claude->sawEnd()); // a stop_reason is the end even if message_stop is lost
}

void TestCodecs::blankDataIsAKeepAlive()
{
    for (const WireFamily family : {WireFamily::AnthropicVertex, WireFamily::OpenAiChat, WireFamily::MistralVertex}) {
        const std::unique_ptr<WireCodec> codec = makeCodec(family);
        QVERIFY(decodeEvents(*codec, {""_ba, " "_ba, "\n"_ba}).isEmpty());
        QVERIFY(!codec->sawEnd());
    }
    const std::unique_ptr<WireCodec> claude = makeCodec(WireFamily::AnthropicVertex);
    QVERIFY(decodeEvents(*claude, {"not json at all"_ba}, "ping"_ba).isEmpty()); // pings are never parsed
}

void TestCodecs::errorShapes_data()
{
    QTest::addColumn<WireFamily>("family");
    QTest::addColumn<QByteArray>("eventName");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("line");
    const auto claude = WireFamily::AnthropicVertex;
    const auto openai = WireFamily::OpenAiChat;
    QTest::newRow("anthropic overloaded")
        << claude << "error"_ba << R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"_ba
        << u"error overloaded_error retryable \"Overloaded\""_s;
    QTest::newRow("anthropic rate limit")
        << claude << "error"_ba << R"({"type":"error","error":{"type":"rate_limit_error","message":"Slow down"}})"_ba
        << u"error rate_limit_error retryable \"Slow down\""_s;
    QTest::newRow("anthropic api error") << claude << "error"_ba
                                         << R"({"type":"error","error":{"type":"api_error","message":"Internal"}})"_ba
                                         << u"error api_error retryable \"Internal\""_s;
    QTest::newRow("anthropic timeout") << claude << "error"_ba
                                       << R"({"type":"error","error":{"type":"timeout_error","message":"Timeout"}})"_ba
                                       << u"error timeout_error retryable \"Timeout\""_s;
    QTest::newRow("anthropic invalid request")
        << claude << "error"_ba << R"({"type":"error","error":{"type":"invalid_request_error","message":"Bad"}})"_ba
        << u"error invalid_request_error \"Bad\""_s;
    QTest::newRow("anthropic error without event name")
        << claude << QByteArray() << R"({"type":"error","error":{"type":"overloaded_error","message":"Busy"}})"_ba
        << u"error overloaded_error retryable \"Busy\""_s;
    QTest::newRow("anthropic error event without details")
        << claude << "error"_ba << R"({"type":"error"})"_ba
        << u"error error \"the server reported an error without a message\""_s;
    QTest::newRow("google envelope in a stream")
        << claude << "error"_ba
        << R"({"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED"}})"_ba
        << u"error RESOURCE_EXHAUSTED retryable \"Quota exceeded\""_s;
    QTest::newRow("google array envelope")
        << openai << QByteArray()
        << R"([{"error":{"code":403,"message":"Permission denied","status":"PERMISSION_DENIED"}}])"_ba
        << u"error PERMISSION_DENIED \"Permission denied\""_s;
    QTest::newRow("openai server error") << openai << QByteArray()
                                         << R"({"error":{"message":"Oops","type":"server_error","code":null}})"_ba
                                         << u"error server_error retryable \"Oops\""_s;
    QTest::newRow("openai code only") << openai << QByteArray() << R"({"error":{"message":"Busy","code":503}})"_ba
                                      << u"error http_503 retryable \"Busy\""_s;
    QTest::newRow("openai string code") << openai << QByteArray()
                                        << R"({"error":{"message":"Too long","code":"context_length_exceeded"}})"_ba
                                        << u"error context_length_exceeded \"Too long\""_s;
    QTest::newRow("vllm error") << openai << QByteArray()
                                << R"({"object":"error","message":"Bad input","type":"BadRequestError","code":400})"_ba
                                << u"error BadRequestError \"Bad input\""_s;
    QTest::newRow("error string") << openai << QByteArray() << R"({"error":"upstream closed"})"_ba
                                  << u"error error \"upstream closed\""_s;
}

void TestCodecs::errorShapes()
{
    QFETCH(WireFamily, family);
    QFETCH(QByteArray, eventName);
    QFETCH(QByteArray, data);
    QFETCH(QString, line);
    const std::unique_ptr<WireCodec> codec = makeCodec(family);
    const QList<StreamEvent> events = decodeEvents(*codec, {data}, eventName);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toGoldenLine(), line);
    QVERIFY(!codec->sawEnd()); // an error is never a clean end
}

void TestCodecs::malformedEventNamesTheEventAndCutsThePayload()
{
    const QByteArray secretTail = "SHOULD-NOT-APPEAR"_ba;
    const QByteArray data = R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":")"_ba +
                            QByteArray(200, 'x') + secretTail;
    const std::unique_ptr<WireCodec> claude = makeCodec(WireFamily::AnthropicVertex);
    const QList<StreamEvent> events = decodeEvents(*claude, {data}, "content_block_delta"_ba);
    QCOMPARE(events.size(), 1);
    const StreamEvent &e = events.first();
    QCOMPARE(e.kind, StreamEvent::Kind::Error);
    QCOMPARE(e.rawReason, u"malformed_event"_s);
    QVERIFY(!e.retryable);
    QVERIFY2(e.text.contains(u"\"content_block_delta\" event"_s), qPrintable(e.text));
    QVERIFY2(!e.text.contains(QString::fromLatin1(secretTail)), qPrintable(e.text));
    QVERIFY2(e.text.size() < 200, qPrintable(e.text));

    const std::unique_ptr<WireCodec> openai = makeCodec(WireFamily::OpenAiChat);
    const QList<StreamEvent> notObject = decodeEvents(*openai, {"42"_ba, "\"text\""_ba, "[1,2]"_ba});
    QCOMPARE(notObject.size(), 3);
    for (const StreamEvent &event : notObject) {
        QCOMPARE(event.rawReason, u"malformed_event"_s);
        QVERIFY2(event.text.contains(u"\"message\" event"_s), qPrintable(event.text));
    }
}

void TestCodecs::onlyTheFirstChoiceIsShown()
{
    const QByteArray twoChoices =
        R"({"choices":[{"index":1,"delta":{"content":"second"}},{"index":0,"delta":{"content":"first"}}]})"_ba;
    for (const bool fast : {true, false}) {
        codec::setFastPathsEnabled(fast);
        const std::unique_ptr<WireCodec> codec = makeCodec(WireFamily::OpenAiChat);
        const QList<StreamEvent> events = decodeEvents(*codec, {twoChoices});
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().text, u"first"_s);
    }
    codec::setFastPathsEnabled(true);
}

// The fast paths must really carry the common events, or the benchmark measures the DOM path.
void TestCodecs::fastPathsTakeTheHotEvents()
{
    for (const QByteArray &fixture :
         {"anthropic/text_with_ping"_ba, "anthropic/thinking_signature"_ba, "anthropic/vertex_padded"_ba}) {
        SseParser parser;
        QList<SseEvent> events;
        parser.feed(test::readData(u"wire/"_s + QString::fromLatin1(fixture) + u".sse"_s), events);
        int deltas = 0;
        for (const SseEvent &e : std::as_const(events)) {
            if (e.event != "content_block_delta")
                continue;
            ++deltas;
            QVERIFY2(codec::readAnthropicDelta(e.data), e.data.constData());
        }
        QVERIFY(deltas >= 2);
    }
    for (const QByteArray &fixture : {"openai/gptoss_reasoning"_ba, "openai/deepseek_r1_think"_ba,
                                      "openai/llama_2024"_ba, "mistral/mistral_large_2024"_ba}) {
        SseParser parser;
        QList<SseEvent> events;
        parser.feed(test::readData(u"wire/"_s + QString::fromLatin1(fixture) + u".sse"_s), events);
        int chunks = 0;
        for (const SseEvent &e : std::as_const(events)) {
            if (e.data == "[DONE]" || e.data.contains("\"usage\":{"))
                continue; // usage counts are read by the DOM path
            ++chunks;
            QVERIFY2(codec::readChatChunk(e.data), e.data.constData());
        }
        QVERIFY(chunks >= 2);
    }
    QVERIFY(!codec::readAnthropicDelta(R"({"type":"message_stop"})"_ba));
    QVERIFY(!codec::readChatChunk(R"({"error":{"message":"x"}})"_ba));
}

void TestCodecs::fastPathsAgreeWithQJsonDocument_data()
{
    QTest::addColumn<WireFamily>("family");
    QTest::addColumn<ThinkingFormat>("format");
    QTest::addColumn<QByteArray>("eventName");
    QTest::addColumn<QList<QByteArray>>("payloads");
    QList<QByteArray> anthropic{
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}})"_ba,
        R"({"type":"content_block_delta","index":12,"delta":{"type":"thinking_delta","thinking":"17*23 = 391"}})"_ba,
        R"({"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqQBCgIYAh"}})"_ba,
        R"({"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"city\": \"Par"}})"_ba,
        R"({"delta":{"text":"reordered","type":"text_delta"},"index":0,"type":"content_block_delta"})"_ba,
        R"( { "type" : "content_block_delta" , "index" : 0 , "delta" : { "type" : "text_delta" , "text" : "padded" } }    )"_ba,
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"esc \" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00 \u0000 end"}})"_ba,
        "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"caf\xC3\xA9 \xE6\x97\xA5 \xF0\x9F\x99\x82\"}}"_ba,
        R"({"type":"content_block_delta","delta":{"type":"text_delta","text":"no index","extra":[1,{"a":[true,false,null]},-0]}})"_ba,
        R"({"type":"content_block_delta","index":0,"delta":{"text":"untyped"}})"_ba,
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"dup"},"delta":{"type":"text_delta","text":"licate"}})"_ba,
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"lone \ud83d surrogate"}})"_ba,
        R"({"type":"content_block_delta","index":1e999,"delta":{"type":"text_delta","text":"big"}})"_ba,
        R"({"type":"content_block_delta","index":0.5,"delta":{"type":"text_delta","text":"float"}})"_ba,
        R"({"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":48}})"_ba,
    };
    // QJsonDocument rejects these (invalid UTF-8: surrogate, overlong, above U+10FFFF, stray or missing
    // continuation bytes), so the fast path must too.
    const QList<QByteArray> badUtf8{"\xED\xA0\x80"_ba, "\xC0\xAF"_ba, "\xF4\x90\x80\x80"_ba,
                                    "\x80"_ba,         "\xE2\x82"_ba, "\xFF"_ba};
    for (const QByteArray &bad : badUtf8) {
        anthropic << R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"x)"_ba + bad +
                         R"(y"}})"_ba;
    }
    QTest::newRow("anthropic") << WireFamily::AnthropicVertex << ThinkingFormat::Anthropic << "content_block_delta"_ba
                               << anthropic;
    QList<QByteArray> chunks{
        R"({"id":"chatcmpl-9f2c","object":"chat.completion.chunk","created":1764000000,"model":"openai/gpt-oss-20b-maas","choices":[{"index":0,"delta":{"content":"There are 3"},"logprobs":null,"finish_reason":null}]})"_ba,
        R"({"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"reasoning_content":"Count","content":null},"logprobs":null,"finish_reason":null}],"usage":null})"_ba,
        R"({"id":"c","choices":[{"index":0,"delta":{"reasoning":"a","reasoning_content":"b"},"finish_reason":null}]})"_ba,
        R"({"choices":[{"delta":{"content":"<think>x</th","role":"assistant"},"index":0}],"model":"meta/llama3-405b-instruct-maas","object":"chat.completion.chunk"})"_ba,
        R"({"id":"c","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]})"_ba,
        R"({"id":"c","choices":[{"index":0,"delta":{"content":"esc \n \"q\" \u00e9\ud83d\ude00"},"finish_reason":"length"}]})"_ba,
        R"({"id":"c","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{}"}}]},"finish_reason":null}]})"_ba,
        R"({"id":"c","choices":[{"index":0,"delta":{"refusal":"Blocked"},"finish_reason":"content_filter"}]})"_ba,
        R"({"id":"c","choices":[],"usage":{"prompt_tokens":21,"completion_tokens":34,"total_tokens":55}})"_ba,
        R"({"id":"c","choices":[{"index":0,"delta":{"content":"a"}},{"index":1,"delta":{"content":"b"}}]})"_ba,
        R"({"id":"c","id":"d","choices":[{"index":0,"delta":{"content":"dup id"}}]})"_ba,
        R"({"choices":[{"index":0,"delta":{"content":"dup choices"}}],"choices":[{"index":0,"delta":{"content":"x"}}]})"_ba,
        R"({"object":"error","message":"Bad","type":"BadRequestError","code":400})"_ba,
        R"({"error":null,"choices":[{"index":0,"delta":{"content":"error null"}}]})"_ba,
        R"({"choices":[{"index":0,"delta":{"content":[{"type":"text","text":"parts"}]}}]})"_ba,
    };
    for (const QByteArray &bad : badUtf8) {
        chunks << R"({"id":"c)"_ba + bad +
                      R"(","choices":[{"index":0,"delta":{"content":"skipped field is bad"}}]})"_ba;
        chunks << R"({"choices":[{"index":0,"delta":{"content":"x)"_ba + bad + R"("}}]})"_ba;
    }
    QTest::newRow("openai") << WireFamily::OpenAiChat << ThinkingFormat::ReasoningField << QByteArray() << chunks;
    QTest::newRow("openai think tags") << WireFamily::OpenAiChat << ThinkingFormat::ThinkTags << QByteArray() << chunks;
    QTest::newRow("mistral") << WireFamily::MistralVertex << ThinkingFormat::None << QByteArray() << chunks;
}

// Differential check: every payload, and thousands of seeded mutations of them (bytes deleted,
// inserted, replaced, duplicated), decode to the same events with the fast path on and off.
void TestCodecs::fastPathsAgreeWithQJsonDocument()
{
    QFETCH(WireFamily, family);
    QFETCH(ThinkingFormat, format);
    QFETCH(QByteArray, eventName);
    QFETCH(QList<QByteArray>, payloads);

    const auto decodeOne = [&](const QByteArray &data, bool fast) {
        codec::setFastPathsEnabled(fast);
        const std::unique_ptr<WireCodec> codec = makeCodec(family);
        ChatRequest request;
        request.thinkingFormat = format;
        codec->begin(request);
        QString out;
        for (const StreamEvent &e : decodeEvents(*codec, {data}, eventName))
            out += e.toGoldenLine() + u'\n';
        out += codec->sawEnd() ? u"end complete"_s : u"end incomplete"_s;
        return out;
    };
    const auto fastAccepts = [family](const QByteArray &data) {
        return family == WireFamily::AnthropicVertex ? codec::readAnthropicDelta(data).has_value()
                                                     : codec::readChatChunk(data).has_value();
    };
    static const char interesting[] = {'"',    '\\',   '{',    '}',    '[',    ']',    ',',    ':',    ' ',    '\t',
                                       '\n',   '0',    '1',    '-',    '.',    'e',    'E',    'u',    'n',    'l',
                                       't',    'f',    '/',    'd',    '\x00', '\x1f', '\x7f', '\x80', '\xbf', '\xc0',
                                       '\xc3', '\xe2', '\xed', '\xf0', '\xf4', '\xf5', '\xff'};
    QRandomGenerator random(0xD1FF);
    const auto pick = [&] { return interesting[random.bounded(int(sizeof(interesting)))]; };
    int checked = 0;
    int acceptedMutants = 0;
    for (const QByteArray &payload : payloads) {
        QList<QByteArray> variants{payload};
        for (int i = 0; i < 1500; ++i) {
            QByteArray m = payload;
            for (int n = 1 + random.bounded(3); n > 0 && !m.isEmpty(); --n) {
                const qsizetype at = random.bounded(int(m.size()));
                switch (random.bounded(5)) {
                case 0:
                    m.remove(at, 1);
                    break;
                case 1:
                    m.insert(at, pick());
                    break;
                case 2:
                    m[at] = pick();
                    break;
                case 3:
                    m.insert(at, m.mid(random.bounded(int(m.size())), 1 + random.bounded(12)));
                    break;
                default:
                    std::swap(m[at], m[random.bounded(int(m.size()))]);
                }
            }
            variants << m;
        }
        for (const QByteArray &variant : std::as_const(variants)) {
            const QString viaDom = decodeOne(variant, false);
            const QString viaFast = decodeOne(variant, true);
            if (viaFast != viaDom) {
                codec::setFastPathsEnabled(true);
                QFAIL(qPrintable(u"payload %1\nDOM:\n%2\nfast:\n%3"_s.arg(
                    QString::fromLatin1(variant.toPercentEncoding("{}[]\":,_ ")), viaDom, viaFast)));
            }
            if (variant != payload && fastAccepts(variant))
                ++acceptedMutants;
            ++checked;
        }
    }
    codec::setFastPathsEnabled(true);
    QVERIFY(checked > 20000);
    QVERIFY2(acceptedMutants > 1000, qPrintable(QString::number(acceptedMutants))); // not a vacuous comparison
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
