// The settings page offscreen: validation messages, where the panes' models are served, the pasted
// token (SecretStore only, never the settings file), the live credential status against the emulator,
// and changes that reach the client without a restart.
#include "auth/credentialprobe.h"
#include "auth/liveconnection.h"
#include "auth/pastedtokensource.h"
#include "auth/providerfactory.h"
#include "auth/secretstore.h"
#include "authtestsupport.h"
#include "catalog/modelcatalog.h"
#include "client/chatclient.h"
#include "common/clock.h"
#include "common/logcapture.h"
#include "common/loopbackclient.h"
#include "mainwindow.h"
#include "settings/settings.h"
#include "settingspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;
using K = Settings::Key;

namespace {

const QString kPasted = u"ya29.settingsPageCanaryToken-5e1d7c"_s;

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void projectIdMessages_data();
    void projectIdMessages();
    void regionsAndWhereThePaneModelsAreServed();
    void provisionedOnGlobalIsExplained();
    void pastedTokenLandsInTheSecretStoreOnly();
    void liveStatusNamesTheServiceAccount();
    void brokenKeyFileNamesTheProblem();
    void checkAccessAsksForTheDoctor();
    void changesApplyWithoutRestart();
    void statusBarShowsTheCredentialState();
    void browsePicksTheKeyFile();
    void forgetTokenEmptiesTheStore();
    void loopbackEndpointStatusFollowsTheRule();

private:
    // With MAAS_SCREENSHOT_DIR set, saves a PNG of widget there (to look at; nothing is compared).
    static void screenshot(QWidget *widget, const QString &name);
    std::unique_ptr<SettingsPage> openPage(QStringList paneModels = {});
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    ModelCatalog m_catalog = ModelCatalog::load(QString());
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    test::TestKeyPair m_keys;
    std::unique_ptr<Emulator> m_emulator;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SettingsPage> m_page;
};

void TestSettingsPage::initTestCase()
{
    test::LogCapture::install();
    // The page checks the default source (the gcloud CLI) as it opens: never a real gcloud here.
    qputenv("PATH", m_dir.filePath(u"no-programs"_s).toLocal8Bit());
    m_keys = test::generateKeyPair();
    m_emulator = test::startEmulator(test::authOptions(m_keys.publicPem));
    QVERIFY(m_emulator);
}

void TestSettingsPage::cleanupTestCase()
{
    test::LogCapture::uninstall();
}

void TestSettingsPage::init()
{
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
    m_secrets = std::make_unique<MemorySecretStore>(u"no keychain service is available (test)"_s);
}

void TestSettingsPage::cleanup()
{
    m_page.reset();
    m_secrets.reset();
    m_settings.reset();
}

std::unique_ptr<SettingsPage> TestSettingsPage::openPage(QStringList paneModels)
{
    SettingsPageServices services{&m_catalog, std::move(paneModels), m_secrets.get(), &m_network, &m_clock};
    auto page = std::make_unique<SettingsPage>(*m_settings, u"/tmp/catalog.json"_s, services);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning("the settings page was not exposed");
    return page;
}

void TestSettingsPage::projectIdMessages_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected"); // empty: accepted
    QTest::newRow("valid") << u"my-project-123"_s << QString();
    QTest::newRow("display name") << u"My Project"_s << u"looks like a display name"_s;
    QTest::newRow("uppercase") << u"My-Project-1"_s << u"did you mean 'my-project-1'"_s;
    QTest::newRow("number") << u"123456789012"_s << u"looks like a project number"_s;
    QTest::newRow("too short") << u"abc"_s << u"has 3 characters; a project ID has 6 to 30"_s;
    QTest::newRow("digit first") << u"1project"_s << u"starts with a letter"_s;
    QTest::newRow("hyphen last") << u"my-project-"_s << u"cannot end with a hyphen"_s;
    QTest::newRow("underscore") << u"my_project"_s << u"'_' is not allowed"_s;
}

void TestSettingsPage::projectIdMessages()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    m_page = openPage();
    QTest::keyClicks(child<QLineEdit>("projectIdEdit"), id);
    auto *ok = m_page->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *label = child<QLabel>("validationLabel");
    if (expected.isEmpty()) {
        QVERIFY2(m_page->problems().isEmpty(), qPrintable(m_page->problems().join(u'\n')));
        QVERIFY(ok->isEnabled());
        return;
    }
    QVERIFY(!ok->isEnabled());
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(u"Project ID: "_s) && label->text().contains(expected),
             qPrintable(label->text()));

    // The quota project follows the same rules, but a project number is fine there.
    child<QLineEdit>("projectIdEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("quotaProjectEdit"), u"123456789012"_s);
    QVERIFY(m_page->problems().isEmpty());
    child<QLineEdit>("quotaProjectEdit")->setText(u"Billing Project"_s);
    QCOMPARE(m_page->problems().size(), 1);
    QVERIFY(m_page->problems().first().startsWith(u"Quota project: "_s));
}

void TestSettingsPage::regionsAndWhereThePaneModelsAreServed()
{
    m_page = openPage({u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s, u"mistral-medium-3"_s});
    auto *region = child<QComboBox>("regionComboBox");
    QStringList offered;
    for (int i = 0; i < region->count(); ++i)
        offered << region->itemText(i);
    QCOMPARE(offered.mid(0, 3), (QStringList{u"global"_s, u"us"_s, u"eu"_s}));
    for (const QString &r : {u"us-east5"_s, u"us-central1"_s, u"europe-west4"_s, u"us-south1"_s, u"europe-west1"_s})
        QVERIFY2(offered.contains(r), qPrintable(r));
    QCOMPARE(offered.size(), QSet<QString>(offered.cbegin(), offered.cend()).size());

    const QString claude = m_catalog.find(u"claude-sonnet-4-5")->name;
    const QString llama = m_catalog.find(u"llama-4-maverick")->name;
    const QString mistral = m_catalog.find(u"mistral-medium-3")->name;
    auto *served = child<QLabel>("servedByLabel");
    region->setCurrentText(u"us-east5"_s);
    QVERIFY2(served->text().contains(u"✓ %1: global, us-east5"_s.arg(claude)), qPrintable(served->text()));
    QVERIFY(served->text().contains(u"✓ %1: us-east5"_s.arg(llama)));
    QVERIFY(served->text().contains(u"✗ %1: not served at us-east5<br>"_s.arg(mistral)));
    QVERIFY(served->text().contains(u"(served at: us-central1, europe-west4)"_s));

    region->setCurrentText(u"global"_s);
    QVERIFY(served->text().contains(u"✓ %1"_s.arg(claude)));
    QVERIFY(served->text().contains(u"✗ %1: not served at global"_s.arg(llama)));
    QVERIFY(served->text().contains(u"✗ %1: not served at global"_s.arg(mistral)));
    QVERIFY(m_page->problems().isEmpty()); // a warning, not a refusal: the server decides
}

void TestSettingsPage::provisionedOnGlobalIsExplained()
{
    m_page = openPage();
    auto *type = child<QComboBox>("requestTypeComboBox");
    auto *note = child<QLabel>("requestTypeNote");
    child<QComboBox>("regionComboBox")->setCurrentText(u"global"_s);
    QVERIFY(!note->isVisible());
    type->setCurrentIndex(type->findData(u"Provisioned"_s));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"not offered on the global endpoint"_s));
    child<QComboBox>("regionComboBox")->setCurrentText(u"us-east5"_s);
    QVERIFY(!note->isVisible());

    QTest::mouseClick(m_page->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(m_settings->requestType(), Settings::RequestType::Provisioned);
}

void TestSettingsPage::pastedTokenLandsInTheSecretStoreOnly()
{
    // The page asks tokeninfo about a pasted token where the endpoint is: the emulator, never Google here.
    QVERIFY(m_settings->setValue(K::EndpointOverride, m_emulator->baseUrl().toString()));
    m_page = openPage();
    auto *source = child<QComboBox>("credentialSourceComboBox");
    auto *token = child<QLineEdit>("accessTokenEdit");
    auto *note = child<QLabel>("tokenStorageNote");
    QVERIFY(!token->isVisible());
    source->setCurrentIndex(source->findData(u"PastedToken"_s));
    QVERIFY(token->isVisible());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"stays in memory only until the app quits"_s), qPrintable(note->text()));
    QVERIFY(m_page->problems().join(u'\n').contains(u"Access token: paste one"_s));

    QTest::keyClicks(token, u"Bearer "_s + kPasted);
    QVERIFY2(m_page->problems().isEmpty(), qPrintable(m_page->problems().join(u'\n')));
    // The live check uses the typed token (it cannot say whose it is, but for how long).
    auto *status = child<QLabel>("credentialStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(
        status->text().contains(u"valid for 59 min"_s) || status->text().contains(u"valid for 60 min"_s), 10'000);
    // The emulator's tokeninfo does not know this token: the hour after pasting, and a note says so.
    QVERIFY2(status->text().contains(u"Note: tokeninfo"_s), qPrintable(status->text()));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTest::mouseClick(m_page->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(m_settings->credentialSource(), Settings::CredentialSource::PastedToken);
    QTRY_VERIFY_WITH_TIMEOUT(m_settings->pastedTokenTime().isValid(), 10'000);
    QVERIFY(m_settings->pastedTokenTime() >= before.addSecs(-1));
    QCOMPARE(m_secrets->value(QString(PastedTokenSource::kSecretKey)), kPasted.toUtf8()); // without "Bearer "

    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray file = ini.readAll();
    QVERIFY(file.contains("PastedToken"));
    QVERIFY2(!file.contains(kPasted.toUtf8()) && !file.contains("settingsPageCanary"), "the token is in the file");
    const QString log = test::LogCapture::appLog();
    QVERIFY(!log.isEmpty());
    QVERIFY(!log.contains(u"settingsPageCanary"_s));

    // Opened again: the saved token is announced, and an empty field keeps it.
    m_page.reset();
    m_page = openPage();
    QVERIFY(child<QLineEdit>("accessTokenEdit")->placeholderText().contains(u"paste a new one to replace it"_s));
    QVERIFY(m_page->problems().isEmpty());
}

void TestSettingsPage::liveStatusNamesTheServiceAccount()
{
    const QString key = m_dir.filePath(u"sa.json"_s);
    QVERIFY(test::writeFile(key, test::serviceAccountJson(m_keys.privatePem, m_emulator->tokenUrl().toString())));
    m_page = openPage({u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s, u"mistral-medium-3"_s});
    auto *source = child<QComboBox>("credentialSourceComboBox");
    source->setCurrentIndex(source->findData(u"ServiceAccountKey"_s));
    QTest::keyClicks(child<QLineEdit>("credentialFileEdit"), key);
    auto *status = child<QLabel>("credentialStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(test::kServiceAccountEmail), 20'000);
    QVERIFY2(
        status->text().startsWith(u"Authenticated as %1, token valid for 59 min"_s.arg(test::kServiceAccountEmail)),
        qPrintable(status->text()));
    QVERIFY(m_emulator->tokenRequestCount() >= 1); // minted by the emulator, through the page's own check
    screenshot(m_page.get(), u"settingspage.png"_s);
}

void TestSettingsPage::brokenKeyFileNamesTheProblem()
{
    const QString key = m_dir.filePath(u"broken.json"_s);
    QVERIFY(test::writeFile(key, R"({"type":"service_account","client_email":"x@y.iam.gserviceaccount.com"})"));
    m_page = openPage();
    auto *source = child<QComboBox>("credentialSourceComboBox");
    source->setCurrentIndex(source->findData(u"ServiceAccountKey"_s));
    QTest::keyClicks(child<QLineEdit>("credentialFileEdit"), key);
    auto *status = child<QLabel>("credentialStatusLabel");
    // Before the path is typed the page already says no file is set; then it names the file's problem.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"private_key"_s), 10'000);
    QVERIFY2(status->text().startsWith(u"Problem: "_s), qPrintable(status->text()));

    child<QLineEdit>("credentialFileEdit")->setText(m_dir.filePath(u"missing.json"_s));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"missing.json"_s), 10'000);
    QVERIFY(status->text().startsWith(u"Problem: "_s));
}

void TestSettingsPage::checkAccessAsksForTheDoctor()
{
    m_page = openPage();
    QSignalSpy spy(m_page.get(), &SettingsPage::accessDoctorRequested);
    QTest::mouseClick(child<QPushButton>("checkAccessButton"), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
}

void TestSettingsPage::changesApplyWithoutRestart()
{
    SwitchableTokenProvider tokens(std::make_unique<StaticTokenProvider>(QString()));
    ChatClient client(m_network, tokens, m_clock, &m_catalog, {});
    LiveConnection::Options options;
    options.environment = QProcessEnvironment();
    LiveConnection live(*m_settings, client, tokens, m_secrets.get(), m_network, m_clock, options);
    m_page = openPage();
    QTest::keyClicks(child<QLineEdit>("projectIdEdit"), u"live-project-9"_s);
    QTest::keyClicks(child<QLineEdit>("quotaProjectEdit"), u"billing-project-9"_s);
    auto *type = child<QComboBox>("requestTypeComboBox");
    type->setCurrentIndex(type->findData(u"PayAsYouGo"_s));
    child<QSpinBox>("timeoutSpinBox")->setValue(90);
    child<QSpinBox>("retrySpinBox")->setValue(6);
    QTest::mouseClick(m_page->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(client.options().project, u"live-project-9"_s);
    QCOMPARE(client.options().quotaProject, u"billing-project-9"_s);
    QCOMPARE(client.options().throughput, ThroughputMode::PayAsYouGoOnly);
    QCOMPARE(client.options().idleTimeoutMs, 90'000);
    QCOMPARE(client.options().retry.maxRetries, 6);
    QCOMPARE(live.mode(), LiveConnection::Mode::Configured);
}

void TestSettingsPage::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAAS_SCREENSHOT_DIR");
    if (!dir.isEmpty() && !widget->grab().save(dir + u'/' + name, "PNG"))
        qWarning("cannot save the screenshot %s", qPrintable(name));
}

void TestSettingsPage::statusBarShowsTheCredentialState()
{
    test::LoopbackClient loop;
    QVERIFY(loop.start(0));
    MainWindow window(*m_settings, loop.catalog, *loop.client, u"Vertex AI"_s, false, QDate(2026, 11, 27));
    window.resize(1366, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *label = window.findChild<QLabel *>(u"credentialStatus"_s);
    QVERIFY(label);

    CredentialStatus ready;
    ready.state = CredentialStatus::State::Ready;
    ready.account = u"me@example.com"_s;
    ready.minutesLeft = 52;
    window.setCredentialStatus(u"gcloud"_s, ready);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"gcloud · me@example.com · 52 min"_s);
    QVERIFY(label->styleSheet().isEmpty());

    CredentialStatus pasted;
    pasted.state = CredentialStatus::State::Ready;
    pasted.refreshable = false;
    pasted.minutesLeft = 4;
    window.setCredentialStatus(u"Pasted token"_s, pasted);
    QCOMPARE(label->text(), u"Pasted token · expires in 4 min"_s);
    QVERIFY(label->styleSheet().contains(u"#b3261e"_s)); // about to expire: warning colour
    screenshot(&window, u"statusbar-pasted.png"_s);

    CredentialStatus broken;
    broken.state = CredentialStatus::State::Problem;
    broken.problem = u"gcloud is not installed or not on PATH"_s;
    window.setCredentialStatus(u"gcloud"_s, broken);
    QCOMPARE(label->text(), u"gcloud · gcloud is not installed or not on PATH"_s);
    QVERIFY(label->styleSheet().contains(u"#b3261e"_s));

    window.setConnection(u"Offline demo: simulated answers"_s, true); // the demo says so itself
    QVERIFY(!label->isVisible());
    QVERIFY(window.findChild<QLabel *>(u"modeLabel"_s)->text().startsWith(u"Offline demo"_s));
}

void TestSettingsPage::browsePicksTheKeyFile()
{
    const QString key = m_dir.filePath(u"picked.json"_s);
    QVERIFY(test::writeFile(key, test::serviceAccountJson(m_keys.privatePem, m_emulator->tokenUrl().toString())));
    m_page = openPage();
    auto *browse = child<QPushButton>("browseCredentialFileButton");
    QVERIFY(!browse->isVisible()); // gcloud has no file
    auto *source = child<QComboBox>("credentialSourceComboBox");
    source->setCurrentIndex(source->findData(u"ServiceAccountKey"_s));
    QVERIFY(browse->isVisible());
    QTest::mouseClick(browse, Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_page->findChild<QFileDialog *>(u"credentialFileDialog"_s)) != nullptr, 10'000);
    QVERIFY(dialog->nameFilters().first().contains(u"*.json"_s));
    QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFile);
    dialog->selectFile(key);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected; it runs all the same
    QCOMPARE(child<QLineEdit>("credentialFileEdit")->text(), QDir::toNativeSeparators(key));
    // The picked file is checked like a typed one.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("credentialStatusLabel")->text().contains(test::kServiceAccountEmail),
                             20'000);
    screenshot(m_page.get(), u"settingspage-keyfile.png"_s);

    // Cancelled: the field keeps what it had.
    QTest::mouseClick(browse, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_page->findChild<QFileDialog *>(u"credentialFileDialog"_s)) != nullptr, 10'000);
    dialog->reject();
    QCOMPARE(child<QLineEdit>("credentialFileEdit")->text(), QDir::toNativeSeparators(key));
}

void TestSettingsPage::forgetTokenEmptiesTheStore()
{
    QVERIFY(m_settings->setValue(K::EndpointOverride, m_emulator->baseUrl().toString())); // tokeninfo there
    m_secrets->insert(QString(PastedTokenSource::kSecretKey), kPasted.toUtf8());
    QVERIFY(m_settings->setValue(K::CredentialSource, u"PastedToken"_s));
    QVERIFY(m_settings->setValue(K::PastedTokenTime, m_clock.now().toUTC().toString(Qt::ISODate)));
    m_page = openPage();
    auto *forget = child<QPushButton>("forgetTokenButton");
    QVERIFY(forget->isVisible());
    QVERIFY(forget->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("credentialStatusLabel")->text().contains(u"Note: tokeninfo"_s), 10'000);
    screenshot(m_page.get(), u"settingspage-pasted.png"_s);
    QTest::mouseClick(forget, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_settings->pastedTokenTime().isValid(), 10'000);
    QVERIFY(m_secrets->value(QString(PastedTokenSource::kSecretKey)).isEmpty());
    QVERIFY(!forget->isEnabled());
    QVERIFY(child<QLineEdit>("accessTokenEdit")->placeholderText().startsWith(u"Paste the output"_s));
    QVERIFY(m_page->problems().join(u'\n').contains(u"Access token: paste one"_s));
    // Nothing pasted on a loopback endpoint: the placeholder, and the status says so.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("credentialStatusLabel")->text().startsWith(u"Local endpoint"_s), 10'000);
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("pasted"));
}

void TestSettingsPage::loopbackEndpointStatusFollowsTheRule()
{
    m_page = openPage();
    auto *status = child<QLabel>("credentialStatusLabel");
    QTest::keyClicks(child<QLineEdit>("endpointEdit"), m_emulator->baseUrl().toString());
    // gcloud sets nothing here: the emulator gets the placeholder, and the page says so.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Local endpoint: requests carry a placeholder token"_s),
                             10'000);
    // A key file is a credential set here: it is used on loopback too.
    const QString key = m_dir.filePath(u"loopback.json"_s);
    QVERIFY(test::writeFile(key, test::serviceAccountJson(m_keys.privatePem, m_emulator->tokenUrl().toString())));
    auto *source = child<QComboBox>("credentialSourceComboBox");
    source->setCurrentIndex(source->findData(u"ServiceAccountKey"_s));
    QCOMPARE(status->text().startsWith(u"Local endpoint"_s), true); // no file yet
    child<QLineEdit>("credentialFileEdit")->setText(key);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(test::kServiceAccountEmail), 20'000);
    QVERIFY(credentialIsSet(Settings::CredentialSource::ServiceAccountKey, key, false));
    QVERIFY(!credentialIsSet(Settings::CredentialSource::GcloudCli, key, true));
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
