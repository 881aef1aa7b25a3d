// GcloudSource with a fake gcloud script: tokens, the account, and each failure's own message.
#include "auth/gcloudsource.h"
#include "authtestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;
using namespace maas::test;

namespace {

// A gcloud that answers both commands the source runs, and counts token runs in runs.log.
QByteArray script(const QByteArray &tokenCommand, const QByteArray &accountCommand = "echo dev@example.com")
{
    return "here=$(dirname \"$0\")\n"
           "case \"$1 $2\" in\n"
           "  \"auth print-access-token\") echo run >> \"$here/runs.log\"; " +
           tokenCommand +
           " ;;\n"
           "  \"config get-value\") " +
           accountCommand +
           " ;;\n"
           "  *) echo \"unexpected: $*\" >&2; exit 3 ;;\n"
           "esac\n";
}

} // namespace

class TestGcloudSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void printsAToken();
    void accountIsOptional();
    void notInstalled();
    void notLoggedIn();
    void printsNothing();
    void timesOut();
    void concurrentFetchesShareOneRun();

private:
    GcloudOptions fake(const QByteArray &body, int timeoutMs = 10'000) const
    {
        GcloudOptions options;
        options.program = writeFakeGcloud(m_dir->path(), body);
        options.timeoutMs = timeoutMs;
        return options;
    }
    int runs() const
    {
        QFile log(m_dir->filePath(u"runs.log"_s));
        return log.open(QIODevice::ReadOnly) ? int(log.readAll().count('\n')) : 0;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestGcloudSource::init()
{
#ifdef Q_OS_WIN
    QSKIP("the fake gcloud is a shell script");
#endif
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestGcloudSource::printsAToken()
{
    GcloudSource source(fake(script("echo 'WARNING: a notice on stderr' >&2; echo ya29.fake-gcloud-token")));
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.token.value, u"ya29.fake-gcloud-token"_s);
    QCOMPARE(result.token.account, u"dev@example.com"_s);
    QVERIFY(!result.token.expiry.isValid()); // gcloud does not say
    QCOMPARE(source.account(), u"dev@example.com"_s);
    QCOMPARE(runs(), 1);
    // The account is asked once; tokens are asked every time.
    QCOMPARE(fetchAndWait(source).token.account, u"dev@example.com"_s);
    QCOMPARE(runs(), 2);
}

void TestGcloudSource::accountIsOptional()
{
    GcloudSource source(fake(script("echo ya29.t", "echo '(unset)' >&2")));
    const FetchResult result = fetchAndWait(source);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.token.value, u"ya29.t"_s);
    QVERIFY(result.token.account.isEmpty());

    GcloudOptions noLookup = fake(script("echo ya29.t", "exit 9"));
    noLookup.lookUpAccount = false;
    GcloudSource quiet(noLookup);
    QVERIFY(fetchAndWait(quiet).error.isEmpty());
}

void TestGcloudSource::notInstalled()
{
    GcloudOptions options;
    options.program = m_dir->filePath(u"no-such-gcloud"_s);
    GcloudSource source(options);
    const FetchResult result = fetchAndWait(source);
    QVERIFY(result.token.value.isEmpty());
    QVERIFY2(result.error.startsWith(u"gcloud is not installed or not on PATH"_s), qPrintable(result.error));
    QVERIFY(result.error.contains(options.program));
    QCOMPARE(result.calls, 1);
}

void TestGcloudSource::notLoggedIn()
{
    GcloudSource source(fake(script(
        "echo 'ERROR: (gcloud.auth.print-access-token) You do not currently have an active account selected.' >&2; "
        "echo 'Please run:' >&2; exit 1")));
    const FetchResult result = fetchAndWait(source);
    QVERIFY(result.token.value.isEmpty());
    QVERIFY2(result.error.contains(u"failed (exit code 1): ERROR: (gcloud.auth.print-access-token) You do not "
                                   "currently have an active account selected."_s),
             qPrintable(result.error));
    QVERIFY(result.error.contains(u"gcloud auth login"_s));
    QVERIFY(!result.error.contains(u"Please run"_s)); // the first line only
}

void TestGcloudSource::printsNothing()
{
    GcloudSource source(fake(script("true")));
    QVERIFY(fetchAndWait(source).error.contains(u"printed no token"_s));
}

void TestGcloudSource::timesOut()
{
    GcloudSource source(fake(script("sleep 10; echo ya29.late"), 300));
    QElapsedTimer timer;
    timer.start();
    const FetchResult result = fetchAndWait(source);
    QVERIFY2(result.error.contains(u"did not answer within"_s), qPrintable(result.error));
    QVERIFY(timer.elapsed() < 5000);
}

void TestGcloudSource::concurrentFetchesShareOneRun()
{
    GcloudSource source(fake(script("sleep 0.2; echo ya29.shared")));
    const QList<FetchResult> results = fetchManyAndWait(source, 6);
    for (const FetchResult &r : results) {
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.token.value, u"ya29.shared"_s);
    }
    QCOMPARE(runs(), 1);
}

QTEST_GUILESS_MAIN(TestGcloudSource)
#include "tst_gcloudsource.moc"
