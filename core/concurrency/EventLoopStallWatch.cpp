#include "EventLoopStallWatch.h"

#include <QTimer>

EventLoopStallWatch::EventLoopStallWatch(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &EventLoopStallWatch::tick);
    m_clock.start();
    m_timer->start();
}

void EventLoopStallWatch::restart()
{
    m_lastTickMs = m_clock.elapsed();
    m_longestMs = 0;
}

void EventLoopStallWatch::tick()
{
    const qint64 now = m_clock.elapsed();
    m_longestMs = qMax(m_longestMs, now - m_lastTickMs - kTickMs);
    m_lastTickMs = now;
}
