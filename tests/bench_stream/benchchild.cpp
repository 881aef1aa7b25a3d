#include "benchchild.h"

#include "barepanes.h"
#include "catalog/modelcatalog.h"
#include "client/chatclient.h"
#include "client/tokenprovider.h"
#include "common/clock.h"
#include "comparisoncontroller.h"
#include "comparisonview.h"
#include "emulator/emulator.h"
#include "mainwindow.h"
#include "prompteditor.h"
#include "responsepane.h"
#include "settings/settings.h"
#include "stallprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace maas::bench {

namespace {

// Six families and voices; a prompt the emulator answers with prose and fenced code.
const QStringList kModels{u"claude-sonnet-4-5"_s, u"mistral-medium-3"_s, u"gpt-oss-120b"_s,
                          u"qwen3-coder-480b"_s,  u"deepseek-v3.2"_s,    u"llama-4-maverick"_s};
const QString kPrompt = u"Write a C++ function and a Python script that parse a JSON config, and explain the code."_s;
constexpr QSize kScreen{1366, 768};

struct Run
{
    StallProbe probe;
    QElapsedTimer wall;
    qsizetype chars = 0;

    void report(int panes) const
    {
        const StallProbe::Summary s = probe.summary();
        const Memory m = readMemory();
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        const double perPane = double(chars) / panes;
        std::printf("result p50=%.3f p99=%.3f max=%.3f max_at_ms=%.0f over16=%d over50=%d ticks=%lld hwm=%.1f rss=%.1f "
                    "pss=%.1f "
                    "wall_s=%.3f chars_per_pane=%.0f tok_per_s_per_pane=%.0f\n",
                    s.p50Ms, s.p99Ms, s.maxMs, s.maxAtMs, s.over16, s.over50, static_cast<long long>(s.ticks), m.vmHwm,
                    m.vmRss, m.pss, seconds, perPane, perPane / 4.0 / seconds);
        std::fflush(stdout);
    }
};

int runProduct(double speed, int turns)
{
    EmulatorOptions options;
    options.speed = speed;
    Emulator emulator(options);
    if (!emulator.listen(0))
        return 3;
    ModelCatalog catalog = ModelCatalog::load(QString());
    QNetworkAccessManager network;
    StaticTokenProvider tokens(u"bench-token"_s);
    SystemClock clock;
    ChatClient::Options o;
    o.project = u"bench-project"_s;
    o.baseOverride = emulator.baseUrl();
    ChatClient client(network, tokens, clock, &catalog, o);
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    MainWindow window(settings, catalog, client, u"Offline demo"_s, true, clock.today());
    ComparisonView *view = window.comparisonView();
    while (view->paneCount() < kModels.size())
        view->addPane();
    for (int i = 0; i < kModels.size(); ++i)
        view->pane(i)->setModelId(kModels.at(i));
    window.promptEditor()->setUserPrompt(kPrompt);
    window.resize(kScreen);
    window.show();

    Run run;
    int turn = 0;
    for (int i = 0; i < view->paneCount(); ++i)
        QObject::connect(view->pane(i), &ResponsePane::streamFinished, &window,
                         [&run](int, const ChatResult &r) { run.chars += r.text.size() + r.thinking.size(); });
    ComparisonController *controller = window.controller();
    QObject::connect(controller, &ComparisonController::runningChanged, &window, [&](bool running) {
        if (running)
            return;
        if (++turn < turns) { // the next turn of every pane's own conversation: answers grow
            QTimer::singleShot(0, &window, [controller] {
                if (const QString why = controller->followUpAll(); !why.isEmpty())
                    std::fprintf(stderr, "follow-up: %s\n", qPrintable(why));
            });
            return;
        }
        run.probe.stop();
        run.report(view->paneCount());
        QApplication::quit();
    });
    QTimer::singleShot(500, &window, [&] { // shown, laid out and painted once
        run.probe.start();
        run.wall.start();
        if (const QString why = controller->runAll(); !why.isEmpty()) {
            std::fprintf(stderr, "run: %s\n", qPrintable(why));
            QApplication::exit(4);
        }
    });
    return QApplication::exec();
}

int runBare(double speed, int turns)
{
    EmulatorOptions options;
    options.speed = speed;
    Emulator emulator(options);
    if (!emulator.listen(0))
        return 3;
    const ModelCatalog catalog = ModelCatalog::load(QString());
    QList<BarePanes::Target> targets;
    for (const QString &id : kModels) {
        const ModelInfo *info = catalog.find(id);
        if (!info)
            return 5;
        ChatRequest r;
        r.family = info->family;
        r.model = info->requestId;
        r.thinkingFormat = info->thinkingFormat;
        r.messages = {ChatMessage{ChatMessage::Role::User, kPrompt}};
        r.maxTokens = 2048;
        targets << BarePanes::Target{r, info->defaultLocation()};
    }
    QNetworkAccessManager network;
    BarePanes panes(network, emulator.baseUrl(), targets);
    panes.window()->resize(kScreen);
    panes.window()->show();
    Run run;
    QObject::connect(&panes, &BarePanes::finished, &panes, [&] {
        run.probe.stop();
        run.chars = panes.charsShown();
        run.report(int(targets.size()));
        QApplication::quit();
    });
    QTimer::singleShot(500, &panes, [&] {
        run.probe.start();
        run.wall.start();
        panes.run(turns);
    });
    return QApplication::exec();
}

int runIdle()
{
    QWidget window;
    window.resize(kScreen);
    window.show();
    Run run;
    QTimer::singleShot(500, &window, [&] {
        run.probe.start();
        run.wall.start();
        QTimer::singleShot(2000, &window, [&] {
            run.probe.stop();
            run.report(1);
            QApplication::quit();
        });
    });
    return QApplication::exec();
}

} // namespace

int runChildMode(int argc, char **argv)
{
    QLoggingCategory::setFilterRules(u"maas.*.debug=false"_s); // as the app does: no per-request lines
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption child(u"child"_s, u"product, bare or idle"_s, u"mode"_s);
    const QCommandLineOption speed(u"speed"_s, u"emulator speed factor"_s, u"f"_s, u"0"_s);
    const QCommandLineOption turns(u"turns"_s, u"turns per pane"_s, u"n"_s, u"1"_s);
    parser.addOptions({child, speed, turns});
    parser.process(app);
    const QString mode = parser.value(child);
    const int n = std::max(1, parser.value(turns).toInt());
    if (mode == u"product")
        return runProduct(parser.value(speed).toDouble(), n);
    if (mode == u"bare")
        return runBare(parser.value(speed).toDouble(), n);
    if (mode == u"idle")
        return runIdle();
    std::fprintf(stderr, "unknown --child mode %s\n", qPrintable(mode));
    return 2;
}

} // namespace maas::bench
