#include "wire/sseparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

namespace maas {
// Reads the parser's work counter (bytes scanned for line ends or copied into the partial line).
class SseParserProbe
{
public:
    static qint64 bytesExamined(const SseParser &parser) { return parser.m_bytesExamined; }
};
} // namespace maas

namespace {

// Bytes as readable text: printable ASCII as is, everything else escaped.
QString escaped(QByteArrayView bytes)
{
    QString out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n')
            out += u"\\n"_s;
        else if (c == '\r')
            out += u"\\r"_s;
        else if (c == '\t')
            out += u"\\t"_s;
        else if (c == '\\')
            out += u"\\\\"_s;
        else if (c == '"')
            out += u"\\\""_s;
        else if (u < 0x20 || u >= 0x7f)
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        else
            out += QLatin1Char(c);
    }
    return out;
}

// One event per line: `type "data"` plus ` id="..."` and ` retry=N` when set.
QString describe(const SseEvent &e)
{
    QString line = (e.event.isEmpty() ? u"message"_s : escaped(e.event)) + u" \""_s + escaped(e.data) + u'"';
    if (!e.id.isEmpty())
        line += u" id=\""_s + escaped(e.id) + u'"';
    if (e.retry)
        line += u" retry="_s + QString::number(*e.retry);
    return line;
}

struct Outcome
{
    QStringList events;
    bool discarded = false;
    bool overflowed = false;
    qint64 bytesSeen = 0;

    QString toString() const
    {
        return events.join(u'\n') + u"\n[discarded="_s + (discarded ? u"yes"_s : u"no"_s) + u" overflowed="_s +
               (overflowed ? u"yes"_s : u"no"_s) + u" bytesSeen="_s + QString::number(bytesSeen) + u']';
    }
};

// Feeds input cut at the given offsets (ascending), then finishes.
Outcome run(const QByteArray &input, const QList<qsizetype> &cuts, qsizetype maxEventBytes)
{
    SseParser parser(maxEventBytes);
    QList<SseEvent> events;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        parser.feed(QByteArrayView(input).sliced(from, cut - from), events);
        from = cut;
    }
    parser.feed(QByteArrayView(input).sliced(from), events);
    Outcome outcome;
    outcome.overflowed = parser.overflowed();
    outcome.discarded = parser.finish();
    outcome.bytesSeen = parser.bytesSeen();
    for (const SseEvent &e : std::as_const(events))
        outcome.events << describe(e);
    return outcome;
}

QList<qsizetype> everyByte(qsizetype size)
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < size; ++i)
        cuts << i;
    return cuts;
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryChunkingAlike_data();
    void parsesEveryChunkingAlike();
    void dispatchesOnBlankLineWithoutWaitingForLf();
    void crAndLfInDifferentChunksMakeOneLineEnd();
    void bomSplitAcrossChunksIsStrippedOnce();
    void overflowDropsInputUntilReset();
    void countsBytesSeenIncludingCommentsAndPings();
    void resetStartsAFreshStream();
    void oneByteFeedingOfAHugeLineStaysLinear();
    void manySmallEventsStayLinear();
};

void TestSseParser::parsesEveryChunkingAlike_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("discarded");
    QTest::addColumn<qsizetype>("maxEventBytes");

    const qsizetype big = 64 * 1024 * 1024;
    const auto row = [big](const char *name, QByteArray input, QStringList expected, bool discarded = false,
                           qsizetype max = 0) {
        QTest::newRow(name) << input << expected << discarded << (max > 0 ? max : big);
    };

    // Line ends (S4)
    row("lf", "data: hello\n\n"_ba, {u"message \"hello\""_s});
    row("crlf", "data: hello\r\n\r\n"_ba, {u"message \"hello\""_s});
    row("cr", "data: hello\r\r"_ba, {u"message \"hello\""_s});
    row("mixed", "data: a\r\n\ndata: b\r\rdata: c\n\r\n"_ba,
        {u"message \"a\""_s, u"message \"b\""_s, u"message \"c\""_s});
    row("lf then crlf (openai-node #2309)", "data: a\n\r\ndata: b\n\r\n"_ba, {u"message \"a\""_s, u"message \"b\""_s});
    row("cr cr lf is two line ends", "data: a\r\r\n"_ba, {u"message \"a\""_s});
    row("crlf framing of a named event", "event: ping\r\ndata: {\"type\": \"ping\"}\r\n\r\n"_ba,
        {u"ping \"{\\\"type\\\": \\\"ping\\\"}\""_s});
    row("many events", "data: 1\n\ndata: 2\n\ndata: 3\n\ndata: 4\n\n"_ba,
        {u"message \"1\""_s, u"message \"2\""_s, u"message \"3\""_s, u"message \"4\""_s});

    // data fields (S7, S8)
    row("multi-line data joined with LF", "data: a\ndata: b\ndata: c\n\n"_ba, {u"message \"a\\nb\\nc\""_s});
    row("multi-line data with mixed ends", "data: a\rdata: b\r\ndata: c\n\n"_ba, {u"message \"a\\nb\\nc\""_s});
    row("no space after colon", "data:x\n\n"_ba, {u"message \"x\""_s});
    row("only one space removed", "data:  x\n\n"_ba, {u"message \" x\""_s});
    row("tab is kept", "data:\tx\n\n"_ba, {u"message \"\\tx\""_s});
    row("trailing space kept", "data: x \n\n"_ba, {u"message \"x \""_s});
    row("empty data dispatches", "data:\n\n"_ba, {u"message \"\""_s});
    row("data with only a space", "data: \n\n"_ba, {u"message \"\""_s});
    row("field with no colon is data", "data\n\n"_ba, {u"message \"\""_s});
    row("two empty data lines", "data:\ndata:\n\n"_ba, {u"message \"\\n\""_s});
    row("WPT field parsing", "data:\n\ndata\ndata\n\ndata:test\n\n"_ba,
        {u"message \"\""_s, u"message \"\\n\""_s, u"message \"test\""_s});
    row("colons inside the value", "data: a:b: c\n\n"_ba, {u"message \"a:b: c\""_s});
    row("json payload", "data: {\"a\":1}\n\n"_ba, {u"message \"{\\\"a\\\":1}\""_s});

    // comments (S9)
    row("comment ignored", ": ping\ndata: x\n\n"_ba, {u"message \"x\""_s});
    row("comment only stream", ": keep-alive\n\n: again\n\n"_ba, {});
    row("empty comment", ":\ndata: x\n\n"_ba, {u"message \"x\""_s});
    row("comment between data lines", "data: a\n: note\ndata: b\n\n"_ba, {u"message \"a\\nb\""_s});

    // event type (S10, S12)
    row("event type", "event: add\ndata: 1\n\n"_ba, {u"add \"1\""_s});
    row("event type reset after dispatch", "event: add\ndata: 1\n\ndata: 2\n\n"_ba,
        {u"add \"1\""_s, u"message \"2\""_s});
    row("named event without data not dispatched", "event: ping\n\n"_ba, {});
    row("named empty event does not leak its type", "event: x\n\ndata: y\n\n"_ba, {u"message \"y\""_s});
    row("last event field wins", "event: a\nevent: b\ndata: x\n\n"_ba, {u"b \"x\""_s});
    row("event type keeps a second space", "event:  add\ndata: 1\n\n"_ba, {u" add \"1\""_s});
    row("event field without value", "event\ndata: a\n\n"_ba, {u"message \"a\""_s});
    row("same type twice", "event: d\ndata: 1\n\nevent: d\ndata: 2\n\n"_ba, {u"d \"1\""_s, u"d \"2\""_s});

    // id and retry (S20)
    row("id persists", "id: 7\ndata: a\n\ndata: b\n\n"_ba, {u"message \"a\" id=\"7\""_s, u"message \"b\" id=\"7\""_s});
    row("id with NUL ignored", "id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n"_ba,
        {u"message \"a\" id=\"1\""_s, u"message \"b\" id=\"1\""_s});
    row("empty id resets", "id: 1\ndata: a\n\nid\ndata: b\n\n"_ba, {u"message \"a\" id=\"1\""_s, u"message \"b\""_s});
    row("retry digits", "retry: 3000\ndata: a\n\n"_ba, {u"message \"a\" retry=3000"_s});
    row("retry not digits ignored", "retry: 50x\ndata: a\n\n"_ba, {u"message \"a\""_s});
    row("retry negative ignored", "retry: -5\ndata: a\n\n"_ba, {u"message \"a\""_s});
    row("retry empty ignored", "retry:\ndata: a\n\n"_ba, {u"message \"a\""_s});
    row("retry too big ignored", "retry: 99999999999999999999999\ndata: a\n\n"_ba, {u"message \"a\""_s});
    row("retry persists without an event", "retry: 10\n\ndata: a\n\n"_ba, {u"message \"a\" retry=10"_s});

    // unknown fields (S21)
    row("unknown field ignored", "foo: bar\ndata: a\n\n"_ba, {u"message \"a\""_s});
    row("field names are case sensitive", "Data: x\n\n"_ba, {});
    row("upper case then lower", "DATA: x\ndata: y\n\n"_ba, {u"message \"y\""_s});
    row("line without colon unknown", "hello\ndata: a\n\n"_ba, {u"message \"a\""_s});

    // BOM (S19)
    row("bom stripped",
        "\xEF\xBB\xBF"
        "data: a\n\n"_ba,
        {u"message \"a\""_s});
    row("bom only once",
        "\xEF\xBB\xBF\xEF\xBB\xBF"
        "data: a\n\n"_ba,
        {});
    row("bom later is data", "data: \xEF\xBB\xBFx\n\n"_ba, {u"message \"\\xef\\xbb\\xbfx\""_s});
    row("bom prefix is not a bom",
        "\xEF\xBB"
        "data: a\n\ndata: b\n\n"_ba,
        {u"message \"b\""_s});
    row("bom prefix then line end", "\xEF\ndata: a\n\n"_ba, {u"message \"a\""_s});
    row("bom then comment", "\xEF\xBB\xBF: hi\ndata: a\n\n"_ba, {u"message \"a\""_s});

    // blank lines (S13)
    row("extra blank lines", "data: a\n\n\n\n\ndata: b\n\n"_ba, {u"message \"a\""_s, u"message \"b\""_s});
    row("leading blank lines", "\n\n\r\n\rdata: a\n\n"_ba, {u"message \"a\""_s});

    // bytes (S2, S6, S22)
    row("NUL in data", "data: a\0b\n\n"_ba, {u"message \"a\\x00b\""_s});
    row("NUL only (WPT)", "data:\0\n\n"_ba, {u"message \"\\x00\""_s});
    row("utf-8 kept as bytes", "data: h\xC3\xA9 \xF0\x9F\x98\x80\n\n"_ba,
        {u"message \"h\\xc3\\xa9 \\xf0\\x9f\\x98\\x80\""_s});
    row("U+2028 is not a line end",
        "data: a\xE2\x80\xA8"
        "b\n\n"_ba,
        {u"message \"a\\xe2\\x80\\xa8b\""_s});
    row("U+0085 is not a line end",
        "data: a\xC2\x85"
        "b\n\n"_ba,
        {u"message \"a\\xc2\\x85b\""_s});
    row("invalid utf-8 passed through", "data: \xFF\xFE\n\n"_ba, {u"message \"\\xff\\xfe\""_s});

    // end of stream (S16)
    row("unterminated event discarded", "data: a\n"_ba, {}, true);
    row("unterminated line discarded", "data: a"_ba, {}, true);
    row("complete then partial", "data: a\n\ndata: b"_ba, {u"message \"a\""_s}, true);
    row("cr at the very end", "data: a\r"_ba, {}, true);
    row("pending event type at end", "data: a\n\nevent: x\n"_ba, {u"message \"a\""_s}, true);
    row("clean end", "data: a\n\n"_ba, {u"message \"a\""_s}, false);
    row("empty stream", ""_ba, {}, false);
    row("comment without line end", "data: a\n\n: bye"_ba, {u"message \"a\""_s}, true);

    // size limit (S17): a line or an event over maxEventBytes stops the parser; events before it stay
    row("line over the limit", "data: a\n\ndata: 0123456789abcdef\n\ndata: b\n\n"_ba, {u"message \"a\""_s}, true, 16);
    row("line at the limit", "data: 0123456789\n\n"_ba, {u"message \"0123456789\""_s}, false, 16);
    row("event over the limit", "data: 012345\ndata: 012345\ndata: 012345\n\ndata: b\n\n"_ba, {}, true, 16);
    row("partial line over the limit", "data: a\n\ndata: 0123456789abcdefgh"_ba, {u"message \"a\""_s}, true, 16);
}

void TestSseParser::parsesEveryChunkingAlike()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QFETCH(bool, discarded);
    QFETCH(qsizetype, maxEventBytes);

    const Outcome whole = run(input, {}, maxEventBytes);
    QCOMPARE(whole.events, expected);
    QCOMPARE(whole.discarded, discarded);
    QCOMPARE(whole.bytesSeen, input.size());
    const QString reference = whole.toString();

    // S1: the same bytes in any chunking give the same events.
    QCOMPARE(run(input, everyByte(input.size()), maxEventBytes).toString(), reference);
    for (qsizetype i = 1; i < input.size(); ++i) {
        const QString split = run(input, {i}, maxEventBytes).toString();
        QVERIFY2(split == reference, qPrintable(u"split at %1:\n%2"_s.arg(i).arg(split)));
    }
    for (qsizetype i = 1; i < input.size(); ++i) {
        for (qsizetype j = i + 1; j < input.size(); ++j) {
            const QString split = run(input, {i, j}, maxEventBytes).toString();
            QVERIFY2(split == reference, qPrintable(u"split at %1 and %2:\n%3"_s.arg(i).arg(j).arg(split)));
        }
    }
}

void TestSseParser::dispatchesOnBlankLineWithoutWaitingForLf()
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed("data: a\r"_ba, events);
    QVERIFY(events.isEmpty());
    parser.feed("\r"_ba, events); // a CR blank line: dispatch now, not when the next byte shows up
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, "a"_ba);
    parser.feed("\ndata: b\r\n\r\n"_ba, events); // the LF after the CR is not another blank line
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1).data, "b"_ba);
    QVERIFY(!parser.finish());
}

void TestSseParser::crAndLfInDifferentChunksMakeOneLineEnd()
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed("data: a\r"_ba, events);
    parser.feed("\n"_ba, events); // CR|LF: one line end, not a blank line
    QVERIFY(events.isEmpty());
    parser.feed("data: b\r"_ba, events);
    parser.feed("\n"_ba, events);
    QVERIFY(events.isEmpty());
    parser.feed("\r"_ba, events);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, "a\nb"_ba);
    parser.feed("\n"_ba, events);
    parser.feed("\n"_ba, events); // an LF that does not follow a CR is a blank line, but no data: no event
    QCOMPARE(events.size(), 1);
}

void TestSseParser::bomSplitAcrossChunksIsStrippedOnce()
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed("\xEF"_ba, events);
    parser.feed("\xBB"_ba, events);
    parser.feed("\xBF"_ba, events);
    parser.feed("data: a\n\n"_ba, events);
    parser.feed("\xEF\xBB\xBF"
                "data: b\n\n"_ba,
                events); // a BOM later in the stream is part of the field name
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, "a"_ba);
    QCOMPARE(parser.bytesSeen(), 3 + 9 + 3 + 9);
    QVERIFY(!parser.finish());
}

void TestSseParser::overflowDropsInputUntilReset()
{
    SseParser parser(32);
    QList<SseEvent> events;
    parser.feed("data: small\n\n"_ba, events);
    QCOMPARE(events.size(), 1);
    QVERIFY(!parser.overflowed());
    const QByteArray huge = "data: " + QByteArray(40, 'x');
    for (const char c : huge)
        parser.feed(QByteArrayView(&c, 1), events); // found before the line ends
    QVERIFY(parser.overflowed());
    parser.feed("\n\ndata: later\n\n"_ba, events);
    QCOMPARE(events.size(), 1); // nothing after the overflow
    QVERIFY(parser.finish());
    QCOMPARE(parser.bytesSeen(), 13 + 46 + 15);

    parser.reset();
    QVERIFY(!parser.overflowed());
    QCOMPARE(parser.bytesSeen(), 0);
    parser.feed("data: again\n\n"_ba, events);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().data, "again"_ba);
}

void TestSseParser::countsBytesSeenIncludingCommentsAndPings()
{
    SseParser parser;
    QList<SseEvent> events;
    const QByteArray keepAlive = ": keep-alive\n\n"_ba;
    const QByteArray ping = "event: ping\ndata: {\"type\": \"ping\"}\n\n"_ba;
    parser.feed(keepAlive, events);
    QCOMPARE(parser.bytesSeen(), keepAlive.size());
    QVERIFY(events.isEmpty());
    parser.feed(ping, events);
    parser.feed("\n"_ba, events);
    QCOMPARE(parser.bytesSeen(), keepAlive.size() + ping.size() + 1);
    QCOMPARE(events.size(), 1);
}

void TestSseParser::resetStartsAFreshStream()
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed("id: 5\nretry: 7\nevent: x\ndata: par"_ba, events);
    parser.reset();
    parser.feed("\xEF\xBB\xBF"
                "data: fresh\n\n"_ba,
                events); // a new stream may start with a BOM again; nothing of the old one remains
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().event, QByteArray());
    QCOMPARE(events.first().data, "fresh"_ba);
    QCOMPARE(events.first().id, QByteArray());
    QVERIFY(!events.first().retry);
}

// S18: 4 MiB in one data line, fed one byte at a time. A parser that re-scans its buffer or erases
// from its front per feed would examine ~8e12 bytes here; this one examines each byte a bounded number
// of times (checked on its counter, not on a clock).
void TestSseParser::oneByteFeedingOfAHugeLineStaysLinear()
{
    const qsizetype payload = 4 * 1024 * 1024;
    QByteArray input = "data: "_ba;
    input.reserve(payload + 16);
    for (qsizetype i = 0; i < payload; ++i)
        input.append(char('a' + i % 26));
    input.append("\n\n");

    SseParser parser;
    QList<SseEvent> events;
    const char *data = input.constData();
    for (qsizetype i = 0; i < input.size(); ++i)
        parser.feed(QByteArrayView(data + i, 1), events);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data.size(), payload);
    QCOMPARE(events.first().data, input.sliced(6, payload));
    const qint64 examined = SseParserProbe::bytesExamined(parser);
    QVERIFY2(examined <= 3 * input.size(), qPrintable(u"examined %1 bytes for %2"_s.arg(examined).arg(input.size())));
    QVERIFY(!parser.finish());
}

void TestSseParser::manySmallEventsStayLinear()
{
    QByteArray input;
    for (int i = 0; i < 20000; ++i)
        input += "event: content_block_delta\r\ndata: {\"n\":" + QByteArray::number(i) + "}\r\n\r\n";
    for (const qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(1460), input.size()}) {
        SseParser parser;
        QList<SseEvent> events;
        for (qsizetype i = 0; i < input.size(); i += chunk)
            parser.feed(QByteArrayView(input).sliced(i, std::min(chunk, input.size() - i)), events);
        QCOMPARE(events.size(), 20000);
        QCOMPARE(events.last().data, "{\"n\":19999}"_ba);
        const qint64 examined = SseParserProbe::bytesExamined(parser);
        QVERIFY2(examined <= 3 * input.size(),
                 qPrintable(u"chunk %1: examined %2 bytes for %3"_s.arg(chunk).arg(examined).arg(input.size())));
    }
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
