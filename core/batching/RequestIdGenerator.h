#pragma once

#include <QString>

// Request ids for one run of payments: UUID version 7 (RFC 9562 §5.7, counter method of §6.2): the
// run's start in Unix milliseconds, a 42-bit counter that starts at a random point and goes up by
// one per id, then 32 random bits. Ids of one run sort, as text, in the order they were made, so
// batches and the database's indexes take them in order; ids of different runs differ in their
// random start and tail. Uniqueness is still enforced by the database, never assumed.
class RequestIdGenerator
{
public:
    RequestIdGenerator();

    QString next();

private:
    quint64 m_unixMilliseconds;
    quint64 m_counter;
};
