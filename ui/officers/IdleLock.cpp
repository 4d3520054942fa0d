#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

IdleLock::IdleLock(std::chrono::milliseconds after, QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(after);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setInterval(std::chrono::milliseconds after)
{
    m_timer.setInterval(after);
    if (m_timer.isActive()) {
        m_timer.start();
    }
}

void IdleLock::restart()
{
    m_timer.start();
}

void IdleLock::stop()
{
    m_timer.stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive()) {
            m_timer.start();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
