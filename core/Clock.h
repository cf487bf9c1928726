#pragma once

#include <QDateTime>

namespace hearth {

// Where core code gets the current time, so tests can drive time (token
// expiry, msg-time, sync cursors) without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process-wide clock that reads the system time.
    static const Clock &system();
};

// A clock that stays where a test puts it.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    { }
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace hearth
