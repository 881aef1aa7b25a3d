// The access doctor end to end: the emulator plays each access wall (its scenarios), tokens are
// minted by its /token for a service-account key made here, and each run must stop at the right
// step with the exact fix, project and service account filled in.
#include "auth/credentialfile.h"
#include "auth/serviceaccountsource.h"
#include "auth/tokencache.h"
#include "authtestsupport.h"
#include "common/clock.h"
#include "doctor/accessdoctor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(maas::StepStatus)
Q_DECLARE_METATYPE(maas::AccessScenario)

using namespace Qt::StringLiterals;
using namespace maas;
using namespace maas::test;

namespace {

const QString kProject = u"doctor-project"_s;

QStringList commandsOf(const DoctorStep &step)
{
    QStringList commands;
    for (const DoctorFix &fix : step.fixes)
        commands << fix.command;
    return commands;
}

// Tokens whose source does not say whose they are, like ADC user credentials or a pasted token.
class AnonymousTokens final : public TokenProvider
{
public:
    explicit AnonymousTokens(TokenProvider &inner)
        : m_inner(inner)
    {}
    void fetch(QObject *context, Callback done) override
    {
        m_inner.fetch(context, [done = std::move(done)](const AccessToken &token, const QString &error) {
            AccessToken anonymous = token;
            anonymous.account.clear();
            done(anonymous, error);
        });
    }
    void invalidate() override { m_inner.invalidate(); }

private:
    TokenProvider &m_inner;
};

QString statuses(const QList<DoctorStep> &steps)
{
    QStringList parts;
    for (const DoctorStep &s : steps)
        parts << s.id + u'=' + stepStatusName(s.status);
    return parts.join(u' ');
}

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void resourceManagerRoutes();
    void allGreen_data();
    void allGreen();
    void scenarios_data();
    void scenarios();
    void globalBlockedWarnsForARegionalPane();
    void tokenInfoNamesAnAnonymousToken();
    void resourceManagerDisabledOnlyWarns();
    void missingCredentialsStopAtTheFirstStep();
    void tokenEndpointRefusalFailsTheTokenStep();
    void unknownModelAndBadProjectAreExplained();
    void rerunReplacesTheFirstRun();
    void customServerSkipsResourceManager();

private:
    QList<DoctorStep> runDoctor(const QString &model, const QString &location, const QString &project = kProject);

    TestKeyPair m_keys;
    SystemClock m_clock;
    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<TokenCache> m_tokens;
    ModelCatalog m_catalog = ModelCatalog::load(QString());
    std::unique_ptr<AccessDoctor> m_doctor;
};

void TestDoctor::initTestCase()
{
    m_keys = generateKeyPair();
}

void TestDoctor::init()
{
    EmulatorOptions options = authOptions(m_keys.publicPem);
    options.auth.requireMintedTokens = true; // only tokens minted by /token open the API routes
    options.speed = 0;
    m_emulator = startEmulator(options);
    QVERIFY(m_emulator);
    ServiceAccountKey key = ServiceAccountKey::fromJson(
        serviceAccountJson(m_keys.privatePem, m_emulator->tokenUrl().toString()), u"key.json"_s);
    QVERIFY2(key.isValid(), qPrintable(key.error));
    m_tokens = std::make_unique<TokenCache>(std::make_unique<ServiceAccountSource>(m_network, m_clock, key), m_clock);
    m_doctor = std::make_unique<AccessDoctor>(m_network, *m_tokens, m_clock, &m_catalog);
}

void TestDoctor::cleanup()
{
    m_doctor.reset();
    m_tokens.reset();
    m_emulator.reset();
}

QList<DoctorStep> TestDoctor::runDoctor(const QString &model, const QString &location, const QString &project)
{
    QSignalSpy finished(m_doctor.get(), &AccessDoctor::finished);
    DoctorRequest request;
    request.project = project;
    request.location = location;
    request.model = model;
    request.baseOverride = m_emulator->baseUrl();
    request.credentials = [] { return DoctorCredentials{u"service account key key.json"_s, {}}; };
    m_doctor->run(request);
    if (!finished.wait(60'000))
        qWarning("the doctor did not finish");
    return m_doctor->steps();
}

void TestDoctor::resourceManagerRoutes()
{
    const QString token = fetchAndWait(*m_tokens).token.value;
    QVERIFY(!token.isEmpty());
    const auto request = [&](const QString &suffix, const QString &bearer) {
        QNetworkRequest r(
            QUrl(u"http://127.0.0.1:%1/v1/projects/%2%3"_s.arg(m_emulator->port()).arg(kProject, suffix)));
        if (!bearer.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        return r;
    };
    HttpReply get = httpSend(request({}, token), "GET");
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json().value("projectId"_L1).toString(), kProject);
    QCOMPARE(get.json().value("lifecycleState"_L1).toString(), u"ACTIVE"_s);
    QCOMPARE(get.json().value("projectNumber"_L1).toString().size(), 12);

    const QByteArray ask = R"({"permissions":["aiplatform.endpoints.predict","resourcemanager.projects.get"]})";
    HttpReply test = httpSend(request(u":testIamPermissions"_s, token), "POST", ask);
    QCOMPARE(test.status, 200);
    QCOMPARE(test.json().value("permissions"_L1).toArray().size(), 2);

    // tokeninfo, as oauth2.googleapis.com answers it (numbers as strings).
    QNetworkRequest info(QUrl(u"http://127.0.0.1:%1/tokeninfo"_s.arg(m_emulator->port())));
    info.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    HttpReply who = httpSend(info, "POST", "access_token=" + token.toUtf8());
    QCOMPARE(who.status, 200);
    QCOMPARE(who.json().value("email"_L1).toString(), kServiceAccountEmail);
    QVERIFY(who.json().value("expires_in"_L1).isString());
    who = httpSend(info, "POST", "access_token=ya29.never-minted");
    QCOMPARE(who.status, 400);
    QCOMPARE(who.json().value("error"_L1).toString(), u"invalid_token"_s);

    m_emulator->setAccessScenario(AccessScenario::NoPredictPermission);
    test = httpSend(request(u":testIamPermissions"_s, token), "POST",
                    R"({"permissions":["aiplatform.endpoints.predict"]})");
    QCOMPARE(test.status, 200);
    QCOMPARE(test.body.trimmed(), "{}"); // Google leaves the field out when nothing is held

    QCOMPARE(httpSend(request(u":testIamPermissions"_s, token), "POST", "[1]").status, 400);
    QCOMPARE(httpSend(request(u":getIamPolicy"_s, token), "POST", "{}").status, 404);
    const HttpReply anonymous = httpSend(request({}, {}), "GET");
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.json().value("error"_L1).toObject().value("status"_L1).toString(), u"UNAUTHENTICATED"_s);

    m_emulator->setAccessScenario(AccessScenario::ProjectNotFound);
    get = httpSend(request({}, token), "GET");
    QCOMPARE(get.status, 403);
    QCOMPARE(get.json().value("error"_L1).toObject().value("message"_L1).toString(),
             u"The caller does not have permission"_s);
}

void TestDoctor::allGreen_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("location");
    QTest::addColumn<StepStatus>("globalStatus");
    QTest::newRow("claude at global") << u"claude-sonnet-4-5"_s << u"global"_s << StepStatus::Pass;
    QTest::newRow("claude regional, global checked too") << u"claude-sonnet-4-5"_s << u"us-east5"_s << StepStatus::Pass;
    QTest::newRow("mistral, no global") << u"mistral-medium-3"_s << u"europe-west4"_s << StepStatus::Skipped;
    QTest::newRow("open model by request id")
        << u"meta/llama-3.3-70b-instruct-maas"_s << u"us-central1"_s << StepStatus::Skipped;
    QTest::newRow("embeddings") << u"multilingual-e5-small"_s << u"us-central1"_s << StepStatus::Skipped;
}

void TestDoctor::allGreen()
{
    QFETCH(QString, model);
    QFETCH(QString, location);
    QFETCH(StepStatus, globalStatus);
    const QList<DoctorStep> steps = runDoctor(model, location);
    QCOMPARE(steps.size(), 6);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(steps.at(i).status == StepStatus::Pass, qPrintable(statuses(steps) + u' ' + steps.at(i).why));
    QCOMPARE(steps.at(5).status, globalStatus);
    QVERIFY(m_doctor->passed());
    QCOMPARE(steps.at(0).found, u"Using service account key key.json"_s);
    QVERIFY2(steps.at(1).found.contains(kServiceAccountEmail), qPrintable(steps.at(1).found));
    QVERIFY(steps.at(2).found.contains(kProject));
    QVERIFY(steps.at(4).found.contains(location));
    for (const DoctorStep &s : steps)
        QVERIFY(s.fixes.isEmpty());
}

void TestDoctor::scenarios_data()
{
    QTest::addColumn<AccessScenario>("scenario");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("failing");  // id of the step that fails
    QTest::addColumn<QString>("command");  // one of its fixes, exactly
    QTest::addColumn<QString>("mentions"); // the why names it

    const QString member = u"serviceAccount:"_s + kServiceAccountEmail;
    QTest::newRow("token-revoked") << AccessScenario::TokenRevoked << u"us-east5"_s << u"token"_s
                                   << u"gcloud auth application-default login"_s << u"authentication credentials"_s;
    QTest::newRow("project-not-found") << AccessScenario::ProjectNotFound << u"us-east5"_s << u"project"_s
                                       << u"gcloud projects list --format=\"value(projectId)\""_s
                                       << u"The caller does not have permission"_s;
    QTest::newRow("no-predict-permission")
        << AccessScenario::NoPredictPermission << u"us-east5"_s << u"permission"_s
        << u"gcloud projects add-iam-policy-binding doctor-project --member=%1 --role=roles/aiplatform.user"_s.arg(
               member)
        << kServiceAccountEmail;
    QTest::newRow("api-disabled") << AccessScenario::ApiDisabled << u"us-east5"_s << u"model"_s
                                  << u"gcloud services enable aiplatform.googleapis.com --project doctor-project"_s
                                  << u"has not been used in project"_s;
    QTest::newRow("model-not-enabled")
        << AccessScenario::ModelNotEnabled << u"us-east5"_s << u"model"_s
        << u"https://console.cloud.google.com/vertex-ai/publishers/anthropic/model-garden/claude-sonnet-4-5"
           u"?project=doctor-project"_s
        << u"is not allowed to use Publisher Model"_s;
    QTest::newRow("model-not-enabled: entitlement role")
        << AccessScenario::ModelNotEnabled << u"global"_s << u"model"_s
        << u"gcloud projects add-iam-policy-binding doctor-project --member=%1 "
           u"--role=roles/consumerprocurement.entitlementManager"_s.arg(member)
        << u"not enabled"_s;
    QTest::newRow("model-not-in-region")
        << AccessScenario::ModelNotInRegion << u"us-east5"_s << u"model"_s
        << u"maas-cli doctor --project doctor-project --location global --model claude-sonnet-4-5"_s
        << u"was not found"_s;
    QTest::newRow("global-blocked-by-org-policy")
        << AccessScenario::GlobalBlockedByOrgPolicy << u"global"_s << u"global"_s
        << u"gcloud org-policies describe gcp.restrictEndpointUsage --project=doctor-project --effective"_s
        << u"constraints/gcp.restrictEndpointUsage"_s;
    QTest::newRow("zero-quota") << AccessScenario::ZeroQuota << u"us-east5"_s << u"model"_s
                                << u"https://console.cloud.google.com/iam-admin/quotas?project=doctor-project"
                                   u"&service=aiplatform.googleapis.com"_s
                                << u"Quota exceeded"_s;
}

void TestDoctor::scenarios()
{
    QFETCH(AccessScenario, scenario);
    QFETCH(QString, location);
    QFETCH(QString, failing);
    QFETCH(QString, command);
    QFETCH(QString, mentions);
    m_emulator->setAccessScenario(scenario);
    const QList<DoctorStep> steps = runDoctor(u"claude-sonnet-4-5"_s, location);
    QVERIFY(!m_doctor->passed());

    const auto failed =
        std::find_if(steps.cbegin(), steps.cend(), [](const DoctorStep &s) { return s.status == StepStatus::Fail; });
    QVERIFY2(failed != steps.cend(), qPrintable(statuses(steps)));
    QCOMPARE(failed->id, failing);
    QVERIFY2(failed->why.contains(mentions), qPrintable(failed->why));
    QVERIFY2(commandsOf(*failed).contains(command), qPrintable(commandsOf(*failed).join(u'\n')));

    const qsizetype at = failed - steps.cbegin();
    for (qsizetype i = 0; i < at; ++i) // everything before the wall passed
        QVERIFY2(steps.at(i).status == StepStatus::Pass, qPrintable(statuses(steps)));
    for (qsizetype i = at + 1; i < steps.size(); ++i) { // and everything after it waits for the fix
        QCOMPARE(steps.at(i).status, StepStatus::Skipped);
        QVERIFY(!steps.at(i).why.isEmpty());
    }
}

void TestDoctor::globalBlockedWarnsForARegionalPane()
{
    m_emulator->setAccessScenario(AccessScenario::GlobalBlockedByOrgPolicy);
    QList<DoctorStep> steps = runDoctor(u"claude-sonnet-4-5"_s, u"us-east5"_s);
    QCOMPARE(steps.at(4).status, StepStatus::Pass);
    QCOMPARE(steps.at(5).status, StepStatus::Warning);
    QVERIFY(steps.at(5).why.contains(u"us-east5"));
    QVERIFY(m_doctor->passed()); // a warning does not stop this pane

    // A pane on global learns the model itself is fine: checked at a region instead.
    steps = runDoctor(u"claude-sonnet-4-5"_s, u"global"_s);
    QCOMPARE(steps.at(4).status, StepStatus::Pass);
    QVERIFY2(steps.at(4).found.contains(u"us-east5"), qPrintable(steps.at(4).found));
    QCOMPARE(steps.at(5).status, StepStatus::Fail);
    QVERIFY(steps.at(5).fixes.first().text.contains(u"us-east5"));
}

void TestDoctor::tokenInfoNamesAnAnonymousToken()
{
    AnonymousTokens anonymous(*m_tokens);
    AccessDoctor doctor(m_network, anonymous, m_clock, &m_catalog);
    QSignalSpy finished(&doctor, &AccessDoctor::finished);
    m_emulator->setAccessScenario(AccessScenario::NoPredictPermission);
    DoctorRequest request{kProject, u"us-east5"_s, u"claude-sonnet-4-5"_s, m_emulator->baseUrl(), {}, {}};
    request.credentials = [] { return DoctorCredentials{u"ADC"_s, {}}; };
    doctor.run(request);
    QVERIFY(finished.wait(30'000));
    QVERIFY2(doctor.steps().at(1).found.startsWith(u"Authenticates as "_s + kServiceAccountEmail),
             qPrintable(doctor.steps().at(1).found));
    QCOMPARE(doctor.steps().at(3).status, StepStatus::Fail);
    QVERIFY(commandsOf(doctor.steps().at(3)).first().contains(u"--member=serviceAccount:"_s + kServiceAccountEmail));
}

void TestDoctor::resourceManagerDisabledOnlyWarns()
{
    // Resource Manager cannot be asked, but the model answers: two warnings with the enable command.
    m_emulator->setAccessScenario(AccessScenario::ResourceManagerDisabled);
    const QList<DoctorStep> steps = runDoctor(u"claude-sonnet-4-5"_s, u"us-east5"_s);
    QCOMPARE(steps.at(2).status, StepStatus::Warning);
    QVERIFY2(steps.at(2).why.contains(u"Cloud Resource Manager API has not been used in project"_s),
             qPrintable(steps.at(2).why));
    QVERIFY(commandsOf(steps.at(2))
                .contains(u"gcloud services enable cloudresourcemanager.googleapis.com --project doctor-project"_s));
    QCOMPARE(steps.at(3).status, StepStatus::Warning);
    QCOMPARE(steps.at(4).status, StepStatus::Pass);
    QCOMPARE(steps.at(5).status, StepStatus::Pass);
    QVERIFY(m_doctor->passed());
}

void TestDoctor::missingCredentialsStopAtTheFirstStep()
{
    StaticTokenProvider none{QString()};
    AccessDoctor doctor(m_network, none, m_clock, &m_catalog);
    QSignalSpy finished(&doctor, &AccessDoctor::finished);
    QSignalSpy changed(&doctor, &AccessDoctor::stepChanged);
    DoctorRequest request{kProject, u"global"_s, u"claude-sonnet-4-5"_s, m_emulator->baseUrl(), {}, {}};
    request.credentials = [] { return DoctorCredentials{{}, u"no credentials found: no ADC file, no gcloud"_s}; };
    doctor.run(request);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(doctor.steps().at(0).status, StepStatus::Fail);
    QCOMPARE(doctor.steps().at(0).why, u"no credentials found: no ADC file, no gcloud"_s);
    QVERIFY(commandsOf(doctor.steps().at(0)).contains(u"gcloud auth application-default login"_s));
    for (int i = 1; i < 6; ++i)
        QCOMPARE(doctor.steps().at(i).status, StepStatus::Skipped);
    QVERIFY(changed.size() >= 12); // six pending at the start, then each result
}

void TestDoctor::tokenEndpointRefusalFailsTheTokenStep()
{
    // A key whose account the token endpoint does not know: credentials found, no token.
    const TestKeyPair stranger = generateKeyPair();
    ServiceAccountKey key = ServiceAccountKey::fromJson(
        serviceAccountJson(stranger.privatePem, m_emulator->tokenUrl().toString(), u"gone@p.iam.gserviceaccount.com"_s),
        u"gone.json"_s);
    ServiceAccountSource source(m_network, m_clock, key);
    AccessDoctor doctor(m_network, source, m_clock, &m_catalog);
    QSignalSpy finished(&doctor, &AccessDoctor::finished);
    DoctorRequest request{kProject, u"global"_s, u"claude-sonnet-4-5"_s, m_emulator->baseUrl(), {}, {}};
    request.credentials = [] { return DoctorCredentials{u"service account key gone.json"_s, {}}; };
    doctor.run(request);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(doctor.steps().at(0).status, StepStatus::Pass);
    QCOMPARE(doctor.steps().at(1).status, StepStatus::Fail);
    QVERIFY2(doctor.steps().at(1).why.contains(u"account not found"), qPrintable(doctor.steps().at(1).why));
    QCOMPARE(doctor.steps().at(2).status, StepStatus::Skipped);
}

void TestDoctor::unknownModelAndBadProjectAreExplained()
{
    QList<DoctorStep> steps = runDoctor(u"claude-sonnet-4-5"_s, u"global"_s, u"My Project"_s);
    QCOMPARE(steps.at(2).status, StepStatus::Fail);
    QVERIFY(steps.at(2).why.contains(u"not a project id"));
    QCOMPARE(steps.at(3).status, StepStatus::Skipped);

    steps = runDoctor(u"no-such-model"_s, u"global"_s);
    QCOMPARE(steps.at(4).status, StepStatus::Fail);
    QVERIFY(steps.at(4).why.contains(u"no-such-model"));
    QVERIFY(commandsOf(steps.at(4)).contains(u"maas-cli models"_s));

    steps = runDoctor(u"claude-sonnet-4-5"_s, u"Mars"_s);
    QCOMPARE(steps.at(4).status, StepStatus::Fail);
    QVERIFY(steps.at(4).why.contains(u"not a location"));
}

void TestDoctor::rerunReplacesTheFirstRun()
{
    QSignalSpy finished(m_doctor.get(), &AccessDoctor::finished);
    DoctorRequest request{kProject, u"global"_s, u"claude-sonnet-4-5"_s, m_emulator->baseUrl(), {}, {}};
    request.credentials = [] { return DoctorCredentials{u"key"_s, {}}; };
    m_emulator->setAccessScenario(AccessScenario::ZeroQuota);
    m_doctor->run(request);
    m_emulator->setAccessScenario(AccessScenario::AllowAll);
    m_doctor->run(request); // the first run is dropped, whatever it had in flight
    QVERIFY(finished.wait(60'000));
    QTest::qWait(200); // nothing of the first run may arrive late
    QCOMPARE(finished.size(), 1);
    QVERIFY2(m_doctor->passed(), qPrintable(statuses(m_doctor->steps())));
}

void TestDoctor::customServerSkipsResourceManager()
{
    // A user's catalog entry with its own base URL: here the emulator's OpenAI-compatible endpoint. Resource
    // Manager would refuse (the scenario), but it is not asked at all: that server has no Google project.
    const QString base = m_emulator->baseUrl().toString() + u"/projects/own/locations/us-central1/endpoints/openapi"_s;
    const QJsonObject model{{u"id"_s, u"own-llama"_s},
                            {u"name"_s, u"Own Llama"_s},
                            {u"publisher"_s, u"own"_s},
                            {u"family"_s, u"openai-chat"_s},
                            {u"requestId"_s, u"meta/llama-3.3-70b-instruct-maas"_s},
                            {u"modalities"_s, QJsonArray{u"text"_s}},
                            {u"description"_s, u"A Llama on a server of our own"_s},
                            {u"launchStage"_s, u"GA"_s},
                            {u"regions"_s, QJsonArray{}},
                            {u"global"_s, false},
                            {u"lifecycle"_s, QJsonObject{}},
                            {u"endpoint"_s, base}};
    const QByteArray entry = QJsonDocument(QJsonObject{{u"schema"_s, 1}, {u"models"_s, QJsonArray{model}}}).toJson();
    m_catalog.addJson(entry, u"catalog.json"_s, true);
    QVERIFY2(m_catalog.find(u"own-llama") && !m_catalog.find(u"own-llama")->endpoint.isEmpty(),
             qPrintable(m_catalog.issues().isEmpty() ? QString() : m_catalog.issues().last().toString()));
    m_emulator->setAccessScenario(AccessScenario::ResourceManagerDisabled);
    QStringList paths;
    connect(m_emulator.get(), &Emulator::requestFinished, this,
            [&paths](const EmulatorRequestLog &log) { paths << log.path; });

    const QList<DoctorStep> steps = runDoctor(u"own-llama"_s, u"us-central1"_s);
    QVERIFY2(steps.at(0).status == StepStatus::Pass && steps.at(1).status == StepStatus::Pass &&
                 steps.at(4).status == StepStatus::Pass,
             qPrintable(statuses(steps) + u' ' + steps.at(4).why));
    for (int i : {2, 3}) {
        QCOMPARE(steps.at(i).status, StepStatus::Skipped);
        QVERIFY2(steps.at(i).why.contains(u"own OpenAI-compatible server"_s) && steps.at(i).why.contains(base),
                 qPrintable(steps.at(i).why));
        QVERIFY(steps.at(i).fixes.isEmpty());
    }
    QCOMPARE(steps.at(5).status, StepStatus::Skipped);
    QVERIFY(m_doctor->passed());
    QTRY_VERIFY_WITH_TIMEOUT(!paths.isEmpty(), 10'000);
    for (const QString &path : std::as_const(paths))
        QVERIFY2(path.contains(u"/endpoints/openapi/"_s) || path == u"/token"_s, qPrintable(paths.join(u", "_s)));
    disconnect(m_emulator.get(), nullptr, this, nullptr);

    // The same model through Vertex is still checked with Resource Manager (and warns that it is off).
    const QList<DoctorStep> vertex = runDoctor(u"meta/llama-3.3-70b-instruct-maas"_s, u"us-central1"_s);
    QCOMPARE(vertex.at(2).status, StepStatus::Warning);
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
