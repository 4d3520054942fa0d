#pragma once

#include "batching/BatchState.h"

#include <QString>

// What reconciling one batch found and changed.
struct ReconcileOutcome
{
    qint64 batchId = 0;
    bool succeeded = false;
    QString message; // translated
    int paid = 0;
    int failed = 0;
    int inFlight = 0;
    int missing = 0;  // payments the hub shows no row for (yet: rows appear as payments start)
    int changed = 0;  // payments whose state this run changed
    int disputed = 0; // results that settle nothing: contradicting rows, another payee or amount than the frozen file
    int contradicted = 0; // final payments the results now report otherwise: kept as they were, flagged for a checker
    BatchState state = BatchState::Sent;
};
