// M7 (performance.md §5): the client's added time to first token. The same emulator stream is read
// twice per run: by a raw QTcpSocket that stamps the first byte of the first text delta, and by
// ChatClient, stamped at its first TextDelta event. Both clocks start when the request is sent.
#include "catalog/modelcatalog.h"
#include "client/chatclient.h"
#include "client/tokenprovider.h"
#include "common/clock.h"
#include "emulator/emulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

constexpr int kRuns = 50;

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, static_cast<std::size_t>(p * double(v.size() - 1) + 0.5)));
}

QByteArray body(int run)
{
    return QJsonDocument(QJsonObject{{u"anthropic_version"_s, u"vertex-2023-10-16"_s},
                                     {u"max_tokens"_s, 256},
                                     {u"stream"_s, true},
                                     {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s},
                                                                            {u"content"_s, u"Ping %1"_s.arg(run)}}}}})
        .toJson(QJsonDocument::Compact);
}

// Raw socket: HTTP/1.1 request by hand; stops at the first text_delta.
double rawFirstTokenMs(const QUrl &base, int run)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        qFatal("cannot connect to the emulator");
    const QByteArray payload = body(run);
    const QByteArray path = base.path().toUtf8() + "/projects/bench/locations/global/publishers/anthropic/models/"
                                                   "claude-sonnet-4-5@20250929:streamRawPredict";
    QElapsedTimer timer;
    timer.start();
    socket.write("POST " + path +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer bench\r\n"
                 "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(payload.size()) + "\r\n\r\n" + payload);
    QByteArray seen;
    while (socket.waitForReadyRead(10000)) {
        seen += socket.readAll();
        if (seen.contains("text_delta"))
            return double(timer.nsecsElapsed()) / 1e6;
    }
    qFatal("raw read saw no text delta");
}

double clientFirstTokenMs(ChatClient &client, int run)
{
    ChatRequest r;
    r.family = WireFamily::AnthropicVertex;
    r.model = u"claude-sonnet-4-5@20250929"_s;
    r.messages = {ChatMessage{ChatMessage::Role::User, u"Ping %1"_s.arg(run)}};
    r.maxTokens = 256;
    QElapsedTimer timer;
    timer.start();
    double first = -1;
    bool done = false;
    ChatStream *stream = client.start(r, u"global"_s);
    QObject::connect(stream, &ChatStream::event, stream, [&](ChatStream *, const StreamEvent &e) {
        if (first < 0 && e.kind == StreamEvent::Kind::TextDelta)
            first = double(timer.nsecsElapsed()) / 1e6;
    });
    QObject::connect(stream, &ChatStream::finished, stream, [&] { done = true; });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    delete stream;
    return first;
}

void print(const char *metric, const std::vector<double> &v)
{
    std::printf("bench=M7 metric=%s value=%.3f unit=ms runs=%d p99=%.3f min=%.3f max=%.3f\n", metric,
                percentile(v, 0.5), int(v.size()), percentile(v, 0.99), *std::min_element(v.begin(), v.end()),
                *std::max_element(v.begin(), v.end()));
}

} // namespace

int main(int argc, char *argv[])
{
    QLoggingCategory::setFilterRules(u"maas.*.debug=false"_s);
    QCoreApplication app(argc, argv);
    // The emulator runs in its own thread, as a server would, so neither reader waits on the other.
    QThread serverThread;
    EmulatorOptions options;
    options.speed = 0; // no scripted latency: what is left is transport and parsing
    auto *emulator = new Emulator(options);
    emulator->moveToThread(&serverThread);
    serverThread.start();
    QUrl base;
    QMetaObject::invokeMethod(
        emulator,
        [&] {
            emulator->listen(0);
            base = emulator->baseUrl();
        },
        Qt::BlockingQueuedConnection);

    const ModelCatalog catalog = ModelCatalog::load(QString());
    QNetworkAccessManager network;
    StaticTokenProvider tokens(u"bench"_s);
    SystemClock clock;
    ChatClient::Options o;
    o.project = u"bench"_s;
    o.baseOverride = base;
    ChatClient client(network, tokens, clock, &catalog, o);

    std::vector<double> raw, ours, added;
    for (int run = 0; run < kRuns; ++run) { // interleaved, so machine noise hits both alike
        const double r = rawFirstTokenMs(base, run);
        const double c = clientFirstTokenMs(client, run);
        raw.push_back(r);
        ours.push_back(c);
        added.push_back(c - r);
    }
    std::printf("# bench_client: %d interleaved runs, emulator speed 0 in its own thread, qt=%s\n", kRuns, qVersion());
    print("raw_socket_first_token", raw);
    print("client_first_token", ours);
    print("client_added_first_token", added);
    std::printf("bench=M7 metric=ratio_client_to_raw value=%.2f\n", percentile(ours, 0.5) / percentile(raw, 0.5));

    QMetaObject::invokeMethod(emulator, [emulator] { delete emulator; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
