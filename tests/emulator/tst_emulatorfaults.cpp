// Fault injection over HTTP: every fault's status, body and behaviour, chosen by the X-Maas-Fault
// header or a [[fault:...]] prompt prefix, and the per-(fault, model) "times=N" counter.
#include "emulator/emulator.h"
#include "emulator/scriptbook.h"
#include "emulatorclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

const QString kSonnet = u"claude-sonnet-4-5@20250929"_s;
const QString kLlama = u"meta/llama-4-maverick-17b-128e-instruct-maas"_s;
const QString kPrompt = u"Explain how the release checklist works"_s;

QList<QPair<QByteArray, QByteArray>> fault(const QByteArray &spec)
{
    return {{QByteArrayLiteral("X-Maas-Fault"), spec}};
}

} // namespace

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void frontEndFaults_data();
    void frontEndFaults();
    void quotaRetryAfter();
    void overloadedMidStream();
    void overloaded529();
    void dropClosesTheConnection();
    void dropOnAWholeReply();
    void malformedChunk();
    void stallThenResume();
    void slowStart();
    void promptDirective();
    void quotaOnceThenSuccess();
    void unavailableOnceIsPerModel();
    void badFaultSpec();
    void requestLog();
    void clientLeavesMidStream();

private:
    QString expectedText(const QString &requestId, const QString &prompt) const;

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<EmulatorClient> m_client;
};

void TestEmulatorFaults::initTestCase()
{
    EmulatorOptions options;
    options.speed = 100;
    m_emulator = std::make_unique<Emulator>(options);
    QVERIFY(m_emulator->listen(0));
    m_client = std::make_unique<EmulatorClient>(m_emulator->baseUrl());
}

void TestEmulatorFaults::init()
{
    m_emulator->resetFaultCounters();
}

QString TestEmulatorFaults::expectedText(const QString &requestId, const QString &prompt) const
{
    return m_emulator->scripts().compose(*m_emulator->catalog().find(requestId), prompt, false).text;
}

void TestEmulatorFaults::frontEndFaults_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<bool>("claude");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("googleStatus");
    QTest::addColumn<QString>("contains");

    QTest::newRow("unauthenticated") << QByteArray("unauthenticated") << true << 401 << u"UNAUTHENTICATED"_s
                                     << u"ACCESS_TOKEN_EXPIRED"_s;
    QTest::newRow("permission (claude)") << QByteArray("permission") << true << 403 << u"PERMISSION_DENIED"_s
                                         << u"Permission 'aiplatform.endpoints.predict' denied on resource "
                                            "'//aiplatform.googleapis.com/projects/test-proj/locations/us-east5/"
                                            "publishers/anthropic/models/claude-sonnet-4-5@20250929' (or it may not "
                                            "exist)."_s;
    QTest::newRow("permission (openapi)") << QByteArray("permission") << false << 403 << u"PERMISSION_DENIED"_s
                                          << u"projects/test-proj/locations/us-east5/endpoints/openapi"_s;
    QTest::newRow("not-enabled") << QByteArray("not-enabled") << true << 400 << u"FAILED_PRECONDITION"_s
                                 << u"Project `test-proj` is not allowed to use Publisher Model "
                                    "`projects/test-proj/locations/us-east5/publishers/anthropic/models/"
                                    "claude-sonnet-4-5@20250929`"_s;
    QTest::newRow("org-policy") << QByteArray("org-policy") << true << 403 << u"PERMISSION_DENIED"_s
                                << u"constraints/gcp.restrictEndpointUsage"_s;
    QTest::newRow("wrong-region") << QByteArray("wrong-region") << false << 404 << u"NOT_FOUND"_s
                                  << u"publishers/meta/models/llama-4-maverick-17b-128e-instruct-maas` was not "
                                     "found"_s;
    QTest::newRow("quota")
        << QByteArray("quota") << true << 429 << u"RESOURCE_EXHAUSTED"_s
        << u"Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model"_s;
    QTest::newRow("server-error") << QByteArray("server-error") << false << 500 << u"INTERNAL"_s << u"Internal"_s;
    QTest::newRow("unavailable") << QByteArray("unavailable") << true << 503 << u"UNAVAILABLE"_s
                                 << u"currently unavailable"_s;
    QTest::newRow("retired") << QByteArray("retired") << false << 400 << u"FAILED_PRECONDITION"_s << u"was retired"_s;
}

void TestEmulatorFaults::frontEndFaults()
{
    QFETCH(QByteArray, spec);
    QFETCH(bool, claude);
    QFETCH(int, status);
    QFETCH(QString, googleStatus);
    QFETCH(QString, contains);
    const HttpResult r =
        claude ? m_client->post(routes::claude(kSonnet, u"us-east5"_s, true), routes::claudeBody(kPrompt, true),
                                fault(spec))
               : m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, true), fault(spec));
    QCOMPARE(r.status, status);
    QVERIFY(r.header("content-type").startsWith("application/json"));
    const QJsonObject error = r.json().value("error"_L1).toObject();
    QCOMPARE(error.value("code"_L1).toInt(), status);
    QCOMPARE(error.value("status"_L1).toString(), googleStatus);
    QVERIFY2(QString::fromUtf8(r.body).contains(contains), r.body.constData());
    // Quota errors come in the one-element array form, the others as an object.
    QCOMPARE(r.isArrayBody(), spec == "quota");
    if (spec == "permission") {
        const QJsonObject info = error.value("details"_L1).toArray().first().toObject();
        QCOMPARE(info.value("reason"_L1).toString(), u"IAM_PERMISSION_DENIED"_s);
        QCOMPARE(info.value("metadata"_L1).toObject().value("permission"_L1).toString(),
                 u"aiplatform.endpoints.predict"_s);
    }
}

void TestEmulatorFaults::quotaRetryAfter()
{
    const QString path = routes::claude(kSonnet, u"global"_s, false);
    const HttpResult byDefault = m_client->post(path, routes::claudeBody(kPrompt, false), fault("quota"));
    QCOMPARE(byDefault.status, 429);
    QCOMPARE(byDefault.header("retry-after"), QByteArray("2"));
    QVERIFY(byDefault.body.contains("global_online_prediction_requests_per_base_model"));
    QVERIFY(byDefault.body.startsWith("[{\"error\":"));
    const HttpResult five = m_client->post(path, routes::claudeBody(kPrompt, false), fault("quota:5"));
    QCOMPARE(five.header("retry-after"), QByteArray("5"));
}

void TestEmulatorFaults::overloadedMidStream()
{
    const HttpResult claude = m_client->post(routes::claude(kSonnet, u"us-east5"_s, true),
                                             routes::claudeBody(kPrompt, true), fault("overloaded:4"));
    QCOMPARE(claude.status, 200);
    QCOMPARE(claude.error, QNetworkReply::NoError);
    const QList<SseEvent> events = parseSse(claude.body);
    QCOMPARE(events.last().event, QByteArray("error"));
    const QJsonObject error = QJsonDocument::fromJson(events.last().data).object();
    QCOMPARE(error.value("error"_L1).toObject().value("type"_L1).toString(), u"overloaded_error"_s);
    QVERIFY(!claude.body.contains("message_stop"));
    int textDeltas = 0;
    for (const SseEvent &event : events)
        textDeltas += event.data.contains("\"text_delta\"") ? 1 : 0;
    QCOMPARE(textDeltas, 4);

    const HttpResult chat =
        m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, true), fault("overloaded:2"));
    QCOMPARE(chat.status, 200);
    const QList<SseEvent> chunks = parseSse(chat.body);
    QVERIFY(QJsonDocument::fromJson(chunks.last().data).object().contains("error"_L1));
    QVERIFY(!chat.body.contains("[DONE]"));
}

void TestEmulatorFaults::overloaded529()
{
    const HttpResult claude = m_client->post(routes::claude(kSonnet, u"us-east5"_s, false),
                                             routes::claudeBody(kPrompt, false), fault("overloaded-529"));
    QCOMPARE(claude.status, 529);
    QCOMPARE(claude.json().value("type"_L1).toString(), u"error"_s);
    QCOMPARE(claude.json().value("error"_L1).toObject().value("type"_L1).toString(), u"overloaded_error"_s);
    QVERIFY(claude.json().value("request_id"_L1).toString().startsWith(u"req_vrtx_"_s));
    // The SDKs take the id from the header; it must be the body's.
    QCOMPARE(QString::fromLatin1(claude.header("request-id")), claude.json().value("request_id"_L1).toString());
    // A non-streamed request asked to break mid-stream gets the status instead.
    QCOMPARE(m_client
                 ->post(routes::claude(kSonnet, u"us-east5"_s, false), routes::claudeBody(kPrompt, false),
                        fault("overloaded"))
                 .status,
             529);
    const HttpResult chat =
        m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, false), fault("overloaded-529"));
    QCOMPARE(chat.status, 429);
    QVERIFY(chat.body.contains("Too many concurrent requests"));
}

void TestEmulatorFaults::dropClosesTheConnection()
{
    const HttpResult r = m_client->post(routes::claude(kSonnet, u"us-east5"_s, true), routes::claudeBody(kPrompt, true),
                                        fault("drop:5"));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.error != QNetworkReply::NoError, "the reply must end with an error, not cleanly");
    QVERIFY(r.error == QNetworkReply::RemoteHostClosedError || r.error == QNetworkReply::UnknownNetworkError ||
            r.error == QNetworkReply::ProtocolFailure);
    QVERIFY(!r.body.contains("message_stop"));
    const QString text = anthropicDeltas(parseSse(r.body), "text_delta", "text");
    QVERIFY(!text.isEmpty());
    QVERIFY(expectedText(kSonnet, kPrompt).startsWith(text));

    const HttpResult chat =
        m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, true), fault("drop:0"));
    QVERIFY(chat.error != QNetworkReply::NoError);
    QVERIFY(!chat.body.contains("[DONE]"));

    // The emulator keeps serving after a drop.
    QCOMPARE(m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, false)).status, 200);
}

void TestEmulatorFaults::dropOnAWholeReply()
{
    const HttpResult r =
        m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, false), fault("drop"));
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY(r.body.isEmpty());
}

void TestEmulatorFaults::malformedChunk()
{
    const HttpResult r = m_client->post(routes::claude(kSonnet, u"us-east5"_s, true), routes::claudeBody(kPrompt, true),
                                        fault("malformed:2"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    int broken = 0;
    for (const SseEvent &event : parseSse(r.body)) {
        QJsonParseError error;
        QJsonDocument::fromJson(event.data, &error);
        broken += error.error != QJsonParseError::NoError ? 1 : 0;
    }
    QCOMPARE(broken, 1);
    QVERIFY(r.body.contains("message_stop")); // the stream carries on after the broken chunk

    const HttpResult chat =
        m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, true), fault("malformed"));
    QVERIFY(chat.body.endsWith("data: [DONE]\n\n"));
    QVERIFY(chat.body.contains("\"content\":\"unfinis\n\n"));
}

void TestEmulatorFaults::stallThenResume()
{
    const HttpResult r =
        m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, true), fault("stall:1;after=2"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
    QCOMPARE(chatDeltas(parseSse(r.body), u"content"_s), expectedText(kLlama, kPrompt));
    // Bytes came, then nothing for about a second, then bytes again (a lower bound only).
    QVERIFY2(r.longestGapMs() >= 800, qPrintable(QString::number(r.longestGapMs())));
}

void TestEmulatorFaults::slowStart()
{
    QElapsedTimer clock;
    clock.start();
    const HttpResult r =
        m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, true), fault("slow-start:400"));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.headersMs >= 350, qPrintable(QString::number(r.headersMs)));
    // Slow start combines with another fault.
    const HttpResult both = m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, true),
                                           fault("slow-start:300, unavailable"));
    QCOMPARE(both.status, 503);
    QVERIFY(both.headersMs >= 250);
}

void TestEmulatorFaults::promptDirective()
{
    const HttpResult quota = m_client->post(routes::claude(kSonnet, u"us-east5"_s, true),
                                            routes::claudeBody(u"[[fault:quota:3]] "_s + kPrompt, true));
    QCOMPARE(quota.status, 429);
    QCOMPARE(quota.header("retry-after"), QByteArray("3"));

    // The directive is not part of the prompt: the partial text is the start of the normal answer.
    const HttpResult drop =
        m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, u"[[fault:drop:3]]\n"_s + kPrompt, true));
    QVERIFY(drop.error != QNetworkReply::NoError);
    const QString partial = chatDeltas(parseSse(drop.body), u"content"_s);
    QVERIFY(!partial.isEmpty());
    QVERIFY(expectedText(kLlama, kPrompt).startsWith(partial));
    QVERIFY(!partial.contains(u"[[fault"_s));

    // The header wins over the prompt when both are given.
    const HttpResult both = m_client->post(
        routes::chat(u"us-east5"_s), routes::chatBody(kLlama, u"[[fault:quota]] hi"_s, true), fault("permission"));
    QCOMPARE(both.status, 403);
}

void TestEmulatorFaults::quotaOnceThenSuccess()
{
    const QString path = routes::claude(kSonnet, u"us-east5"_s, true);
    const HttpResult first = m_client->post(path, routes::claudeBody(kPrompt, true), fault("quota:1;times=1"));
    QCOMPARE(first.status, 429);
    QCOMPARE(first.header("retry-after"), QByteArray("1"));
    const HttpResult second = m_client->post(path, routes::claudeBody(kPrompt, true), fault("quota:1;times=1"));
    QCOMPARE(second.status, 200);
    QVERIFY(second.body.contains("message_stop"));

    // quota-once is the same thing; times=2 fails twice.
    QCOMPARE(m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, false), fault("quota-once"))
                 .status,
             429);
    QCOMPARE(m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, false), fault("quota-once"))
                 .status,
             200);
    m_emulator->resetFaultCounters();
    for (const int want : {429, 429, 200}) {
        QCOMPARE(
            m_client
                ->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, false), fault("quota;times=2"))
                .status,
            want);
    }
}

void TestEmulatorFaults::unavailableOnceIsPerModel()
{
    const auto send = [this](const QString &model, const QString &location) {
        return m_client->post(routes::chat(location), routes::chatBody(model, kPrompt, false),
                              fault("unavailable-once"));
    };
    QCOMPARE(send(kLlama, u"us-east5"_s).status, 503);
    QCOMPARE(send(u"openai/gpt-oss-120b-maas"_s, u"global"_s).status, 503); // its own counter
    QCOMPARE(send(kLlama, u"us-east5"_s).status, 200);
    QCOMPARE(send(u"openai/gpt-oss-120b-maas"_s, u"global"_s).status, 200);
}

void TestEmulatorFaults::badFaultSpec()
{
    const HttpResult r =
        m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, true), fault("meteor-strike"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("unknown fault `meteor-strike`"));
    QVERIFY(r.body.contains("quota"));
    QCOMPARE(m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, true), fault("quota:soon"))
                 .status,
             400);
}

void TestEmulatorFaults::requestLog()
{
    QSignalSpy spy(m_emulator.get(), &Emulator::requestFinished);
    m_client->post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, true), fault("drop:1"));
    QTRY_COMPARE(spy.size(), 1);
    const auto entry = spy.first().first().value<EmulatorRequestLog>();
    QCOMPARE(entry.method, u"POST"_s);
    QCOMPARE(entry.model, kLlama);
    QCOMPARE(entry.status, 200);
    QCOMPARE(entry.fault, u"drop:1"_s);
    QCOMPARE(entry.outcome, u"dropped"_s);
    QVERIFY(entry.toLine().contains(u"/endpoints/openapi/chat/completions model="_s));
}

void TestEmulatorFaults::clientLeavesMidStream()
{
    // A slow stream that the client abandons after the first bytes: the emulator notices, stops
    // writing and keeps serving others.
    EmulatorOptions options;
    options.speed = 1;
    Emulator emulator(options);
    QVERIFY(emulator.listen(0));
    EmulatorClient client(emulator.baseUrl());
    QSignalSpy spy(&emulator, &Emulator::requestFinished);
    QNetworkReply *reply = client.start(routes::claude(kSonnet, u"us-east5"_s, true),
                                        QJsonDocument(routes::claudeBody(kPrompt, true)).toJson());
    QTRY_VERIFY_WITH_TIMEOUT(reply->bytesAvailable() > 0, 10000);
    reply->abort();
    reply->deleteLater();
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
    QCOMPARE(spy.first().first().value<EmulatorRequestLog>().outcome, u"client closed"_s);

    const HttpResult next = client.post(routes::chat(u"us-east5"_s), routes::chatBody(kLlama, kPrompt, false, 8));
    QCOMPARE(next.status, 200);
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
