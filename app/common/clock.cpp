#include "common/clock.h"

#include <QTimer>

#include <algorithm>

namespace maas {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::singleShot(qint64 ms, QObject *context, std::function<void()> fn)
{
    QTimer::singleShot(std::chrono::milliseconds(std::max<qint64>(ms, 0)), context, std::move(fn));
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{}

void ManualClock::set(QDateTime when)
{
    m_now = std::move(when);
    runDue();
}

void ManualClock::advanceMs(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
    runDue();
}

void ManualClock::singleShot(qint64 ms, QObject *context, std::function<void()> fn)
{
    m_pending.push_back({m_now.addMSecs(std::max<qint64>(ms, 0)), context, std::move(fn)});
}

qint64 ManualClock::nextDueInMs() const
{
    qint64 best = -1;
    for (const Pending &p : m_pending) {
        const qint64 in = std::max<qint64>(m_now.msecsTo(p.due), 0);
        if (best < 0 || in < best)
            best = in;
    }
    return best;
}

void ManualClock::runDue()
{
    // Work may schedule more work: take what is due first, then run it.
    std::vector<Pending> due;
    auto it =
        std::stable_partition(m_pending.begin(), m_pending.end(), [this](const Pending &p) { return p.due > m_now; });
    std::move(it, m_pending.end(), std::back_inserter(due));
    m_pending.erase(it, m_pending.end());
    std::stable_sort(due.begin(), due.end(), [](const Pending &a, const Pending &b) { return a.due < b.due; });
    for (Pending &p : due) {
        if (p.context)
            p.fn();
    }
}

} // namespace maas
