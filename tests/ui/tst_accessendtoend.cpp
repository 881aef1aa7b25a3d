// Issue #4's "Done when", end to end and offscreen: the main window pointed at an in-process emulator
// (endpoint override on loopback) with a service-account key file made here, whose token_uri is the
// emulator's /token. A three-model comparison runs through the widgets on tokens the app mints with
// the JWT-bearer grant; the clock then moves into the refresh margin and a second run shares exactly
// one new grant. The access doctor, on the same token source, names the fix for seed access walls.
// Afterwards neither the private key nor any access token is found in the settings file, the app's
// directories or the log messages.
#include "auth/liveconnection.h"
#include "auth/providerfactory.h"
#include "auth/redact.h"
#include "authtestsupport.h"
#include "catalog/modelcatalog.h"
#include "client/chatclient.h"
#include "common/clock.h"
#include "common/logcapture.h"
#include "comparisoncontroller.h"
#include "comparisonview.h"
#include "doctor/accessdoctor.h"
#include "emulator/emulator.h"
#include "mainwindow.h"
#include "responsepane.h"
#include "settings/settings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace maas;
using K = Settings::Key;

namespace {

// A line from the middle of the PEM body: any copy of the key would contain it.
QByteArray keyFragment(const QByteArray &pem)
{
    const QList<QByteArray> lines = pem.split('\n');
    return lines.size() > 4 ? lines.at(lines.size() / 2) : pem;
}

} // namespace

class TestAccessEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void comparisonStreamsOnMintedAndRefreshedTokens();

private:
    struct Run
    {
        QList<EmulatorRequestLog> chats;
        QList<EmulatorRequestLog> grants;
    };
    Run runComparison(const QString &prompt);
    ResponsePane *pane(int i) const { return m_window->comparisonView()->pane(i); }
    // Every file under dir whose bytes contain needle ("" when none).
    static QStringList filesContaining(const QString &dir, const QByteArray &needle);

    const QStringList m_models{u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s, u"mistral-medium-3"_s};
    ManualClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC)};
    test::TestKeyPair m_keys;
    QTemporaryDir m_appDir; // the settings file and anything else the app writes
    QTemporaryDir m_keyDir; // where the user keeps the key file (not searched: the key belongs there)
    ModelCatalog m_catalog = ModelCatalog::load(QString());
    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SwitchableTokenProvider> m_tokens;
    std::unique_ptr<ChatClient> m_client;
    std::unique_ptr<LiveConnection> m_live;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessEndToEnd::initTestCase()
{
    QVERIFY(m_appDir.isValid() && m_keyDir.isValid());
    QLoggingCategory::setFilterRules(u"maas.*.debug=true"_s); // the most the app ever logs
    test::LogCapture::install();
    installRedactingMessageHandler();

    m_keys = test::generateKeyPair();
    EmulatorOptions options = test::authOptions(m_keys.publicPem);
    options.auth.requireMintedTokens = true; // a placeholder or stale token gets 401
    options.speed = 20;
    m_emulator = test::startEmulator(options, &m_clock);
    QVERIFY(m_emulator);
    const QString keyFile = m_keyDir.filePath(u"maas-test-key.json"_s);
    QVERIFY(test::writeFile(keyFile, test::serviceAccountJson(m_keys.privatePem, m_emulator->tokenUrl().toString())));

    // What a user saves in Settings: a project, the emulator as endpoint override, the key file.
    m_settings = std::make_unique<Settings>(m_appDir.filePath(u"settings.ini"_s));
    QVERIFY(m_settings->setValue(K::ProjectId, u"e2e-project"_s));
    QVERIFY(m_settings->setValue(K::EndpointOverride, m_emulator->baseUrl().toString()));
    QVERIFY(m_settings->setValue(K::CredentialSource, u"ServiceAccountKey"_s));
    QVERIFY(m_settings->setValue(K::CredentialFile, keyFile));
    QVERIFY(m_settings->setValue(K::PaneModels, m_models));

    // Wired as main() wires them, minus the offline demo.
    m_tokens = std::make_unique<SwitchableTokenProvider>(std::make_unique<StaticTokenProvider>(QString()));
    m_client = std::make_unique<ChatClient>(m_network, *m_tokens, m_clock, &m_catalog, ChatClient::Options{});
    LiveConnection::Options live;
    live.environment = QProcessEnvironment();
    m_live = std::make_unique<LiveConnection>(*m_settings, *m_client, *m_tokens, nullptr, m_network, m_clock, live);
    QCOMPARE(m_live->mode(), LiveConnection::Mode::Configured); // loopback, but a key file is set
    QVERIFY2(m_live->problem().isEmpty(), qPrintable(m_live->problem()));
    m_window =
        std::make_unique<MainWindow>(*m_settings, m_catalog, *m_client, u"Endpoint"_s, false, m_clock.now().date());
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessEndToEnd::cleanupTestCase()
{
    m_window.reset();
    m_live.reset();
    m_client.reset();
    m_tokens.reset();
    m_settings.reset();
    m_emulator.reset();
    test::LogCapture::uninstall();
}

TestAccessEndToEnd::Run TestAccessEndToEnd::runComparison(const QString &prompt)
{
    Run run;
    const QMetaObject::Connection logged =
        connect(m_emulator.get(), &Emulator::requestFinished, this,
                [&run](const EmulatorRequestLog &log) { (log.path == u"/token" ? run.grants : run.chats) << log; });
    ComparisonView *view = m_window->comparisonView();
    while (view->paneCount() < m_models.size())
        view->addPane();
    for (int i = 0; i < m_models.size(); ++i)
        pane(i)->setModelId(m_models.at(i));
    auto *user = m_window->findChild<QPlainTextEdit *>(u"userPromptEdit"_s);
    user->clear();
    QTest::keyClicks(user, prompt);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"runAllButton"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return !m_window->controller()->isRunning(); }, 60'000))
        qWarning("the comparison did not end");
    // A log entry is emitted when its response is over, which can be just after the client saw it.
    (void)QTest::qWaitFor([&run, this] { return run.chats.size() >= m_models.size(); }, 10'000);
    disconnect(logged);
    return run;
}

QStringList TestAccessEndToEnd::filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

void TestAccessEndToEnd::comparisonStreamsOnMintedAndRefreshedTokens()
{
    // 1. Three panes, one JWT-bearer grant, every chat request accepted (only minted tokens are).
    const Run first = runComparison(u"Compare RAII with garbage collection."_s);
    QCOMPARE(first.grants.size(), 1);
    QCOMPARE(first.grants.first().method, u"POST"_s);
    QCOMPARE(first.grants.first().status, 200);
    QCOMPARE(m_emulator->tokenRequestCount(), 1);
    QCOMPARE(first.chats.size(), m_models.size());
    for (const EmulatorRequestLog &chat : first.chats) {
        QVERIFY2(chat.status == 200, qPrintable(chat.toLine()));
        QCOMPARE(chat.header("authorization"), "(redacted)"_ba);
    }
    for (int i = 0; i < m_models.size(); ++i) {
        const QString answer = pane(i)->answerMarkdown();
        QVERIFY2(answer.contains(m_catalog.find(m_models.at(i))->name), qPrintable(answer.left(200)));
        for (int j = 0; j < m_models.size(); ++j)
            QVERIFY(j == i || !answer.contains(m_catalog.find(m_models.at(j))->name));
        QVERIFY(pane(i)->lastResult() && pane(i)->lastResult()->complete);
    }
    const test::FetchResult minted = test::fetchAndWait(*m_tokens);
    QVERIFY2(minted.error.isEmpty(), qPrintable(minted.error));
    QCOMPARE(minted.token.value, u"ya29.emulator-1"_s); // the one the panes used: no second grant
    QCOMPARE(minted.token.account, test::kServiceAccountEmail);
    QCOMPARE(test::callVertex(*m_emulator, u"local-token"_s).status, 401); // a placeholder would have failed

    // 2. 56 minutes later the token has 3 minutes left, inside the 5-minute refresh margin: the next run
    // refreshes it once for all three panes, before it expires (no request is refused on the way).
    m_clock.advanceMs(56 * 60 * 1000);
    const Run second = runComparison(u"Compare RAII with reference counting."_s);
    QCOMPARE(second.grants.size(), 1);
    QCOMPARE(m_emulator->tokenRequestCount(), 2);
    QCOMPARE(second.chats.size(), m_models.size());
    for (const EmulatorRequestLog &chat : second.chats)
        QVERIFY2(chat.status == 200, qPrintable(chat.toLine()));
    for (int i = 0; i < m_models.size(); ++i)
        QVERIFY(pane(i)->lastResult() && pane(i)->lastResult()->complete);
    const test::FetchResult refreshed = test::fetchAndWait(*m_tokens);
    QCOMPARE(refreshed.token.value, u"ya29.emulator-2"_s);
    QCOMPARE(m_emulator->tokenRequestCount(), 2);
    // The first token is past its hour now; the refreshed one still works.
    m_clock.advanceMs(5 * 60 * 1000);
    QCOMPARE(test::callVertex(*m_emulator, minted.token.value).status, 401);
    QCOMPARE(test::callVertex(*m_emulator, refreshed.token.value).status, 200);

    // 3. The access doctor on the app's own token source and settings: each wall the emulator plays stops
    // at its step with the fix naming this project and service account; the cached token serves it all.
    const QString member = u"serviceAccount:"_s + test::kServiceAccountEmail;
    const struct
    {
        AccessScenario scenario;
        QString location;
        QString step;
        QString command;
    } walls[] = {
        {AccessScenario::NoPredictPermission, u"us-east5"_s, u"permission"_s,
         u"gcloud projects add-iam-policy-binding e2e-project --member=%1 --role=roles/aiplatform.user"_s.arg(member)},
        {AccessScenario::ModelNotEnabled, u"us-east5"_s, u"model"_s,
         u"gcloud projects add-iam-policy-binding e2e-project --member=%1 "
         u"--role=roles/consumerprocurement.entitlementManager"_s.arg(member)},
        {AccessScenario::GlobalBlockedByOrgPolicy, u"global"_s, u"global"_s,
         u"gcloud org-policies describe gcp.restrictEndpointUsage --project=e2e-project --effective"_s},
        {AccessScenario::ApiDisabled, u"us-east5"_s, u"model"_s,
         u"gcloud services enable aiplatform.googleapis.com --project e2e-project"_s},
    };
    AccessDoctor doctor(m_network, *m_tokens, m_clock, &m_catalog);
    for (const auto &wall : walls) {
        m_emulator->setAccessScenario(wall.scenario);
        QSignalSpy finished(&doctor, &AccessDoctor::finished);
        DoctorRequest request{m_live->clientOptions().project,
                              wall.location,
                              u"claude-sonnet-4-5"_s,
                              m_live->clientOptions().baseOverride,
                              {},
                              {}};
        request.credentials = [this] { return DoctorCredentials{m_live->sourceDescription(), m_live->problem()}; };
        doctor.run(request);
        QVERIFY(finished.wait(60'000));
        const QList<DoctorStep> &steps = doctor.steps();
        const auto failed = std::find_if(steps.cbegin(), steps.cend(),
                                         [](const DoctorStep &s) { return s.status == StepStatus::Fail; });
        QVERIFY2(failed != steps.cend() && failed->id == wall.step, qPrintable(wall.step));
        QStringList commands;
        for (const DoctorFix &fix : failed->fixes)
            commands << fix.command;
        QVERIFY2(commands.contains(wall.command), qPrintable(commands.join(u'\n')));
        QVERIFY(steps.first().found.contains(u"service account key"_s));
    }
    m_emulator->setAccessScenario(AccessScenario::AllowAll);
    QCOMPARE(m_emulator->tokenRequestCount(), 2);

    // 4. No secret on disk or in the logs.
    m_settings->sync();
    const QList<QByteArray> secrets{keyFragment(m_keys.privatePem), "PRIVATE KEY", minted.token.value.toUtf8(),
                                    refreshed.token.value.toUtf8()};
    const QString log = test::LogCapture::appLog();
    for (const QByteArray &secret : secrets) {
        QVERIFY2(!secret.isEmpty(), "nothing to look for");
        for (const QString &dir : {m_appDir.path(), QDir::homePath()}) {
            const QStringList found = filesContaining(dir, secret);
            QVERIFY2(found.isEmpty(), qPrintable(u"a secret is in "_s + found.join(u", "_s)));
        }
        QVERIFY2(!log.contains(QString::fromLatin1(secret)), qPrintable(u"a secret was logged: "_s + log));
    }
    QVERIFY(QFile::exists(m_appDir.filePath(u"settings.ini"_s))); // the search looked at a real file
    QVERIFY(!filesContaining(m_appDir.path(), "ServiceAccountKey").isEmpty());
}

QTEST_MAIN(TestAccessEndToEnd)
#include "tst_accessendtoend.moc"
