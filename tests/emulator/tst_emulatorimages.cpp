// Images through each family's codec to the emulator: the bodies the app builds are accepted and the
// answer says what arrived; text-only models, bad base64, wrong media types, oversized images and
// URL sources get the backend's error.
#include "catalog/modelcatalog.h"
#include "common/clock.h"
#include "emulator/emulator.h"
#include "emulatorclient.h"
#include "prompt/imageattachment.h"
#include "wire/wirecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

// A PNG as far as every check can tell (signature first), of an exact size.
QByteArray pngOf(qsizetype size)
{
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    data.append(QByteArray(size - data.size(), '\x07'));
    return data;
}

// The message of an error body in any family's envelope.
QString errorMessage(const HttpResult &r)
{
    const QJsonObject json = r.json();
    const QJsonValue error = json.value("error"_L1);
    return error.isObject() ? error.toObject().value("message"_L1).toString() : json.value("message"_L1).toString();
}

QByteArray jpegOf(qsizetype size)
{
    QByteArray data("\xFF\xD8\xFF\xE0", 4);
    data.append(QByteArray(size - data.size(), '\x01'));
    return data;
}

} // namespace

class TestEmulatorImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void codecBodiesAreAcceptedAndAcknowledged_data();
    void codecBodiesAreAcceptedAndAcknowledged();
    void imagesInTheHistoryCount();
    void textOnlyModelsRefuseImages_data();
    void textOnlyModelsRefuseImages();
    void badImagesAreRefused_data();
    void badImagesAreRefused();

private:
    HttpResult send(const ChatRequest &request);
    ChatRequest requestFor(const QString &catalogId, const QList<ImageAttachment> &images) const;
    QString answerText(const ChatRequest &request, const HttpResult &result) const;

    ModelCatalog m_catalog = ModelCatalog::load(QString());
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<EmulatorClient> m_client;
};

void TestEmulatorImages::initTestCase()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    EmulatorOptions options;
    options.speed = 0;
    m_emulator = std::make_unique<Emulator>(options, m_catalog, m_clock.get());
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<EmulatorClient>(m_emulator->baseUrl());
}

ChatRequest TestEmulatorImages::requestFor(const QString &catalogId, const QList<ImageAttachment> &images) const
{
    const ModelInfo *info = m_catalog.find(catalogId);
    Q_ASSERT(info);
    ChatRequest r;
    r.family = info->family;
    r.model = info->requestId;
    r.maxTokens = 512;
    r.messages = {ChatMessage(ChatMessage::Role::User, u"What is in this picture?"_s, images)};
    return r;
}

HttpResult TestEmulatorImages::send(const ChatRequest &request)
{
    const ModelInfo *info = m_catalog.find(request.model);
    const std::unique_ptr<WireCodec> codec = makeCodec(request.family);
    const QString path = u"/projects/test-project/locations/%1/"_s.arg(info->defaultLocation()) + codec->path(request);
    return m_client->postRaw(path, codec->body(request));
}

QString TestEmulatorImages::answerText(const ChatRequest &request, const HttpResult &result) const
{
    const auto events = parseSse(result.body); // the test client's events (maas::SseEvent is the parser's)
    return request.family == WireFamily::AnthropicVertex ? anthropicDeltas(events, "text_delta", "text")
                                                         : chatDeltas(events, u"content"_s);
}

void TestEmulatorImages::codecBodiesAreAcceptedAndAcknowledged_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("claude") << u"claude-sonnet-4-5"_s;
    QTest::newRow("llama 4 (openai)") << u"llama-4-maverick"_s;
    QTest::newRow("mistral medium") << u"mistral-medium-3"_s;
}

void TestEmulatorImages::codecBodiesAreAcceptedAndAcknowledged()
{
    QFETCH(QString, model);
    const ChatRequest request = requestFor(model, {ImageAttachment{u"image/png"_s, pngOf(12 * 1024), u"a.png"_s}});
    const HttpResult r = send(request);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY2(answerText(request, r).startsWith(u"I see 1 image (image/png, 12 KB)."_s),
             qPrintable(answerText(request, r).left(80)));
}

void TestEmulatorImages::imagesInTheHistoryCount()
{
    ChatRequest request =
        requestFor(u"claude-sonnet-4-5"_s, {ImageAttachment{u"image/png"_s, pngOf(2048), u"a.png"_s}});
    request.messages << ChatMessage(ChatMessage::Role::Assistant, u"A chart."_s)
                     << ChatMessage(ChatMessage::Role::User, u"And this one?"_s,
                                    {ImageAttachment{u"image/jpeg"_s, jpegOf(300 * 1024), u"b.jpg"_s}});
    const HttpResult r = send(request);
    QCOMPARE(r.status, 200);
    QVERIFY2(answerText(request, r).startsWith(u"I see 2 images (image/png, 2 KB; image/jpeg, 300 KB)."_s),
             qPrintable(answerText(request, r).left(80)));
}

void TestEmulatorImages::textOnlyModelsRefuseImages_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("llama 3.3 (vLLM)") << u"llama-3.3-70b"_s << 400
                                      << u"meta/llama-3.3-70b-instruct-maas is not a multimodal model"_s;
    QTest::newRow("codestral") << u"codestral-2"_s << 400 << u"does not support image input"_s;
}

void TestEmulatorImages::textOnlyModelsRefuseImages()
{
    QFETCH(QString, model);
    QFETCH(int, status);
    QFETCH(QString, message);
    const HttpResult r = send(requestFor(model, {ImageAttachment{u"image/png"_s, pngOf(100), u"a.png"_s}}));
    QCOMPARE(r.status, status);
    QVERIFY2(errorMessage(r).contains(message), r.body.constData());
    // The same model without the image answers.
    QCOMPARE(send(requestFor(model, {})).status, 200);
}

void TestEmulatorImages::badImagesAreRefused_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QByteArray>("body"); // the messages array, as JSON
    QTest::addColumn<QString>("message");
    const QByteArray png = pngOf(64).toBase64();
    const auto claude = [](const QByteArray &source) {
        return R"([{"role":"user","content":[{"type":"image","source":)" + source +
               R"(},{"type":"text","text":"hi"}]}])";
    };
    const auto openAi = [](const QByteArray &url) {
        return R"([{"role":"user","content":[{"type":"image_url","image_url":{"url":")" + url +
               R"("}},{"type":"text","text":"hi"}]}])";
    };
    QTest::newRow("claude bmp") << u"claude-sonnet-4-5"_s
                                << claude(R"({"type":"base64","media_type":"image/bmp","data":"Qk0="})")
                                << u"media type \"image/bmp\" is not supported"_s;
    QTest::newRow("claude bad base64") << u"claude-sonnet-4-5"_s
                                       << claude(R"({"type":"base64","media_type":"image/png","data":"!!not base64"})")
                                       << u"not valid base64"_s;
    QTest::newRow("claude mismatch") << u"claude-sonnet-4-5"_s
                                     << claude(R"({"type":"base64","media_type":"image/jpeg","data":")" + png + "\"}")
                                     << u"Image does not match the provided media type image/jpeg"_s;
    QTest::newRow("claude url") << u"claude-sonnet-4-5"_s
                                << claude(R"({"type":"url","url":"https://example.com/a.png"})")
                                << u"URL image sources are not supported on Vertex AI"_s;
    QTest::newRow("claude too large") << u"claude-sonnet-4-5"_s
                                      << claude(R"({"type":"base64","media_type":"image/png","data":")" +
                                                pngOf(images::kMaxImageBytes + 1).toBase64() + "\"}")
                                      << u"image exceeds 5 MB maximum: 5242881 bytes > 5242880 bytes"_s;
    QTest::newRow("llama not a data url")
        << u"llama-4-maverick"_s << openAi("https://example.com/a.png") << u"only data: URLs"_s;
    QTest::newRow("llama bad base64") << u"llama-4-maverick"_s << openAi("data:image/png;base64,%%%")
                                      << u"not valid base64"_s;
    QTest::newRow("llama svg") << u"llama-4-maverick"_s << openAi("data:image/svg+xml;base64," + png)
                               << u"is not supported"_s;
}

void TestEmulatorImages::badImagesAreRefused()
{
    QFETCH(QString, model);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    ChatRequest request = requestFor(model, {});
    QJsonObject json = QJsonDocument::fromJson(makeCodec(request.family)->body(request)).object();
    json.insert(u"messages"_s, QJsonDocument::fromJson(body).array());
    QVERIFY(!json.value(u"messages"_s).toArray().isEmpty());
    const ModelInfo *info = m_catalog.find(model);
    const QString path = u"/projects/test-project/locations/%1/"_s.arg(info->defaultLocation()) +
                         makeCodec(request.family)->path(request);
    const HttpResult r = m_client->post(path, json);
    QCOMPARE(r.status, 400);
    QVERIFY2(errorMessage(r).contains(message), r.body.constData());
}

QTEST_GUILESS_MAIN(TestEmulatorImages)
#include "tst_emulatorimages.moc"
