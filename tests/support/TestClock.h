#pragma once

#include "domain/Clock.h"

// A clock a test sets and moves on, for rules that depend on time (token expiry, certificate
// validity, ageing) without waiting for it.
class TestClock final : public Clock
{
public:
    explicit TestClock(QDateTime now) : m_now(std::move(now)) {}

    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
