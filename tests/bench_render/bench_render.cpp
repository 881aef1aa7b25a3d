// bench_render: render cost of ResponseView per token (performance.md §5 M3, M4, M5, M10, M11, M12),
// printed next to the floor measured in the same run: the same tokens through a bare QTextEdit
// (QTextCursor::insertText + documentSize() + repaint() at the same flush sizes).
//
//   QT_QPA_PLATFORM=offscreen bench_render [--tokens 100000] [--runs 5] [--flush 333] [--only M3,M4,M10]

#include "markdowncorpus.h"
#include "responseview.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QProcess>
#include <QScrollBar>
#include <QSet>
#include <QTextEdit>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace maas;
using namespace maas::bench;

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// M11: where a frame's CPU goes (document edit incl. Markdown and highlighting, layout, paint).
struct FrameSplit
{
    qint64 edit = 0, layout = 0, paint = 0;
    void add(qint64 t0, qint64 t1, qint64 t2, qint64 t3)
    {
        edit += t1 - t0;
        layout += t2 - t1;
        paint += t3 - t2;
    }
    qint64 total() const { return edit + layout + paint; }
};
FrameSplit g_split;

// Cost of one pass: per flush, the tokens it ended at (per pane) and its thread CPU time.
struct Trace
{
    QList<qsizetype> endTokens;
    QList<qint64> cpuNs;
    qint64 wallNs = 0;

    qint64 totalCpu() const { return std::accumulate(cpuNs.begin(), cpuNs.end(), qint64(0)); }
    // CPU µs per 1,000 tokens of the flushes that ended in the 1-based bucket.
    double bucketUsPer1k(qsizetype bucket) const
    {
        qint64 ns = 0;
        qsizetype tokens = 0;
        qsizetype previous = 0;
        for (qsizetype i = 0; i < endTokens.size(); ++i) {
            if (endTokens[i] > (bucket - 1) * 1000 && endTokens[i] <= bucket * 1000) {
                ns += cpuNs[i];
                tokens += endTokens[i] - previous;
            }
            previous = endTokens[i];
        }
        return tokens ? double(ns) / 1000.0 / double(tokens) * 1000.0 : 0.0;
    }
    qint64 cpuUpTo(qsizetype tokens) const
    {
        qint64 ns = 0;
        for (qsizetype i = 0; i < endTokens.size() && endTokens[i] <= tokens; ++i)
            ns += cpuNs[i];
        return ns;
    }
};

// The panes of one scenario: `append` feeds a batch to pane i, `frame` renders pane i.
struct Panes
{
    std::unique_ptr<QWidget> window;
    std::function<void(int, QStringView)> append;
    std::function<void(int)> frame;
    int count = 1;
};

Panes productPanes(KSyntaxHighlighting::Repository &repository, int count, QSize size)
{
    Panes p;
    p.count = count;
    p.window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(p.window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    QList<ResponseView *> views;
    for (int i = 0; i < count; ++i) {
        auto *view = new ResponseView(repository, p.window.get());
        view->setObjectName(u"responseView"_s);
        layout->addWidget(view);
        views << view;
    }
    p.append = [views](int i, QStringView token) { views[i]->append(token); };
    p.frame = [views](int i) {
        const qint64 t0 = threadCpuNs();
        views[i]->flush();
        const qint64 t1 = threadCpuNs();
        views[i]->document()->documentLayout()->documentSize();
        const qint64 t2 = threadCpuNs();
        views[i]->viewport()->repaint();
        g_split.add(t0, t1, t2, threadCpuNs());
    };
    p.window->resize(size);
    p.window->show();
    settle();
    return p;
}

Panes floorPanes(int count, QSize size)
{
    Panes p;
    p.count = count;
    p.window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(p.window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    QList<QTextEdit *> edits;
    auto buffers = std::make_shared<QList<QString>>(count);
    for (int i = 0; i < count; ++i) {
        auto *edit = new QTextEdit(p.window.get());
        edit->setReadOnly(true);
        edit->setUndoRedoEnabled(false);
        layout->addWidget(edit);
        edits << edit;
    }
    p.append = [buffers](int i, QStringView token) { (*buffers)[i].append(token); };
    p.frame = [edits, buffers](int i) {
        QTextCursor cursor(edits[i]->document());
        cursor.movePosition(QTextCursor::End);
        const qint64 t0 = threadCpuNs();
        cursor.insertText((*buffers)[i]);
        (*buffers)[i].clear();
        const qint64 t1 = threadCpuNs();
        edits[i]->document()->documentLayout()->documentSize();
        edits[i]->verticalScrollBar()->setValue(edits[i]->verticalScrollBar()->maximum()); // follow, like the product
        const qint64 t2 = threadCpuNs();
        edits[i]->viewport()->repaint();
        g_split.add(t0, t1, t2, threadCpuNs());
    };
    p.window->resize(size);
    p.window->show();
    settle();
    return p;
}

// Pushes the tokens flat-out into every pane, `flush` tokens per pane per frame.
Trace stream(Panes &panes, const QList<QStringView> &tokens, qsizetype flush)
{
    Trace trace;
    QElapsedTimer wall;
    wall.start();
    for (qsizetype from = 0; from < tokens.size(); from += flush) {
        const qsizetype to = qMin(from + flush, tokens.size());
        const qint64 start = threadCpuNs();
        for (int pane = 0; pane < panes.count; ++pane) {
            for (qsizetype t = from; t < to; ++t)
                panes.append(pane, tokens[t]);
            panes.frame(pane);
        }
        trace.cpuNs << threadCpuNs() - start;
        trace.endTokens << to;
    }
    trace.wallNs = wall.nsecsElapsed();
    return trace;
}

struct Stats
{
    QList<double> values;
    void add(double v) { values << v; }
    double median() const
    {
        QList<double> v = values;
        std::sort(v.begin(), v.end());
        const qsizetype n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
    double min() const { return *std::min_element(values.begin(), values.end()); }
    double max() const { return *std::max_element(values.begin(), values.end()); }
};

QString g_suffix; // qt=… qpa=… cores=… commit=…

void print(const QString &bench, const QString &metric, const Stats &s, const QString &unit, int decimals = 1)
{
    const auto f = [decimals](double v) { return QString::number(v, 'f', decimals); };
    std::printf("bench=%s metric=%s value=%s unit=%s runs=%d min=%s max=%s %s\n", qPrintable(bench), qPrintable(metric),
                qPrintable(f(s.median())), qPrintable(unit), int(s.values.size()), qPrintable(f(s.min())),
                qPrintable(f(s.max())), qPrintable(g_suffix));
    std::fflush(stdout);
}

// Least-squares slope of y over x.
double slope(const QList<double> &x, const QList<double> &y)
{
    const double n = double(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0, sxx = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxx > 0 ? sxy / sxx : 0;
}

QString commitId()
{
    if (const QString commit = qEnvironmentVariable("MAAS_COMMIT"); !commit.isEmpty())
        return commit; // built from an export without .git
    QProcess git;
    git.start(u"git"_s, {u"-C"_s, QStringLiteral(MAAS_SOURCE_DIR), u"rev-parse"_s, u"--short"_s, u"HEAD"_s});
    if (!git.waitForFinished(5000) || git.exitCode() != 0)
        return u"unknown"_s;
    return QString::fromLatin1(git.readAllStandardOutput()).trimmed();
}

// Renders a sample once so that definitions, fonts and glyph caches are loaded before measuring.
void warmUp(KSyntaxHighlighting::Repository &repository, const MarkdownCorpus &corpus)
{
    const QList<QStringView> sample = corpus.tokens.mid(0, qMin<qsizetype>(corpus.tokens.size(), 8000));
    Panes product = productPanes(repository, 1, {800, 800});
    stream(product, sample, 333);
    Panes floor = floorPanes(1, {800, 800});
    stream(floor, sample, 333);
}

// Profiling aid: M3 once through the product only; the per-frame trace goes to stdout.
void runProductOnly(KSyntaxHighlighting::Repository &repository, const MarkdownCorpus &corpus, qsizetype flush)
{
    Panes product = productPanes(repository, 1, {800, 800});
    const Trace trace = stream(product, corpus.tokens, flush);
    for (qsizetype i = 0; i < trace.cpuNs.size(); ++i)
        std::printf("frame end_token=%lld cpu_us=%.1f\n", static_cast<long long>(trace.endTokens[i]),
                    double(trace.cpuNs[i]) / 1000.0);
}

void runStreaming(KSyntaxHighlighting::Repository &repository, const MarkdownCorpus &corpus, int runs, qsizetype flush,
                  bool m3, bool m4)
{
    const qsizetype tokens = corpus.tokens.size();
    const qsizetype buckets = tokens / 1000;
    std::map<QString, Stats> m3s, m4s;
    for (int run = 0; run < runs; ++run) {
        if (m3) {
            // Interleaved floor / product, one visible pane of 800 x 800.
            Panes floor = floorPanes(1, {800, 800});
            const Trace f = stream(floor, corpus.tokens, flush);
            floor.window.reset();
            Panes product = productPanes(repository, 1, {800, 800});
            const Trace p = stream(product, corpus.tokens, flush);
            product.window.reset();

            const double pUs = double(p.totalCpu()) / 1000.0;
            const double fUs = double(f.totalCpu()) / 1000.0;
            m3s[u"tok_per_s_cpu"_s].add(double(tokens) / (pUs / 1e6));
            m3s[u"floor_tok_per_s_cpu"_s].add(double(tokens) / (fUs / 1e6));
            m3s[u"cpu_us_per_1k_tokens"_s].add(pUs / double(tokens) * 1000.0);
            m3s[u"floor_cpu_us_per_1k_tokens"_s].add(fUs / double(tokens) * 1000.0);
            m3s[u"ratio_product_floor"_s].add(pUs / fUs);
            QList<double> x, y, fy;
            for (qsizetype b = 1; b <= buckets; ++b) {
                x << double(b);
                y << p.bucketUsPer1k(b);
                fy << f.bucketUsPer1k(b);
            }
            for (qsizetype b : QSet<qsizetype>{1, 10, buckets / 2, buckets}) {
                m3s[u"cpu_us_per_1k_bucket%1"_s.arg(qlonglong(b), 3, 10, QChar(u'0'))].add(p.bucketUsPer1k(b));
                m3s[u"floor_cpu_us_per_1k_bucket%1"_s.arg(qlonglong(b), 3, 10, QChar(u'0'))].add(f.bucketUsPer1k(b));
                m3s[u"ratio_product_floor_bucket%1"_s.arg(qlonglong(b), 3, 10, QChar(u'0'))].add(p.bucketUsPer1k(b) /
                                                                                                 f.bucketUsPer1k(b));
            }
            m3s[u"ratio_last_first"_s].add(y.last() / y.first());
            const auto mean = [](const QList<double> &v) {
                return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
            };
            m3s[u"ratio_last5_first5"_s].add(mean(y.mid(y.size() - 5)) / mean(y.mid(0, 5)));
            m3s[u"floor_ratio_last_first"_s].add(fy.last() / fy.first());
            m3s[u"slope_pct_over_run"_s].add(slope(x, y) * double(buckets) / mean(y) * 100.0);
            // M12 from cumulative CPU at N/10, N/5, 2N/5, 4N/5 tokens (10k..80k for 100k).
            QList<double> lx, ly;
            for (qsizetype n : {tokens / 10, tokens / 5, tokens * 2 / 5, tokens * 4 / 5}) {
                lx << std::log(double(n));
                ly << std::log(double(p.cpuUpTo(n)));
            }
            m3s[u"loglog_exponent"_s].add(slope(lx, ly));
        }
        if (m4) {
            // Six panes side by side in 1366 x 800, the same stream into each.
            Panes floor = floorPanes(6, {1366, 800});
            g_split = {};
            const Trace f = stream(floor, corpus.tokens, flush);
            const FrameSplit floorSplit = g_split;
            floor.window.reset();
            Panes product = productPanes(repository, 6, {1366, 800});
            g_split = {};
            const Trace p = stream(product, corpus.tokens, flush);
            const FrameSplit productSplit = g_split;
            product.window.reset();
            // M11: shares of the frame, and each phase's cost against the floor's same phase.
            for (const auto &[name, productNs, floorNs] :
                 {std::tuple{u"edit"_s, productSplit.edit, floorSplit.edit},
                  std::tuple{u"layout"_s, productSplit.layout, floorSplit.layout},
                  std::tuple{u"paint"_s, productSplit.paint, floorSplit.paint}}) {
                m4s[u"m11_share_pct_%1"_s.arg(name)].add(100.0 * double(productNs) / double(productSplit.total()));
                m4s[u"m11_floor_share_pct_%1"_s.arg(name)].add(100.0 * double(floorNs) / double(floorSplit.total()));
                m4s[u"m11_ratio_product_floor_%1"_s.arg(name)].add(double(productNs) / double(floorNs));
            }

            const double pS = double(p.totalCpu()) / 1e9;
            const double fS = double(f.totalCpu()) / 1e9;
            m4s[u"tok_per_s_per_pane_cpu"_s].add(double(tokens) / pS);
            m4s[u"tok_per_s_per_pane_wall"_s].add(double(tokens) / (double(p.wallNs) / 1e9));
            m4s[u"floor_tok_per_s_per_pane_cpu"_s].add(double(tokens) / fS);
            m4s[u"ratio_product_floor"_s].add(pS / fS);
            m4s[u"cpu_us_per_1k_tokens_6_panes_bucket001"_s].add(p.bucketUsPer1k(1));
            m4s[u"cpu_us_per_1k_tokens_6_panes_bucket%1"_s.arg(qlonglong(buckets), 3, 10, QChar(u'0'))].add(
                p.bucketUsPer1k(buckets));
            m4s[u"ratio_last_first"_s].add(p.bucketUsPer1k(buckets) / p.bucketUsPer1k(1));
            m4s[u"frame_ms_6_panes_at_flush"_s].add(double(p.totalCpu()) / double(p.cpuNs.size()) / 1e6);
        }
        std::fprintf(stderr, "run %d/%d done\n", run + 1, runs);
    }
    for (const auto &[metric, stats] : m3s) {
        const bool ratio = metric.contains(u"ratio"_s) || metric.contains(u"exponent"_s);
        const bool pct = metric.contains(u"pct"_s);
        print(u"M3"_s, metric, stats,
              ratio                             ? u"x"_s
              : pct                             ? u"%"_s
              : metric.contains(u"tok_per_s"_s) ? u"tok/s"_s
                                                : u"us"_s,
              ratio ? 3 : 1);
    }
    for (const auto &[metric, stats] : m4s) {
        const bool ratio = metric.contains(u"ratio"_s);
        print(metric.startsWith(u"m11"_s) ? u"M11"_s : u"M4"_s, metric, stats,
              ratio                             ? u"x"_s
              : metric.contains(u"pct"_s)       ? u"%"_s
              : metric.contains(u"tok_per_s"_s) ? u"tok/s"_s
              : metric.contains(u"ms"_s)        ? u"ms"_s
                                                : u"us"_s,
              ratio ? 3 : 1);
    }
}

// M10: 5,000 code lines appended one per frame into an open fence, against one full render.
void runHighlighterLocality(KSyntaxHighlighting::Repository &repository, int runs)
{
    constexpr int Lines = 5000;
    QString code;
    for (int i = 0; i < Lines; ++i)
        code += u"    if (value_%1 > %1) { total += compute(\"%1\", %1 * 2); } // line %1\n"_s.arg(i);
    Stats calls, usPerLine, ratio;
    for (int run = 0; run < runs; ++run) {
        Panes panes = productPanes(repository, 1, {800, 800});
        auto *view = panes.window->findChild<ResponseView *>();
        view->append(u"```cpp\n");
        view->flush();
        const qsizetype before = view->codeLinesHighlighted();
        const qint64 start = threadCpuNs();
        qsizetype from = 0;
        for (int i = 0; i < Lines; ++i) {
            const qsizetype end = code.indexOf(u'\n', from) + 1;
            view->append(QStringView(code).mid(from, end - from));
            view->flush();
            from = end;
        }
        const qint64 incremental = threadCpuNs() - start;
        calls.add(double(view->codeLinesHighlighted() - before) / Lines);
        usPerLine.add(double(incremental) / 1000.0 / Lines);
        const QString whole = u"```cpp\n"_s + code + u"```\n"_s;
        const qint64 fullStart = threadCpuNs();
        view->setMarkdown(whole);
        const qint64 full = threadCpuNs() - fullStart;
        ratio.add(double(incremental) / double(full));
    }
    print(u"M10"_s, u"highlight_calls_per_append"_s, calls, u"calls"_s, 3);
    print(u"M10"_s, u"cpu_us_per_line_incremental"_s, usPerLine, u"us"_s, 1);
    print(u"M10"_s, u"ratio_incremental_total_to_one_full_render"_s, ratio, u"x"_s, 3);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"ResponseView render benchmark (performance.md M3, M4, M5, M10, M12)"_s);
    parser.addHelpOption();
    const QCommandLineOption tokensOption(u"tokens"_s, u"Tokens per pane (4 chars each)."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per scenario."_s, u"n"_s, u"5"_s);
    const QCommandLineOption flushOption(u"flush"_s, u"Tokens per frame (333 = 20k tok/s at 60 Hz)."_s, u"n"_s,
                                         u"333"_s);
    const QCommandLineOption onlyOption(u"only"_s,
                                        u"Scenarios: M3,M4,M10 (profile: the product path once, per-frame trace)."_s,
                                        u"list"_s, u"M3,M4,M10"_s);
    parser.addOptions({tokensOption, runsOption, flushOption, onlyOption});
    parser.process(app);
    const qsizetype tokens = parser.value(tokensOption).toLongLong();
    const int runs = parser.value(runsOption).toInt();
    const qsizetype flush = parser.value(flushOption).toLongLong();
    const QStringList only = parser.value(onlyOption).split(u',');
    if (tokens < 10000 || runs < 1 || flush < 1) {
        std::fprintf(stderr, "need --tokens >= 10000, --runs >= 1, --flush >= 1\n");
        return 2;
    }

    g_suffix = u"qt=%1 qpa=%2 cores=%3 commit=%4 tokens=%5 flush=%6"_s
                   .arg(QString::fromLatin1(qVersion()), QGuiApplication::platformName())
                   .arg(QThread::idealThreadCount())
                   .arg(commitId())
                   .arg(tokens)
                   .arg(flush);
    KSyntaxHighlighting::Repository repository;
    const MarkdownCorpus corpus = makeCorpus(tokens);
    std::printf("# bench_render: %lld tokens of 4 chars (%lld bytes UTF-8) per pane, %.1f %% in code fences, "
                "flush every %lld tokens, thread CPU time (CLOCK_THREAD_CPUTIME_ID); floor = bare QTextEdit "
                "insertText + documentSize() + scroll to bottom + repaint(); M3: one 800x800 pane; M4: 6 panes "
                "in 1366x800, fed round-robin on the GUI thread\n",
                static_cast<long long>(tokens), static_cast<long long>(corpus.text.toUtf8().size()),
                corpus.codeShare * 100.0, static_cast<long long>(flush));
    std::fflush(stdout);

    warmUp(repository, corpus);
    if (only.contains(u"profile"_s))
        runProductOnly(repository, corpus, flush);
    if (only.contains(u"M3"_s) || only.contains(u"M4"_s))
        runStreaming(repository, corpus, runs, flush, only.contains(u"M3"_s), only.contains(u"M4"_s));
    if (only.contains(u"M10"_s))
        runHighlighterLocality(repository, runs);
    return 0;
}
