// MetadataSource against the emulator's metadata server (GCE_METADATA_HOST), against impostors
// without the Metadata-Flavor header, and against addresses where nothing answers.
#include "auth/metadatasource.h"
#include "authtestsupport.h"
#include "common/clock.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;
using namespace maas::test;

class TestMetadataSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void hostComesFromTheEnvironment();
    void tokenAndAccountFromTheEmulator();
    void projectId();
    void concurrentFetchesShareOneRequest();
    void refusesAnswersWithoutTheFlavorHeader();
    void refusedConnectionFailsFast();
    void silentServerTimesOut();

private:
    QProcessEnvironment pointingAt(const QString &host) const
    {
        QProcessEnvironment env;
        env.insert(u"GCE_METADATA_HOST"_s, host);
        return env;
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
};

void TestMetadataSource::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    m_emulator = startEmulator(EmulatorOptions(), m_clock.get());
    QVERIFY(m_emulator);
}

void TestMetadataSource::hostComesFromTheEnvironment()
{
    QCOMPARE(MetadataSource::baseUrl(QProcessEnvironment()), QUrl(u"http://169.254.169.254/computeMetadata/v1/"_s));
    QProcessEnvironment ip;
    ip.insert(u"GCE_METADATA_IP"_s, u"10.1.2.3"_s);
    QCOMPARE(MetadataSource::baseUrl(ip), QUrl(u"http://10.1.2.3/computeMetadata/v1/"_s));
    QCOMPARE(MetadataSource::baseUrl(pointingAt(u"127.0.0.1:8085"_s)),
             QUrl(u"http://127.0.0.1:8085/computeMetadata/v1/"_s));
    QCOMPARE(MetadataSource::baseUrl(pointingAt(u"http://metadata.google.internal"_s)),
             QUrl(u"http://metadata.google.internal/computeMetadata/v1/"_s));
}

void TestMetadataSource::tokenAndAccountFromTheEmulator()
{
    MetadataSource source(m_network, *m_clock, pointingAt(m_emulator->metadataHost()));
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.token.value, u"ya29.emulator-1"_s);
    QCOMPARE(result.token.expiry, m_clock->now().addSecs(3599));
    QCOMPARE(result.token.account, m_emulator->options().auth.metadataEmail);
    QCOMPARE(m_emulator->metadataTokenRequestCount(), 1);
    QCOMPARE(fetchAndWait(source).token.value, u"ya29.emulator-2"_s);
}

void TestMetadataSource::projectId()
{
    MetadataSource source(m_network, *m_clock, pointingAt(m_emulator->metadataHost()));
    QObject context;
    QString projectId;
    QString error;
    bool done = false;
    source.fetchProjectId(&context, [&](const QString &id, const QString &e) {
        projectId = id;
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(error.isEmpty());
    QCOMPARE(projectId, u"emulator-project"_s);
}

void TestMetadataSource::concurrentFetchesShareOneRequest()
{
    MetadataSource source(m_network, *m_clock, pointingAt(m_emulator->metadataHost()));
    const QList<FetchResult> results = fetchManyAndWait(source, 6);
    for (const FetchResult &r : results)
        QCOMPARE(r.token.value, u"ya29.emulator-1"_s);
    QCOMPARE(m_emulator->metadataTokenRequestCount(), 1);
}

void TestMetadataSource::refusesAnswersWithoutTheFlavorHeader()
{
    // Something on that address answers like a metadata server, but without the header.
    QHttpServer impostor;
    impostor.route(u"/computeMetadata/v1/instance/service-accounts/default/token"_s, [] {
        return QHttpServerResponse("application/json"_ba,
                                   R"x({"access_token":"ya29.impostor","expires_in":3599,"token_type":"Bearer"})x"_ba);
    });
    auto *tcp = new QTcpServer(&impostor);
    QVERIFY(tcp->listen(QHostAddress::LocalHost) && impostor.bind(tcp));
    MetadataSource source(m_network, *m_clock, pointingAt(u"127.0.0.1:%1"_s.arg(tcp->serverPort())));
    const FetchResult result = fetchAndWait(source);
    QVERIFY(result.token.value.isEmpty());
    QVERIFY2(result.error.contains(u"without the \"Metadata-Flavor: Google\" header"_s), qPrintable(result.error));
}

void TestMetadataSource::refusedConnectionFailsFast()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    MetadataSource source(m_network, *m_clock, pointingAt(u"127.0.0.1:%1"_s.arg(port)));
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.contains(u"no metadata server at 127.0.0.1:%1"_s.arg(port)), qPrintable(result.error));
    QVERIFY(result.error.contains(u"not running on Google Cloud?"_s));
}

void TestMetadataSource::silentServerTimesOut()
{
    // Accepts the connection, reads the request, never answers.
    QTcpServer silent;
    QList<QTcpSocket *> sockets;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            sockets << socket;
    });
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    MetadataOptions options;
    options.responseTimeoutMs = 400;
    MetadataSource source(m_network, *m_clock, pointingAt(u"127.0.0.1:%1"_s.arg(silent.serverPort())), options);
    QElapsedTimer timer;
    timer.start();
    const FetchResult result = fetchAndWait(source);
    QVERIFY(result.done);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.error.startsWith(u"Cannot get a token from the metadata server"_s));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestMetadataSource)
#include "tst_metadatasource.moc"
