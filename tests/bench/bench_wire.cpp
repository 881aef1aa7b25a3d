// bench_wire: SSE framing (M1) and SSE + JSON decode (M2) throughput per wire family, against the
// bare-Qt floor measured in the same run (performance.md §5, §7); M2 also with the codecs' fast
// paths off (everything through QJsonDocument). Prints one line per metric:
//   bench=M2 family=anthropic chunk=1460 metric=MB_per_s value=… runs=5 min=… max=… floor=… ratio=…
// Not a test: run it by hand on a quiet machine, release build. Inputs are generated, seeded.

#include "wire/fastjson.h"
#include "wire/wirecodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

constexpr qsizetype kTargetBytes = 8 * 1000 * 1000;
constexpr int kRuns = 5;
constexpr qsizetype kChunkSizes[] = {1, 7, 64, 1460, 16384};

// Word soup with the things real answers carry: punctuation, newlines, quotes, backslashes, non-ASCII.
class TextSource
{
public:
    explicit TextSource(quint32 seed)
        : m_random(seed)
    {}

    QString next()
    {
        static const QStringList words{
            u"the"_s,      u"stream"_s, u"of"_s,     u"tokens"_s,    u"parser"_s, u"Vertex"_s, u"model"_s,
            u"answer"_s,   u"with"_s,   u"code:"_s,  u"`x += 1;`"_s, u"\n\n"_s,   u"- item"_s, u"\"quoted\""_s,
            u"C:\\path"_s, u"café"_s,   u"日本語"_s, u"🙂"_s,        u"42"_s,     u"{json}"_s, u"\t"_s,
        };
        QString text;
        const int count = 1 + m_random.bounded(6);
        for (int i = 0; i < count; ++i) {
            if (i > 0 || m_random.bounded(2) == 0)
                text += u' ';
            text += words.at(m_random.bounded(int(words.size())));
        }
        return text;
    }
    int bounded(int n) { return m_random.bounded(n); }

private:
    QRandomGenerator m_random;
};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Claude on Vertex: named events, CRLF framing, pings now and then.
QByteArray anthropicStream()
{
    TextSource source(0xA17);
    QByteArray out;
    const auto event = [&out](const char *name, const QByteArray &data) {
        out += "event: ";
        out += name;
        out += "\r\ndata: ";
        out += data;
        out += "\r\n\r\n";
    };
    event(
        "message_start",
        R"({"type":"message_start","message":{"id":"msg_vrtx_01Bench","type":"message","role":"assistant","model":"claude-sonnet-4-20250514","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1200,"output_tokens":1}}})"_ba);
    event("content_block_start",
          R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})"_ba);
    while (out.size() < kTargetBytes) {
        const QJsonObject delta{{u"type"_s, u"text_delta"_s}, {u"text"_s, source.next()}};
        event("content_block_delta",
              compact({{u"type"_s, u"content_block_delta"_s}, {u"index"_s, 0}, {u"delta"_s, delta}}));
        if (source.bounded(200) == 0)
            event("ping", R"({"type": "ping"})"_ba);
    }
    event("content_block_stop", R"({"type":"content_block_stop","index":0})"_ba);
    event(
        "message_delta",
        R"({"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":250000}})"_ba);
    event("message_stop", R"({"type":"message_stop"})"_ba);
    return out;
}

// vLLM-style chat.completion.chunk (OpenAI endpoint and Mistral alike), LF framing, [DONE].
QByteArray chunkStream(quint32 seed, const QString &model, bool reasoningFirst)
{
    TextSource source(seed);
    QByteArray out;
    const auto data = [&out](const QByteArray &payload) {
        out += "data: ";
        out += payload;
        out += "\n\n";
    };
    const auto chunk = [&](const QJsonObject &delta, const QJsonValue &finish) {
        const QJsonObject choice{
            {u"index"_s, 0}, {u"delta"_s, delta}, {u"logprobs"_s, QJsonValue()}, {u"finish_reason"_s, finish}};
        data(compact({{u"id"_s, u"chatcmpl-bench"_s},
                      {u"object"_s, u"chat.completion.chunk"_s},
                      {u"created"_s, 1764000000},
                      {u"model"_s, model},
                      {u"choices"_s, QJsonArray{choice}}}));
    };
    chunk({{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}, QJsonValue());
    const qsizetype reasoningUntil = reasoningFirst ? kTargetBytes / 5 : 0;
    while (out.size() < kTargetBytes) {
        const bool reasoning = out.size() < reasoningUntil;
        chunk({{reasoning ? u"reasoning_content"_s : u"content"_s, source.next()}}, QJsonValue());
    }
    chunk({}, u"stop"_s);
    data(
        R"({"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1764000000,"choices":[],"usage":{"prompt_tokens":1200,"completion_tokens":250000,"total_tokens":251200}})"_ba);
    data("[DONE]"_ba);
    return out;
}

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return {values.at(values.size() / 2), values.first(), values.last()};
}

struct Work
{
    qint64 sseEvents = 0;
    qint64 streamEvents = 0;
    qint64 textChars = 0; // checksum: every variant must see the same text
};

// M1: framing only.
Work parseOnly(const QByteArray &bytes, qsizetype chunk)
{
    Work work;
    SseParser parser;
    QList<SseEvent> events;
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        parser.feed(QByteArrayView(bytes).sliced(i, std::min(chunk, bytes.size() - i)), events);
        work.sseEvents += events.size();
        events.clear();
    }
    parser.finish();
    return work;
}

// M2: framing and decoding to StreamEvents, as the client does it.
Work parseAndDecode(const QByteArray &bytes, qsizetype chunk, WireFamily family, ThinkingFormat format)
{
    Work work;
    SseParser parser;
    const std::unique_ptr<WireCodec> codec = makeCodec(family);
    ChatRequest request;
    request.family = family;
    request.thinkingFormat = format;
    codec->begin(request);
    QList<SseEvent> events;
    QList<StreamEvent> decoded;
    const auto drain = [&] {
        for (const SseEvent &e : std::as_const(events))
            codec->decode(e, decoded);
        work.sseEvents += events.size();
        events.clear();
        for (const StreamEvent &e : std::as_const(decoded))
            work.textChars += e.text.size();
        work.streamEvents += decoded.size();
        decoded.clear();
    };
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        parser.feed(QByteArrayView(bytes).sliced(i, std::min(chunk, bytes.size() - i)), events);
        drain();
    }
    parser.finish();
    codec->finish(decoded);
    drain();
    if (!codec->sawEnd())
        qFatal("bench stream did not decode to a complete stream");
    return work;
}

// The bare-Qt floor: whole buffer, split on '\n' with indexOf, QJsonDocument on each data payload,
// the delta text pulled out of the DOM. No chunking, no state, no event model.
Work floorDecode(const QByteArray &bytes, WireFamily family)
{
    Work work;
    qsizetype from = 0;
    while (from < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', from);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line = QByteArrayView(bytes).sliced(from, end - from);
        from = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.startsWith("data: ") || line == "data: [DONE]")
            continue;
        ++work.sseEvents;
        const QJsonObject o = QJsonDocument::fromJson(line.sliced(6).toByteArray()).object();
        QString text;
        if (family == WireFamily::AnthropicVertex) {
            text = o.value("delta"_L1).toObject().value("text"_L1).toString();
        } else {
            const QJsonObject delta = o.value("choices"_L1).toArray().at(0).toObject().value("delta"_L1).toObject();
            text = delta.value("content"_L1).toString() + delta.value("reasoning_content"_L1).toString();
        }
        work.textChars += text.size();
    }
    return work;
}

template<typename F>
std::pair<Stats, Work> measure(qsizetype bytes, F &&run, Stats *eventsPerSecond = nullptr)
{
    QList<double> mbps;
    QList<double> eps;
    Work work;
    for (int r = 0; r < kRuns; ++r) {
        QElapsedTimer timer;
        timer.start();
        work = run();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        mbps << double(bytes) / 1e6 / seconds;
        eps << double(work.sseEvents) / seconds;
    }
    if (eventsPerSecond)
        *eventsPerSecond = stats(eps);
    return {stats(mbps), work};
}

void print(const char *bench, const QString &family, qsizetype chunk, const char *metric, const Stats &s, double floor)
{
    std::printf("bench=%s family=%s chunk=%lld metric=%s value=%.1f runs=%d min=%.1f max=%.1f floor=%.1f "
                "ratio=%.2f\n",
                bench, qPrintable(family), static_cast<long long>(chunk), metric, s.median, kRuns, s.min, s.max, floor,
                floor > 0 ? s.median / floor : 0.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    struct Family
    {
        QString name;
        WireFamily family;
        ThinkingFormat format;
        QByteArray bytes;
    };
    const QList<Family> families{
        {u"anthropic"_s, WireFamily::AnthropicVertex, ThinkingFormat::Anthropic, anthropicStream()},
        {u"openai"_s, WireFamily::OpenAiChat, ThinkingFormat::ReasoningField,
         chunkStream(0x0A1, u"openai/gpt-oss-120b-maas"_s, true)},
        {u"mistral"_s, WireFamily::MistralVertex, ThinkingFormat::None,
         chunkStream(0x5A1, u"mistral-medium-3"_s, false)},
    };
    std::printf("# bench_wire: Qt %s, %d cores, %d runs per figure, MB = 10^6 bytes\n", qVersion(),
                QThread::idealThreadCount(), kRuns);

    for (const Family &f : families) {
        const qsizetype size = f.bytes.size();
        Stats floorEvents;
        const auto [floor, floorWork] = measure(size, [&] { return floorDecode(f.bytes, f.family); }, &floorEvents);
        std::printf("# family=%s bytes=%lld sse_events=%lld floor MB_per_s=%.1f events_per_s=%.0f\n",
                    qPrintable(f.name), static_cast<long long>(size), static_cast<long long>(floorWork.sseEvents),
                    floor.median, floorEvents.median);
        for (const qsizetype chunk : kChunkSizes) {
            const auto [framing, framingWork] = measure(size, [&] { return parseOnly(f.bytes, chunk); });
            print("M1", f.name, chunk, "MB_per_s", framing, floor.median);

            Stats events;
            const auto [decode, work] =
                measure(size, [&] { return parseAndDecode(f.bytes, chunk, f.family, f.format); }, &events);
            if (work.textChars != floorWork.textChars || framingWork.sseEvents != work.sseEvents)
                qFatal("decoders disagree: %lld vs %lld chars", static_cast<long long>(work.textChars),
                       static_cast<long long>(floorWork.textChars));
            print("M2", f.name, chunk, "MB_per_s", decode, floor.median);
            print("M2", f.name, chunk, "events_per_s", events, floorEvents.median);

            // The same codecs with their fast paths off: every event through QJsonDocument.
            codec::setFastPathsEnabled(false);
            const auto [dom, domWork] =
                measure(size, [&] { return parseAndDecode(f.bytes, chunk, f.family, f.format); });
            codec::setFastPathsEnabled(true);
            if (domWork.textChars != work.textChars || domWork.streamEvents != work.streamEvents)
                qFatal("fast path and QJsonDocument path disagree");
            print("M2", f.name, chunk, "MB_per_s_qjsondocument_path", dom, floor.median);
        }
    }
    return 0;
}
