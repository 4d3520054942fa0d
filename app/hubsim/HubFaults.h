#pragma once

#include <QtGlobal>

// Faults the sandbox hub produces on demand, so that clients can be tested against a hub that
// misbehaves the way real ones do. Counts are used up one request at a time.
struct HubFaults
{
    int latencyMs = 0;                // every answer waits this long (real time)
    int dropAfterAccept = 0;          // next uploads: the batch is accepted, the connection closed unanswered
    int serverErrors = 0;             // next uploads: 503 before anything is done
    int preconditionFailures = 0;     // next uploads: 412 "Process definition not found", nothing done
    qint64 visibilityLagMs = 0;       // real time an accepted batch stays unknown to the operations API
    bool staleCounters = false;       // the aggregate endpoint answers the last stored counters
};
