#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <deque>

// Hands work from one thread to another: bounded, so the producer never runs far ahead of the
// consumer; either side can close it to stop the other.
template <typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(int capacity) : m_capacity(capacity) {}

    // Blocks while full. Returns false once the queue is closed (the consumer gave up).
    bool push(T&& item)
    {
        QMutexLocker locker(&m_mutex);
        while (!m_closed && int(m_items.size()) >= m_capacity) {
            m_notFull.wait(&m_mutex);
        }
        if (m_closed) {
            return false;
        }
        m_items.push_back(std::move(item));
        m_notEmpty.wakeOne();
        return true;
    }

    // Blocks while empty. Returns false when the queue is closed and drained.
    bool pop(T& item)
    {
        QMutexLocker locker(&m_mutex);
        while (m_items.empty() && !m_closed) {
            m_notEmpty.wait(&m_mutex);
        }
        return takeFront(item);
    }

    // Takes an item only if one is waiting; false at once otherwise (closed, or nothing yet).
    bool tryPop(T& item)
    {
        QMutexLocker locker(&m_mutex);
        return takeFront(item);
    }

    // No more items will come (the end, an error, or the other side stopped).
    void close()
    {
        QMutexLocker locker(&m_mutex);
        m_closed = true;
        m_notEmpty.wakeAll();
        m_notFull.wakeAll();
    }

private:
    bool takeFront(T& item) // m_mutex held
    {
        if (m_items.empty()) {
            return false;
        }
        item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeOne();
        return true;
    }

    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<T> m_items;
    int m_capacity;
    bool m_closed = false;
};
