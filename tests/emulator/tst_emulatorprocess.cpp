// The maas-emulator executable: first line is the base URL, it answers, logs to stderr, and stops
// cleanly on SIGTERM.
#include "emulatorclient.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEmulatorProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAnswersAndStops();
    void helpDocumentsFaults();
};

void TestEmulatorProcess::startsAnswersAndStops()
{
    QProcess process;
    process.start(QStringLiteral(MAAS_EMULATOR_EXE),
                  {u"--port"_s, u"0"_s, u"--speed"_s, u"0"_s, u"--token"_s, u"ya29.process-test"_s});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString firstLine = QString::fromUtf8(process.readLine()).trimmed();
    const QUrl base(firstLine, QUrl::StrictMode);
    QCOMPARE(base.scheme(), u"http"_s);
    QCOMPARE(base.host(), u"127.0.0.1"_s);
    QVERIFY(base.port() > 0);
    QCOMPARE(base.path(), u"/v1"_s);

    EmulatorClient client(base);
    const HttpResult r =
        client.post(routes::chat(u"global"_s), routes::chatBody(u"openai/gpt-oss-120b-maas"_s, u"Hello"_s, true), {},
                    "ya29.process-test");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
    QCOMPARE(client
                 .post(routes::chat(u"global"_s), routes::chatBody(u"openai/gpt-oss-120b-maas"_s, u"Hello"_s, true), {},
                       "ya29.other")
                 .status,
             401);

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString log = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(log.contains(u"POST /v1/projects/test-proj/locations/global/endpoints/openapi/chat/completions "
                          "model=openai/gpt-oss-120b-maas status=200"_s),
             qPrintable(log));
    QVERIFY(log.contains(u"status=401"_s));
}

void TestEmulatorProcess::helpDocumentsFaults()
{
    QProcess process;
    process.start(QStringLiteral(MAAS_EMULATOR_EXE), {u"--help"_s});
    QVERIFY(process.waitForFinished(10000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &word : {u"X-Maas-Fault"_s, u"[[fault:"_s, u"quota"_s, u"times=N"_s, u"--refuse-retired"_s,
                                u"stall"_s, u"slow-start"_s, u"drop"_s})
        QVERIFY2(help.contains(word), qPrintable(word));
}

QTEST_GUILESS_MAIN(TestEmulatorProcess)
#include "tst_emulatorprocess.moc"
