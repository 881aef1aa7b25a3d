#include "vertex/errortranslator.h"

#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace maas;

class TestErrorTranslator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpErrors_data();
    void httpErrors();
    void causesNameTheWall_data();
    void causesNameTheWall();
    void retryAfterForms();
    void retiredModelsNameTheReplacement();
    void streamErrors();
    void networkErrors();
    void frenchReachesTheUser();
};

namespace {

ErrorContext context()
{
    ErrorContext c;
    c.project = u"my-proj"_s;
    c.location = u"global"_s;
    c.model = u"claude-sonnet-4@20250514"_s;
    c.modelName = u"Claude Sonnet 4"_s;
    c.knownLocations = {u"global"_s, u"us-east5"_s};
    return c;
}

} // namespace

void TestErrorTranslator::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("remedy");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("detail");

    QTest::newRow("iam permission")
        << 403
        << R"({"error":{"code":403,"message":"Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/my-proj/locations/global/endpoints/openapi' (or it may not exist).","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"IAM_PERMISSION_DENIED","domain":"aiplatform.googleapis.com","metadata":{"permission":"aiplatform.endpoints.predict"}}]}})"_ba
        << u"Permission denied"_s << u"--role=roles/aiplatform.user"_s << false
        << u"Permission 'aiplatform.endpoints.predict' denied"_s;
    QTest::newRow("quota, array envelope")
        << 429
        << R"([{"error":{"code":429,"message":"Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-sonnet.","status":"RESOURCE_EXHAUSTED"}}])"_ba
        << u"Quota exhausted for Claude Sonnet 4"_s << u"quota increase for project my-proj"_s << true
        << u"Quota exceeded for aiplatform"_s;
    QTest::newRow("model not enabled")
        << 400
        << R"({"error":{"code":400,"message":"Project `my-proj` is not allowed to use Publisher Model `projects/my-proj/locations/global/publishers/anthropic/models/claude-sonnet-4@20250514`","status":"FAILED_PRECONDITION"}})"_ba
        << u"Claude Sonnet 4 is not enabled for project my-proj"_s
        << u"--role=roles/consumerprocurement.entitlementManager"_s << false << u"is not allowed to use"_s;
    QTest::newRow("not found")
        << 404
        << R"({"error":{"code":404,"message":"Publisher Model `projects/my-proj/locations/global/publishers/anthropic/models/claude-sonnet-4@20250514` was not found or your project does not have access to it.","status":"NOT_FOUND"}})"_ba
        << u"Claude Sonnet 4 is not available at global"_s
        << u"The catalog lists Claude Sonnet 4 at: global, us-east5"_s << false << u"was not found"_s;
    QTest::newRow("not servable")
        << 400
        << R"({"error":{"code":400,"message":"Publisher Model `projects/my-proj/locations/us-central1/publishers/anthropic/models/claude-sonnet-4@20250514` is not servable in region us-central1.","status":"FAILED_PRECONDITION"}})"_ba
        << u"Claude Sonnet 4 is not available at global"_s << u"Pick one of those locations"_s << false
        << u"not servable in region"_s;
    QTest::newRow("org policy")
        << 403
        << R"({"error":{"code":403,"message":"Request is prohibited by organization's policy. vpcServiceControlsUniqueIdentifier: x","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.PreconditionFailure","violations":[{"type":"constraints/gcp.restrictEndpointUsage","subject":"orgpolicy:projects/my-proj/policies/constraints/gcp.restrictEndpointUsage"}]}]}})"_ba
        << u"The global endpoint is blocked by an organization policy"_s << u"us-east5"_s << false
        << u"prohibited by organization"_s;
    QTest::newRow("expired token")
        << 401
        << R"({"error":{"code":401,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.","status":"UNAUTHENTICATED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"ACCESS_TOKEN_EXPIRED"}]}})"_ba
        << u"Credentials rejected"_s << u"gcloud auth login"_s << false << u"invalid authentication credentials"_s;
    QTest::newRow("api key")
        << 401
        << R"({"error":{"code":401,"message":"API keys are not supported by this API. Expected OAuth2 access token or other authentication credentials that assert a principal.","status":"UNAUTHENTICATED"}})"_ba
        << u"Credentials rejected"_s << u"not an API key"_s << false << u"API keys are not supported"_s;
    QTest::newRow("anthropic invalid request")
        << 400
        << R"({"type":"error","error":{"type":"invalid_request_error","message":"thinking.budget_tokens: Input should be greater than or equal to 1024"},"request_id":"req_vrtx_011"})"_ba
        << u"Request rejected (HTTP 400)"_s << u"thinking budget"_s << false << u"budget_tokens"_s;
    QTest::newRow("anthropic overloaded 529")
        << 529 << R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"_ba
        << u"Claude Sonnet 4 is overloaded"_s << u"retry"_s << true << u"Overloaded"_s;
    QTest::newRow("mistral 422")
        << 422
        << R"({"detail":[{"loc":["body","max_tokens"],"msg":"Input should be a valid integer","type":"int_type"}]})"_ba
        << u"Request rejected (HTTP 422)"_s << u"check the parameters"_s << false
        << u"body.max_tokens: Input should be a valid integer"_s;
    QTest::newRow("html gateway page") << 502 << "<html><body><h1>502 Bad Gateway</h1></body></html>"_ba
                                       << u"The network returned a web page instead of the API (HTTP 502)"_s
                                       << u"proxy"_s << true << u"proxy"_s;
    QTest::newRow("server error")
        << 503
        << R"({"error":{"code":503,"message":"The service is currently unavailable.","status":"UNAVAILABLE"}})"_ba
        << u"Server error (HTTP 503)"_s << u"retry"_s << true << u"currently unavailable"_s;
    QTest::newRow("not json at all") << 500 << "upstream connect error or disconnect/reset before headers"_ba
                                     << u"Server error (HTTP 500)"_s << u"retry"_s << true
                                     << u"upstream connect error"_s;
    QTest::newRow("empty body") << 400 << QByteArray() << u"Request rejected (HTTP 400)"_s << u"parameters"_s << false
                                << u"HTTP 400 with no message"_s;
}

void TestErrorTranslator::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, title);
    QFETCH(QString, remedy);
    QFETCH(bool, retryable);
    QFETCH(QString, detail);
    const QByteArray type = body.startsWith('<') ? "text/html"_ba : "application/json"_ba;
    const UserError e = ErrorTranslator::fromHttp(status, body, type, {}, context());
    QCOMPARE(e.title, title);
    QVERIFY2(e.remedy.contains(remedy, Qt::CaseInsensitive), qPrintable(e.remedy));
    QVERIFY2(e.detail.contains(detail), qPrintable(e.detail));
    QCOMPARE(e.retryable, retryable);
    QCOMPARE(e.httpStatus, status);
}

void TestErrorTranslator::causesNameTheWall_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("cause");
    QTest::newRow("predict permission")
        << 403
        << R"({"error":{"code":403,"message":"Permission 'aiplatform.endpoints.predict' denied on resource 'x' (or it may not exist).","status":"PERMISSION_DENIED"}})"_ba
        << u"permission"_s;
    QTest::newRow("service disabled")
        << 403
        << R"({"error":{"code":403,"message":"Vertex AI API has not been used in project 123 before or it is disabled.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SERVICE_DISABLED","domain":"googleapis.com"}]}})"_ba
        << u"service-disabled"_s;
    QTest::newRow("resource manager, hidden project")
        << 403
        << R"({"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}})"_ba
        << u"permission"_s;
    QTest::newRow("not enabled")
        << 400
        << R"({"error":{"code":400,"message":"Project `p` is not allowed to use Publisher Model `m`","status":"FAILED_PRECONDITION"}})"_ba
        << u"not-enabled"_s;
    QTest::newRow("org policy")
        << 403
        << R"({"error":{"code":403,"message":"Request is prohibited by organization's policy: constraints/gcp.restrictEndpointUsage denies it.","status":"PERMISSION_DENIED"}})"_ba
        << u"org-policy"_s;
    QTest::newRow("not servable")
        << 400
        << R"({"error":{"code":400,"message":"Publisher Model `m` is not servable in region us-central1.","status":"FAILED_PRECONDITION"}})"_ba
        << u"not-served"_s;
    QTest::newRow("retired")
        << 400
        << R"({"error":{"code":400,"message":"Publisher Model `m` was retired on 2025-01-01 and is no longer available.","status":"FAILED_PRECONDITION"}})"_ba
        << u"retired"_s;
    QTest::newRow("not found")
        << 404 << R"({"error":{"code":404,"message":"Publisher Model `m` was not found.","status":"NOT_FOUND"}})"_ba
        << u"not-found"_s;
    QTest::newRow("quota") << 429
                           << R"([{"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED"}}])"_ba
                           << u"quota"_s;
    QTest::newRow("expired token")
        << 401
        << R"({"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}})"_ba
        << u"credentials"_s;
    QTest::newRow("server error") << 500 << R"({"error":{"code":500,"message":"x","status":"INTERNAL"}})"_ba
                                  << QString();
}

void TestErrorTranslator::causesNameTheWall()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, cause);
    QCOMPARE(ErrorTranslator::fromHttp(status, body, "application/json", {}, context()).cause, cause);
}

void TestErrorTranslator::retryAfterForms()
{
    const QDateTime now(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::UTC);
    QCOMPARE(ErrorTranslator::parseRetryAfter("7", now), std::optional<int>(7));
    QCOMPARE(ErrorTranslator::parseRetryAfter(" 1.2 ", now), std::optional<int>(2));
    QCOMPARE(ErrorTranslator::parseRetryAfter("Fri, 27 Nov 2026 10:00:30 GMT", now), std::optional<int>(30));
    QCOMPARE(ErrorTranslator::parseRetryAfter("soon", now), std::nullopt);
    QCOMPARE(ErrorTranslator::parseRetryAfter("", now), std::nullopt);

    const UserError header =
        ErrorTranslator::fromHttp(429, R"({"error":{"code":429,"message":"Quota","status":"RESOURCE_EXHAUSTED"}})",
                                  "application/json", "12", context(), now);
    QCOMPARE(header.retryAfterSeconds, std::optional<int>(12));
    const UserError retryInfo = ErrorTranslator::fromHttp(
        429,
        R"({"error":{"code":429,"message":"Quota","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"58s"}]}})",
        "application/json", {}, context(), now);
    QCOMPARE(retryInfo.retryAfterSeconds, std::optional<int>(58));
}

void TestErrorTranslator::retiredModelsNameTheReplacement()
{
    ErrorContext c = context();
    c.model = u"meta/llama-3.3-70b-instruct-maas"_s;
    c.modelName = u"Llama 3.3 70B"_s;
    c.retiredOn = u"2026-10-21"_s;
    c.replacementName = u"Llama 4 Maverick 17B-128E"_s;
    const UserError e = ErrorTranslator::fromHttp(
        404, R"({"error":{"code":404,"message":"Publisher Model was not found.","status":"NOT_FOUND"}})",
        "application/json", {}, c);
    QVERIFY2(e.remedy.contains(u"retired on 2026-10-21; use Llama 4 Maverick 17B-128E instead"_s),
             qPrintable(e.remedy));
}

void TestErrorTranslator::streamErrors()
{
    const UserError overloaded =
        ErrorTranslator::fromStreamError(StreamEvent::error(u"overloaded_error"_s, u"Overloaded"_s, true), context());
    QCOMPARE(overloaded.title, u"Claude Sonnet 4 is overloaded"_s);
    QVERIFY(overloaded.retryable);
    QCOMPARE(overloaded.httpStatus, 200);
    const UserError malformed = ErrorTranslator::fromStreamError(
        StreamEvent::error(u"malformed_event"_s, u"content_block_delta is not JSON"_s, false), context());
    QCOMPARE(malformed.title, u"The stream from Claude Sonnet 4 could not be read"_s);
    QVERIFY(!malformed.retryable);
    QVERIFY(malformed.remedy.contains(u"kept"_s));
}

void TestErrorTranslator::networkErrors()
{
    const UserError dropped =
        ErrorTranslator::fromNetwork(QNetworkReply::RemoteHostClosedError, u"closed"_s, 1234, context());
    QCOMPARE(dropped.title, u"Connection lost after 1,234 characters"_s);
    QVERIFY(!dropped.retryable);
    const UserError early =
        ErrorTranslator::fromNetwork(QNetworkReply::RemoteHostClosedError, u"closed"_s, 0, context());
    QVERIFY(early.retryable);
    const UserError tls =
        ErrorTranslator::fromNetwork(QNetworkReply::SslHandshakeFailedError, u"bad cert"_s, 0, context());
    QVERIFY(tls.remedy.contains(u"never ignores certificate errors"_s));
    QVERIFY(!tls.retryable);
    const UserError silent =
        ErrorTranslator::fromNetwork(QNetworkReply::OperationCanceledError, u"timeout"_s, 10, context());
    QCOMPARE(silent.title, u"The stream went silent"_s);
    const UserError cut = ErrorTranslator::incompleteStream(99, context());
    QVERIFY(cut.title.contains(u"ended unexpectedly"_s));
    QCOMPARE(cut.code, u"incomplete"_s);
}

// The app's French .qm (built next to the app, path from CMake) turns a 403 into French text; the commands
// inside the remedy stay exactly as English, ready to paste.
void TestErrorTranslator::frenchReachesTheUser()
{
    const QByteArray body =
        R"({"error":{"code":403,"message":"Permission 'aiplatform.endpoints.predict' denied","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"IAM_PERMISSION_DENIED","metadata":{"permission":"aiplatform.endpoints.predict"}}]}})"_ba;
    const UserError english = ErrorTranslator::fromHttp(403, body, "application/json", {}, context());
    QCOMPARE(english.title, u"Permission denied"_s);

    QTranslator french;
    QVERIFY2(french.load(QStringLiteral(MAAS_FR_QM)), MAAS_FR_QM);
    QVERIFY(QCoreApplication::installTranslator(&french));
    const UserError e = ErrorTranslator::fromHttp(403, body, "application/json", {}, context());
    const UserError disabled = ErrorTranslator::fromHttp(
        403, R"({"error":{"code":403,"message":"SERVICE_DISABLED","status":"PERMISSION_DENIED"}})"_ba,
        "application/json", {}, context());
    const UserError offline = ErrorTranslator::fromNetwork(QNetworkReply::HostNotFoundError, u"x"_s, 0, context());
    QCoreApplication::removeTranslator(&french);

    QCOMPARE(e.title, u"Autorisation refusée"_s);
    QVERIFY2(e.remedy.startsWith(u"Il manque à l'appelant"_s), qPrintable(e.remedy));
    const QString grant =
        u"gcloud projects add-iam-policy-binding my-proj --member=user:YOUR_EMAIL --role=roles/aiplatform.user"_s;
    QVERIFY2(e.remedy.endsWith(grant), qPrintable(e.remedy));
    QVERIFY(e.remedy.contains(u"aiplatform.endpoints.predict"_s));
    QCOMPARE(e.cause, u"permission"_s); // causes are ids, never translated
    QVERIFY2(disabled.remedy.endsWith(u"gcloud services enable aiplatform.googleapis.com --project=my-proj"_s),
             qPrintable(disabled.remedy));
    QVERIFY(!disabled.remedy.startsWith(u"Enable"_s));
    QCOMPARE(offline.title, u"Impossible de résoudre le nom de l'hôte de l'API"_s);
    // Without the translator, English again.
    QCOMPARE(ErrorTranslator::fromHttp(403, body, "application/json", {}, context()).title, u"Permission denied"_s);
}

QTEST_GUILESS_MAIN(TestErrorTranslator)
#include "tst_errortranslator.moc"
