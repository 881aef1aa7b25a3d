#include "stallprobe.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <ctime>

namespace maas::bench {

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
    m_lateMs.reserve(1 << 20);
    m_atMs.reserve(1 << 20);
}

void StallProbe::start()
{
    m_lateMs.clear();
    m_atMs.clear();
    m_clock.start();
    m_previousNs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_lateMs.push_back(std::max(0.0, double(now - m_previousNs) / 1e6 - 1.0));
    m_atMs.push_back(float(double(now) / 1e6));
    m_previousNs = now;
}

StallProbe::Summary StallProbe::summary() const
{
    Summary s;
    s.ticks = qsizetype(m_lateMs.size());
    if (m_lateMs.empty())
        return s;
    s.p50Ms = percentile(m_lateMs, 0.50);
    s.p99Ms = percentile(m_lateMs, 0.99);
    const auto longest = std::max_element(m_lateMs.begin(), m_lateMs.end());
    s.maxMs = *longest;
    s.maxAtMs = m_atMs.at(std::size_t(longest - m_lateMs.begin()));
    s.over16 = int(std::count_if(m_lateMs.begin(), m_lateMs.end(), [](double v) { return v > 16.0; }));
    s.over50 = int(std::count_if(m_lateMs.begin(), m_lateMs.end(), [](double v) { return v > 50.0; }));
    return s;
}

namespace {

double fieldMiB(const QByteArray &text, const char *name)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s+(\\d+) kB").arg(QLatin1StringView(name)),
                                QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(text));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

} // namespace

Memory readMemory()
{
    Memory m;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QByteArray text = status.readAll();
        m.vmHwm = fieldMiB(text, "VmHWM");
        m.vmRss = fieldMiB(text, "VmRSS");
    }
    QFile rollup(QStringLiteral("/proc/self/smaps_rollup"));
    if (rollup.open(QIODevice::ReadOnly))
        m.pss = fieldMiB(rollup.readAll(), "Pss");
    return m;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * double(values.size() - 1) + 0.5);
    return values.at(std::min(values.size() - 1, at));
}

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace maas::bench
