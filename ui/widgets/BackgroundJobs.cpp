#include "BackgroundJobs.h"

#include <QCoreApplication>

BackgroundJobs::BackgroundJobs(QObject* parent) : QObject(parent) {}

BackgroundJobs::~BackgroundJobs()
{
    // Told to stop, and abandoned: the watchers go with this object, and nothing waits.
    cancelAll();
}

void BackgroundJobs::cancelAll()
{
    for (const auto& stop : std::as_const(m_stops)) {
        stop->store(true);
    }
}

QThreadPool* BackgroundJobs::threadPool()
{
    static QThreadPool* const pool = [] {
        auto* made = new QThreadPool(QCoreApplication::instance());
        made->setMaxThreadCount(16);
        return made;
    }();
    return pool;
}
