#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace maas {

// Where time comes from, and where delayed work is scheduled. Production uses SystemClock; tests
// pass a ManualClock and move it by hand, so retry delays and expiries run without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toUTC().date(); }
    // Monotonic-enough milliseconds for durations.
    qint64 msecsSinceEpoch() const { return now().toMSecsSinceEpoch(); }
    // Runs fn after ms, unless context is destroyed first.
    virtual void singleShot(qint64 ms, QObject *context, std::function<void()> fn) = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    void singleShot(qint64 ms, QObject *context, std::function<void()> fn) override;
};

// A clock that stays where it is set; advancing it runs the work that has come due.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start);
    QDateTime now() const override { return m_now; }
    void set(QDateTime when);
    void advanceMs(qint64 ms);
    void singleShot(qint64 ms, QObject *context, std::function<void()> fn) override;
    // Delay until the earliest pending work, or -1 when nothing is scheduled.
    qint64 nextDueInMs() const;
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

private:
    struct Pending
    {
        QDateTime due;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    void runDue();

    QDateTime m_now;
    std::vector<Pending> m_pending;
};

} // namespace maas
