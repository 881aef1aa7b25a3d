#include "wire/streamevent.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

class TestStreamEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeOverwritesOnlyReportedCounts();
    void finishReasonFromRaw_data();
    void finishReasonFromRaw();
    void factoriesFillTheirFields();
    void goldenLines_data();
    void goldenLines();
};

void TestStreamEvent::mergeOverwritesOnlyReportedCounts()
{
    Usage total;
    total.merge(Usage{27, 3, 0, 0}); // message_start
    QCOMPARE(total, (Usage{27, 3, 0, 0}));
    total.merge(Usage{-1, 48, -1, -1}); // message_delta: only output_tokens
    QCOMPARE(total, (Usage{27, 48, 0, 0}));
    total.merge(Usage{30, -1, 5, -1});
    QCOMPARE(total, (Usage{30, 48, 5, 0}));
    total.merge(Usage{});
    QCOMPARE(total, (Usage{30, 48, 5, 0}));
}

void TestStreamEvent::finishReasonFromRaw_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<FinishReason>("reason");
    QTest::addColumn<QString>("name");
    QTest::newRow("end_turn") << u"end_turn"_s << FinishReason::Stop << u"stop"_s;
    QTest::newRow("stop") << u"stop"_s << FinishReason::Stop << u"stop"_s;
    QTest::newRow("STOP") << u"STOP"_s << FinishReason::Stop << u"stop"_s;
    QTest::newRow("max_tokens") << u"max_tokens"_s << FinishReason::Length << u"length"_s;
    QTest::newRow("length") << u"length"_s << FinishReason::Length << u"length"_s;
    QTest::newRow("model_length") << u"model_length"_s << FinishReason::Length << u"length"_s;
    QTest::newRow("context window") << u"model_context_window_exceeded"_s << FinishReason::Length << u"length"_s;
    QTest::newRow("stop_sequence") << u"stop_sequence"_s << FinishReason::StopSequence << u"stop_sequence"_s;
    QTest::newRow("tool_use") << u"tool_use"_s << FinishReason::ToolUse << u"tool_use"_s;
    QTest::newRow("tool_calls") << u"tool_calls"_s << FinishReason::ToolUse << u"tool_use"_s;
    QTest::newRow("content_filter") << u"content_filter"_s << FinishReason::ContentFilter << u"content_filter"_s;
    QTest::newRow("refusal") << u"refusal"_s << FinishReason::ContentFilter << u"content_filter"_s;
    QTest::newRow("pause_turn") << u"pause_turn"_s << FinishReason::Other << u"other"_s;
    QTest::newRow("error") << u"error"_s << FinishReason::Other << u"other"_s;
    QTest::newRow("empty") << QString() << FinishReason::Other << u"other"_s;
    QTest::newRow("prefix is not enough") << u"stopped"_s << FinishReason::Other << u"other"_s;
}

void TestStreamEvent::finishReasonFromRaw()
{
    QFETCH(QString, raw);
    QFETCH(FinishReason, reason);
    QFETCH(QString, name);
    QCOMPARE(maas::finishReasonFromRaw(raw), reason);
    QCOMPARE(finishReasonName(reason), name);
}

void TestStreamEvent::factoriesFillTheirFields()
{
    const StreamEvent text = StreamEvent::textDelta(u"Hi"_s);
    QCOMPARE(text.kind, StreamEvent::Kind::TextDelta);
    QCOMPARE(text.text, u"Hi"_s);
    const StreamEvent thinking = StreamEvent::thinkingDelta(u"Hmm"_s);
    QCOMPARE(thinking.kind, StreamEvent::Kind::ThinkingDelta);
    QCOMPARE(thinking.text, u"Hmm"_s);
    const StreamEvent usage = StreamEvent::usageReport(Usage{1, 2, 3, 4});
    QCOMPARE(usage.kind, StreamEvent::Kind::Usage);
    QCOMPARE(usage.usage, (Usage{1, 2, 3, 4}));
    const StreamEvent finish = StreamEvent::finish(FinishReason::Length, u"max_tokens"_s);
    QCOMPARE(finish.kind, StreamEvent::Kind::Finish);
    QCOMPARE(finish.finishReason, FinishReason::Length);
    QCOMPARE(finish.rawReason, u"max_tokens"_s);
    const StreamEvent error = StreamEvent::error(u"overloaded_error"_s, u"Overloaded"_s, true);
    QCOMPARE(error.kind, StreamEvent::Kind::Error);
    QCOMPARE(error.rawReason, u"overloaded_error"_s);
    QCOMPARE(error.text, u"Overloaded"_s);
    QVERIFY(error.retryable);
}

void TestStreamEvent::goldenLines_data()
{
    QTest::addColumn<StreamEvent>("event");
    QTest::addColumn<QString>("line");
    QTest::newRow("text") << StreamEvent::textDelta(u"Hello\n"_s) << u"text \"Hello\\n\""_s;
    QTest::newRow("escapes") << StreamEvent::textDelta(u"q\" b\\ t\t r\r f\f b\b"_s)
                             << u"text \"q\\\" b\\\\ t\\t r\\r f\\f b\\b\""_s;
    QTest::newRow("control and separators")
        << StreamEvent::textDelta(u"\x01\u2028\u2029\x7f"_s) << u"text \"\\u0001\\u2028\\u2029\\u007f\""_s;
    QTest::newRow("non-ascii kept") << StreamEvent::textDelta(u"café 日本 🙂"_s) << u"text \"café 日本 🙂\""_s;
    QTest::newRow("empty text") << StreamEvent::textDelta(QString()) << u"text \"\""_s;
    QTest::newRow("thinking") << StreamEvent::thinkingDelta(u"17*23"_s) << u"thinking \"17*23\""_s;
    QTest::newRow("usage in out") << StreamEvent::usageReport(Usage{12, 34, -1, -1}) << u"usage in=12 out=34"_s;
    QTest::newRow("usage all") << StreamEvent::usageReport(Usage{27, 3, 1024, 0})
                               << u"usage in=27 out=3 cache_read=1024 cache_write=0"_s;
    QTest::newRow("usage out only") << StreamEvent::usageReport(Usage{-1, 99, -1, -1}) << u"usage out=99"_s;
    QTest::newRow("usage none") << StreamEvent::usageReport(Usage{}) << u"usage"_s;
    QTest::newRow("finish") << StreamEvent::finish(FinishReason::Stop, u"end_turn"_s) << u"finish stop (end_turn)"_s;
    QTest::newRow("finish other") << StreamEvent::finish(FinishReason::Other, u"pause_turn"_s)
                                  << u"finish other (pause_turn)"_s;
    QTest::newRow("error retryable") << StreamEvent::error(u"overloaded_error"_s, u"Overloaded"_s, true)
                                     << u"error overloaded_error retryable \"Overloaded\""_s;
    QTest::newRow("error final") << StreamEvent::error(u"invalid_request_error"_s, u"Bad \"x\""_s, false)
                                 << u"error invalid_request_error \"Bad \\\"x\\\"\""_s;
}

void TestStreamEvent::goldenLines()
{
    QFETCH(StreamEvent, event);
    QFETCH(QString, line);
    QCOMPARE(event.toGoldenLine(), line);
}

QTEST_GUILESS_MAIN(TestStreamEvent)
#include "tst_streamevent.moc"
