#pragma once

// Measuring helpers of bench_stream (performance.md §5 M6, M9): an event-loop stall probe, the
// process's memory figures, and percentiles.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace maas::bench {

// A 1 ms Qt::PreciseTimer on the GUI thread: each tick records how late it came (time since the
// previous tick minus 1 ms), so a long stretch of work shows as one large lateness.
class StallProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    explicit StallProbe(QObject *parent = nullptr);
    void start();
    void stop();

    struct Summary
    {
        double p50Ms = 0;
        double p99Ms = 0;
        double maxMs = 0;
        double maxAtMs = 0; // when the longest stall ended, since start()
        int over16 = 0;     // ticks later than one frame
        int over50 = 0;     // "long tasks"
        qsizetype ticks = 0;
    };
    Summary summary() const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_previousNs = 0;
    std::vector<double> m_lateMs;
    std::vector<float> m_atMs;
};

// Memory of this process in MiB, from /proc/self/status and /proc/self/smaps_rollup (-1: unknown).
struct Memory
{
    double vmHwm = -1;
    double vmRss = -1;
    double pss = -1;
};
Memory readMemory();

double percentile(std::vector<double> values, double p);
// CLOCK_MONOTONIC in ns: comparable across processes on one machine (M8).
qint64 monotonicNs();

} // namespace maas::bench
