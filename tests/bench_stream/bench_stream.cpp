// bench_stream: the whole app under load (performance.md §5 M6, M8, M9), each figure printed beside
// the same work done by bare Qt in the same run, and their ratio.
//   M6  event-loop stall (1 ms PreciseTimer probe) while 6 panes stream Markdown and code from the
//       in-process emulator through the real ChatClient, panes and ComparisonView (MainWindow at
//       1366 x 768), turn after turn (follow-ups, so answers grow); floor: BarePanes (QNAM + QJsonDocument
//       + QTextEdit::insertText per 16 ms frame) on the same emulator at the same speed.
//   M9  VmHWM / VmRSS / Pss of those processes at the end of the flat-out scenario.
//   M8  launch to the end of the first paint: maas-playground --demo vs bench_startup_bare.
// Every measurement runs in a child process of its own (this binary with --child), interleaved.
//
//   QT_QPA_PLATFORM=offscreen build/bin/bench_stream [--runs 5] [--only M6,M8] [--smoke]

#include "benchchild.h"
#include "stallprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;
using namespace maas::bench;

namespace {

struct Scenario
{
    QString name;
    double speed; // emulator latency factor (0: no delays)
    int turns;
    QString what;
};

// key=value pairs of the child's "result" line.
using Result = std::map<QString, double>;

std::optional<Result> runChild(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "child %s failed (exit %d)\n", qPrintable(args.join(u' ')), child.exitCode());
        return std::nullopt;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("result "))
            continue;
        Result r;
        for (const QByteArray &pair : line.mid(7).split(' ')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0)
                r[QString::fromLatin1(pair.left(eq))] = pair.mid(eq + 1).toDouble();
        }
        return r;
    }
    std::fprintf(stderr, "child %s printed no result\n", qPrintable(args.join(u' ')));
    return std::nullopt;
}

// First paint of another program: its MAAS_BENCH_FIRST_PAINT line minus the launch moment.
std::optional<double> startupMs(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 launched = monotonicNs();
    child.start(program, args);
    if (!child.waitForFinished(60000) || child.exitCode() != 0) {
        std::fprintf(stderr, "%s did not report its first paint\n", qPrintable(program));
        return std::nullopt;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
        if (line.startsWith("first_paint_ns="))
            return double(line.mid(15).toLongLong() - launched) / 1e6;
    std::fprintf(stderr, "%s printed no first_paint_ns line\n", qPrintable(program));
    return std::nullopt;
}

struct Series
{
    std::vector<double> values;
    double median() const { return percentile(values, 0.5); }
    double min() const { return values.empty() ? 0 : *std::min_element(values.begin(), values.end()); }
    double max() const { return values.empty() ? 0 : *std::max_element(values.begin(), values.end()); }
};

QString g_suffix;

void print(const QString &bench, const QString &metric, const Series &product, const Series &floor, const QString &unit)
{
    // No ratio to a floor of zero (e.g. no tick over 50 ms in the bare run).
    const QString ratio = floor.median() > 0 ? QString::number(product.median() / floor.median(), 'f', 2) : u"-"_s;
    std::printf("bench=%s metric=%s value=%.2f unit=%s runs=%zu min=%.2f max=%.2f floor=%.2f floor_min=%.2f "
                "floor_max=%.2f ratio=%s %s\n",
                qPrintable(bench), qPrintable(metric), product.median(), qPrintable(unit), product.values.size(),
                product.min(), product.max(), floor.median(), floor.min(), floor.max(), qPrintable(ratio),
                qPrintable(g_suffix));
    std::fflush(stdout);
}

QString commitId()
{
    if (const QString commit = qEnvironmentVariable("MAAS_COMMIT"); !commit.isEmpty())
        return commit;
    QProcess git;
    git.start(u"git"_s, {u"-C"_s, QStringLiteral(MAAS_SOURCE_DIR), u"rev-parse"_s, u"--short"_s, u"HEAD"_s});
    if (!git.waitForFinished(5000) || git.exitCode() != 0)
        return u"unknown"_s;
    return QString::fromLatin1(git.readAllStandardOutput()).trimmed();
}

bool runM6M9(const QList<Scenario> &scenarios, int runs, const QProcessEnvironment &env)
{
    // The idle floor of the probe itself: a shown window, nothing else.
    Series idle;
    for (int run = 0; run < runs; ++run)
        if (const auto r = runChild({u"--child"_s, u"idle"_s}, env))
            idle.values.push_back(r->at(u"p99"_s));
    std::printf("# M6 idle probe (a shown window, nothing streaming): p99 lateness %.2f ms (median of %zu)\n",
                idle.median(), idle.values.size());
    bool ok = true;
    for (const Scenario &s : scenarios) {
        std::map<QString, Series> product, bare;
        for (int run = 0; run < runs; ++run) {
            const QStringList common{u"--speed"_s, QString::number(s.speed), u"--turns"_s, QString::number(s.turns)};
            // Interleaved, alternating which goes first.
            for (int k = 0; k < 2; ++k) {
                const bool productTurn = (run + k) % 2 == 0;
                const auto r =
                    runChild(QStringList{u"--child"_s, productTurn ? u"product"_s : u"bare"_s} + common, env);
                if (!r) {
                    ok = false;
                    continue;
                }
                for (const auto &[key, value] : *r)
                    (productTurn ? product : bare)[key].values.push_back(value);
            }
        }
        std::printf("# M6 scenario %s: %s, emulator speed %g, %d turns per pane\n", qPrintable(s.name),
                    qPrintable(s.what), s.speed, s.turns);
        for (const QString &key : {u"p50"_s, u"p99"_s, u"max"_s, u"max_at_ms"_s, u"over16"_s, u"over50"_s})
            print(u"M6"_s, u"stall_%1_%2"_s.arg(key, s.name), product[key], bare[key],
                  key.startsWith(u"over"_s) ? u"ticks"_s : u"ms"_s);
        // max_at_ms: when the longest stall ended, counted from the first request
        print(u"M6"_s, u"wall_s_%1"_s.arg(s.name), product[u"wall_s"_s], bare[u"wall_s"_s], u"s"_s);
        print(u"M6"_s, u"chars_per_pane_%1"_s.arg(s.name), product[u"chars_per_pane"_s], bare[u"chars_per_pane"_s],
              u"chars"_s);
        print(u"M6"_s, u"tok_per_s_per_pane_%1"_s.arg(s.name), product[u"tok_per_s_per_pane"_s],
              bare[u"tok_per_s_per_pane"_s], u"tok/s"_s);
        if (&s == &scenarios.last()) {
            for (const QString &key : {u"hwm"_s, u"rss"_s, u"pss"_s})
                print(u"M9"_s, u"%1_mib_after_%2"_s.arg(key, s.name), product[key], bare[key], u"MiB"_s);
        }
    }
    return ok;
}

bool runM8(int runs, const QProcessEnvironment &baseEnv)
{
    QTemporaryDir home;
    QProcessEnvironment env = baseEnv;
    env.insert(u"MAAS_BENCH_FIRST_PAINT"_s, u"1"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    const QStringList appArgs{u"--demo"_s, u"--settings"_s, home.filePath(u"settings.ini"_s)};
    Series app, bare, appFirst, bareFirst;
    bool ok = true;
    for (int run = 0; run <= runs; ++run) { // run 0: the first launch, reported apart
        const auto a = startupMs(QStringLiteral(MAAS_APP_BINARY), appArgs, env);
        const auto b = startupMs(QStringLiteral(MAAS_BARE_BINARY), {}, env);
        ok = ok && a && b;
        if (a && b) {
            (run == 0 ? appFirst : app).values.push_back(*a);
            (run == 0 ? bareFirst : bare).values.push_back(*b);
        }
    }
    print(u"M8"_s, u"first_paint_ms_first_launch"_s, appFirst, bareFirst, u"ms"_s);
    print(u"M8"_s, u"first_paint_ms_warm"_s, app, bare, u"ms"_s);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--child") == 0)
            return runChildMode(argc, argv);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Six panes streaming, start-up and memory (performance.md M6, M8, M9)"_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per measurement."_s, u"n"_s, u"5"_s);
    const QCommandLineOption onlyOption(u"only"_s, u"M6 (with M9), M8."_s, u"list"_s, u"M6,M8"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"One short run of each (a test that everything runs)."_s);
    parser.addOptions({runsOption, onlyOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int runs = smoke ? 1 : parser.value(runsOption).toInt();
    const QStringList only = parser.value(onlyOption).split(u',');
    if (runs < 1) {
        std::fprintf(stderr, "need --runs >= 1\n");
        return 2;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"QT_QPA_PLATFORM"_s) && !env.contains(u"DISPLAY"_s) && !env.contains(u"WAYLAND_DISPLAY"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    g_suffix = u"qt=%1 qpa=%2 cores=%3 commit=%4"_s
                   .arg(QString::fromLatin1(qVersion()), env.value(u"QT_QPA_PLATFORM"_s, u"default"_s))
                   .arg(QThread::idealThreadCount())
                   .arg(commitId());
    std::printf("# bench_stream: value = MaaS Playground, floor = bare Qt doing the same in the same run, "
                "ratio = value / floor; medians of %d runs, each in a fresh process\n",
                runs);
    std::fflush(stdout);

    const QList<Scenario> scenarios =
        smoke ? QList<Scenario>{{u"flatout"_s, 0, 2, u"smoke run"_s}}
              : QList<Scenario>{
                    {u"vertex"_s, 1, 1, u"the models' own pace (40-150 tok/s per pane, Vertex-like)"_s},
                    {u"fast"_s, 25, 8, u"25x the models' pace (1,000-3,750 tok/s per pane, Cerebras-like)"_s},
                    {u"flatout"_s, 0, 25, u"no delays: each answer arrives as fast as the loopback carries it"_s},
                };
    bool ok = true;
    if (only.contains(u"M6"_s) || only.contains(u"M9"_s))
        ok = runM6M9(scenarios, runs, env) && ok;
    if (only.contains(u"M8"_s))
        ok = runM8(smoke ? 1 : std::max(runs, 10), env) && ok;
    return ok ? 0 : 1;
}
