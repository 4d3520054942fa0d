#include "BackgroundJobs.h"

BackgroundJobs::BackgroundJobs(QObject* parent)
    : QObject(parent)
{
}

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
