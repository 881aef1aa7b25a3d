// AutomaticSource tries MAAS_ACCESS_TOKEN, ADC, gcloud, the metadata server, in that order, and
// says which one it used.
#include "auth/adcsource.h"
#include "auth/automaticsource.h"
#include "authtestsupport.h"
#include "common/clock.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;
using namespace maas::test;

class TestAutomaticSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void environmentTokenComesFirst();
    void adcComesNext();
    void brokenAdcIsReportedNotSkipped();
    void gcloudComesNext();
    void metadataServerComesLast();
    void nothingFoundListsWhatWasTried();
    void choiceIsKeptUntilReset();

private:
    QProcessEnvironment baseEnvironment() const;
    AutomaticOptions options(bool gcloudWorks) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
    quint16 m_closedPort = 0;
};

void TestAutomaticSource::init()
{
#ifdef Q_OS_WIN
    QSKIP("the fake gcloud is a shell script");
#endif
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    m_emulator = startEmulator(authOptions({}), m_clock.get());
    QVERIFY(m_emulator);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    m_closedPort = closed.serverPort();
}

// Nothing configured: an empty HOME, and a metadata host where nothing listens.
QProcessEnvironment TestAutomaticSource::baseEnvironment() const
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"GCE_METADATA_HOST"_s, u"127.0.0.1:%1"_s.arg(m_closedPort));
    return env;
}

AutomaticOptions TestAutomaticSource::options(bool gcloudWorks) const
{
    AutomaticOptions options;
    options.gcloud.program = gcloudWorks ? writeFakeGcloud(m_dir->path(), "case \"$1\" in auth) echo ya29.from-gcloud "
                                                                          ";; *) echo dev@example.com ;; esac\n")
                                         : m_dir->filePath(u"no-gcloud-here"_s);
    options.authorizedUserTokenUrl = m_emulator->tokenUrl();
    return options;
}

void TestAutomaticSource::environmentTokenComesFirst()
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(u"MAAS_ACCESS_TOKEN"_s, u"ya29.from-environment"_s);
    QVERIFY(writeFile(m_dir->filePath(u"home/.config/gcloud/application_default_credentials.json"_s),
                      authorizedUserJson(kRefreshToken)));
    AutomaticSource source(m_network, *m_clock, env, options(true));
    const FetchResult result = fetchAndWait(source);
    QCOMPARE(result.token.value, u"ya29.from-environment"_s);
    QCOMPARE(source.activeKind(), AutomaticSource::Kind::EnvironmentToken);
    QCOMPARE(source.activeSource(), u"MAAS_ACCESS_TOKEN"_s);
    QCOMPARE(m_emulator->tokenRequestCount(), 0);
}

void TestAutomaticSource::adcComesNext()
{
    const QString adc = m_dir->filePath(u"home/.config/gcloud/application_default_credentials.json"_s);
    QVERIFY(writeFile(adc, authorizedUserJson(kRefreshToken, {}, u"quota-9"_s)));
    AutomaticSource source(m_network, *m_clock, baseEnvironment(), options(true));
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.token.value, u"ya29.emulator-1"_s);
    QCOMPARE(source.activeKind(), AutomaticSource::Kind::ApplicationDefault);
    QCOMPARE(source.activeSource(), u"Application Default Credentials (%1)"_s.arg(adc));
    QCOMPARE(static_cast<AdcSource *>(source.activeProvider())->quotaProjectId(), u"quota-9"_s);
    QCOMPARE(source.quotaProjectId(), u"quota-9"_s);
}

void TestAutomaticSource::brokenAdcIsReportedNotSkipped()
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(u"GOOGLE_APPLICATION_CREDENTIALS"_s, m_dir->filePath(u"missing.json"_s));
    AutomaticSource source(m_network, *m_clock, env, options(true));
    const FetchResult result = fetchAndWait(source);
    QVERIFY(result.token.value.isEmpty()); // not gcloud's token
    QVERIFY2(result.error.contains(u"GOOGLE_APPLICATION_CREDENTIALS names"_s), qPrintable(result.error));
    QCOMPARE(source.activeKind(), AutomaticSource::Kind::ApplicationDefault);
}

void TestAutomaticSource::gcloudComesNext()
{
    AutomaticSource source(m_network, *m_clock, baseEnvironment(), options(true));
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.token.value, u"ya29.from-gcloud"_s);
    QCOMPARE(result.token.account, u"dev@example.com"_s);
    QCOMPARE(source.activeKind(), AutomaticSource::Kind::Gcloud);
    QCOMPARE(source.activeSource(), u"gcloud CLI"_s);
}

void TestAutomaticSource::metadataServerComesLast()
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(u"GCE_METADATA_HOST"_s, m_emulator->metadataHost());
    AutomaticSource source(m_network, *m_clock, env, options(false));
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.token.value, u"ya29.emulator-1"_s);
    QCOMPARE(source.activeKind(), AutomaticSource::Kind::MetadataServer);
    QCOMPARE(source.activeSource(), u"metadata server (%1)"_s.arg(m_emulator->metadataHost()));
}

void TestAutomaticSource::nothingFoundListsWhatWasTried()
{
    AutomaticSource source(m_network, *m_clock, baseEnvironment(), options(false));
    const FetchResult result = fetchAndWait(source);
    QVERIFY(result.token.value.isEmpty());
    QVERIFY2(result.error.startsWith(u"No Google Cloud credentials found."_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"MAAS_ACCESS_TOKEN is not set"_s));
    QVERIFY(result.error.contains(u"no Application Default Credentials"_s));
    QVERIFY(result.error.contains(u"gcloud is not installed"_s));
    QVERIFY(result.error.contains(u"no metadata server at 127.0.0.1"_s));
    QCOMPARE(source.activeKind(), AutomaticSource::Kind::None);
    QVERIFY(source.activeSource().isEmpty());
}

void TestAutomaticSource::choiceIsKeptUntilReset()
{
    AutomaticSource source(m_network, *m_clock, baseEnvironment(), options(true));
    QCOMPARE(fetchAndWait(source).token.value, u"ya29.from-gcloud"_s);
    // An ADC file appears: the choice stays until reset().
    QVERIFY(writeFile(m_dir->filePath(u"home/.config/gcloud/application_default_credentials.json"_s),
                      authorizedUserJson(kRefreshToken)));
    QCOMPARE(fetchAndWait(source).token.value, u"ya29.from-gcloud"_s);
    source.reset();
    QCOMPARE(fetchAndWait(source).token.value, u"ya29.emulator-1"_s);
    QCOMPARE(source.activeKind(), AutomaticSource::Kind::ApplicationDefault);
}

QTEST_GUILESS_MAIN(TestAutomaticSource)
#include "tst_automaticsource.moc"
