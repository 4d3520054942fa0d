#include "ParsedRowQueue.h"

#include <QMutexLocker>

ParsedRowQueue::ParsedRowQueue(int capacity)
    : m_capacity(capacity)
{
}

bool ParsedRowQueue::push(ParsedBatch&& batch)
{
    QMutexLocker locker(&m_mutex);
    while (!m_closed && int(m_batches.size()) >= m_capacity) {
        m_notFull.wait(&m_mutex);
    }
    if (m_closed) {
        return false;
    }
    m_batches.push_back(std::move(batch));
    m_notEmpty.wakeOne();
    return true;
}

bool ParsedRowQueue::pop(ParsedBatch& batch)
{
    QMutexLocker locker(&m_mutex);
    while (m_batches.empty() && !m_closed) {
        m_notEmpty.wait(&m_mutex);
    }
    if (m_batches.empty()) {
        return false;
    }
    batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_notFull.wakeOne();
    return true;
}

void ParsedRowQueue::close()
{
    QMutexLocker locker(&m_mutex);
    m_closed = true;
    m_notEmpty.wakeAll();
    m_notFull.wakeAll();
}
