#include "client/retrypolicy.h"
#include "client/streammetrics.h"
#include "common/clock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryableStatuses();
    void backoffGrowsWithJitterAndCap();
    void retryAfterIsHonouredUpToTheCap();
    void budgetIsRespected();
    void manualClockRunsDueWorkInOrder();
    void metricsRateAndCost();
};

void TestRetryPolicy::retryableStatuses()
{
    for (int s : {408, 429, 500, 502, 503, 504, 529})
        QVERIFY2(RetryPolicy::isRetryableStatus(s), qPrintable(QString::number(s)));
    for (int s : {200, 400, 401, 403, 404, 409, 422, 501})
        QVERIFY2(!RetryPolicy::isRetryableStatus(s), qPrintable(QString::number(s)));
}

void TestRetryPolicy::backoffGrowsWithJitterAndCap()
{
    RetryOptions o;
    o.maxRetries = 6;
    const RetryPolicy high(o, [] { return 0.999999; });
    const RetryPolicy low(o, [] { return 0.0; });
    QCOMPARE(high.delayBeforeRetry(1, std::nullopt), 999); // base 1 s
    QCOMPARE(high.delayBeforeRetry(2, std::nullopt), 1999);
    QCOMPARE(high.delayBeforeRetry(3, std::nullopt), 3999);
    QCOMPARE(high.delayBeforeRetry(5, std::nullopt), 7999); // capped at 8 s
    QCOMPARE(high.delayBeforeRetry(6, std::nullopt), 7999);
    QCOMPARE(low.delayBeforeRetry(1, std::nullopt), 250); // never below a quarter
    QCOMPARE(low.delayBeforeRetry(4, std::nullopt), 2000);
}

void TestRetryPolicy::retryAfterIsHonouredUpToTheCap()
{
    const RetryPolicy policy(RetryOptions{}, [] { return 0.5; });
    QCOMPARE(policy.delayBeforeRetry(1, 7), 7000);
    QCOMPARE(policy.delayBeforeRetry(1, 0), 0);
    QCOMPARE(policy.delayBeforeRetry(1, 60), 60000);
    QCOMPARE(policy.delayBeforeRetry(1, 61), std::nullopt); // too long: the user decides
}

void TestRetryPolicy::budgetIsRespected()
{
    RetryOptions o;
    o.maxRetries = 2;
    const RetryPolicy policy(o);
    QVERIFY(policy.delayBeforeRetry(1, std::nullopt));
    QVERIFY(policy.delayBeforeRetry(2, std::nullopt));
    QVERIFY(!policy.delayBeforeRetry(3, std::nullopt));
    QVERIFY(!policy.delayBeforeRetry(0, std::nullopt));
    o.maxRetries = 0;
    QVERIFY(!RetryPolicy(o).delayBeforeRetry(1, 1));
}

void TestRetryPolicy::manualClockRunsDueWorkInOrder()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
    QObject context;
    QStringList ran;
    clock.singleShot(300, &context, [&] { ran << u"b"_s; });
    clock.singleShot(100, &context, [&] {
        ran << u"a"_s;
        clock.singleShot(100, &context, [&] { ran << u"a2"_s; }); // scheduled from inside: due at 200
    });
    {
        QObject gone;
        clock.singleShot(50, &gone, [&] { ran << u"never"_s; });
    }
    QCOMPARE(clock.nextDueInMs(), 50);
    clock.advanceMs(99);
    QVERIFY(ran.isEmpty());
    clock.advanceMs(1);
    QCOMPARE(ran, QStringList{u"a"_s});
    clock.advanceMs(250);
    QCOMPARE(ran, (QStringList{u"a"_s, u"a2"_s, u"b"_s}));
    QCOMPARE(clock.pendingCount(), 0);
}

void TestRetryPolicy::metricsRateAndCost()
{
    StreamMetrics m;
    QCOMPARE(m.tokensPerSecond(), std::nullopt);
    m.firstTokenMs = 500;
    m.lastTokenMs = 2500;
    m.outputChars = 400; // ~100 tokens estimated
    QVERIFY(m.outputTokensEstimated());
    QCOMPARE(m.outputTokens(), 100);
    QCOMPARE(*m.tokensPerSecond(), 49.5); // 99 tokens after the first, over 2 s
    m.usage.outputTokens = 201;
    m.usage.inputTokens = 1000;
    QCOMPARE(*m.tokensPerSecond(), 100.0);
    const Pricing price{3.0, 15.0, u"USD"_s, QDate(2026, 11, 24)};
    QCOMPARE(*m.cost(price), (1000 * 3.0 + 201 * 15.0) / 1e6);
    QCOMPARE(m.cost(std::nullopt), std::nullopt);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
