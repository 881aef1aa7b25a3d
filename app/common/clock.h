#pragma once

#include <QDateTime>

namespace maas {

// Where time comes from. Production uses SystemClock; tests pass a clock they move by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toUTC().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that stays where it is set; for tests and deterministic demos.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime when) { m_now = std::move(when); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace maas
